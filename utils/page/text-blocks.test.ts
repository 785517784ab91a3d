// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { blockOf, isSkipped } from './places.ts';
import { CONTEXT_CARRY, MAX_SEGMENT, segmentsOf, type Segment } from './segments.ts';
import { RunWalker, startBefore } from './text-blocks.ts';

/** Every segment below the body, in order. */
function walk(root: Node = document.body, ownHost?: Element | null): Segment[] {
  const walker = new RunWalker(root, ownHost);
  const out: Segment[] = [];
  for (let run = walker.next(); run; run = walker.next()) out.push(...run.segments());
  return out;
}
const texts = (segments: readonly Segment[]): string[] => segments.map((s) => s.text);

/** Every node of a segment sits in the segment's text at its start offset. */
function expectNodesAtTheirStarts(segment: Segment): void {
  expect(segment.starts).toHaveLength(segment.nodes.length);
  for (const [i, node] of segment.nodes.entries()) {
    const start = segment.starts[i] as number;
    // A negative start: the node began before this segment's text (a cut inside one node).
    const visible = start < 0 ? node.data.slice(-start) : node.data;
    expect(segment.text.slice(Math.max(start, 0), Math.max(start, 0) + visible.length)).toBe(
      visible.slice(0, segment.text.length - Math.max(start, 0)),
    );
  }
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('RunWalker: blocks and segments', () => {
  it('reads <p><b>404</b> Not Found</p> as one segment', () => {
    document.body.innerHTML = '<p><b>404</b> Not Found</p>';
    const [actual, ...rest] = walk();
    expect(rest).toEqual([]);
    expect(actual?.text).toBe('404 Not Found');
    expect(actual?.block).toBe(document.querySelector('p'));
    expect(actual?.nodes.map((n) => n.data)).toEqual(['404', ' Not Found']);
    expect(actual?.starts).toEqual([0, 3]);
    expect(actual?.from).toBe(0);
  });

  it.each([
    ['<p><b>404</b> Not Found</p>', ['404 Not Found']],
    [
      '<p>HTTP/1.1 <code><span>503</span></code> <em>Service</em> Unavailable</p>',
      ['HTTP/1.1 503 Service Unavailable'],
    ],
    ['<p><a href="#">status</a>: <strong>429</strong></p>', ['status: 429']],
    // Block elements split the text.
    ['<p>404</p><p>Not Found</p>', ['404', 'Not Found']],
    ['<div>404<div>Not Found</div></div>', ['404', 'Not Found']],
    // A list is one text too, an item per line; a list inside an item is a text of its own.
    ['<ul><li>200 OK</li><li>201 Created</li></ul>', ['200 OK\n201 Created']],
    ['<ol><li>404</li> <li><b>429</b> slow down</li></ol>', ['404 \n429 slow down']],
    ['<ul><li>a<ul><li>b</li></ul>c</li></ul>', ['a', 'b', 'c']],
    // A table is one text: a row per line, its cells separated by a tab; the markup's line
    // breaks between rows and cells are not read.
    ['<table><tr><td>404</td><td>Not Found</td></tr></table>', ['404\tNot Found']],
    [
      '<table><tr><th>Code</th><th>Meaning</th></tr><tr><td><b>429</b></td><td>Too Many Requests</td></tr></table>',
      ['Code\tMeaning\n429\tToo Many Requests'],
    ],
    [
      '<table>\n <thead><tr><th>Status</th> <th>Meaning</th></tr></thead>\n <tbody>\n  <tr>\n   <td>200</td>\n   <td>Found</td>\n  </tr>\n  <tr><td>404</td><td>No such order</td></tr>\n </tbody>\n</table>',
      ['Status\tMeaning\n200\tFound\n404\tNo such order'],
    ],
    ['<div>before<table><tr><td>200</td></tr></table>after</div>', ['before', '200', 'after']],
    // A line break separates the lines it breaks.
    ['<p>total 1<br>404 Not Found</p>', ['total 1\n404 Not Found']],
    // Text after a nested block starts a new segment of the outer block.
    ['<div>before<p>inside</p>after</div>', ['before', 'inside', 'after']],
  ])('%s → %j', (html, expected) => {
    document.body.innerHTML = html;
    expect(texts(walk())).toEqual(expected);
  });

  it.each([
    '<script>var status = 404;</script>',
    '<style>.e404 { color: red }</style>',
    '<textarea>404 Not Found</textarea>',
    '<select><option>404 Not Found</option></select>',
    '<div contenteditable>404 Not Found</div>',
    '<div contenteditable="true">404 <b>Not Found</b></div>',
    '<div contenteditable="plaintext-only">404 Not Found</div>',
    '<template><p>404 Not Found</p></template>',
    '<noscript>404 Not Found</noscript>',
  ])('%s contributes nothing', (html) => {
    document.body.innerHTML = `<p>before</p>${html}<p>after</p>`;
    expect(texts(walk())).toEqual(['before', 'after']);
  });

  it('an <input> contributes nothing, not even its value', () => {
    document.body.innerHTML = '<p>before</p><input value="404 Not Found"><p>after</p>';
    expect(texts(walk())).toEqual(['before', 'after']);
  });

  it('contenteditable="false" is read', () => {
    document.body.innerHTML = '<div contenteditable="false">404 Not Found</div>';
    expect(texts(walk())).toEqual(['404 Not Found']);
  });

  it("the extension's own host is skipped", () => {
    document.body.innerHTML =
      '<p>404 Not Found</p><div id="host"><p>429 Too Many Requests</p></div>';
    expect(texts(walk(document.body, document.getElementById('host')))).toEqual(['404 Not Found']);
  });

  it('resumes where it stopped: one block per call', () => {
    document.body.innerHTML = '<p>one</p><p>two</p><p>three</p>';
    const walker = new RunWalker(document.body);
    const nextTexts = () =>
      walker
        .next()
        ?.segments()
        .map((s) => s.text);
    expect(nextTexts()).toEqual(['one']);
    expect(nextTexts()).toEqual(['two']);
    expect(nextTexts()).toEqual(['three']);
    expect(walker.next()).toBeUndefined();
    expect(walker.next()).toBeUndefined();
  });

  it('an empty page has no segments', () => {
    expect(walk()).toEqual([]);
  });
});

describe('blockOf and isSkipped', () => {
  it('the block of a text node is its nearest non-inline ancestor', () => {
    document.body.innerHTML = '<section><p>x <a><b><i>404</i></b></a></p></section>';
    const text = document.querySelector('i')?.firstChild as Node;
    expect(blockOf(text)).toBe(document.querySelector('p'));
  });

  it.each([
    ['<script></script>', true],
    ['<textarea></textarea>', true],
    ['<div contenteditable=""></div>', true],
    ['<div contenteditable="false"></div>', false],
    ['<p></p>', false],
    ['<span></span>', false],
  ])('%s skipped: %s', (html, expected) => {
    document.body.innerHTML = html;
    expect(isSkipped(document.body.firstElementChild as Element)).toBe(expected);
  });
});

describe('a long block', () => {
  const LINE = `${'x'.repeat(95)} 404\n`; // 100 characters
  const log = (lines: number): string => LINE.repeat(lines);

  it('one text node longer than MAX_SEGMENT is cut at line breaks', () => {
    document.body.innerHTML = '<pre></pre>';
    const pre = document.querySelector('pre') as HTMLPreElement;
    pre.textContent = log(700);
    const node = pre.firstChild as Text;
    const actual = walk();

    expect(actual.length).toBe(3);
    for (const segment of actual) {
      expect(segment.block).toBe(pre);
      expect(segment.nodes).toEqual([node]);
      expect(segment.from).toBeLessThanOrEqual(CONTEXT_CARRY);
      expect(segment.text.length - segment.from).toBeLessThanOrEqual(MAX_SEGMENT);
      // The node's offset of a segment offset `o` is `o - starts[0]`.
      const start = segment.starts[0] as number;
      expect(segment.text).toBe(node.data.slice(-start, -start + segment.text.length));
    }
    // Each cut ends a line; the parts after `from` are the node's text exactly once.
    for (const segment of actual.slice(0, -1)) expect(segment.text.endsWith('\n')).toBe(true);
    expect(actual.map((s) => s.text.slice(s.from)).join('')).toBe(node.data);
    // The context before a cut is the text just before it.
    expect(actual[0]?.from).toBe(0);
    expect(actual[1]?.from).toBe(CONTEXT_CARRY);
    const second = actual[1] as Segment;
    const cut = -(second.starts[0] as number) + second.from;
    expect(second.text.slice(0, second.from)).toBe(node.data.slice(cut - CONTEXT_CARRY, cut));
  });

  it('a match offset maps back to the node: the 404 of line 500', () => {
    document.body.innerHTML = '<pre></pre>';
    const pre = document.querySelector('pre') as HTMLPreElement;
    pre.textContent = log(700);
    const node = pre.firstChild as Text;
    const inNode = 499 * 100 + 96; // the `404` of line 500
    const segment = walk().find((s) => {
      const at = inNode + (s.starts[0] as number);
      return at >= s.from && at + 3 <= s.text.length;
    });
    expect(segment).toBeDefined();
    const at = inNode + (segment?.starts[0] as number);
    expect(segment?.text.slice(at, at + 3)).toBe('404');
    expect(node.data.slice(inNode, inNode + 3)).toBe('404');
  });

  it('a line longer than MAX_SEGMENT is cut anyway', () => {
    document.body.innerHTML = '<pre></pre>';
    const pre = document.querySelector('pre') as HTMLPreElement;
    pre.textContent = 'y'.repeat(MAX_SEGMENT * 2 + 10);
    const actual = walk();
    expect(actual.map((s) => s.text.length - s.from)).toEqual([MAX_SEGMENT, MAX_SEGMENT, 10]);
    expect(actual.map((s) => s.text.slice(s.from)).join('')).toBe(pre.textContent);
  });

  it('many small nodes are grouped into segments of at most MAX_SEGMENT, each node at its start', () => {
    const pre = document.createElement('pre');
    for (let i = 0; i < 400; i++) {
      const span = document.createElement('span');
      span.textContent = LINE;
      pre.append(span);
    }
    document.body.append(pre);
    const actual = walk();

    expect(actual.length).toBe(2);
    for (const segment of actual) {
      expect(segment.text.length - segment.from).toBeLessThanOrEqual(MAX_SEGMENT);
      expectNodesAtTheirStarts(segment);
    }
    expect(actual.map((s) => s.text.slice(s.from)).join('')).toBe(pre.textContent);
  });

  it("segmentsOf carries the previous segment's last node as context", () => {
    const pre = document.createElement('pre');
    const nodes = Array.from({ length: 400 }, () => document.createTextNode(LINE));
    pre.append(...nodes);
    const [first, second, ...rest] = segmentsOf(pre, nodes);

    expect(rest).toEqual([]);
    const lastOfFirst = first?.nodes.at(-1);
    expect(second?.nodes[0]).toBe(lastOfFirst);
    expect(second?.from).toBe(LINE.length);
    expect(second?.text.slice(0, second.from)).toBe(lastOfFirst?.data);
    expect(second?.starts.slice(0, 3)).toEqual([0, LINE.length, 2 * LINE.length]);
    expect((first?.nodes.length ?? 0) + (second?.nodes.length ?? 0) - 1).toBe(400);
  });

  it('a last node longer than CONTEXT_CARRY is not carried', () => {
    const pre = document.createElement('pre');
    const big = `${'z'.repeat(CONTEXT_CARRY)}\n`;
    const nodes = Array.from({ length: 300 }, () => document.createTextNode(big));
    pre.append(...nodes);
    const segments = segmentsOf(pre, nodes);
    expect(segments.length).toBeGreaterThan(1);
    for (const segment of segments) expect(segment.from).toBe(0);
    expect(segments.map((s) => s.text).join('')).toBe(pre.textContent);
  });

  it('text on both sides of a huge node is never read as adjacent', () => {
    // `HTTP/1.1` and ` 200 OK` are 40 KB apart: the segment of the second must not use the first as context.
    const pre = document.createElement('pre');
    const before = document.createTextNode('HTTP/1.1');
    const huge = document.createTextNode(log(400));
    const after = document.createTextNode(' 200 OK');
    pre.append(before, huge, after);
    const segments = segmentsOf(pre, [before, huge, after]);

    const last = segments.at(-1) as Segment;
    expect(last.nodes.at(-1)).toBe(after);
    expect(last.nodes).not.toContain(before);
    expect(huge.data.endsWith(last.text.slice(0, last.from))).toBe(true);
    expect(segments.map((s) => s.text.slice(s.from)).join('')).toBe(pre.textContent);
    for (const segment of segments) expectNodesAtTheirStarts(segment);
  });
});

describe('RunWalker: hasCandidate', () => {
  it('tells blocks with a three-digit number or a class token from the others', () => {
    document.body.innerHTML =
      '<p id="a">no numbers here</p><p id="b">HTTP <b>404</b></p><p id="c">any 5xx?</p><p id="d">12 and 34</p>';
    const walker = new RunWalker(document.body);
    const blocks: [string, string][] = [];
    for (let run = walker.next(); run; run = walker.next()) {
      const text = run.hasCandidate()
        ? run
            .segments()
            .map((s) => s.text)
            .join('')
        : '';
      blocks.push([run.block.id, text]);
    }
    expect(blocks).toEqual([
      ['a', ''],
      ['b', 'HTTP 404'],
      ['c', 'any 5xx?'],
      ['d', ''],
    ]);
  });
});

const runs = (walker: RunWalker) => {
  const out: string[] = [];
  for (let run = walker.next(); run; run = walker.next())
    out.push(run.nodes.map((n) => n.data).join('|'));
  return out;
};

describe('RunWalker', () => {
  it('starts at a given text node, in the middle of the document', () => {
    document.body.innerHTML = '<p>one</p><p>two <b>2</b></p><p>three</p>';
    const start = document.querySelectorAll('p')[1]?.firstChild as Text;
    expect(runs(new RunWalker(document.body, null, { start }))).toEqual(['two |2', 'three']);
  });

  it('cuts a long run of many nodes where a line ends, past maxRunChars', () => {
    document.body.innerHTML = `<pre>${Array.from({ length: 10 }, (_, i) => `<span>line ${i} ok</span>\n`).join('')}</pre>`;
    const walker = new RunWalker(document.body, null, { maxRunChars: 30 });
    const cut = runs(walker);
    expect(cut.length).toBeGreaterThan(1);
    // Every run but the last ends with a line end, and together they hold every node.
    for (const run of cut.slice(0, -1)) expect(run.endsWith('\n')).toBe(true);
    expect(
      cut
        .join('|')
        .split('|')
        .filter((t) => t.startsWith('line')),
    ).toHaveLength(10);
  });

  it('hasCandidate: only text with three digits or a class token', () => {
    document.body.innerHTML = '<p>nothing here 12</p><p>a 5xx error</p><p>HTTP 404</p>';
    const walker = new RunWalker(document.body);
    expect([walker.next(), walker.next(), walker.next()].map((r) => r?.hasCandidate())).toEqual([
      false,
      true,
      true,
    ]);
  });
});

describe('startBefore', () => {
  it('goes back about `chars` characters, then to the start of that run', () => {
    document.body.innerHTML =
      '<p>aaaaaaaaaa</p><p>bbbbb <i>ccccc</i> ddddd</p><p>eeeee</p><p>fffff</p>';
    const f = document.querySelectorAll('p')[3]?.firstChild as Text;
    // 10 characters back lands in "ddddd" (after eeeee); the run it belongs to starts at "bbbbb ".
    expect(startBefore(document.body, f, 10).data).toBe('bbbbb ');
    expect(startBefore(document.body, f, 0)).toBe(f);
    expect(startBefore(document.body, f, 1000).data).toBe('aaaaaaaaaa');
  });

  it('skips text it never reads', () => {
    document.body.innerHTML = '<p>aaaaa</p><textarea>xxxxxxxxxxxxxxxxxxxx</textarea><p>bbbbb</p>';
    const b = document.querySelectorAll('p')[1]?.firstChild as Text;
    expect(startBefore(document.body, b, 3).data).toBe('aaaaa');
  });
});
