/** How a request was made, as the tab record keeps it: method and kind, small and checked. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { RequestDetails } from './tab-events.ts';
import { isMethod, kindOf } from './tab-request.ts';
import { MAX_URLS } from './tab-record.ts';
import { TabStatusBook } from './tab-status.ts';

const ORIGIN = 'https://shop.example';
let book: TabStatusBook;
let seq = 0;
beforeEach(() => {
  book = new TabStatusBook();
  load(1, [[200, '/page', 'GET']]);
});

const details = (more: Partial<RequestDetails> & { url: string }): RequestDetails => ({
  requestId: `r${(seq += 1)}`,
  tabId: 1,
  frameId: 0,
  type: 'main_frame',
  ...more,
});

/** A page load through its redirects, each step with its status, path and method. */
function load(tabId: number, steps: readonly (readonly [number, string, string])[]) {
  const requestId = `nav${(seq += 1)}`;
  const at = (i: number) => ({ requestId, tabId, url: `${ORIGIN}${steps[i]?.[1]}` });
  steps.forEach(([statusCode, , method], i) => {
    book.apply({ kind: 'request', details: details({ ...at(i), method }) });
    const last = i === steps.length - 1;
    const next = last ? {} : { redirectUrl: at(i + 1).url };
    book.apply({
      kind: last ? 'response' : 'redirect',
      details: details({ ...at(i), method, statusCode, ...next }),
    });
  });
}

/** A request of the page whose response started with a status. */
const sub = (path: string, statusCode: number, type: string, method?: string) =>
  book.apply({
    kind: 'subresponse',
    details: details({ url: `${ORIGIN}${path}`, type, statusCode, ...(method ? { method } : {}) }),
  });

describe('the kind of a resource', () => {
  it.each([
    ['main_frame', 'document'],
    ['sub_frame', 'document'],
    ['script', 'script'],
    ['stylesheet', 'stylesheet'],
    ['image', 'image'],
    ['imageset', 'image'],
    ['font', 'font'],
    ['xmlhttprequest', 'fetch'],
    ['media', 'media'],
    ['ping', 'other'],
    ['beacon', 'other'],
    ['websocket', 'other'],
    ['csp_report', 'other'],
    ['toString', 'other'],
    ['', 'other'],
  ])('%s is %s', (type, kind) => {
    expect(kindOf(type)).toBe(kind);
  });
});

describe('a method', () => {
  it.each(['GET', 'POST', 'DELETE', 'patch', 'PROPFIND', 'VERSION-CONTROL'])('%s is kept', (m) => {
    expect(isMethod(m)).toBe(true);
  });
  it.each(['', 'GET /x', 'G'.repeat(21), '<b>', '-X', 42, null])('%j is not', (m) => {
    expect(isMethod(m)).toBe(false);
  });
});

describe('failed requests', () => {
  it('keep their method and kind, one entry per URL made one way', () => {
    sub('/api/orders', 500, 'xmlhttprequest', 'POST');
    sub('/api/orders', 500, 'xmlhttprequest', 'POST');
    sub('/api/orders', 500, 'xmlhttprequest', 'DELETE');
    sub('/app.js', 500, 'script', 'GET');
    sub('/beacon', 500, 'ping', 'POST');
    expect(book.get(1)?.failed).toEqual([
      {
        code: 500,
        count: 5,
        urls: [
          { url: `${ORIGIN}/api/orders`, count: 2, method: 'POST', type: 'fetch' },
          { url: `${ORIGIN}/api/orders`, count: 1, method: 'DELETE', type: 'fetch' },
          { url: `${ORIGIN}/app.js`, count: 1, method: 'GET', type: 'script' },
          { url: `${ORIGIN}/beacon`, count: 1, method: 'POST', type: 'other' },
        ],
      },
    ]);
  });

  it('leave out a method that is no token', () => {
    sub('/x.png', 404, 'image', 'GET /x');
    sub('/y.png', 404, 'image');
    const urls = book.get(1)?.failed[0]?.urls;
    expect(urls).toEqual([
      { url: `${ORIGIN}/x.png`, count: 1, type: 'image' },
      { url: `${ORIGIN}/y.png`, count: 1, type: 'image' },
    ]);
  });

  it('come back from a snapshot as they were, in a few more characters', () => {
    sub('/api?token=SECRET', 503, 'xmlhttprequest', 'PUT');
    const saved = book.snapshot();
    const text = JSON.stringify(saved);
    expect(text).not.toContain('SECRET');
    expect(text).toContain('"method":"PUT","type":"fetch"');
    const again = new TabStatusBook();
    again.restore(JSON.parse(text));
    expect(again.get(1)).toEqual(book.get(1));
  });

  it('drop a broken method or kind read back, and stay within the caps', () => {
    const urls = (n: number, more: object = {}) =>
      Array.from({ length: n }, (_, i) => ({ url: `${ORIGIN}/${i}`, count: 1, ...more }));
    const current = {
      url: `${ORIGIN}/`,
      method: 'GET<script>',
      failed: [
        { code: 404, count: 50, urls: urls(50, { method: 'GET /x', type: 'exe' }) },
        { code: 500, count: 5, urls: urls(5, { method: 'POST', type: 'fetch' }) },
      ],
    };
    book.restore({ version: 1, tabs: [[7, { current }]] });
    const page = book.get(7);
    expect(page?.method).toBeUndefined();
    expect(page?.failed[0]?.urls).toHaveLength(MAX_URLS);
    expect(page?.failed[0]?.urls[0]).toEqual({ url: `${ORIGIN}/0`, count: 1 });
    // The budget is spent: the second code keeps its first URL only.
    expect(page?.failed[1]?.urls).toEqual([
      { url: `${ORIGIN}/0`, count: 1, method: 'POST', type: 'fetch' },
    ]);
  });
});

describe('redirects', () => {
  it('keep the method of each step, and the page the method it loaded with', () => {
    load(1, [
      [303, '/checkout', 'POST'],
      [302, '/thanks', 'GET'],
      [200, '/thanks/1', 'GET'],
    ]);
    expect(book.get(1)).toMatchObject({
      method: 'GET',
      redirects: [
        { status: 303, url: `${ORIGIN}/checkout`, method: 'POST' },
        { status: 302, url: `${ORIGIN}/thanks`, method: 'GET' },
      ],
    });
    const again = new TabStatusBook();
    again.restore(JSON.parse(JSON.stringify(book.snapshot())));
    expect(again.get(1)).toEqual(book.get(1));
  });
});
