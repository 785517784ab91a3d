/**
 * Finds and paints status codes where the reader is: the text on screen and a margin of text
 * before and after it, read again as the viewport moves. A page is never read whole
 * (docs/performance.md, _How the page is read_).
 *
 * - While the page loads (`preview`) and at DOMContentLoaded (`start`), the top of the document
 *   is read in document order, with no layout query, so the first screen is painted at once.
 * - At the next frame after anything that may have moved the viewport (scroll, resize, page
 *   changes), the text under a few points on screen is found, and the text from a margin
 *   before the first of those points to a margin after the last is read: text already read is
 *   skipped, so scrolling reads only what comes into reach.
 * - When more ranges are registered than `maxLive`, those far from the viewport leave the
 *   registry; their marks stay, and come back without a second reading.
 */
import type { Painter } from './painter.ts';
import { Readings, type Detector } from './readings.ts';
import { PAGE_SCHEDULE, type Schedule } from './schedule.ts';
import { isUnreadable, placesBelow } from './places.ts';
import { MAX_SEGMENT } from './segments.ts';
import { startBefore } from './text-blocks.ts';
import type { PageView, Seed } from './viewport.ts';
import { readFrom } from './walk.ts';

export interface ScannerDeps {
  readonly view: PageView;
  readonly painter: Painter;
  readonly detector: Detector;
  /** The page's frames and tasks by default; tests run them by hand. */
  readonly schedule?: Schedule;
  /** Registered ranges beyond which those far from the viewport leave the registry. */
  readonly maxLive?: number;
  /** False while nothing may be read (the document is being edited, the extension is gone). */
  readonly readable?: () => boolean;
}

/** The seeds the scanner may read from, in document order. */
function usableSeeds(seeds: readonly Seed[], root: Element, host: Element | null): Seed[] {
  return seeds
    .filter((s) => root.contains(s.node) && !isUnreadable(s.node, host))
    .sort((a, b) =>
      a.node === b.node
        ? a.offset - b.offset
        : a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING
          ? -1
          : 1,
    );
}

export class Scanner {
  readonly #view: PageView;
  readonly #painter: Painter;
  readonly #schedule: Schedule;
  readonly #maxLive: number;
  readonly #readings: Readings;
  readonly #readable: () => boolean;
  #generation = 0;
  #scheduled = false;

  constructor(deps: ScannerDeps) {
    this.#view = deps.view;
    this.#painter = deps.painter;
    this.#schedule = deps.schedule ?? PAGE_SCHEDULE;
    this.#maxLive = deps.maxLive ?? 3000;
    this.#readings = new Readings(deps.painter, deps.detector);
    this.#readable = deps.readable ?? (() => true);
  }

  /**
   * Reads the top of the document now, then what is around the viewport at the next frame.
   * Forgets what was read before, unless it follows `preview` (what the preview read stays,
   * unless its text changed since).
   */
  start(options: { readonly afterPreview?: boolean } = {}): void {
    this.#generation++;
    this.#scheduled = false;
    if (!options.afterPreview) this.#readings.reset();
    // The top of the page, before the first layout: no probes, document order.
    this.#read([]);
    this.update();
  }

  /**
   * While the page is still loading: reads the top of what is parsed so far, so the first
   * screen is painted with the page's first frames rather than after DOMContentLoaded. Leaves
   * out the run the parser may still be adding to. True once the top of the page is read.
   */
  preview(): boolean {
    return this.#read([], { loading: true });
  }

  /**
   * Reads what is around the viewport (coalesced): in the next frame after a scroll (`scrolled`),
   * where layout is up to date; after the next frame otherwise (the page changed, or has just
   * been parsed), so the lookups never lay the page out themselves.
   */
  update({ scrolled = false }: { readonly scrolled?: boolean } = {}): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    const mine = this.#generation;
    const look = (): void => {
      if (mine !== this.#generation) return;
      this.#scheduled = false;
      if (!this.#readable()) return;
      const seeds = this.#view.visibleTexts();
      if (seeds.length === 0) return;
      // What is on screen goes into this frame; the margins are read right after it, so a
      // jump's frame waits for one screen of reading, not three.
      this.#read(seeds, { onlyScreen: true });
      this.#schedule.soon(() => {
        if (mine === this.#generation) this.#read(seeds);
      });
    };
    if (scrolled) this.#schedule.inFrame(look);
    else this.#schedule.afterFrame(look);
  }

  /** Forgets these blocks' marks and readings; they are read again when in reach. */
  rescan(blocks: Iterable<Element>): void {
    const changed = new Set(blocks);
    const gone = this.#readings.forgetIn(changed);
    this.#painter.forget([...changed, ...gone]);
    this.update();
  }

  /** A reading scheduled before never runs. */
  stop(): void {
    this.#generation++;
    this.#scheduled = false;
  }

  /** Takes every mark away and forgets what was read: all of it is to be read again. */
  forgetAll(): void {
    this.stop();
    this.#readings.reset();
    this.#painter.clear();
  }

  /**
   * Reads around the seeds (or the top of the document), then hands the ranges over. With
   * `onlyScreen`, reads from the first seed to the last and no margin. Returns false when the
   * top of the document is shorter than what it reads (or there is no root).
   */
  #read(seeds: Seed[], { loading = false, onlyScreen = false } = {}): boolean {
    const root = this.#view.root();
    if (!root || !this.#readable()) return false;
    const host = this.#view.ownHost();
    const places = placesBelow(root, host);
    const margin = this.#view.margin();
    const tail = onlyScreen ? 0 : margin;
    const touched = new Set<object>();
    const usable = usableSeeds(seeds, root, host);
    const base = { root, host, places, touched };
    let reached = true;
    if (usable.length === 0) {
      // While the page loads, a screenful and the margin below it: the parser's pauses are free
      // time. At DOMContentLoaded a screenful: the page's first frame waits for this task, and
      // the margin is read after that frame.
      const reach = (loading ? 2 : 1) * margin;
      if (seeds.length === 0)
        ({ reached } = readFrom(this.#readings, {
          ...base,
          start: null,
          seeds: [],
          margin: reach,
          tail: reach,
          holdLast: loading,
        }));
    } else {
      for (let i = 0; i < usable.length;) {
        const rest = usable.slice(i);
        const start = startBefore(root, (rest[0] as Seed).node, tail, host, MAX_SEGMENT, places);
        const walk = { ...base, start, seeds: rest, margin, tail };
        i += Math.max(1, readFrom(this.#readings, walk).met);
      }
    }
    if (!onlyScreen && this.#painter.liveCount() > this.#maxLive) this.#painter.keepOnly(touched);
    this.#painter.flush();
    return reached;
  }
}
