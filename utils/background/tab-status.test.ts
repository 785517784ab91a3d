import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_GROUPS, MAX_REDIRECTS, MAX_URLS } from './tab-record.ts';
import { MAX_URL_LENGTH } from './tab-url.ts';
import type { RequestDetails } from './tab-events.ts';
import { MAX_TABS } from './tab-snapshot.ts';
import { TabStatusBook } from './tab-status.ts';

const ORIGIN = 'https://shop.example';
let seq = 0;
let book: TabStatusBook;
beforeEach(() => {
  book = new TabStatusBook();
});

/** Details of a main-frame request, as webRequest gives them. */
const main = (
  tabId: number,
  requestId: string,
  url: string,
  more: Partial<RequestDetails> = {},
): RequestDetails => ({ requestId, tabId, frameId: 0, type: 'main_frame', url, ...more });

/** A finished request of the page (an image unless told), with its status. */
function sub(tabId: number, path: string, statusCode: number, more: Partial<RequestDetails> = {}) {
  seq += 1;
  const details = {
    requestId: `sub${seq}`,
    tabId,
    frameId: 0,
    type: 'image',
    url: `${ORIGIN}${path}`,
    statusCode,
    ...more,
  };
  return book.apply({ kind: 'subresponse', details });
}

/**
 * A page load through its redirects, the way Chrome reports it: onBeforeRequest again for
 * each redirect target with the same request id, then the response and its completion.
 */
function load(
  tabId: number,
  steps: readonly (readonly [number, string])[],
  more: Partial<RequestDetails> = {},
) {
  seq += 1;
  const id = `nav${seq}`;
  const url = (i: number) => `${ORIGIN}${steps[i]?.[1]}`;
  book.apply({ kind: 'request', details: main(tabId, id, url(0), more) });
  steps.slice(0, -1).forEach(([statusCode], i) => {
    const statusLine = `HTTP/1.1 ${statusCode} Moved`;
    const redirectUrl = url(i + 1);
    book.apply({
      kind: 'redirect',
      details: main(tabId, id, url(i), { statusCode, statusLine, redirectUrl, ...more }),
    });
    book.apply({ kind: 'request', details: main(tabId, id, redirectUrl, more) });
  });
  const last = steps.length - 1;
  const statusCode = steps[last]?.[0] as number;
  const changed = book.apply({
    kind: 'response',
    details: main(tabId, id, url(last), { statusCode, ...more }),
  });
  book.apply({ kind: 'completed', details: main(tabId, id, url(last), { statusCode, ...more }) });
  return changed;
}

const moveTo = (tabId: number, path: string, loading = false) =>
  book.apply({ kind: 'url', tabId, url: `${ORIGIN}${path}`, loading });

const statusOf = (tabId: number) => book.get(tabId)?.status;

describe('the page', () => {
  it('is its final response, with no redirects and nothing failed', () => {
    expect(load(1, [[200, '/']])).toBe(1);
    expect(book.get(1)).toEqual({
      url: `${ORIGIN}/`,
      status: 200,
      redirects: [],
      failed: [],
      failedCount: 0,
    });
  });

  it.each([404, 410, 500, 503, 301])('keeps a final %i', (status) => {
    load(1, [[status, '/x']]);
    expect(statusOf(1)).toBe(status);
  });

  it('is unknown for a tab never seen', () => {
    expect(book.get(42)).toBeUndefined();
  });
});

describe('redirects', () => {
  it('301 → 302 → 200: each redirect with the URL that answered it', () => {
    load(1, [
      [301, '/old'],
      [302, '/moved'],
      [200, '/new'],
    ]);
    expect(book.get(1)).toMatchObject({
      url: `${ORIGIN}/new`,
      status: 200,
      redirects: [
        { status: 301, url: `${ORIGIN}/old` },
        { status: 302, url: `${ORIGIN}/moved` },
      ],
    });
  });

  it("leave out the browser's own 307 Internal Redirect (HSTS, HTTPS upgrade)", () => {
    seq += 1;
    const id = `nav${seq}`;
    const redirect = main(1, id, 'http://shop.example/', {
      statusCode: 307,
      statusLine: 'HTTP/1.1 307 Internal Redirect',
      redirectUrl: `${ORIGIN}/`,
    });
    book.apply({ kind: 'request', details: main(1, id, 'http://shop.example/') });
    book.apply({ kind: 'redirect', details: redirect });
    book.apply({ kind: 'response', details: main(1, id, `${ORIGIN}/`, { statusCode: 200 }) });
    expect(book.get(1)?.redirects).toEqual([]);
  });

  it(`keep at most ${MAX_REDIRECTS}`, () => {
    const steps = Array.from({ length: 30 }, (_, i) => [302, `/hop${i}`] as const);
    load(1, [...steps, [200, '/end']]);
    expect(book.get(1)?.redirects).toHaveLength(MAX_REDIRECTS);
  });

  it('are recorded even when the request start was missed', () => {
    const id = 'late';
    book.apply({
      kind: 'redirect',
      details: main(1, id, `${ORIGIN}/a`, { statusCode: 301, redirectUrl: `${ORIGIN}/b` }),
    });
    book.apply({ kind: 'response', details: main(1, id, `${ORIGIN}/b`, { statusCode: 200 }) });
    expect(book.get(1)?.redirects).toEqual([{ status: 301, url: `${ORIGIN}/a` }]);
  });
});

describe('failed requests', () => {
  beforeEach(() => {
    load(1, [[200, '/page']]);
  });

  it('are grouped by code, ascending, each URL once with its count', () => {
    sub(1, '/b.png', 404);
    sub(1, '/api/orders', 503, { type: 'xmlhttprequest' });
    sub(1, '/a.png', 404);
    sub(1, '/b.png', 404);
    expect(book.get(1)).toMatchObject({
      status: 200,
      failedCount: 4,
      failed: [
        {
          code: 404,
          count: 3,
          urls: [
            { url: `${ORIGIN}/b.png`, count: 2 },
            { url: `${ORIGIN}/a.png`, count: 1 },
          ],
        },
        { code: 503, count: 1, urls: [{ url: `${ORIGIN}/api/orders`, count: 1 }] },
      ],
    });
  });

  it.each([200, 204, 304, 399, 600, 0])('do not include a %i', (status) => {
    expect(sub(1, '/ok.png', status)).toBeUndefined();
    expect(book.get(1)?.failedCount).toBe(0);
  });

  it('include a frame that failed', () => {
    sub(1, '/embed', 500, { type: 'sub_frame', frameId: 3 });
    expect(book.get(1)?.failed.map((g) => g.code)).toEqual([500]);
  });

  it(`keep ${MAX_URLS} URLs a page and ${MAX_GROUPS} codes, each code's first URL, and count them all`, () => {
    for (let i = 0; i < MAX_URLS + 10; i++) sub(1, `/missing-${i}.png`, 404);
    for (let code = 400; code < 400 + MAX_GROUPS + 3; code++) sub(1, `/c${code}`, code);
    const page = book.get(1);
    expect(page?.failed).toHaveLength(MAX_GROUPS);
    expect(page?.failed.find((g) => g.code === 404)).toMatchObject({ count: MAX_URLS + 11 });
    expect(page?.failed.find((g) => g.code === 404)?.urls).toHaveLength(MAX_URLS);
    expect(page?.failed.filter((g) => g.code !== 404).map((g) => g.urls.length)).toEqual(
      Array.from({ length: MAX_GROUPS - 1 }, () => 1),
    );
    expect(page?.failedCount).toBe(MAX_URLS + 10 + MAX_GROUPS + 3);
  });

  it(`cut URLs longer than ${MAX_URL_LENGTH} characters`, () => {
    sub(1, `/search/${'x'.repeat(2000)}`, 414);
    const url = book.get(1)?.failed[0]?.urls[0]?.url ?? '';
    expect(url).toHaveLength(MAX_URL_LENGTH);
    expect(url.endsWith('…')).toBe(true);
  });

  it('keep no query value of a request or a redirect: the names only', () => {
    load(1, [
      [302, '/r?token=SECRET'],
      [200, '/home?session=SECRET'],
    ]);
    sub(1, '/api?api_key=SECRET&page=2', 404);
    expect(JSON.stringify(book.snapshot())).not.toContain('SECRET');
    expect(book.get(1)).toMatchObject({
      url: `${ORIGIN}/home?session=…`,
      redirects: [{ status: 302, url: `${ORIGIN}/r?token=…` }],
      failed: [{ code: 404, urls: [{ url: `${ORIGIN}/api?api_key=…&page=…`, count: 1 }] }],
    });
  });

  it('before any page load was seen, are kept for a page of unknown status', () => {
    sub(2, '/x.png', 404);
    expect(book.get(2)).toMatchObject({ url: undefined, status: undefined, failedCount: 1 });
  });

  it('of a page being prerendered are not the shown page’s', () => {
    sub(1, '/next.png', 404, { documentLifecycle: 'prerender', frameId: 9 });
    expect(book.get(1)?.failedCount).toBe(0);
  });
});

describe('navigation', () => {
  it('a new page starts afresh: its own status, no failures of the old one', () => {
    load(1, [[404, '/missing']]);
    sub(1, '/a.png', 404);
    load(1, [[200, '/home']]);
    expect(book.get(1)).toMatchObject({ status: 200, failed: [], failedCount: 0 });
  });

  it('a reload is a new page too', () => {
    load(1, [[503, '/busy']]);
    sub(1, '/a.png', 500);
    load(1, [[200, '/busy']]);
    expect(book.get(1)).toMatchObject({ status: 200, failedCount: 0 });
  });

  it('failures while the next page is on its way belong to the page still shown', () => {
    load(1, [[200, '/one']]);
    book.apply({ kind: 'request', details: main(1, 'next', `${ORIGIN}/two`) });
    sub(1, '/late.png', 404);
    expect(book.get(1)).toMatchObject({ status: 200, failedCount: 1 });
    book.apply({
      kind: 'response',
      details: main(1, 'next', `${ORIGIN}/two`, { statusCode: 500 }),
    });
    expect(book.get(1)).toMatchObject({ status: 500, failedCount: 0 });
  });

  it.each([
    ['204 No Content', { statusCode: 204 }],
    ['205 Reset Content', { statusCode: 205 }],
    [
      'a download',
      {
        statusCode: 200,
        responseHeaders: [{ name: 'Content-Disposition', value: 'attachment; filename="a.zip"' }],
      },
    ],
  ])('%s leaves the page as it was', (_, response) => {
    load(1, [[404, '/missing']]);
    book.apply({ kind: 'request', details: main(1, 'dl', `${ORIGIN}/file`) });
    book.apply({ kind: 'response', details: main(1, 'dl', `${ORIGIN}/file`, response) });
    // Completions come without the headers.
    const { statusCode } = response;
    book.apply({ kind: 'completed', details: main(1, 'dl', `${ORIGIN}/file`, { statusCode }) });
    expect(book.get(1)).toMatchObject({ status: 404, url: `${ORIGIN}/missing` });
  });

  it('a network error shows the browser’s error page: no status to tell', () => {
    load(1, [[404, '/missing']]);
    book.apply({ kind: 'request', details: main(1, 'dns', 'https://nowhere.invalid/') });
    const changed = book.apply({
      kind: 'error',
      details: main(1, 'dns', 'https://nowhere.invalid/', { error: 'net::ERR_NAME_NOT_RESOLVED' }),
    });
    expect(changed).toBe(1);
    expect(book.get(1)).toBeUndefined();
  });

  it.each(['net::ERR_ABORTED', 'NS_BINDING_ABORTED'])(
    'a navigation stopped or replaced (%s) leaves the page',
    (error) => {
      load(1, [[404, '/missing']]);
      book.apply({ kind: 'request', details: main(1, 'stop', `${ORIGIN}/slow`) });
      book.apply({ kind: 'error', details: main(1, 'stop', `${ORIGIN}/slow`, { error }) });
      expect(statusOf(1)).toBe(404);
    },
  );

  it('an error of a request that is not a page’s changes nothing', () => {
    load(1, [[200, '/']]);
    const error = { type: 'image', error: 'net::ERR_CONNECTION_REFUSED' };
    expect(
      book.apply({ kind: 'error', details: main(1, 'img', `${ORIGIN}/a.png`, error) }),
    ).toBeUndefined();
    expect(statusOf(1)).toBe(200);
  });

  it('a response seen once is committed once, whether or not its start was seen', () => {
    const id = 'restarted';
    book.apply({ kind: 'response', details: main(1, id, `${ORIGIN}/p`, { statusCode: 410 }) });
    sub(1, '/a.png', 404);
    book.apply({ kind: 'completed', details: main(1, id, `${ORIGIN}/p`, { statusCode: 410 }) });
    expect(book.get(1)).toMatchObject({ status: 410, failedCount: 1 });
  });

  it('a completion whose start came before the worker listened is the page', () => {
    book.apply({ kind: 'completed', details: main(1, 'lone', `${ORIGIN}/p`, { statusCode: 500 }) });
    expect(book.get(1)).toMatchObject({ status: 500, url: `${ORIGIN}/p` });
  });
});

describe('history without a new document', () => {
  it('a single-page app changing its address keeps the status and failures', () => {
    load(1, [[404, '/app']]);
    sub(1, '/a.png', 404);
    expect(moveTo(1, '/app/settings')).toBeUndefined();
    moveTo(1, '/app/settings#tab2');
    sub(1, '/b.png', 404);
    expect(book.get(1)).toMatchObject({ status: 404, url: `${ORIGIN}/app`, failedCount: 2 });
  });

  it('the address changing first, before the response arrives, changes nothing', () => {
    load(1, [[200, '/a']]);
    book.apply({ kind: 'request', details: main(1, 'b', `${ORIGIN}/b`) });
    expect(moveTo(1, '/b', true)).toBeUndefined();
    expect(statusOf(1)).toBe(200);
    book.apply({ kind: 'response', details: main(1, 'b', `${ORIGIN}/b`, { statusCode: 404 }) });
    expect(statusOf(1)).toBe(404);
  });

  it('back to a page kept by the browser (no request) brings its status back', () => {
    load(1, [[404, '/missing']]);
    sub(1, '/a.png', 500);
    load(1, [[200, '/home']]);
    expect(moveTo(1, '/missing', true)).toBe(1);
    expect(book.get(1)).toMatchObject({ status: 404, failedCount: 1 });
    expect(moveTo(1, '/home', true)).toBe(1);
    expect(statusOf(1)).toBe(200);
  });

  it('a history change to an address an earlier page had keeps the current page', () => {
    load(1, [[404, '/missing']]);
    load(1, [[200, '/app']]);
    moveTo(1, '/missing');
    expect(statusOf(1)).toBe(200);
  });

  it('a prerendered page counts once the tab shows it', () => {
    load(1, [[200, '/list']]);
    load(1, [[503, '/next']], { frameId: 7, documentLifecycle: 'prerender' });
    expect(statusOf(1)).toBe(200);
    moveTo(1, '/next', true);
    expect(statusOf(1)).toBe(503);
  });
});

describe('tabs', () => {
  it('are kept apart', () => {
    load(1, [[404, '/a']]);
    load(2, [[500, '/b']]);
    sub(2, '/x.png', 404);
    expect([statusOf(1), statusOf(2)]).toEqual([404, 500]);
    expect(book.get(1)?.failedCount).toBe(0);
  });

  it('requests of no tab (the browser’s, service workers’) are ignored', () => {
    expect(load(-1, [[404, '/a']])).toBeUndefined();
    expect(sub(-1, '/a.png', 404)).toBeUndefined();
    expect(book.tabs()).toEqual([]);
  });

  it('a closed tab is forgotten', () => {
    load(1, [[404, '/a']]);
    load(2, [[404, '/b']]);
    expect(book.apply({ kind: 'removed', tabId: 1 })).toBe(1);
    expect(book.get(1)).toBeUndefined();
    expect(book.tabs()).toEqual([2]);
    expect(book.apply({ kind: 'removed', tabId: 1 })).toBeUndefined();
  });

  it('a closed tab’s late events do not bring it back', () => {
    load(1, [[200, '/']]);
    book.apply({ kind: 'removed', tabId: 1 });
    book.apply({ kind: 'url', tabId: 1, url: `${ORIGIN}/`, loading: true });
    expect(sub(1, '/late.png', 404)).toBeUndefined();
    expect(load(1, [[404, '/x']])).toBeUndefined();
    expect(book.get(1)).toBeUndefined();
    expect(book.tabs()).toEqual([]);
  });

  it('of incognito windows are not recorded, and a record made before they were known goes', () => {
    load(1, [[404, '/private']]);
    expect(book.apply({ kind: 'incognito', tabId: 1 })).toBe(1);
    expect(load(1, [[500, '/again']])).toBeUndefined();
    expect(sub(1, '/a.png', 404)).toBeUndefined();
    expect(book.get(1)).toBeUndefined();
    expect(book.snapshot().tabs).toEqual([]);
    // Firefox says it of each request.
    expect(load(2, [[404, '/private']], { incognito: true })).toBeUndefined();
    expect(book.get(2)).toBeUndefined();
    // Once closed, its id is a closed tab's like any other.
    book.apply({ kind: 'removed', tabId: 1 });
    expect(book.get(1)).toBeUndefined();
  });

  it(`at most ${MAX_TABS} are kept, the least recently active dropped first`, () => {
    for (let tab = 1; tab <= MAX_TABS + 5; tab++) load(tab, [[404, '/a']]);
    expect(book.tabs()).toHaveLength(MAX_TABS);
    expect(book.get(1)).toBeUndefined();
    expect(book.get(MAX_TABS + 5)).toBeDefined();
  });

  it('retain forgets every tab that is no longer open', () => {
    for (const tab of [1, 2, 3]) load(tab, [[404, '/a']]);
    book.retain([2, 9]);
    expect(book.tabs()).toEqual([2]);
  });
});

describe('snapshot and restore', () => {
  it('bring every tab back as it was, history included', () => {
    load(1, [
      [301, '/old'],
      [404, '/gone'],
    ]);
    sub(1, '/a.png', 404);
    load(2, [[500, '/err']]);
    load(2, [[200, '/ok']]);
    const again = new TabStatusBook();
    expect(again.restore(JSON.parse(JSON.stringify(book.snapshot())))).toEqual([1, 2]);
    expect(again.get(1)).toEqual(book.get(1));
    expect(again.get(2)).toEqual(book.get(2));
    again.apply({ kind: 'url', tabId: 2, url: `${ORIGIN}/err`, loading: true });
    expect(again.get(2)?.status).toBe(500);
  });

  it('bring back a navigation on its way, with the redirects it went through', () => {
    const hop = (url: string, redirectUrl: string, statusCode: number) =>
      main(1, 'slow', `${ORIGIN}${url}`, {
        statusCode,
        statusLine: `HTTP/1.1 ${statusCode}`,
        redirectUrl: `${ORIGIN}${redirectUrl}`,
      });
    book.apply({ kind: 'request', details: main(1, 'slow', `${ORIGIN}/a`) });
    book.apply({ kind: 'redirect', details: hop('/a', '/b?k=v', 302) });
    book.apply({ kind: 'redirect', details: hop('/b?k=v', '/c', 301) });
    const again = new TabStatusBook();
    expect(again.restore(JSON.parse(JSON.stringify(book.snapshot())))).toEqual([1]);
    again.apply({ kind: 'response', details: main(1, 'slow', `${ORIGIN}/c`, { statusCode: 404 }) });
    expect(again.get(1)).toMatchObject({
      status: 404,
      redirects: [
        { status: 302, url: `${ORIGIN}/a` },
        { status: 301, url: `${ORIGIN}/b?k=…` },
      ],
    });
  });

  it('remember a response that was not a page, so that its completion is none either', () => {
    load(1, [[404, '/missing']]);
    book.apply({ kind: 'request', details: main(1, 'dl', `${ORIGIN}/file`) });
    const attachment = [{ name: 'Content-Disposition', value: 'attachment' }];
    book.apply({
      kind: 'response',
      details: main(1, 'dl', `${ORIGIN}/file`, { statusCode: 200, responseHeaders: attachment }),
    });
    const again = new TabStatusBook();
    again.restore(JSON.parse(JSON.stringify(book.snapshot())));
    again.apply({
      kind: 'completed',
      details: main(1, 'dl', `${ORIGIN}/file`, { statusCode: 200 }),
    });
    expect(again.get(1)?.status).toBe(404);
  });

  it('leave alone the tabs recorded since the start', () => {
    load(1, [[404, '/a']]);
    const saved = book.snapshot();
    const fresh = new TabStatusBook();
    fresh.apply({ kind: 'response', details: main(1, 'n', `${ORIGIN}/n`, { statusCode: 503 }) });
    expect(fresh.restore(saved)).toEqual([]);
    expect(fresh.get(1)?.status).toBe(503);
  });

  it('keep every address short, also one a page pushed into its history', () => {
    load(1, [[404, '/app']]);
    moveTo(1, `/app/${'a'.repeat(2_000_000)}`);
    const text = JSON.stringify(book.snapshot());
    expect(text.length).toBeLessThan(2 * MAX_URL_LENGTH + 300);
    const again = new TabStatusBook();
    // Read back clipped too, whatever storage held.
    again.restore({ version: 1, tabs: [[1, { current: { url: 'x'.repeat(5000) } }]] });
    expect(again.get(1)?.url).toHaveLength(MAX_URL_LENGTH);
  });

  it('fit in their budget, the least recently active tabs left out first', () => {
    for (let tab = 1; tab <= 5; tab++) load(tab, [[404, `/${'p'.repeat(400)}`]]);
    const size = (tabs: number) => JSON.stringify(book.snapshot()).length * (tabs / 5);
    expect(book.snapshot(size(3.5)).tabs.map(([id]) => id)).toEqual([3, 4, 5]);
    expect(book.snapshot(0).tabs).toEqual([]);
  });

  it.each([
    undefined,
    null,
    'tabs',
    { version: 2, tabs: [] },
    { version: 1, tabs: 'x' },
    { version: 1, tabs: [['1', {}]] },
    { version: 1, tabs: [[1, null]] },
  ])('ignore what is not a snapshot: %j', (stored) => {
    expect(book.restore(stored)).toEqual([]);
  });

  it('drop the broken parts of a snapshot and keep the rest', () => {
    const stored = {
      version: 1,
      tabs: [
        [
          3,
          {
            current: {
              url: `${ORIGIN}/`,
              status: 'x',
              redirects: [{ status: 301, url: `${ORIGIN}/a` }, { status: 'no' }],
              failed: [
                { code: 404, count: 2, urls: [{ url: `${ORIGIN}/i.png`, count: 2 }, 7] },
                { code: 1234, count: 1, urls: [] },
              ],
              failedCount: -5,
            },
          },
        ],
      ],
    };
    expect(book.restore(stored)).toEqual([3]);
    expect(book.get(3)).toEqual({
      url: `${ORIGIN}/`,
      status: undefined,
      redirects: [{ status: 301, url: `${ORIGIN}/a` }],
      failed: [{ code: 404, count: 2, urls: [{ url: `${ORIGIN}/i.png`, count: 2 }] }],
      failedCount: 2,
    });
  });
});
