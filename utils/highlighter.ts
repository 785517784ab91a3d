/**
 * The on-page feature, assembled: detector → scanner → painter, the mutation watcher, hover
 * and tooltip. `startHighlighter` runs it on a document; `stop` removes every highlight and
 * our host at once, leaving nothing behind.
 */
import { isKnownCode } from './detector-phrase-table.ts';
import { detect, type Sensitivity } from './detector.ts';
import { caretAt, markRects } from './hit-test.ts';
import { createHover } from './hover.ts';
import { watchMutations } from './mutations.ts';
import { createPainter, type Mark } from './painter.ts';
import type { TooltipData, TooltipEntry } from './protocol.ts';
import { createScanner, type Found } from './scanner.ts';
import { createTooltip, TOOLTIP_TAG } from './tooltip.ts';

export interface HighlighterDeps {
  readonly win: Window;
  readonly sensitivity: Sensitivity;
  readonly tooltipDelay: () => number;
  readonly describe: (codes: number[]) => Promise<TooltipData>;
  readonly openReference: (code: number) => void;
}

export interface Highlighter {
  /** Shows the tooltip of the next code on screen after the last one shown. */
  next(): void;
  stop(): void;
}

/**
 * Text nodes under a grid of points across the viewport, when the page is scrolled. At the top
 * of the page the walk in document order reaches what is on screen first anyway, and the
 * probes would force a layout of the whole page inside our first task.
 */
function visibleTexts(win: Window): Text[] {
  if (win.scrollY === 0 && win.scrollX === 0) return [];
  const out = new Set<Text>();
  const w = win.innerWidth;
  const h = win.innerHeight;
  for (let row = 0; row < 12; row++) {
    for (const col of [0.08, 0.3, 0.55, 0.8]) {
      const caret = caretAt(win.document, w * col, (h * (row + 0.5)) / 12);
      if (caret?.node.nodeType === Node.TEXT_NODE) out.add(caret.node as Text);
    }
  }
  return [...out];
}

export function startHighlighter(deps: HighlighterDeps): Highlighter {
  const { win } = deps;
  const doc = win.document;
  const painter = createPainter();
  const entries = new Map<number, TooltipEntry>();
  const pending = new Map<number, Promise<void>>();
  let meta: Omit<TooltipData, 'entries'> | undefined;
  const tooltip = createTooltip(doc, deps.openReference);
  let lastShown: Mark | undefined;

  const fetch = (codes: Iterable<number>): Promise<void> => {
    const wanted = [...codes].filter((c) => !entries.has(c) && !pending.has(c));
    if (wanted.length === 0)
      return Promise.all([...codes].map((c) => pending.get(c))).then(() => undefined);
    const request = deps.describe(wanted).then(
      (data) => {
        meta = data;
        for (const e of data.entries) entries.set(e.code, e);
        for (const c of wanted) pending.delete(c);
      },
      () => {
        for (const c of wanted) pending.delete(c);
      },
    );
    for (const c of wanted) pending.set(c, request);
    return request;
  };

  const toFound = (text: string): Found[] =>
    detect(text, { sensitivity: deps.sensitivity, isKnown: isKnownCode }).map((m) =>
      m.kind === 'code'
        ? { start: m.start, end: m.end, code: m.code, isClass: false }
        : { start: m.start, end: m.end, code: m.digit * 100, isClass: true },
    );

  const scanner = createScanner({
    root: () => doc.body,
    painter,
    detect: toFound,
    onCodes: (codes) => void fetch(codes),
    ownHost: () => tooltip.host,
    visibleTexts: () => visibleTexts(win),
  });

  const hover = createHover({
    win,
    painter,
    tooltip,
    delay: deps.tooltipDelay,
    content: async (mark) => {
      if (mark.isClass) {
        meta ??= await deps.describe([]).catch(() => undefined);
        const digit = Math.floor(mark.code / 100);
        const token =
          mark.range.startContainer.textContent?.slice(
            mark.range.startOffset,
            mark.range.startOffset + 3,
          ) ?? `${digit}xx`;
        return (
          meta && {
            classLabel: { token, name: meta.classNames[digit - 1] ?? '' },
            linkLabel: meta.linkLabel,
            lang: meta.lang,
          }
        );
      }
      await fetch([mark.code]);
      const entry = entries.get(mark.code);
      return entry && meta && { entry, linkLabel: meta.linkLabel, lang: meta.lang };
    },
  });

  const watcher = watchMutations({
    target: doc.documentElement,
    isOwn: (n) =>
      n === tooltip.host ||
      tooltip.host.contains(n) ||
      (n as Element).tagName?.toLowerCase() === TOOLTIP_TAG,
    onBlocks: (blocks) => void scanner.rescan(blocks),
    onEverything: () => {
      painter.forget(painter.all().map((m) => m.block));
      void scanner.start();
    },
    onRemoved: () => {
      tooltip.ensureAttached();
      painter.forget(
        painter
          .all()
          .filter((m) => !m.block.isConnected || !m.range.startContainer.isConnected)
          .map((m) => m.block),
      );
    },
  });

  void scanner.start();

  return {
    next() {
      const onScreen = painter
        .all()
        .filter((m) => !m.isClass)
        .map((m) => ({ m, r: markRects(doc, m)[0] }))
        .filter(
          (x): x is { m: Mark; r: DOMRect } =>
            !!x.r && x.r.bottom > 0 && x.r.top < win.innerHeight && x.r.width > 0,
        )
        .sort((a, b) => a.r.top - b.r.top || a.r.left - b.r.left);
      if (onScreen.length === 0) return;
      const at = onScreen.findIndex((x) => x.m === lastShown);
      const next = onScreen[(at + 1) % onScreen.length];
      if (!next) return;
      lastShown = next.m;
      hover.show(next.m);
    },
    stop() {
      scanner.stop();
      watcher.disconnect();
      hover.destroy();
      painter.clear();
      tooltip.destroy();
    },
  };
}
