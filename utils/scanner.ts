/**
 * Finds and paints status codes on a page without blocking it: the text under the viewport
 * first, then the rest of the document in slices of a few milliseconds, one segment at a time
 * (a 5 MB log is many segments). Blocks that change later are read again with `rescan`.
 */
import type { Painter } from './painter.ts';
import { blockOf, createBlockWalker, isUnreadable, type Segment } from './text-blocks.ts';

export interface Found {
  readonly start: number;
  readonly end: number;
  readonly code: number;
  readonly isClass: boolean;
}

export interface ScannerDeps {
  readonly root: () => Element | null;
  readonly painter: Painter;
  readonly detect: (text: string) => readonly Found[];
  /** Called with the codes (not classes) painted in a slice. */
  readonly onCodes: (codes: ReadonlySet<number>) => void;
  /** Our own UI, never scanned. */
  readonly ownHost: () => Element | null;
  /** Text nodes under the viewport, to read first. */
  readonly visibleTexts: () => Text[];
  readonly now?: () => number;
  readonly yieldToPage?: (run: () => void) => void;
  /** Time budget of one slice, in milliseconds. */
  readonly budget?: number;
}

export interface Scanner {
  /** Reads the whole document, viewport first. Resolves when every block was read. */
  start(): Promise<void>;
  /** Forgets these blocks' marks and reads them again. */
  rescan(blocks: Iterable<Element>): Promise<void>;
  stop(): void;
}

/** Longest wait, in milliseconds, between handovers of painted ranges during a long scan (each handover costs a repaint of every range so far, so they grow apart). */
const FLUSH_INTERVAL = 1000;
const FIRST_INTERVAL = 16;

const defaultYield = (run: () => void): void => {
  setTimeout(run, 0);
};

/** A source of segments, pulled one at a time. */
type Source = () => Segment | undefined;

export function createScanner(deps: ScannerDeps): Scanner {
  const now = deps.now ?? (() => performance.now());
  const yieldToPage = deps.yieldToPage ?? defaultYield;
  const budget = deps.budget ?? 8;
  let generation = 0;
  let lastFlush = 0;
  let flushEvery = 0;

  const paint = (segment: Segment, codes: Set<number>): void => {
    const found = deps.detect(segment.text);
    if (found.length === 0) return;
    for (const mark of deps.painter.paint(segment, found)) if (!mark.isClass) codes.add(mark.code);
  };

  /** Reads segments in slices of `budget` ms, yielding to the page between slices. */
  const run = (source: Source): Promise<void> => {
    const mine = generation;
    return new Promise((resolve) => {
      const slice = (): void => {
        if (mine !== generation) return resolve();
        const until = now() + budget;
        const codes = new Set<number>();
        let segment = source();
        while (segment) {
          paint(segment, codes);
          if (now() >= until) break;
          segment = source();
        }
        if (codes.size > 0) deps.onCodes(codes);
        const done = !segment || mine !== generation;
        // Hand ranges to the browser in batches, since each handover repaints every range:
        // after the first slice (the top of the page is usually what is on screen), then at
        // growing intervals up to FLUSH_INTERVAL.
        if (done || now() - lastFlush >= flushEvery) {
          deps.painter.flush();
          lastFlush = now();
          flushEvery = Math.min(FLUSH_INTERVAL, Math.max(FIRST_INTERVAL, flushEvery * 2));
        }
        if (done) resolve();
        else yieldToPage(slice);
      };
      slice();
    });
  };

  /** Segments of every block below `root`, in document order, skipping `skip` blocks. */
  const walk = (
    root: Node,
    skip: (block: Element) => boolean,
    before?: (block: Element) => void,
  ): Source => {
    const walker = createBlockWalker(root, deps.ownHost(), { onlyCandidates: true });
    let queue: Segment[] = [];
    return () => {
      while (queue.length === 0) {
        const next = walker.next();
        if (!next) return undefined;
        const block = next[0]?.block;
        if (block && skip(block)) continue;
        if (block) before?.(block);
        queue = next;
      }
      return queue.shift();
    };
  };

  /** The blocks under the viewport, read first and in full within one task when small. */
  const viewportSegments = (): { segments: Segment[]; done: Set<Element> } => {
    const done = new Set<Element>();
    const segments: Segment[] = [];
    const visible = new Set(deps.visibleTexts());
    for (const text of visible) {
      const block = blockOf(text);
      if (!block || done.has(block) || isUnreadable(block, deps.ownHost())) continue;
      done.add(block);
      // A huge block (a long log) contributes only the segments on screen now; its full
      // text is read with the rest of the document.
      const all = blockSegments(block, deps.ownHost());
      if (all.length > 2) {
        done.delete(block);
        segments.push(...all.filter((s) => s.nodes.some((n) => visible.has(n))).slice(0, 4));
      } else {
        segments.push(...all);
      }
    }
    return { segments, done };
  };

  return {
    start() {
      generation++;
      const root = deps.root();
      if (!root) return Promise.resolve();
      const { segments, done } = viewportSegments();
      const codes = new Set<number>();
      for (const s of segments) paint(s, codes);
      if (codes.size > 0) deps.onCodes(codes);
      // What is on screen is painted at once.
      deps.painter.flush();
      lastFlush = now();
      flushEvery = 0;
      return run(walk(root, (b) => done.has(b)));
    },
    rescan(blocks) {
      const list = [...blocks].filter((b) => b.isConnected && !isUnreadable(b, deps.ownHost()));
      deps.painter.forget(blocks);
      let i = 0;
      let current: Source | undefined;
      flushEvery = 0;
      return run(() => {
        for (;;) {
          const segment = current?.();
          if (segment) return segment;
          const block = list[i++];
          if (!block) return undefined;
          current = walk(
            block,
            () => false,
            (b) => deps.painter.forget([b]),
          );
        }
      });
    },
    stop() {
      generation++;
    },
  };
}

/** The segments of a block's own text (not of the blocks nested in it). */
function blockSegments(block: Element, ownHost: Element | null): Segment[] {
  const out: Segment[] = [];
  const walker = createBlockWalker(block, ownHost, { onlyCandidates: true });
  for (let segments = walker.next(); segments; segments = walker.next()) {
    if (segments[0]?.block === block) out.push(...segments);
  }
  return out;
}
