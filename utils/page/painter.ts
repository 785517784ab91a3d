/**
 * Paints matches with the CSS Custom Highlight API: ranges registered in `CSS.highlights`,
 * one highlight per class (`http-status-4xx` …), styled by the stylesheet the manifest
 * injects. The page's DOM is never changed. Keeps an index from text node to marks for
 * hover hit-testing, and forgets a block's marks when it is scanned again.
 *
 * Marks are kept per unit (what the scanner read in one go: a run of a block, or a part of a
 * huge text node). A unit's ranges can leave the browser's registry while the marks stay
 * (`keepOnly`), and come back without reading the text again (`show`): the browser's cost of a
 * highlight change grows with every range registered, so a long page keeps only the ranges
 * near the viewport registered.
 */
import type { Segment } from './text-blocks.ts';

export interface Mark {
  readonly code: number;
  /** True for a class mention such as `5xx`. */
  readonly isClass: boolean;
  readonly range: StaticRange;
  readonly block: Element;
  /** The text nodes the range touches. */
  readonly nodes: readonly Text[];
  /** What it was read with (see `Painter.paint`). */
  readonly unit: object;
}

export const HIGHLIGHT_PREFIX = 'http-status';
const CLASS_NAMES = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const;
export const highlightName = (digit: number): string =>
  `${HIGHLIGHT_PREFIX}-${CLASS_NAMES[digit - 1] ?? '5xx'}`;

interface Registry {
  set(name: string, highlight: Highlight): unknown;
  delete(name: string): unknown;
}

export interface Painter {
  /**
   * Paints matches found in a segment; offsets are in `segment.text`. `unit` groups the marks
   * for `show` and `keepOnly` (by default, the segment's block).
   */
  paint(
    segment: Segment,
    matches: readonly { start: number; end: number; code: number; isClass: boolean }[],
    unit?: object,
  ): Mark[];
  /** Registers a unit's ranges again (at the next flush) after `keepOnly` took them out. */
  show(unit: object): void;
  /** Takes the ranges of every other unit out of the registry, keeping their marks. */
  keepOnly(units: ReadonlySet<object>): void;
  /** How many ranges are registered, or will be at the next flush. */
  liveCount(): number;
  /** Removes the marks of these blocks (before they are scanned again, or when they left the page). */
  forget(blocks: Iterable<Element>): void;
  /** Removes one unit's marks (its text is to be read again). */
  drop(unit: object): void;
  /** The marks in a text node, for hit-testing. */
  marksIn(node: Node): readonly Mark[];
  /** Every mark, in paint order. */
  all(): readonly Mark[];
  /**
   * Hands the ranges painted since the last flush to the browser. Each change to a registered
   * highlight makes the next frame rebuild the markers of every range, so ranges are handed
   * over in batches, not one slice at a time.
   */
  flush(): void;
  /** Removes every highlight at once and forgets everything. */
  clear(): void;
}

/** The text node and offset of a segment offset (binary search over node starts). */
function locate(segment: Segment, offset: number, isEnd: boolean): [Text, number, number] {
  const { nodes, starts } = segment;
  // Binary search for the node holding the offset (an end offset may sit at a node's end).
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = starts[mid] as number;
    if (start < offset || (!isEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return [nodes[lo] as Text, offset - (starts[lo] as number), lo];
}

export function createPainter(registry: Registry = CSS.highlights): Painter {
  const highlights = CLASS_NAMES.map((_, i) => {
    const h = new Highlight();
    registry.set(highlightName(i + 1), h);
    return h;
  });
  // A Map, not a WeakMap: a page with 50 000 codes made the WeakMap's ephemeron bookkeeping
  // the main cost of garbage collection (long tasks in the benchmark). Entries leave with
  // forget() and clear(); marks of removed blocks are forgotten by the mutation watcher.
  let byNode = new Map<Node, Mark[]>();
  /** Marks by the node and offset they start at (a huge node can hold thousands). */
  let byStart = new Map<Node, Map<number, Mark>>();
  let byUnit = new Map<object, Mark[]>();
  let unitsOf = new Map<Element, Set<object>>();
  /** Units whose ranges are out of the registry. */
  let hidden = new Set<object>();
  let live = 0;
  /** Marks to hand to the browser at the next flush; one forgotten or hidden meanwhile leaves. */
  const pending = new Set<Mark>();
  const highlightOf = (mark: Mark) => highlights[Math.floor(mark.code / 100) - 1];
  /** Queues a mark's range for the registry (at the next flush). */
  const register = (mark: Mark) => {
    pending.add(mark);
    live++;
  };
  /** Takes a mark's range out of the registry, or out of the queue for it. */
  const unregister = (mark: Mark) => {
    highlightOf(mark)?.delete(mark.range);
    pending.delete(mark);
  };
  /** Takes a unit's marks out of every index and its ranges out of the registry. */
  const dropMarks = (unit: object): void => {
    const marks = byUnit.get(unit) ?? [];
    byUnit.delete(unit);
    // Every mark of a unit is in one block (a unit is a run, or part of one).
    if (marks[0]) unitsOf.get(marks[0].block)?.delete(unit);
    if (!hidden.delete(unit)) live -= marks.length;
    for (const mark of marks) {
      unregister(mark);
      byStart.get(mark.range.startContainer)?.delete(mark.range.startOffset);
      for (const node of mark.nodes) {
        const left = byNode.get(node)?.filter((m) => m.unit !== unit) ?? [];
        if (left.length > 0) byNode.set(node, left);
        else byNode.delete(node);
      }
    }
  };
  const show = (unit: object): void => {
    if (!hidden.delete(unit)) return;
    for (const mark of byUnit.get(unit) ?? []) register(mark);
  };

  return {
    paint(segment, matches, unit = segment.block) {
      const marks: Mark[] = [];
      const visible = !hidden.has(unit);
      for (const m of matches) {
        if (m.start < segment.from) continue;
        const [startNode, startOffset, first] = locate(segment, m.start, false);
        // Text read twice (from two starting points) is painted once, by its first reading.
        const twin = byStart.get(startNode)?.get(startOffset);
        if (twin) {
          show(twin.unit);
          continue;
        }
        const [endNode, endOffset, last] = locate(segment, m.end, true);
        const range = new StaticRange({
          startContainer: startNode,
          startOffset,
          endContainer: endNode,
          endOffset,
        });
        const nodes = segment.nodes.slice(first, last + 1);
        const mark: Mark = {
          code: m.code,
          isClass: m.isClass,
          range,
          block: segment.block,
          nodes,
          unit,
        };
        if (visible) register(mark);
        marks.push(mark);
        const starts = byStart.get(startNode);
        if (starts) starts.set(startOffset, mark);
        else byStart.set(startNode, new Map([[startOffset, mark]]));
        for (const node of nodes) {
          const list = byNode.get(node);
          if (list) list.push(mark);
          else byNode.set(node, [mark]);
        }
      }
      if (marks.length > 0) {
        const list = byUnit.get(unit);
        if (list) list.push(...marks);
        else byUnit.set(unit, marks);
        const units = unitsOf.get(segment.block);
        if (units) units.add(unit);
        else unitsOf.set(segment.block, new Set([unit]));
      }
      return marks;
    },
    show,
    keepOnly(units) {
      for (const [unit, marks] of byUnit) {
        if (units.has(unit) || hidden.has(unit)) continue;
        hidden.add(unit);
        for (const mark of marks) unregister(mark);
        live -= marks.length;
      }
    },
    liveCount: () => live,
    forget(blocks) {
      for (const block of blocks) {
        const units = unitsOf.get(block);
        if (!units) continue;
        unitsOf.delete(block);
        for (const unit of units) dropMarks(unit);
      }
    },
    drop: dropMarks,
    marksIn: (node) => (byNode.get(node) ?? []).filter((m) => !hidden.has(m.unit)),
    all: () => [...byUnit.values()].flat(),
    flush() {
      for (const mark of pending) highlightOf(mark)?.add(mark.range);
      pending.clear();
    },
    clear() {
      pending.clear();
      for (const [i, h] of highlights.entries()) {
        h.clear();
        registry.delete(highlightName(i + 1));
      }
      byNode = new Map();
      byStart = new Map();
      byUnit = new Map();
      unitsOf = new Map();
      hidden = new Set();
      live = 0;
    },
  };
}
