/** One walk of a reading: from a start, through the seeds met on the way, to a margin past them. */
import { isHuge, type Readings } from './readings.ts';
import type { Places } from './places.ts';
import { MAX_SEGMENT } from './segments.ts';
import { RunWalker, type Run } from './text-blocks.ts';
import type { Seed } from './viewport.ts';

export interface Walk {
  readonly root: Element;
  readonly host: Element | null;
  /** One record per element for all of a reading's walks (the DOM does not change within it). */
  readonly places: Places;
  /** Where to start: the document's start when null. */
  readonly start: Node | null;
  /** Text positions under the viewport, in document order. */
  readonly seeds: readonly Seed[];
  /** Characters past the last seed met to stop at when the next seeds are far. */
  readonly margin: number;
  /** Characters past the last seed to read once every seed is met (past the start without seeds). */
  readonly tail: number;
  /** Marks read or shown in this walk. */
  readonly touched: Set<object>;
  /** Leave the document's last run unread (while the page loads, the parser may still add to it). */
  readonly holdLast?: boolean;
}

const BEFORE_SEEDS = Number.NEGATIVE_INFINITY;

/** The node offsets of a huge node to read, and where the last seed lies now. */
function hugeSpan(run: Run, offsets: number[], chars: number, lastSeed: number, tail: number) {
  if (offsets.length > 0) {
    const last = Math.max(...offsets);
    return { lo: Math.min(...offsets) - tail, hi: last + tail, lastSeed: chars + last };
  }
  // Before the first seed: the end of the node is the margin above the viewport.
  if (lastSeed === BEFORE_SEEDS) return { lo: run.chars - tail, hi: run.chars, lastSeed };
  return { lo: 0, hi: tail - (chars - lastSeed), lastSeed };
}

/**
 * Reads from `walk.start` on, until `tail` characters past the last seed once every seed is
 * met, or `margin` characters past the last seed met (the next seeds are far: another walk
 * reads them). Returns how many of the seeds were met, and whether it stopped on distance.
 */
export function readFrom(readings: Readings, walk: Walk): { met: number; reached: boolean } {
  const { seeds, margin, tail, touched } = walk;
  const walker = new RunWalker(walk.root, walk.host, {
    start: walk.start,
    maxRunChars: MAX_SEGMENT,
    places: walk.places,
  });
  const index = new Map(seeds.map((s, i) => [s.node, i]));
  let chars = 0;
  let lastSeed = seeds.length === 0 ? 0 : BEFORE_SEEDS;
  let met = 0;
  for (let run = walker.next(), next = walker.next(); run; run = next, next = walker.next()) {
    if (walk.holdLast && !next) break;
    const offsets: number[] = [];
    for (const node of run.nodes) {
      const i = index.get(node);
      if (i === undefined) continue;
      met = Math.max(met, i + 1);
      offsets.push((seeds[i] as Seed).offset);
    }
    readings.dropIfChanged(run);
    if (isHuge(run)) {
      const span = hugeSpan(run, offsets, chars, lastSeed, tail);
      lastSeed = span.lastSeed;
      readings.readHuge(run, span.lo, span.hi, touched);
    } else {
      if (offsets.length > 0) lastSeed = chars + run.chars;
      readings.readRun(run, touched);
    }
    chars += run.chars;
    if (lastSeed === BEFORE_SEEDS) continue;
    const past = chars - lastSeed;
    if (past >= margin || (met === seeds.length && past >= tail)) return { met, reached: true };
  }
  return { met, reached: false };
}
