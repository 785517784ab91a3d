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
import { createScanner, type Found, type Seed } from './scanner.ts';
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
 * Text positions under a few points across the viewport. Called by the scanner at a frame,
 * where the layout these lookups need is up to date after a scroll.
 */
function visibleTexts(win: Window): Seed[] {
  const out: Seed[] = [];
  const w = win.innerWidth;
  const h = win.innerHeight;
  // Few points, each a hit test that costs up to a millisecond on a page of 50 000 lines (a
  // block's children are searched one by one): the top and bottom of the screen, the next
  // column tried only where a point finds no text, and three across the middle, where a
  // sidebar far from the main text in document order would be. The reading spans from the
  // first point to the last anyway; the middle keeps a fixed header from being the only
  // thing found at the top.
  for (const [row, every] of [
    [0.02, false],
    [0.5, true],
    [0.98, false],
  ] as const) {
    for (const col of [0.1, 0.5, 0.9]) {
      const caret = caretAt(win.document, w * col, h * row);
      if (caret?.node.nodeType !== Node.TEXT_NODE) continue;
      if (!out.some((s) => s.node === caret.node))
        out.push({ node: caret.node as Text, offset: caret.offset });
      if (!every) break;
    }
  }
  return out;
}

/**
 * How many characters of text to read beyond the viewport, each way: about a screenful of
 * small text (a character of a 12 px monospace font covers about 7 × 15 px). From the window's
 * outer size: reading `innerWidth` or `innerHeight` makes the browser lay the page out first
 * (167 ms of the page's own layout inside our first task on the bench's prose page).
 */
const marginOf = (win: Window): number =>
  Math.min(
    16_000,
    Math.max(2_000, Math.round(((win.outerWidth || 1280) * (win.outerHeight || 800)) / 100)),
  );

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
    margin: () => marginOf(win),
  });
  // Scrolling (the window's or any element's) and resizing bring other text into reach.
  const onScroll = (): void => scanner.update({ scrolled: true });
  const onResize = (): void => scanner.update();
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
  win.addEventListener('resize', onResize, { passive: true });

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

  const watch = () =>
    watchMutations({
      target: doc.documentElement,
      isOwn: (n) =>
        n === tooltip.host ||
        tooltip.host.contains(n) ||
        (n as Element).tagName?.toLowerCase() === TOOLTIP_TAG,
      onBlocks: (blocks) => scanner.rescan(blocks),
      onEverything: () => {
        painter.forget(painter.all().map((m) => m.block));
        scanner.start();
      },
      onRemoved: () => {
        tooltip.ensureAttached();
        painter.forget(
          painter
            .all()
            .filter((m) => !m.block.isConnected || !m.range.startContainer.isConnected)
            .map((m) => m.block),
        );
        // Drops the readings of removed text; what moved into view is read.
        scanner.rescan([]);
      },
    });

  // Until DOMContentLoaded, the top of the page is read as the parser adds it: at each frame
  // the browser renders meanwhile (painted in that frame) and between the parser's chunks, so
  // little is left for the DOMContentLoaded task, which the page's first frame waits for. It
  // stops once a screenful and the margin below it are read. (A run read meanwhile that the
  // parser or a script changes afterwards is read again when next in reach: see the scanner's
  // dropIfChanged.) The mutation watcher starts after parsing, which would otherwise report
  // every node the parser adds.
  let watcher: { disconnect(): void } | undefined;
  let previewing = false;
  let previewed = false;
  const begin = (): void => {
    previewing = false;
    watcher = watch();
    scanner.start({ afterPreview: previewed });
  };
  const preview = (): void => {
    if (!previewing) return;
    previewed = true;
    if (scanner.preview()) previewing = false;
  };
  const onFrame = (): void => {
    preview();
    if (previewing) win.requestAnimationFrame(onFrame);
  };
  const onTimer = (): void => {
    preview();
    if (previewing) win.setTimeout(onTimer, 16);
  };
  if (doc.readyState === 'loading') {
    previewing = true;
    win.requestAnimationFrame(onFrame);
    win.setTimeout(onTimer, 0);
    doc.addEventListener('DOMContentLoaded', begin, { once: true });
  } else {
    begin();
  }

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
      doc.removeEventListener('scroll', onScroll, { capture: true });
      win.removeEventListener('resize', onResize);
      previewing = false;
      doc.removeEventListener('DOMContentLoaded', begin);
      watcher?.disconnect();
      hover.destroy();
      painter.clear();
      tooltip.destroy();
    },
  };
}
