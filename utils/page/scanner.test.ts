// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { stubHighlightApi } from './test-highlight-api.ts';
import type { Match } from '../detector/types.ts';
import type { Mark } from './mark.ts';
import { Painter } from './painter.ts';
import { Scanner } from './scanner.ts';
import { MAX_SEGMENT } from './segments.ts';
import type { Seed } from './viewport.ts';

stubHighlightApi();

/** Every `HTTP nnn` is a code: the detector itself is tested elsewhere. */
const fakeDetect = (text: string): Match[] =>
  [...text.matchAll(/HTTP (\d{3})/g)].map((m) => ({
    start: (m.index ?? 0) + 5,
    end: (m.index ?? 0) + 8,
    code: Number(m[1]),
    kind: 'code',
  }));
/** A code mark's code. */
const codeOf = (mark: Mark | undefined): number | undefined =>
  mark?.kind === 'code' ? mark.code : undefined;

interface Rig {
  scanner: Scanner;
  painter: Painter;
  registry: Map<string, Highlight>;
  /** Texts the detector was given. */
  reads: string[];
  /** What the viewport shows now. */
  seeds: Seed[];
  /** Callbacks waiting for "the next frame", and for a task of their own after it. */
  frames: (() => void)[];
  later: (() => void)[];
  /** Runs the next frame's callbacks only. */
  frame(): void;
  /** Runs everything waiting, and what that schedules. */
  render(): void;
}

function rig(options: { margin?: number; maxLive?: number; readable?: () => boolean } = {}): Rig {
  const registry = new Map<string, Highlight>();
  const painter = new Painter(registry);
  const reads: string[] = [];
  const frames: (() => void)[] = [];
  const later: (() => void)[] = [];
  const r: Rig = {
    painter,
    registry,
    reads,
    seeds: [],
    frames,
    later,
    frame() {
      for (const run of frames.splice(0)) run();
    },
    render() {
      while (frames.length + later.length > 0)
        for (const run of [...frames.splice(0), ...later.splice(0)]) run();
    },
    scanner: new Scanner({
      view: {
        root: () => document.body,
        ownHost: () => document.querySelector('#own'),
        visibleTexts: () => r.seeds,
        margin: () => options.margin ?? 200,
      },
      painter,
      detector: {
        detect: (text) => {
          reads.push(text);
          return fakeDetect(text);
        },
      },
      schedule: {
        inFrame: (run) => void frames.push(run),
        afterFrame: (run) => void frames.push(run),
        soon: (run) => void later.push(run),
      },
      ...(options.maxLive === undefined ? {} : { maxLive: options.maxLive }),
      ...(options.readable ? { readable: options.readable } : {}),
    }),
  };
  return r;
}

/** The paragraphs (by index) whose codes are registered with the browser now. */
const registered = (r: Rig): number[] => {
  const out: number[] = [];
  for (const h of r.registry.values()) {
    for (const range of h as unknown as Set<StaticRange>) {
      const p = range.startContainer.parentElement;
      out.push([...document.body.children].indexOf(p as Element));
    }
  }
  return out.sort((a, b) => a - b);
};

/** `count` paragraphs of about 60 characters, each with one code. */
const paragraphs = (count: number) => {
  document.body.innerHTML = Array.from(
    { length: count },
    (_, i) => `<p>Paragraph ${String(i).padStart(4, '0')} got HTTP ${i % 2 ? 404 : 503} back.</p>`,
  ).join('');
};
const seedIn = (index: number, offset = 0): Seed => ({
  node: document.body.children[index]?.firstChild as Text,
  offset,
});

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('Scanner: reading around the viewport', () => {
  it('start reads the top of the page only: about the margin', () => {
    paragraphs(500);
    const r = rig({ margin: 200 });
    r.scanner.start();
    const painted = registered(r);
    expect(painted[0]).toBe(0);
    // 200 characters of ~38-character paragraphs: about 6, never the whole page.
    expect(painted.length).toBeGreaterThanOrEqual(5);
    expect(painted.length).toBeLessThanOrEqual(7);
    expect(painted).toEqual(painted.map((_, i) => i));
  });

  it('at the next frame, reads a margin before and after the text on screen', () => {
    paragraphs(500);
    const r = rig({ margin: 200 });
    r.scanner.start();
    r.seeds = [seedIn(250), seedIn(255)];
    r.scanner.update();
    expect(registered(r).filter((i) => i > 100)).toEqual([]);
    r.render();
    const around = registered(r).filter((i) => i > 100);
    expect(Math.min(...around)).toBeLessThan(250);
    expect(Math.min(...around)).toBeGreaterThan(235);
    expect(Math.max(...around)).toBeGreaterThan(255);
    expect(Math.max(...around)).toBeLessThan(270);
    // Contiguous: nothing between the seeds is skipped.
    expect(around).toEqual(around.map((_, i) => (around[0] as number) + i));
  });

  it('the frame reads the screen only (first seed to last); the margins come in a task after it', () => {
    paragraphs(500);
    const r = rig({ margin: 200 });
    r.scanner.start();
    r.seeds = [seedIn(250), seedIn(255)];
    r.scanner.update();
    r.frame();
    expect(registered(r).filter((i) => i > 100)).toEqual([250, 251, 252, 253, 254, 255]);
    expect(r.later).toHaveLength(1);
    r.render();
    expect(registered(r).filter((i) => i > 100).length).toBeGreaterThan(6);
  });

  it('updates are coalesced into one reading per frame', () => {
    paragraphs(100);
    const r = rig();
    r.scanner.start();
    r.scanner.update();
    r.scanner.update();
    r.scanner.update();
    expect(r.frames.length).toBe(1);
  });

  it('text already read is not read again', () => {
    paragraphs(500);
    const r = rig({ margin: 200 });
    r.seeds = [seedIn(300)];
    r.scanner.start();
    r.render();
    const reads = r.reads.length;
    const painted = registered(r);
    r.scanner.update();
    r.render();
    expect(r.reads.length).toBe(reads);
    expect(registered(r)).toEqual(painted);
  });

  it('seeds far apart (a fixed header and the content) read two windows, not all between', () => {
    paragraphs(2000);
    const r = rig({ margin: 200 });
    r.scanner.start();
    r.seeds = [seedIn(0), seedIn(1500)];
    r.scanner.update();
    r.render();
    const painted = registered(r);
    expect(painted.some((i) => i > 1490 && i < 1510)).toBe(true);
    expect(painted.filter((i) => i > 50 && i < 1450)).toEqual([]);
  });

  it('ignores seeds in text it never reads (form fields, our own UI)', () => {
    paragraphs(300);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<textarea>HTTP 500</textarea><div id="own">HTTP 501</div>',
    );
    const r = rig({ margin: 200 });
    r.seeds = [
      { node: document.querySelector('textarea')?.firstChild as Text, offset: 0 },
      { node: document.querySelector('#own')?.firstChild as Text, offset: 0 },
    ];
    r.scanner.start();
    const before = r.reads.length;
    r.render();
    expect(r.reads.length).toBe(before);
  });

  it('stop: a pending reading never runs', () => {
    paragraphs(500);
    const r = rig({ margin: 200 });
    r.scanner.start();
    r.seeds = [seedIn(400)];
    r.scanner.update();
    r.scanner.stop();
    r.render();
    expect(registered(r).filter((i) => i > 100)).toEqual([]);
  });

  it('reads nothing while not readable; forgetAll takes every mark away to read again', () => {
    paragraphs(500);
    let readable = false;
    const r = rig({ margin: 200, readable: () => readable });
    r.scanner.start();
    r.seeds = [seedIn(250)];
    r.scanner.update();
    r.render();
    expect(r.reads).toEqual([]);
    readable = true;
    r.scanner.start();
    expect(registered(r).length).toBeGreaterThan(0);
    r.scanner.forgetAll();
    expect(registered(r)).toEqual([]);
    expect(r.painter.all()).toEqual([]);
    r.scanner.update();
    r.render();
    expect(registered(r)).toContain(250);
  });
});

const log = (lines: number) => {
  const text = Array.from(
    { length: lines },
    (_, i) => `10.0.0.${i % 250} line ${String(i).padStart(6, '0')} HTTP ${i % 2 ? 200 : 404}`,
  ).join('\n');
  document.body.innerHTML = '<pre></pre>';
  document.querySelector('pre')?.append(text);
  return document.querySelector('pre')?.firstChild as Text;
};
const lineOf = (range: StaticRange) => {
  const data = (range.startContainer as Text).data;
  const start = data.lastIndexOf('\n', range.startOffset) + 1;
  return Number(data.slice(start, start + 40).split(' ')[2]);
};

const lines = (r: Rig) =>
  [...r.registry.values()]
    .flatMap((h) => [...(h as unknown as Set<StaticRange>)])
    .map(lineOf)
    .sort((a, b) => a - b);

describe('Scanner: a huge text node', () => {
  it('is read a segment at a time: the top first, then the segments around the viewport', () => {
    const node = log(40_000);
    expect(node.data.length).toBeGreaterThan(20 * MAX_SEGMENT);
    const r = rig({ margin: 2000 });
    r.scanner.start();
    const top = lines(r);
    expect(top[0]).toBe(0);
    expect(top.length).toBeLessThan(3000);
    const middle = node.data.indexOf('line 020000');
    r.seeds = [{ node, offset: middle }];
    r.scanner.update();
    r.render();
    const all = lines(r);
    expect(all).toContain(20_000);
    // Only the segments within the margin of the viewport: a few thousand lines, not 40 000.
    expect(all.filter((l) => l > 5000).length).toBeLessThan(5000);
    expect(all.filter((l) => l > 5000 && (l < 18_000 || l > 22_000))).toEqual([]);
    expect(r.reads.every((t) => t.length <= MAX_SEGMENT + 200)).toBe(true);
  });
});

describe('Scanner: ranges far from the viewport leave the registry', () => {
  it('keeps at most maxLive ranges plus those in reach, and brings back the rest without reading', () => {
    paragraphs(2000);
    const r = rig({ margin: 200, maxLive: 30 });
    r.scanner.start();
    const top = registered(r);
    r.seeds = [seedIn(1000)];
    r.scanner.update();
    r.render();
    expect(registered(r).filter((i) => i < 100)).toEqual(top);
    r.seeds = [seedIn(1500)];
    r.scanner.update();
    r.render();
    // Over the limit: only what is around paragraph 1500 is registered now.
    const now = registered(r);
    expect(now.every((i) => i > 1450 && i < 1550)).toBe(true);
    expect(r.painter.liveCount()).toBe(now.length);
    const reads = r.reads.length;
    r.seeds = [seedIn(1000)];
    r.scanner.update();
    r.render();
    expect(registered(r).some((i) => i === 1000)).toBe(true);
    expect(r.reads.length).toBe(reads);
  });
});

describe('Scanner: rescan', () => {
  it('forgets changed blocks and reads them again when in reach', () => {
    paragraphs(50);
    const r = rig({ margin: 200 });
    r.seeds = [seedIn(2)];
    r.scanner.start();
    r.render();
    const p = document.body.children[2] as HTMLElement;
    p.textContent = 'Now it says HTTP 502.';
    r.seeds = [seedIn(2)];
    r.scanner.rescan([p]);
    r.render();
    const codes = [...r.registry.entries()]
      .filter(([, h]) =>
        [...(h as unknown as Set<StaticRange>)].some((x) => x.startContainer.parentElement === p),
      )
      .map(([name]) => name);
    expect(codes).toEqual(['http-status-5xx']);
    expect(r.painter.all().filter((m) => m.block === p)).toHaveLength(1);
    expect(codeOf(r.painter.all().find((m) => m.block === p))).toBe(502);
  });

  it('drops the readings of removed text', () => {
    paragraphs(50);
    const r = rig({ margin: 200 });
    r.scanner.start();
    const before = r.painter.all().length;
    document.body.children[0]?.remove();
    r.scanner.rescan([]);
    expect(r.painter.all().length).toBe(before - 1);
  });
});

describe('Scanner: preview while the page loads', () => {
  it('reads the top of what is parsed but not the last run, which may still grow', () => {
    paragraphs(3);
    const r = rig({ margin: 200 });
    expect(r.scanner.preview()).toBe(false);
    expect(registered(r)).toEqual([0, 1]);
    // The parser adds more: the next preview reads on, and says when the top is read.
    document.body.insertAdjacentHTML(
      'beforeend',
      Array.from({ length: 30 }, (_, i) => `<p>Later ${i} got HTTP 500 back here.</p>`).join(''),
    );
    expect(r.scanner.preview()).toBe(true);
    expect(registered(r).slice(0, 3)).toEqual([0, 1, 2]);
    // At DOMContentLoaded the top is read again: nothing is painted twice.
    const before = registered(r);
    r.scanner.start();
    expect(registered(r)).toEqual(before);
  });
});

describe('Scanner: start after a preview', () => {
  it('keeps what the preview read, and reads again what a page script changed meanwhile', () => {
    paragraphs(40);
    const r = rig({ margin: 200 });
    expect(r.scanner.preview()).toBe(true);
    const reads = r.reads.length;
    const p = document.body.children[1] as HTMLElement;
    expect(codeOf(r.painter.all().find((m) => m.block === p))).toBe(404);
    // A page script rewrites a paragraph before DOMContentLoaded; nothing reports it.
    (p.firstChild as Text).data = 'Paragraph 0001 now says HTTP 502 instead.';
    r.scanner.start({ afterPreview: true });
    expect(r.reads.length).toBe(reads + 1);
    expect(
      r.painter
        .all()
        .filter((m) => m.block === p)
        .map(codeOf),
    ).toEqual([502]);
    expect(registered(r).filter((i) => i === 1)).toHaveLength(1);
  });
});

describe('Scanner: a huge node changed before DOMContentLoaded', () => {
  it('is cut again, not read with the old cuts', () => {
    const node = log(20_000);
    const r = rig({ margin: 2000 });
    r.scanner.start();
    expect(lines(r)[0]).toBe(0);
    // Another line goes in front: every offset moves, so old cuts would mark the wrong text.
    node.data = `10.0.0.9 line 999999 HTTP 500\n${node.data}`;
    r.scanner.start({ afterPreview: true });
    const first = [...r.registry.values()]
      .flatMap((h) => [...(h as unknown as Set<StaticRange>)])
      .map((x) => node.data.slice(x.startOffset, x.endOffset));
    expect(first.filter((t) => !/^[245]0[04]$/.test(t))).toEqual([]);
    expect(lines(r)).toContain(999_999);
  });
});

describe('Scanner: a huge node cut but not yet read', () => {
  it('is cut again after its text changes', () => {
    const node = log(20_000);
    const pre = node.parentElement as HTMLElement;
    // The top of the page is paragraphs: the log comes after them, then a short tail in its block.
    document.body.prepend(
      ...Array.from({ length: 300 }, (_, i) => {
        const p = document.createElement('p');
        p.textContent = `Paragraph ${i} got HTTP 503 back.`;
        return p;
      }),
    );
    const tail = document.createElement('b');
    tail.textContent = 'tail HTTP 404';
    pre.append(tail);
    const r = rig({ margin: 2000 });
    r.scanner.start();
    r.render();
    // The screen shows the tail: its frame reads from the log's run on, without reaching its text.
    r.seeds = [{ node: tail.firstChild as Text, offset: 0 }];
    r.scanner.update();
    r.frame();
    // A line goes in front of the log (every offset moves), and the watcher reports the block.
    node.data = `10.0.0.9 line 999999 HTTP 500\n${node.data}`;
    r.scanner.rescan([pre]);
    r.render();
    const painted = [...r.registry.values()]
      .flatMap((h) => [...(h as unknown as Set<StaticRange>)])
      .filter((x) => x.startContainer === node)
      .map((x) => node.data.slice(x.startOffset, x.endOffset));
    expect(painted.length).toBeGreaterThan(0);
    expect(painted.filter((t) => !/^[245]0[04]$/.test(t))).toEqual([]);
  });
});
