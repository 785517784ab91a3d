/**
 * Finds and paints status codes where the reader is: the text on screen and a margin of text
 * before and after it, read again as the viewport moves. A page is never read whole.
 *
 * Why (docs/performance.md): reading and painting every code of a 5 MB log or of the one-page
 * HTML standard took seconds of script and rendering, and every range registered with the
 * browser makes each later highlight change cost more. The reader sees one screen at a time;
 * reading a few screens around it costs the same on a small page and on a huge one.
 *
 * - While the page loads (`preview`) and at DOMContentLoaded (`start`), the top of the document
 *   is read in document order, with no layout query, so the first screen is painted at once.
 * - At the next frame after anything that may have moved the viewport (scroll, resize, page
 *   changes), before that frame is rendered, the text under a few points on screen is found
 *   (layout is clean there after a scroll), and the text from a margin before the first of
 *   those points to a margin after the last is read: text already read is skipped, so
 *   scrolling reads only what comes into reach.
 * - When more ranges are registered than `maxLive`, those far from the viewport leave the
 *   registry; their marks stay, and come back without a second reading.
 */
import type { Painter } from './painter.ts';
import {
  createRunWalker,
  isUnreadable,
  MAX_SEGMENT,
  placesBelow,
  startBefore,
  type Places,
  type Run,
  type Segment,
} from './text-blocks.ts';

export interface Found {
  readonly start: number;
  readonly end: number;
  readonly code: number;
  readonly isClass: boolean;
}

/** A text position under the viewport. */
export interface Seed {
  readonly node: Text;
  readonly offset: number;
}

export interface ScannerDeps {
  readonly root: () => Element | null;
  readonly painter: Painter;
  readonly detect: (text: string) => readonly Found[];
  /** Our own UI, never scanned. */
  readonly ownHost: () => Element | null;
  /** Text positions under the viewport now (called at a frame, when layout is up to date). */
  readonly visibleTexts: () => Seed[];
  /** Characters of text to read beyond the viewport, before and after it. */
  readonly margin: () => number;
  /** Runs `run` at the page's next frame (see `nextFrame`); tests run it by hand. */
  readonly afterRender?: (run: () => void) => void;
  /** Runs `run` after the page's next frame is rendered (see `afterFrame`). */
  readonly afterFrame?: (run: () => void) => void;
  /** Runs `run` in a task of its own, soon (the margins, after the frame's screen). */
  readonly soon?: (run: () => void) => void;
  /** Registered ranges beyond which those far from the viewport leave the registry. */
  readonly maxLive?: number;
}

export interface Scanner {
  /**
   * Reads the top of the document now, then what is around the viewport at the next frame.
   * Forgets what was read before, unless it follows `preview` (what the preview read stays,
   * unless its text changed since).
   */
  start(options?: { readonly afterPreview?: boolean }): void;
  /**
   * While the page is still loading: reads the top of what is parsed so far, so the first
   * screen is painted with the page's first frames rather than after DOMContentLoaded (a
   * 4 MB page is on screen seconds before it). Leaves out the run the parser may still be
   * adding to. True once the top of the page is read.
   */
  preview(): boolean;
  /**
   * Reads what is around the viewport (coalesced): in the next frame after a scroll (`scrolled`),
   * where layout is up to date; after the next frame otherwise (the page changed, or has just
   * been parsed), so the lookups never lay the page out themselves.
   */
  update(options?: { readonly scrolled?: boolean }): void;
  /** Forgets these blocks' marks and readings; they are read again when in reach. */
  rescan(blocks: Iterable<Element>): void;
  stop(): void;
}

/**
 * The next frame, before the browser renders it: after a scroll, layout is already up to date
 * there (the lookups cost microseconds), and the ranges added are painted in that same frame.
 */
const nextFrame = (run: () => void): void => void requestAnimationFrame(run);

/** A task of its own, soon. */
const nextTask = (run: () => void): void => void setTimeout(run, 0);

/**
 * Just after the next frame is rendered, when layout is clean whatever the page did before:
 * a lookup in the first frame after DOMContentLoaded would lay out the whole page inside our
 * call (45–70 ms of hit testing on the bench's 50 000-line log).
 */
const afterFrame = (run: () => void): void => void requestAnimationFrame(() => nextTask(run));

/** A text node this long is read a segment at a time (a log in one text node). */
const isHuge = (run: Run): boolean => run.nodes.length === 1 && run.chars > MAX_SEGMENT;

/** Offsets in the node covered by a segment of a huge node (see `splitNode`). */
const spanOf = (segment: Segment): [number, number] => {
  const base = -(segment.starts[0] ?? 0);
  return [base + segment.from, base + segment.text.length];
};

interface Reading {
  readonly block: Element;
  /** The run's shape when read: a run found with another is read again. */
  readonly chars: number;
  readonly count: number;
  /** One unit for a run; one per segment of a huge node. */
  readonly units: (object | undefined)[];
  /**
   * A huge node's segments, cut once. Kept with the reading, so that whatever forgets the
   * reading (its text changed) forgets the cuts too, even before a segment was read.
   */
  segments?: Segment[];
}

export function createScanner(deps: ScannerDeps): Scanner {
  const inFrame = deps.afterRender ?? nextFrame;
  const later = deps.afterFrame ?? afterFrame;
  const soon = deps.soon ?? nextTask;
  const maxLive = deps.maxLive ?? 3000;
  const { painter } = deps;
  let generation = 0;
  let scheduled = false;
  /** What was read, by the first text node of the run. */
  let readings = new Map<Text, Reading>();

  const paintSegment = (segment: Segment, unit: object): void => {
    const found = deps.detect(segment.text);
    if (found.length > 0) painter.paint(segment, found, unit);
  };

  /**
   * Forgets a run's reading if its text changed since (a page script while the page loaded,
   * which no mutation watcher saw): its marks and a huge node's cuts would be wrong.
   */
  const dropIfChanged = (run: Run): void => {
    const key = run.nodes[0] as Text;
    const reading = readings.get(key);
    if (!reading || (reading.chars === run.chars && reading.count === run.nodes.length)) return;
    for (const unit of reading.units) if (unit) painter.drop(unit);
    readings.delete(key);
  };

  const readingOf = (run: Run): Reading => {
    const key = run.nodes[0] as Text;
    let reading = readings.get(key);
    if (!reading) {
      reading = { block: run.block, chars: run.chars, count: run.nodes.length, units: [] };
      readings.set(key, reading);
    }
    return reading;
  };

  /** A run's unit at `index`, read now if it was not read before. */
  const unitOf = (
    reading: Reading,
    index: number,
    read: (unit: object) => void,
    touched: Set<object>,
  ): void => {
    let unit = reading.units[index];
    if (unit) {
      painter.show(unit);
    } else {
      unit = {};
      reading.units[index] = unit;
      read(unit);
    }
    touched.add(unit);
  };

  /** The segments of a huge text node that overlap node offsets [lo, hi). */
  const readHuge = (run: Run, lo: number, hi: number, touched: Set<object>): void => {
    const reading = readingOf(run);
    reading.segments ??= run.segments();
    for (const [i, segment] of reading.segments.entries()) {
      const [from, to] = spanOf(segment);
      if (to <= lo || from >= hi) continue;
      unitOf(reading, i, (unit) => paintSegment(segment, unit), touched);
    }
  };

  const readRun = (run: Run, touched: Set<object>): void => {
    unitOf(
      readingOf(run),
      0,
      (unit) => {
        if (!run.hasCandidate()) return;
        for (const segment of run.segments()) paintSegment(segment, unit);
      },
      touched,
    );
  };

  /**
   * Reads from `start` (the document's start when null) on, until `tail` characters past the
   * last seed once every seed is met (past the start when there are no seeds), or `margin`
   * characters past the last seed met (the next seeds are far: another walk reads them).
   * Returns how many of the seeds (in document order) were met, and whether it stopped on
   * distance. With `holdLast`, the last run of the document is left unread (while the page
   * loads, the parser may still add to it).
   */
  const readFrom = (
    root: Element,
    places: Places,
    start: Node | null,
    seeds: readonly Seed[],
    { margin, tail }: { readonly margin: number; readonly tail: number },
    touched: Set<object>,
    holdLast = false,
  ): { met: number; reached: boolean } => {
    const walker = createRunWalker(root, deps.ownHost(), {
      start,
      maxRunChars: MAX_SEGMENT,
      places,
    });
    const index = new Map(seeds.map((s, i) => [s.node, i]));
    let chars = 0;
    let lastSeed = seeds.length === 0 ? 0 : Number.NEGATIVE_INFINITY;
    let met = 0;
    for (let run = walker.next(), next = walker.next(); run; run = next, next = walker.next()) {
      if (holdLast && !next) break;
      const offsets: number[] = [];
      for (const node of run.nodes) {
        const i = index.get(node);
        if (i === undefined) continue;
        met = Math.max(met, i + 1);
        offsets.push((seeds[i] as Seed).offset);
      }
      dropIfChanged(run);
      if (isHuge(run)) {
        let lo: number;
        let hi: number;
        if (offsets.length > 0) {
          lo = Math.min(...offsets) - tail;
          hi = Math.max(...offsets) + tail;
          lastSeed = chars + Math.max(...offsets);
        } else if (lastSeed === Number.NEGATIVE_INFINITY) {
          // Before the first seed: the end of the node is the margin above the viewport.
          lo = run.chars - tail;
          hi = run.chars;
        } else {
          lo = 0;
          hi = tail - (chars - lastSeed);
        }
        readHuge(run, lo, hi, touched);
      } else {
        if (offsets.length > 0) lastSeed = chars + run.chars;
        readRun(run, touched);
      }
      chars += run.chars;
      if (lastSeed === Number.NEGATIVE_INFINITY) continue;
      const past = chars - lastSeed;
      if (past >= margin || (met === seeds.length && past >= tail)) return { met, reached: true };
    }
    return { met, reached: false };
  };

  /**
   * Reads around the seeds (or the top of the document), then hands the ranges over. With
   * `onlyScreen`, reads from the first seed to the last and no margin. Returns false when the
   * top of the document is shorter than what it reads (or there is no root).
   */
  const read = (seeds: Seed[], { loading = false, onlyScreen = false } = {}): boolean => {
    const root = deps.root();
    if (!root) return false;
    const host = deps.ownHost();
    // One record per element for all of this reading's walks, back and forth: the DOM does not
    // change within it.
    const places = placesBelow(root, host);
    const margin = deps.margin();
    const tail = onlyScreen ? 0 : margin;
    const touched = new Set<object>();
    const usable = seeds
      .filter((s) => root.contains(s.node) && !isUnreadable(s.node, host))
      .sort((a, b) =>
        a.node === b.node
          ? a.offset - b.offset
          : a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING
            ? -1
            : 1,
      );
    let reached = true;
    if (usable.length === 0) {
      if (seeds.length === 0)
        ({ reached } = readFrom(
          root,
          places,
          null,
          [],
          // While the page loads, a screenful and the margin below it: the parser's pauses
          // are free time. At DOMContentLoaded a screenful: the page's first frame waits for
          // this task, and the margin is read after that frame.
          { margin: (loading ? 2 : 1) * margin, tail: (loading ? 2 : 1) * margin },
          touched,
          loading,
        ));
    } else {
      for (let i = 0; i < usable.length;) {
        const rest = usable.slice(i);
        const first = rest[0] as Seed;
        const start = startBefore(root, first.node, tail, host, MAX_SEGMENT, places);
        i += Math.max(1, readFrom(root, places, start, rest, { margin, tail }, touched).met);
      }
    }
    if (!onlyScreen && painter.liveCount() > maxLive) painter.keepOnly(touched);
    painter.flush();
    return reached;
  };

  const update = ({ scrolled = false } = {}): void => {
    if (scheduled) return;
    scheduled = true;
    const mine = generation;
    (scrolled ? inFrame : later)(() => {
      if (mine !== generation) return;
      scheduled = false;
      const seeds = deps.visibleTexts();
      if (seeds.length === 0) return;
      // What is on screen goes into this frame; the margins are read right after it, so a
      // jump's frame waits for one screen of reading, not three.
      read(seeds, { onlyScreen: true });
      soon(() => {
        if (mine === generation) read(seeds);
      });
    });
  };

  return {
    start(options = {}) {
      generation++;
      scheduled = false;
      if (!options.afterPreview) readings = new Map();
      // The top of the page, before the first layout: no probes, document order.
      read([]);
      update();
    },
    preview() {
      return read([], { loading: true });
    },
    update,
    rescan(blocks) {
      const changed = new Set(blocks);
      const gone: Element[] = [];
      for (const [node, reading] of readings) {
        let inside = !node.isConnected;
        for (let el: Element | null = reading.block; el && !inside; el = el.parentElement)
          inside = changed.has(el);
        if (!inside) continue;
        readings.delete(node);
        gone.push(reading.block);
      }
      painter.forget([...changed, ...gone]);
      update();
    },
    stop() {
      generation++;
      scheduled = false;
    },
  };
}
