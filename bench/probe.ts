/**
 * Code that runs inside the measured pages, in the page's main world. Playwright serializes
 * these functions, so each is self-contained: no imports, no module-level values.
 *
 * The content script runs in an isolated world and can leave no signal the page could see
 * without changing the page, but the `CSS.highlights` registry is shared by both worlds. So
 * `installProbe` (an init script) polls the registry every few milliseconds and records when
 * the first range inside the viewport appeared and when the last change happened. It also
 * collects long tasks and long animation frames from the start of the document.
 */

export interface ProbeOptions {
  /** Highlight names to watch start with this. */
  readonly prefix: string;
  /** Done once nothing changed for this long (ms)… */
  readonly quietMs: number;
  /** …and for at least this many polls, so one long frame cannot pass for quiet. */
  readonly quietPolls: number;
  /** Wait for highlights at most this long after DOMContentLoaded (ms). */
  readonly capMs: number;
  /** False in the browser without the extension: done `settleMs` after `load`. */
  readonly expectHighlights: boolean;
  readonly settleMs: number;
}

/** [startTime, duration] in ms on the page's clock. */
export type Span = readonly [number, number];

export interface ProbeResult {
  readonly dcl: number;
  /** Poll time of the first change that put a range inside the viewport. */
  readonly firstViewport: number | null;
  /** Poll time of the first non-empty registry. */
  readonly firstAny: number | null;
  /** Start of the first frame at or after DOMContentLoaded: nothing new is on screen earlier. */
  readonly firstFrame: number | null;
  /** Poll time of the last change in the number of ranges. */
  readonly lastChange: number | null;
  readonly ranges: number;
  readonly timedOut: boolean;
  readonly longTasks: readonly Span[];
  readonly longFrames: readonly Span[];
  readonly polls: number;
}

interface ProbeState {
  readonly finished: Promise<ProbeResult>;
}

declare global {
  interface Window {
    benchProbe?: ProbeState;
  }
}

/** Init script: starts watching before the page's own scripts run. */
export function installProbe(o: ProbeOptions): void {
  const longTasks: Span[] = [];
  const longFrames: Span[] = [];
  const observe = (type: string, into: Span[]) => {
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) into.push([e.startTime, e.duration]);
      }).observe({ type, buffered: true });
    } catch {
      // An entry type this browser lacks: the figure stays empty.
    }
  };
  observe('longtask', longTasks);
  observe('long-animation-frame', longFrames);

  let ranges = 0;
  let polls = 0;
  let pollsSinceChange = 0;
  let firstAny: number | null = null;
  let firstFrame: number | null = null;
  let firstViewport: number | null = null;
  let lastChange: number | null = null;
  let loadedAt: number | null = null;
  let checking = false;
  /** Ranges per highlight already checked against the viewport. */
  const checked = new Map<string, number>();
  addEventListener('load', () => (loadedAt = performance.now()));

  let dclAt: number | null = null;
  const dcl = (): number | null => {
    if (dclAt === null) {
      const nav = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      if (nav && nav.domContentLoadedEventStart > 0) dclAt = nav.domContentLoadedEventStart;
    }
    return dclAt;
  };

  // Geometry is read in the next animation frame, where the browser lays out anyway, so the
  // probe never forces a layout the page would not have done. The time recorded is the
  // poll's: when the ranges were registered.
  const checkViewport = (at: number, inFrame: boolean): void => {
    const batch: AbstractRange[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith(o.prefix)) continue;
      const skip = checked.get(name) ?? 0;
      let i = 0;
      for (const r of highlight) {
        if (i >= skip) {
          if (batch.length >= 200) break;
          batch.push(r);
        }
        i++;
      }
      checked.set(name, i);
    }
    if (batch.length === 0) return;
    checking = true;
    const measure = () => {
      checking = false;
      const range = document.createRange();
      for (const r of batch) {
        if (!r.startContainer.isConnected) continue;
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const box = range.getBoundingClientRect();
        if (
          box.width > 0 &&
          box.bottom > 0 &&
          box.top < innerHeight &&
          box.right > 0 &&
          box.left < innerWidth
        ) {
          firstViewport ??= at;
          return;
        }
      }
    };
    if (inFrame) measure();
    else requestAnimationFrame(measure);
  };

  const { promise: finished, resolve } = Promise.withResolvers<ProbeResult>();
  const finish = (timedOut: boolean) => {
    resolve({
      dcl: dcl() ?? Number.NaN,
      firstViewport,
      firstAny,
      firstFrame,
      lastChange,
      ranges,
      timedOut,
      longTasks,
      longFrames,
      polls,
    });
  };

  /** Notes a change in the number of ranges; true when there was one. */
  const noteChange = (now: number, inFrame: boolean): boolean => {
    let total = 0;
    for (const [name, highlight] of CSS.highlights)
      if (name.startsWith(o.prefix)) total += highlight.size;
    if (total === ranges) return false;
    ranges = total;
    lastChange = now;
    pollsSinceChange = 0;
    if (total > 0) firstAny ??= now;
    if (firstViewport === null && !checking && total > 0) checkViewport(now, inFrame);
    return true;
  };
  // Also looked at the start of every frame: a timer cannot run while the page's own long
  // first frame does, but ranges registered before that frame are painted in it, with the
  // text. The frame's start is then when they were handed to the screen. Geometry is read
  // right there, where the frame lays out anyway.
  const frame = (): void => {
    const at = dcl();
    if (firstFrame === null && at !== null) firstFrame = performance.now();
    noteChange(performance.now(), true);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // And after layout in every frame in which the document grew (while it loads): the
  // content script reads the parsed text in its own animation callbacks, which run after
  // the probe's, and the page's next parsing task may hold the thread for a long time after
  // that frame. A resize observer's callback runs in the same frame, after every animation
  // callback and layout.
  const sizes = new ResizeObserver(() => noteChange(performance.now(), true));
  const watchSize = (): void => {
    if (document.documentElement) sizes.observe(document.documentElement);
    else setTimeout(watchSize, 2);
  };
  watchSize();

  const poll = (): void => {
    const now = performance.now();
    polls++;
    if (!noteChange(now, false)) pollsSinceChange++;
    const start = dcl();
    const quiet =
      lastChange !== null && now - lastChange >= o.quietMs && pollsSinceChange >= o.quietPolls;
    const settled = !o.expectHighlights && loadedAt !== null && now - loadedAt >= o.settleMs;
    if (start !== null && loadedAt !== null && (quiet || settled) && !checking)
      return finish(false);
    if (start !== null && now - start > o.capMs) return finish(true);
    setTimeout(poll, 2);
  };
  poll();
  window.benchProbe = { finished };
}

export interface FloorResult {
  readonly ms: number;
  readonly candidates: number;
  readonly textNodes: number;
}

/** The physical limit: every text node visited once and scanned for three-digit candidates. */
export function floorPass(): FloorResult {
  const start = performance.now();
  const candidate = /\b[1-5]\d\d\b/g;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let candidates = 0;
  let textNodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    textNodes++;
    const data = (node as Text).data;
    candidate.lastIndex = 0;
    while (candidate.exec(data)) candidates++;
  }
  return { ms: performance.now() - start, candidates, textNodes };
}

export interface PeerResult {
  readonly ms: number;
  readonly marks: number;
}

interface MarkJs {
  markRegExp(re: RegExp, options: { each?: () => void; done?: () => void }): void;
}

/** mark.js wrapping every candidate in a <mark>, plus the layout its DOM changes force. */
export function peerPass(): Promise<PeerResult> {
  const Mark = (window as unknown as { Mark: new (root: Element) => MarkJs }).Mark;
  return new Promise((resolve) => {
    const start = performance.now();
    let marks = 0;
    new Mark(document.body).markRegExp(/\b[1-5]\d\d\b/g, {
      each: () => void marks++,
      done: () => {
        void document.body.offsetHeight;
        resolve({ ms: performance.now() - start, marks });
      },
    });
  });
}

export interface PageShape {
  readonly elements: number;
  readonly textBytes: number;
}

export function pageShape(): PageShape {
  return {
    elements: document.getElementsByTagName('*').length,
    textBytes: new Blob([document.body.textContent ?? '']).size,
  };
}

export interface JumpResult {
  /**
   * From the scroll to the first look that saw a highlighted range on screen (in the first
   * frame's animation callbacks, or a poll every 2 ms after); null if none in 5 s.
   */
  readonly ms: number | null;
  /** Longest long task from the scroll until then (0 when none reached 50 ms). */
  readonly longestTaskMs: number;
  /**
   * From the scroll to the first frame after it (its animation callbacks, before it is
   * rendered): no highlight can be on screen earlier than the text it marks.
   */
  readonly frameMs: number | null;
  /** Whether the highlights were there in that first frame, before it was rendered. */
  readonly inFirstFrame: boolean;
}

/**
 * A reader's jump, as with the End key or a link: scrolls so that `target` lies on screen and
 * times how long until a highlighted range lies inside the viewport. `target` is `end` (the
 * bottom of the page, whose last block holds a code) or `middle` (the first text with an
 * unmistakable status mention after the middle element of the page, found before the clock
 * starts). Polls every 2 ms and measures only ranges new since the jump.
 */
export async function jumpPass(options: {
  readonly prefix: string;
  readonly target: 'middle' | 'end';
  /** False in the browser without the extension: done 100 ms after the first frame. */
  readonly expectHighlights: boolean;
}): Promise<JumpResult> {
  const ranges = (): Set<AbstractRange> => {
    const out = new Set<AbstractRange>();
    for (const [name, h] of CSS.highlights)
      if (name.startsWith(options.prefix)) for (const r of h) out.add(r);
    return out;
  };
  let element: Element | null = null;
  if (options.target === 'middle') {
    const all = document.body.getElementsByTagName('*');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    walker.currentNode = all[all.length >> 1] as Element;
    const unmistakable =
      /HTTP\/1\.1"? [1-5]\d\d\b|\b[1-5]\d\d (Not Found|OK|Bad Gateway|Service Unavailable|Too Many Requests|Internal Server Error)\b/;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (unmistakable.test((n as Text).data)) {
        element = n.parentElement;
        break;
      }
    }
    if (!element) return { ms: null, longestTaskMs: 0, frameMs: null, inFirstFrame: false };
  }
  const before = ranges();
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
  });
  observer.observe({ type: 'longtask' });
  let frameMs: number | null = null;
  let seenMs: number | null = null;
  let inFirstFrame = false;
  // Inside the function: Playwright serializes it alone into the page.
  // oxlint-disable-next-line unicorn/consistent-function-scoping
  const onScreen = (r: AbstractRange): boolean => {
    if (!r.startContainer.isConnected) return false;
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    const box = range.getBoundingClientRect();
    return box.width > 0 && box.bottom > 0 && box.top < innerHeight;
  };
  const look = (now: number): void => {
    if (seenMs === null && [...ranges()].some((r) => !before.has(r) && onScreen(r)))
      seenMs = now - start;
  };
  const start = performance.now();
  // The first frame after the jump: its animation callbacks run before it is rendered, so
  // ranges seen there are painted with the text. The scroll event comes in that frame, after
  // the content script's own listener (on the document, capturing): a callback asked for here
  // runs after the one the content script asked for, and sees what it added.
  addEventListener(
    'scroll',
    () =>
      requestAnimationFrame(() => {
        const now = performance.now();
        frameMs ??= now - start;
        look(now);
        inFirstFrame = seenMs !== null;
      }),
    { once: true },
  );
  requestAnimationFrame(() => {
    frameMs ??= performance.now() - start;
  });
  if (element) element.scrollIntoView({ block: 'center' });
  else window.scrollTo(0, document.documentElement.scrollHeight);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 2));
    const now = performance.now();
    look(now);
    const over = options.expectHighlights ? now - start > 5000 : frameMs !== null;
    if (seenMs !== null || over) {
      const found = options.expectHighlights && seenMs !== null;
      // Long tasks are reported after they end: let the observer catch up.
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.disconnect();
      return {
        ms: found ? seenMs : null,
        longestTaskMs: longest >= 50 ? longest : 0,
        frameMs,
        inFirstFrame,
      };
    }
  }
}
