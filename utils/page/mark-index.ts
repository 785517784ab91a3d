/**
 * The painter's bookkeeping: every mark by the text nodes it touches (hover hit tests), by where
 * it starts (text read twice is painted once), by its unit and by its block (forgetting).
 *
 * Maps, not WeakMaps: on a page with many codes, WeakMaps made garbage collection the main cost
 * (docs/performance.md). Entries leave with `removeUnit` and `clear`; marks of removed blocks
 * are forgotten through the mutation watcher.
 */
import { nodesOf, type Mark } from './mark.ts';

const listOf = (marks: Mark | Mark[] | undefined): readonly Mark[] =>
  marks === undefined ? [] : Array.isArray(marks) ? marks : [marks];

export class MarkIndex {
  /** The marks touching a node: the mark itself while there is one (as `#byStart`). */
  #byNode = new Map<Node, Mark | Mark[]>();
  /**
   * Marks by the node and offset they start at: the mark itself while a node has one (most
   * nodes: a Map each cost 8 MB on a log of 50 000 codes), a map by offset once it has more (a
   * huge node can hold thousands).
   */
  #byStart = new Map<Node, Mark | Map<number, Mark>>();
  /** A unit's marks: the mark itself while there is one (a unit is mostly one line of a log). */
  #byUnit = new Map<object, Mark | Mark[]>();
  /**
   * The units read in a block: the unit itself while there is one (most blocks: a Set each was
   * 6.5 MB on a log of 50 000 lines), a set once there are more.
   */
  #unitsOf = new Map<Element, object>();

  /** The mark that starts at this node and offset, if any. */
  startingAt(node: Node, offset: number): Mark | undefined {
    const at = this.#byStart.get(node);
    if (at instanceof Map) return at.get(offset);
    return at?.range.startOffset === offset ? at : undefined;
  }

  /** Indexes one mark by its start and its nodes. */
  add(mark: Mark): void {
    const { startContainer, startOffset } = mark.range;
    const at = this.#byStart.get(startContainer);
    if (at instanceof Map) at.set(startOffset, mark);
    else if (!at || at.range.startOffset === startOffset) this.#byStart.set(startContainer, mark);
    else
      this.#byStart.set(
        startContainer,
        new Map([
          [at.range.startOffset, at],
          [startOffset, mark],
        ]),
      );
    for (const node of nodesOf(mark)) {
      const list = this.#byNode.get(node);
      if (Array.isArray(list)) list.push(mark);
      else this.#byNode.set(node, list ? [list, mark] : mark);
    }
  }

  /** Files marks of one block under their unit (after `add`). */
  addToUnit(unit: object, block: Element, marks: Mark[]): void {
    const list = this.#byUnit.get(unit);
    if (Array.isArray(list)) list.push(...marks);
    else if (list) this.#byUnit.set(unit, [list, ...marks]);
    else this.#byUnit.set(unit, marks.length === 1 ? (marks[0] as Mark) : marks);
    const units = this.#unitsOf.get(block);
    if (units instanceof Set) units.add(unit);
    else if (!units || units === unit) this.#unitsOf.set(block, unit);
    else this.#unitsOf.set(block, new Set([units, unit]));
  }

  marksOf(unit: object): readonly Mark[] {
    return listOf(this.#byUnit.get(unit));
  }

  /** Every unit with marks. */
  units(): IterableIterator<object> {
    return this.#byUnit.keys();
  }

  /** Takes a block's units out of the index, returning them (their marks stay until removed). */
  takeUnitsOf(block: Element): readonly object[] {
    const units = this.#unitsOf.get(block);
    this.#unitsOf.delete(block);
    return units === undefined ? [] : units instanceof Set ? [...units] : [units];
  }

  /** Takes a unit's marks out of every map; returns them. */
  removeUnit(unit: object): readonly Mark[] {
    const marks = listOf(this.#byUnit.get(unit));
    this.#byUnit.delete(unit);
    // Every mark of a unit is in one block (a unit is a run, or part of one).
    const block = marks[0]?.block;
    const units = block && this.#unitsOf.get(block);
    if (units instanceof Set) units.delete(unit);
    else if (block && units === unit) this.#unitsOf.delete(block);
    for (const mark of marks) {
      const { startContainer, startOffset } = mark.range;
      const at = this.#byStart.get(startContainer);
      if (at instanceof Map) at.delete(startOffset);
      else if (at?.range.startOffset === startOffset) this.#byStart.delete(startContainer);
      for (const node of nodesOf(mark)) {
        const left = this.inNode(node).filter((m) => m.unit !== unit);
        if (left.length > 0) this.#byNode.set(node, left.length === 1 ? (left[0] as Mark) : left);
        else this.#byNode.delete(node);
      }
    }
    return marks;
  }

  /** The marks touching a text node. */
  inNode(node: Node): readonly Mark[] {
    const list = this.#byNode.get(node);
    return list === undefined ? [] : Array.isArray(list) ? list : [list];
  }

  /** Every mark, in paint order. */
  all(): Mark[] {
    return [...this.#byUnit.values()].flat();
  }

  clear(): void {
    this.#byNode = new Map();
    this.#byStart = new Map();
    this.#byUnit = new Map();
    this.#unitsOf = new Map();
  }
}
