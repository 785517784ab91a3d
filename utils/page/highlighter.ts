/**
 * The on-page feature, assembled: detector → scanner → painter and the mutation watcher, and
 * the explainer (hover and tooltip), loaded the first time the reader points at a code.
 * `startHighlighter` runs it on a document; `stop` removes every highlight and our host at
 * once, leaving nothing behind.
 */
import { isKnownCode } from '../detector/phrase-table.ts';
import { detect, PageTally, type Sensitivity } from '../detector/detect.ts';
import type { CreateExplainer, Explainer, ExplainerDeps } from '../tooltip/explainer.ts';
import { caretAt, isReaderPointer, markAt } from './hit-test.ts';
import { watchMutations } from './mutations.ts';
import { createPainter, type Mark } from './painter.ts';
import { createScanner, type Found, type Seed } from './scanner.ts';
import { TOOLTIP_TAG } from '../tooltip/slot.ts';

/** `describe` and `openReference` are handed on to the explainer. */
export interface HighlighterDeps extends Pick<ExplainerDeps, 'win' | 'describe' | 'openReference'> {
  readonly sensitivity: Sensitivity;
  readonly tooltipDelay: () => number;
  /** The explainer's factory, asked for once it is needed (the background injects it). */
  readonly loadExplainer: () => Promise<CreateExplainer>;
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

/** Nodes added while the page loads past which the preview stops following each parser chunk. */
const PREVIEW_RECORDS = 20_000;
/** The least time between two readings after parser chunks (a page's inline scripts make many). */
const PREVIEW_EVERY_MS = 4;

export function startHighlighter(deps: HighlighterDeps): Highlighter {
  const { win } = deps;
  const doc = win.document;
  const painter = createPainter();
  let stopped = false;

  // The explainer is loaded once: on failure (the background was updating, say), the next code
  // pointed at asks again. Once it is there, its hover takes over from the pointer listener below.
  let explainer: Explainer | undefined;
  let loading: Promise<Explainer | undefined> | undefined;
  const explain = (): Promise<Explainer | undefined> =>
    (loading ??= deps.loadExplainer().then(
      (create) => {
        if (stopped) return undefined;
        explainer = create({
          win,
          painter,
          delay: deps.tooltipDelay,
          describe: deps.describe,
          openReference: deps.openReference,
        });
        win.removeEventListener('pointermove', onPointer, pointerOptions);
        return explainer;
      },
      () => (loading = undefined),
    ));
  const ownHost = (): Element | null => explainer?.host ?? null;

  // What the page says about HTTP, gathered over every text read: a table below a paragraph
  // about an API is judged with that paragraph in mind, as the detector was trained. Begun
  // with the title once a text holds a number to judge: a page without one never pays for it.
  let page: PageTally | undefined;
  const tally = (): PageTally => {
    if (!page) {
      page = new PageTally();
      page.read(doc.title);
    }
    return page;
  };
  const toFound = (text: string): Found[] =>
    detect(text, { sensitivity: deps.sensitivity, isKnown: isKnownCode, page: tally() }).map((m) =>
      m.kind === 'code'
        ? { start: m.start, end: m.end, code: m.code, isClass: false }
        : { start: m.start, end: m.end, code: m.digit * 100, isClass: true },
    );

  const scanner = createScanner({
    root: () => doc.body,
    painter,
    detect: toFound,
    ownHost,
    visibleTexts: () => visibleTexts(win),
    margin: () => marginOf(win),
  });
  // Scrolling (the window's or any element's) and resizing bring other text into reach.
  const onScroll = (): void => scanner.update({ scrolled: true });
  const onResize = (): void => scanner.update();
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
  win.addEventListener('resize', onResize, { passive: true });

  // Until the explainer is there, a pointer listener looks for a code under the pointer, once a
  // frame.
  let frame = 0;
  let x = 0;
  let y = 0;
  let lastHit: Mark | undefined;
  const findCode = (): void => {
    frame = 0;
    const hit = markAt(doc, painter, x, y)?.mark;
    if (hit === lastHit) return;
    lastHit = hit;
    if (!hit) return;
    const since = performance.now();
    void explain().then((e) => e?.point(x, y, since));
  };
  const onPointer = (e: PointerEvent): void => {
    if (!isReaderPointer(e)) return;
    x = e.clientX;
    y = e.clientY;
    if (frame === 0) frame = win.requestAnimationFrame(findCode);
  };
  const pointerOptions = { passive: true, capture: true } as const;
  win.addEventListener('pointermove', onPointer, pointerOptions);

  const watch = () =>
    watchMutations({
      target: doc.documentElement,
      // The tooltip's host (its content is in a shadow root, which the watcher does not see).
      isOwn: (n) => (n as Element).localName === TOOLTIP_TAG,
      onBlocks: (blocks) => scanner.rescan(blocks),
      onEverything: () => {
        painter.forget(painter.all().map((m) => m.block));
        scanner.start();
      },
      onRemoved: () => {
        explainer?.ensureAttached();
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

  // Until DOMContentLoaded, the top of the page is read as the parser adds it: after each of
  // the parser's chunks (a mutation observer, whose callback runs as the chunk's task ends),
  // at each frame the browser renders meanwhile (painted in that frame), and on a timer, so
  // little is left for the DOMContentLoaded task, which the page's first frame waits for. It
  // stops once a screenful and the margin below it are read. (A run read meanwhile that the
  // parser or a script changes afterwards is read again when next in reach: see the scanner's
  // dropIfChanged.) The mutation watcher starts after parsing, which would otherwise report
  // every node the parser adds.
  //
  // Why the observer: a page that arrives at once is often parsed without a pause for timers
  // until its DOMContentLoaded (the bench's prose page, in about half of its loads), while its
  // chunks' ends are still there. Its records are not read, but the browser makes one per node
  // added: past PREVIEW_RECORDS (a page with a huge DOM and little text at its top) it is left
  // to the timer and the frames.
  let watcher: { disconnect(): void } | undefined;
  let previewing = false;
  let previewed = false;
  let records = 0;
  let grown = Number.NEGATIVE_INFINITY;
  const growth = new MutationObserver((added) => {
    records += added.length;
    if (records > PREVIEW_RECORDS) growth.disconnect();
    // Each reading walks the top of the page again: not more often than the timers would.
    const now = performance.now();
    if (now - grown < PREVIEW_EVERY_MS) return;
    grown = now;
    preview();
  });
  const begin = (): void => {
    previewing = false;
    growth.disconnect();
    watcher = watch();
    scanner.start({ afterPreview: previewed });
  };
  const preview = (): void => {
    if (!previewing) return;
    previewed = true;
    if (scanner.preview()) {
      previewing = false;
      growth.disconnect();
    }
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
    growth.observe(doc, { childList: true, subtree: true });
    win.requestAnimationFrame(onFrame);
    win.setTimeout(onTimer, 0);
    doc.addEventListener('DOMContentLoaded', begin, { once: true });
  } else {
    begin();
  }

  return {
    next() {
      void explain().then((e) => e?.next());
    },
    stop() {
      stopped = true;
      scanner.stop();
      doc.removeEventListener('scroll', onScroll, { capture: true });
      win.removeEventListener('resize', onResize);
      previewing = false;
      growth.disconnect();
      doc.removeEventListener('DOMContentLoaded', begin);
      watcher?.disconnect();
      win.removeEventListener('pointermove', onPointer, pointerOptions);
      if (frame) win.cancelAnimationFrame(frame);
      explainer?.destroy();
      painter.clear();
    },
  };
}
