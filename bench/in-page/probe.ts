/**
 * The load probe, an init script in the page's main world (docs/performance.md, _How "ours" is
 * observed_). The content script runs in an isolated world, but the `CSS.highlights` registry
 * is shared by both: the probe counts the ranges of our highlights at every poll, frame and
 * growth of the document, notes when the first range inside the viewport appeared and when the
 * last change happened, and collects long tasks and long animation frames from the start.
 */
import { pageScript } from './script.ts';
import { ViewportWatch } from './viewport.ts';

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

declare global {
  interface Window {
    benchProbe?: { readonly finished: Promise<ProbeResult> };
  }
}

/** Every entry of `type` since the start of the document, into `spans`. */
function collectEntries(type: string, spans: Span[]): void {
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) spans.push([e.startTime, e.duration]);
    }).observe({ type, buffered: true });
  } catch {
    // An entry type this browser lacks: the figure stays empty.
  }
}

/** Observes the root element's size once the parser has created it. */
function watchRootSize(observer: ResizeObserver): void {
  if (document.documentElement) observer.observe(document.documentElement);
  else setTimeout(() => watchRootSize(observer), 2);
}

/** The probe's state from document start until it is done (`finished`). */
class LoadProbe {
  readonly finished: Promise<ProbeResult>;
  readonly #o: ProbeOptions;
  readonly #resolve: (result: ProbeResult) => void;
  readonly #viewport: ViewportWatch;
  readonly #longTasks: Span[] = [];
  readonly #longFrames: Span[] = [];
  #ranges = 0;
  #polls = 0;
  #pollsSinceChange = 0;
  #firstAny: number | null = null;
  #firstFrame: number | null = null;
  #lastChange: number | null = null;
  #loadedAt: number | null = null;
  #dclAt: number | null = null;

  constructor(o: ProbeOptions) {
    this.#o = o;
    this.#viewport = new ViewportWatch(o.prefix);
    collectEntries('longtask', this.#longTasks);
    collectEntries('long-animation-frame', this.#longFrames);
    addEventListener('load', () => (this.#loadedAt = performance.now()));
    const { promise, resolve } = Promise.withResolvers<ProbeResult>();
    this.finished = promise;
    this.#resolve = resolve;
    requestAnimationFrame(this.#frame);
    // After layout in every frame in which the document grew, while it loads: the content
    // script reads in its own animation callbacks, after the probe's.
    watchRootSize(new ResizeObserver(() => this.#noteChange(performance.now(), true)));
    this.#poll();
  }

  #dcl(): number | null {
    if (this.#dclAt === null) {
      const nav = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      if (nav && nav.domContentLoadedEventStart > 0) this.#dclAt = nav.domContentLoadedEventStart;
    }
    return this.#dclAt;
  }

  /** Notes a change in the number of ranges; true when there was one. */
  #noteChange(now: number, inFrame: boolean): boolean {
    let total = 0;
    for (const [name, highlight] of CSS.highlights)
      if (name.startsWith(this.#o.prefix)) total += highlight.size;
    if (total === this.#ranges) return false;
    this.#ranges = total;
    this.#lastChange = now;
    this.#pollsSinceChange = 0;
    if (total > 0) this.#firstAny ??= now;
    if (this.#viewport.first === null && !this.#viewport.pending && total > 0)
      this.#viewport.check(now, inFrame);
    return true;
  }

  // At the start of every frame too: a timer cannot run while the page's own long first frame
  // does, but ranges registered before it are painted in it, and geometry is read right there.
  readonly #frame = (): void => {
    const at = this.#dcl();
    if (this.#firstFrame === null && at !== null) this.#firstFrame = performance.now();
    this.#noteChange(performance.now(), true);
    requestAnimationFrame(this.#frame);
  };

  readonly #poll = (): void => {
    const now = performance.now();
    this.#polls++;
    if (!this.#noteChange(now, false)) this.#pollsSinceChange++;
    const start = this.#dcl();
    const o = this.#o;
    const last = this.#lastChange;
    const quiet =
      last !== null && now - last >= o.quietMs && this.#pollsSinceChange >= o.quietPolls;
    const loadedAt = this.#loadedAt;
    const settled = !o.expectHighlights && loadedAt !== null && now - loadedAt >= o.settleMs;
    if (start !== null && loadedAt !== null && (quiet || settled) && !this.#viewport.pending)
      return this.#finish(false);
    if (start !== null && now - start > o.capMs) return this.#finish(true);
    setTimeout(this.#poll, 2);
  };

  #finish(timedOut: boolean): void {
    this.#resolve({
      dcl: this.#dcl() ?? Number.NaN,
      firstViewport: this.#viewport.first,
      firstAny: this.#firstAny,
      firstFrame: this.#firstFrame,
      lastChange: this.#lastChange,
      ranges: this.#ranges,
      timedOut,
      longTasks: this.#longTasks,
      longFrames: this.#longFrames,
      polls: this.#polls,
    });
  }
}

/** Starts watching before the page's own scripts run. */
function installProbe(o: ProbeOptions): void {
  window.benchProbe = { finished: new LoadProbe(o).finished };
}

/** The init script: the probe's parts declared in one scope (`script.ts`), then installed. */
export const probeScript = (options: ProbeOptions): string =>
  pageScript([collectEntries, watchRootSize, ViewportWatch, LoadProbe], installProbe, options);
