import { describe, expect, it } from 'vitest';
import type { Mark } from './mark.ts';
import { MarkIndex } from './mark-index.ts';

const block = {} as Element;
const mark = (node: Node, offset: number, unit: object, nodes: Node[] = [node]): Mark => ({
  kind: 'code',
  code: 404,
  range: { startContainer: node, startOffset: offset } as StaticRange,
  block,
  nodes: nodes.length > 1 ? (nodes as Text[]) : undefined,
  unit,
});

describe('MarkIndex', () => {
  it('finds marks by start and node, with one mark in a node and with several', () => {
    const index = new MarkIndex();
    const node = {} as Node;
    const other = {} as Node;
    const unit = {};
    const first = mark(node, 0, unit);
    index.add(first);
    expect(index.startingAt(node, 0)).toBe(first);
    expect(index.startingAt(node, 5)).toBeUndefined();
    expect(index.inNode(node)).toEqual([first]);
    const second = mark(node, 5, unit, [node, other]);
    index.add(second);
    expect(index.startingAt(node, 0)).toBe(first);
    expect(index.startingAt(node, 5)).toBe(second);
    expect(index.inNode(node)).toEqual([first, second]);
    expect(index.inNode(other)).toEqual([second]);
  });

  it('a mark at the same start replaces the one before, and removing a unit forgets its marks', () => {
    const index = new MarkIndex();
    const node = {} as Node;
    const [a, b] = [{}, {}];
    index.add(mark(node, 0, a));
    index.addToUnit(a, block, [mark(node, 0, a)]);
    const kept = mark(node, 8, b);
    index.add(kept);
    index.addToUnit(b, block, [kept]);
    const again = mark(node, 8, b);
    index.add(again);
    expect(index.startingAt(node, 8)).toBe(again);
    index.removeUnit(a);
    expect(index.startingAt(node, 0)).toBeUndefined();
    expect(index.inNode(node).every((m) => m.unit === b)).toBe(true);
    index.removeUnit(b);
    expect(index.inNode(node)).toEqual([]);
    expect(index.startingAt(node, 8)).toBeUndefined();
  });

  it('knows the units read in a block, one or several, until they are taken or removed', () => {
    const index = new MarkIndex();
    const [p, q] = [{} as Element, {} as Element];
    const node = {} as Node;
    const [a, b, c] = [{}, {}, {}];
    const file = (unit: object, where: Element, offset: number) => {
      const m = { ...mark(node, offset, unit), block: where };
      index.add(m);
      index.addToUnit(unit, where, [m]);
    };
    file(a, p, 0);
    file(a, p, 1);
    expect(index.takeUnitsOf(q)).toEqual([]);
    file(b, p, 2);
    file(c, q, 3);
    index.removeUnit(b);
    expect(index.takeUnitsOf(p)).toEqual([a]);
    expect(index.takeUnitsOf(p)).toEqual([]);
    expect(index.takeUnitsOf(q)).toEqual([c]);
    file(a, p, 0);
    file(b, p, 2);
    index.removeUnit(a);
    index.removeUnit(b);
    expect(index.takeUnitsOf(p)).toEqual([]);
  });
});
