/**
 * Paints matches with the CSS Custom Highlight API: ranges registered in `CSS.highlights`,
 * one highlight per class (`http-status-4xx` …), styled by the stylesheet the manifest
 * injects. The page's DOM is never changed. Keeps an index from text node to marks for
 * hover hit-testing, and forgets a block's marks when it is scanned again.
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
  /** Paints matches found in a segment; offsets are in `segment.text`. */
  paint(
    segment: Segment,
    matches: readonly { start: number; end: number; code: number; isClass: boolean }[],
  ): Mark[];
  /** Removes the marks of these blocks (before they are scanned again, or when they left the page). */
  forget(blocks: Iterable<Element>): void;
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
  let byBlock = new Map<Element, Mark[]>();
  /** Marks painted since the last flush; a forgotten one leaves `unflushed` and is skipped. */
  let pending: Mark[] = [];
  const unflushed = new Set<StaticRange>();

  return {
    paint(segment, matches) {
      const marks: Mark[] = [];
      for (const m of matches) {
        if (m.start < segment.from) continue;
        const [startNode, startOffset, first] = locate(segment, m.start, false);
        // Text read twice (on screen first, then with its whole block) is painted once.
        if (
          byNode
            .get(startNode)
            ?.some(
              (x) => x.range.startContainer === startNode && x.range.startOffset === startOffset,
            )
        ) {
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
        const mark: Mark = { code: m.code, isClass: m.isClass, range, block: segment.block, nodes };
        pending.push(mark);
        unflushed.add(range);
        marks.push(mark);
        for (const node of nodes) {
          const list = byNode.get(node);
          if (list) list.push(mark);
          else byNode.set(node, [mark]);
        }
      }
      if (marks.length > 0) {
        const list = byBlock.get(segment.block);
        if (list) list.push(...marks);
        else byBlock.set(segment.block, marks);
      }
      return marks;
    },
    forget(blocks) {
      for (const block of blocks) {
        const marks = byBlock.get(block);
        if (!marks) continue;
        byBlock.delete(block);
        for (const mark of marks) {
          highlights[Math.floor(mark.code / 100) - 1]?.delete(mark.range);
          unflushed.delete(mark.range);
          for (const node of mark.nodes) byNode.delete(node);
        }
      }
    },
    marksIn: (node) => byNode.get(node) ?? [],
    all: () => [...byBlock.values()].flat(),
    flush() {
      for (const mark of pending) {
        if (unflushed.has(mark.range)) highlights[Math.floor(mark.code / 100) - 1]?.add(mark.range);
      }
      pending = [];
      unflushed.clear();
    },
    clear() {
      pending = [];
      unflushed.clear();
      for (const [i, h] of highlights.entries()) {
        h.clear();
        registry.delete(highlightName(i + 1));
      }
      byNode = new Map();
      byBlock = new Map();
    },
  };
}
