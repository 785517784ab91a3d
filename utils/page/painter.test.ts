// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { stubHighlightApi } from './test-highlight-api.ts';
import type { Match } from '../detector/types.ts';
import { classOf, CLASS_DIGITS, highlightName } from '../status-class.ts';
import { nodesOf, type Mark } from './mark.ts';
import { Painter } from './painter.ts';
import { MAX_SEGMENT, segmentsOf, type Segment } from './segments.ts';
import { RunWalker } from './text-blocks.ts';

stubHighlightApi();

let registry: Map<string, Highlight>;
beforeEach(() => {
  document.body.innerHTML = '';
  registry = new Map();
});

/** The first segment of the first block below the body. */
function segmentOf(html: string): Segment {
  document.body.innerHTML = html;
  const segment = new RunWalker(document.body).next()?.segments()[0];
  if (!segment) throw new Error(`no text in ${html}`);
  return segment;
}
/** A code, or with `isClass` the class mention of the code's class (`500, true`: 5xx). */
const match = (start: number, end: number, code: number, isClass = false): Match =>
  isClass
    ? { start, end, digit: classOf(code) ?? 5, kind: 'class' }
    : { start, end, code, kind: 'code' };
/** A range as (node text, offset) pairs, readable in a table. */
const ends = (mark: Mark | undefined) =>
  mark && [
    mark.range.startContainer.textContent,
    mark.range.startOffset,
    mark.range.endContainer.textContent,
    mark.range.endOffset,
  ];
/** A class's highlight, empty when it was never registered. */
const highlight = (name: string): Set<unknown> =>
  (registry.get(name) as unknown as Set<unknown> | undefined) ?? new Set();

describe('Painter', () => {
  it('registers a class, as http-status-Nxx, when its first range is handed over', () => {
    expect(CLASS_DIGITS.map(highlightName)).toEqual(
      ['1xx', '2xx', '3xx', '4xx', '5xx'].map((c) => `http-status-${c}`),
    );
    const painter = new Painter(registry);
    // A page without codes sees no name of ours.
    expect([...registry.keys()]).toEqual([]);
    painter.paint(segmentOf('<p>HTTP 404 then 410</p>'), [match(5, 8, 404), match(14, 17, 410)]);
    expect([...registry.keys()]).toEqual([]);
    painter.flush();
    expect([...registry.keys()]).toEqual(['http-status-4xx']);
    const first = registry.get('http-status-4xx');
    painter.paint(segmentOf('<p>HTTP 503</p>'), [match(5, 8, 503)]);
    painter.flush();
    expect([...registry.keys()]).toEqual(['http-status-4xx', 'http-status-5xx']);
    expect(registry.get('http-status-4xx')).toBe(first);
  });

  it.each([
    // html, match, expected (start node, offset, end node, offset)
    [
      '<p>HTTP 404 Not Found</p>',
      match(5, 8, 404),
      ['HTTP 404 Not Found', 5, 'HTTP 404 Not Found', 8],
    ],
    ['<p><b>404</b> Not Found</p>', match(0, 3, 404), ['404', 0, '404', 3]],
    // A match that ends where a node ends stays in that node; one that starts where a node starts begins in it.
    ['<p><b>404</b> Not Found</p>', match(3, 13, 404), [' Not Found', 0, ' Not Found', 10]],
    ['<p><b>404</b> Not Found</p>', match(0, 13, 404), ['404', 0, ' Not Found', 10]],
    // A code split across nodes.
    ['<p><b>40</b>4 Not Found</p>', match(0, 3, 404), ['40', 0, '4 Not Found', 1]],
    ['<p>status <i>5</i><i>0</i><i>3</i>!</p>', match(7, 10, 503), ['5', 0, '3', 1]],
    [
      '<p>a <span>b <em>HTTP/1.1 </em>429</span> c</p>',
      match(4, 16, 429),
      ['HTTP/1.1 ', 0, '429', 3],
    ],
  ] as const)('%s, %j → %j', (html, m, expected) => {
    const painter = new Painter(registry);
    const [actual] = painter.paint(segmentOf(html), [m]);
    expect(ends(actual)).toEqual(expected);
  });

  it('a mark knows its code or class, block and the nodes it touches', () => {
    const painter = new Painter(registry);
    const segment = segmentOf('<p><b>40</b>4 Not Found and <i>5xx</i></p>');
    const [code, klass] = painter.paint(segment, [match(0, 3, 404), match(18, 21, 500, true)]);
    expect(code).toMatchObject({ kind: 'code', code: 404 });
    expect(code?.block).toBe(document.querySelector('p'));
    expect(nodesOf(code as Mark)).toEqual(segment.nodes.slice(0, 2));
    expect(klass).toMatchObject({ kind: 'class', digit: 5 });
    expect(nodesOf(klass as Mark)).toEqual([segment.nodes[2]]);
    // A mark within one node keeps no list of its own (most marks: memory on a long log).
    expect(klass?.nodes).toBeUndefined();
  });

  it('puts each range in the highlight of its class', () => {
    const painter = new Painter(registry);
    const marks = painter.paint(segmentOf('<p>200 then 301 then 404 then 503</p>'), [
      match(0, 3, 200),
      match(9, 12, 301),
      match(18, 21, 404),
      match(27, 30, 503),
    ]);
    // Nothing reaches the browser before the batch is handed over.
    expect(highlight('http-status-2xx').size).toBe(0);
    painter.flush();
    expect(highlight('http-status-1xx').size).toBe(0);
    expect([...highlight('http-status-2xx')]).toEqual([marks[0]?.range]);
    expect([...highlight('http-status-3xx')]).toEqual([marks[1]?.range]);
    expect([...highlight('http-status-4xx')]).toEqual([marks[2]?.range]);
    expect([...highlight('http-status-5xx')]).toEqual([marks[3]?.range]);
  });

  it('marksIn: the marks of each node, for hit-testing', () => {
    const painter = new Painter(registry);
    const segment = segmentOf('<p><b>40</b>4 Not Found, <i>500</i></p>');
    const [first, second] = painter.paint(segment, [match(0, 3, 404), match(15, 18, 500)]);
    const [n0, n1, n2] = segment.nodes as [Text, Text, Text];
    expect(painter.marksIn(n0)).toEqual([first]);
    expect(painter.marksIn(n1)).toEqual([first]);
    expect(painter.marksIn(n2)).toEqual([second]);
    expect(painter.marksIn(document.body)).toEqual([]);
  });

  it('skips matches that start in the carried context; maps the rest past it', () => {
    const pre = document.createElement('pre');
    const line = `${'x'.repeat(95)} 404\n`;
    const nodes = Array.from({ length: 400 }, () => document.createTextNode(line));
    pre.append(...nodes);
    document.body.append(pre);
    const second = segmentsOf(pre, nodes)[1] as Segment;
    expect(second.from).toBe(line.length);

    const painter = new Painter(registry);
    const actual = painter.paint(second, [
      match(96, 99, 404),
      match(second.from + 96, second.from + 99, 404),
    ]);
    expect(actual).toHaveLength(1);
    expect(actual[0]?.range.startContainer).toBe(second.nodes[1]);
    expect(ends(actual[0])).toEqual([line, 96, line, 99]);
  });

  it('maps offsets in a cut of one huge node back into that node', () => {
    const pre = document.createElement('pre');
    pre.textContent = `${'x'.repeat(95)} 404\n`.repeat(700);
    document.body.append(pre);
    const node = pre.firstChild as Text;
    const segment = segmentsOf(pre, [node])[1] as Segment;
    const inSegment = segment.text.indexOf('404', segment.from);
    const painter = new Painter(registry);
    const [actual] = painter.paint(segment, [match(inSegment, inSegment + 3, 404)]);
    expect(actual?.range.startContainer).toBe(node);
    const offset = actual?.range.startOffset ?? -1;
    expect(offset).toBeGreaterThan(MAX_SEGMENT - 200);
    expect(node.data.slice(offset, actual?.range.endOffset)).toBe('404');
  });

  it('all(): every mark, in paint order', () => {
    const painter = new Painter(registry);
    const a = painter.paint(segmentOf('<p>404 Not Found</p>'), [match(0, 3, 404)]);
    document.body.insertAdjacentHTML('beforeend', '<p>503 Service Unavailable</p>');
    const second = new RunWalker(document.body.lastElementChild as Element)
      .next()
      ?.segments()[0] as Segment;
    const b = painter.paint(second, [match(0, 3, 503)]);
    expect(painter.all()).toEqual([...a, ...b]);
  });

  it('no matches, no marks', () => {
    const painter = new Painter(registry);
    expect(painter.paint(segmentOf('<p>nothing here</p>'), [])).toEqual([]);
    expect(painter.all()).toEqual([]);
  });
});

function paintTwoBlocks() {
  document.body.innerHTML = '<p id="a"><b>404</b> Not Found</p><p id="b">HTTP 503</p>';
  const walker = new RunWalker(document.body);
  const a = walker.next()?.segments()[0] as Segment;
  const b = walker.next()?.segments()[0] as Segment;
  const painter = new Painter(registry);
  const [markA] = painter.paint(a, [match(0, 3, 404)]);
  const [markB] = painter.paint(b, [match(5, 8, 503)]);
  painter.flush();
  return { painter, a, b, markA, markB };
}

describe('forget and clear', () => {
  it('a mark forgotten before the flush never reaches the browser', () => {
    document.body.innerHTML = '<p>HTTP 404</p>';
    const segment = new RunWalker(document.body).next()?.segments()[0] as Segment;
    const painter = new Painter(registry);
    painter.paint(segment, [match(5, 8, 404)]);
    painter.forget([segment.block]);
    painter.flush();
    expect(highlight('http-status-4xx').size).toBe(0);
  });

  it("forget removes a block's marks and ranges; other blocks keep theirs", () => {
    const { painter, a, b, markA, markB } = paintTwoBlocks();
    painter.forget([a.block]);
    expect(painter.all()).toEqual([markB]);
    expect(highlight('http-status-4xx').size).toBe(0);
    expect([...highlight('http-status-5xx')]).toEqual([markB?.range]);
    for (const node of a.nodes) expect(painter.marksIn(node)).toEqual([]);
    expect(painter.marksIn(b.nodes[0] as Text)).toEqual([markB]);
    expect(markA).toBeDefined();
  });

  it('forgetting a block twice, or one never painted, changes nothing', () => {
    const { painter, a, markB } = paintTwoBlocks();
    painter.forget([a.block]);
    painter.forget([a.block, document.body]);
    expect(painter.all()).toEqual([markB]);
  });

  it('a forgotten block can be painted again', () => {
    const { painter, a, markB } = paintTwoBlocks();
    painter.forget([a.block]);
    const again = painter.paint(a, [match(0, 3, 404)]);
    painter.flush();
    expect(painter.all()).toEqual([markB, ...again]);
    expect(highlight('http-status-4xx').size).toBe(1);
  });

  it('clear empties every highlight, unregisters them and forgets every mark', () => {
    const { painter, a, b } = paintTwoBlocks();
    const highlights = [...registry.values()] as unknown as Set<unknown>[];
    expect(highlights).toHaveLength(2);
    painter.clear();
    expect(registry.size).toBe(0);
    for (const h of highlights) expect(h.size).toBe(0);
    expect(painter.all()).toEqual([]);
    for (const node of [...a.nodes, ...b.nodes]) expect(painter.marksIn(node)).toEqual([]);
    // Painted again, the class is registered again.
    painter.paint(a, [match(0, 3, 404)]);
    painter.flush();
    expect([...registry.keys()]).toEqual(['http-status-4xx']);
  });
});

describe('keepOnly and show', () => {
  it('keepOnly takes other units out of the registry but keeps their marks; show brings them back', () => {
    const { painter, a, b, markA, markB } = paintTwoBlocks();
    expect(painter.liveCount()).toBe(2);
    painter.keepOnly(new Set([b.block]));
    expect(highlight('http-status-4xx').size).toBe(0);
    expect([...highlight('http-status-5xx')]).toEqual([markB?.range]);
    expect(painter.liveCount()).toBe(1);
    expect(painter.all()).toEqual([markA, markB]);
    // A hidden mark is not under the pointer.
    expect(painter.marksIn(a.nodes[0] as Text)).toEqual([]);
    painter.show(a.block);
    expect(highlight('http-status-4xx').size).toBe(0);
    painter.flush();
    expect([...highlight('http-status-4xx')]).toEqual([markA?.range]);
    expect(painter.liveCount()).toBe(2);
    painter.show(a.block);
    painter.flush();
    expect(painter.liveCount()).toBe(2);
  });

  it('a match painted again under another unit shows the first reading instead of a copy', () => {
    document.body.innerHTML = '<p>HTTP 404</p>';
    const segment = new RunWalker(document.body).next()?.segments()[0] as Segment;
    const painter = new Painter(registry);
    const first = {};
    const [mark] = painter.paint(segment, [match(5, 8, 404)], first);
    painter.flush();
    painter.keepOnly(new Set());
    expect(painter.liveCount()).toBe(0);
    expect(painter.paint(segment, [match(5, 8, 404)], {})).toEqual([]);
    painter.flush();
    expect([...highlight('http-status-4xx')]).toEqual([mark?.range]);
    expect(painter.liveCount()).toBe(1);
  });

  it('forgetting a hidden unit leaves the live count right', () => {
    const { painter, a, b } = paintTwoBlocks();
    painter.keepOnly(new Set([b.block]));
    painter.forget([a.block]);
    expect(painter.liveCount()).toBe(1);
    painter.forget([b.block]);
    expect(painter.liveCount()).toBe(0);
  });
});
