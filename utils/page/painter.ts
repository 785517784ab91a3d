/**
 * Paints matches with the CSS Custom Highlight API: ranges registered in `CSS.highlights`,
 * one highlight per class (`http-status-4xx` …), styled by the stylesheet the manifest
 * injects. The page's DOM is never changed. A class's name is registered when its first range
 * is handed over: a page without codes sees no name of ours (it would tell the extension is there).
 *
 * Marks are kept per unit (what the scanner read in one go: a run of a block, or a part of a
 * huge text node). A unit's ranges can leave the browser's registry while the marks stay
 * (`keepOnly`), and come back without reading the text again (`show`): the browser's cost of a
 * highlight change grows with every range registered, so a long page keeps only the ranges
 * near the viewport registered.
 */
import type { Match } from '../detector/types.ts';
import { CLASS_DIGITS, highlightName, type ClassDigit } from '../status-class.ts';
import { classOfMark, type Mark } from './mark.ts';
import { MarkIndex } from './mark-index.ts';
import type { Segment } from './segments.ts';

/** Where highlights are registered: `CSS.highlights`, or a Map in tests. */
export interface Registry {
  set(name: string, highlight: Highlight): unknown;
  delete(name: string): unknown;
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

export class Painter {
  readonly #registry: Registry;
  /** One highlight per class, 1xx first; registered with its first range. */
  readonly #highlights: (Highlight | undefined)[] = [];
  readonly #index = new MarkIndex();
  /** Units whose ranges are out of the registry. */
  #hidden = new Set<object>();
  #live = 0;
  /** Marks to hand to the browser at the next flush; one forgotten or hidden meanwhile leaves. */
  readonly #pending = new Set<Mark>();

  constructor(registry: Registry = CSS.highlights) {
    this.#registry = registry;
  }

  /**
   * Paints matches found in a segment; offsets are in `segment.text`. `unit` groups the marks
   * for `show` and `keepOnly` (by default, the segment's block).
   */
  paint(segment: Segment, matches: readonly Match[], unit: object = segment.block): Mark[] {
    const marks: Mark[] = [];
    const visible = !this.#hidden.has(unit);
    for (const m of matches) {
      if (m.start < segment.from) continue;
      const [startNode, startOffset, first] = locate(segment, m.start, false);
      // Text read twice (from two starting points) is painted once, by its first reading.
      const twin = this.#index.startingAt(startNode, startOffset);
      if (twin) {
        this.show(twin.unit);
        continue;
      }
      const [endNode, endOffset, last] = locate(segment, m.end, true);
      const range = new StaticRange({
        startContainer: startNode,
        startOffset,
        endContainer: endNode,
        endOffset,
      });
      const block = segment.block;
      const nodes = last > first ? segment.nodes.slice(first, last + 1) : undefined;
      const mark: Mark =
        m.kind === 'code'
          ? { kind: 'code', code: m.code, range, block, nodes, unit }
          : { kind: 'class', digit: m.digit, range, block, nodes, unit };
      if (visible) this.#register(mark);
      marks.push(mark);
      this.#index.add(mark);
    }
    if (marks.length > 0) this.#index.addToUnit(unit, segment.block, marks);
    return marks;
  }

  /** Registers a unit's ranges again (at the next flush) after `keepOnly` took them out. */
  show(unit: object): void {
    if (!this.#hidden.delete(unit)) return;
    for (const mark of this.#index.marksOf(unit)) this.#register(mark);
  }

  /** Takes the ranges of every other unit out of the registry, keeping their marks. */
  keepOnly(units: ReadonlySet<object>): void {
    for (const unit of this.#index.units()) {
      if (units.has(unit) || this.#hidden.has(unit)) continue;
      this.#hidden.add(unit);
      const marks = this.#index.marksOf(unit);
      for (const mark of marks) this.#unregister(mark);
      this.#live -= marks.length;
    }
  }

  /** How many ranges are registered, or will be at the next flush. */
  liveCount(): number {
    return this.#live;
  }

  /** Removes the marks of these blocks (before they are scanned again, or when they left the page). */
  forget(blocks: Iterable<Element>): void {
    for (const block of blocks) for (const unit of this.#index.takeUnitsOf(block)) this.drop(unit);
  }

  /** Removes one unit's marks (its text is to be read again). */
  drop(unit: object): void {
    const marks = this.#index.removeUnit(unit);
    if (!this.#hidden.delete(unit)) this.#live -= marks.length;
    for (const mark of marks) this.#unregister(mark);
  }

  /** The marks in a text node, for hit-testing. */
  marksIn(node: Node): readonly Mark[] {
    return this.#index.inNode(node).filter((m) => !this.#hidden.has(m.unit));
  }

  /** Every mark, in paint order. */
  all(): readonly Mark[] {
    return this.#index.all();
  }

  /**
   * Hands the ranges painted since the last flush to the browser. Each change to a registered
   * highlight makes the next frame rebuild the markers of every range, so ranges are handed
   * over in batches, not one slice at a time.
   */
  flush(): void {
    for (const mark of this.#pending) {
      const digit = classOfMark(mark);
      if (digit !== undefined) (this.#highlights[digit - 1] ?? this.#create(digit)).add(mark.range);
    }
    this.#pending.clear();
  }

  /** Removes every highlight at once and forgets everything. */
  clear(): void {
    this.#pending.clear();
    for (const digit of CLASS_DIGITS) {
      const highlight = this.#highlights[digit - 1];
      if (!highlight) continue;
      highlight.clear();
      this.#highlights[digit - 1] = undefined;
      this.#registry.delete(highlightName(digit));
    }
    this.#index.clear();
    this.#hidden = new Set();
    this.#live = 0;
  }

  /** A class's highlight, registered now (its first range is on its way). */
  #create(digit: ClassDigit): Highlight {
    const highlight = new Highlight();
    this.#highlights[digit - 1] = highlight;
    this.#registry.set(highlightName(digit), highlight);
    return highlight;
  }

  #highlightOf(mark: Mark): Highlight | undefined {
    const digit = classOfMark(mark);
    return digit === undefined ? undefined : this.#highlights[digit - 1];
  }

  /** Queues a mark's range for the registry (at the next flush). */
  #register(mark: Mark): void {
    this.#pending.add(mark);
    this.#live++;
  }

  /** Takes a mark's range out of the registry, or out of the queue for it. */
  #unregister(mark: Mark): void {
    this.#highlightOf(mark)?.delete(mark.range);
    this.#pending.delete(mark);
  }
}
