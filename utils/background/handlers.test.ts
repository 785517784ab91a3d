import { describe, expect, it, vi } from 'vitest';
import { getStatusCode, STATUS_CODES } from '../../data/index.ts';
import type { Lang, StatusCode } from '../../data/types.ts';
import { createHandlers, statusLabel, tooltipEntry, type HandlerDeps } from './handlers.ts';
import { createSearchIndex } from '../search/search.ts';

const index = createSearchIndex(STATUS_CODES);
const envIn = (lang: Lang): HandlerDeps => ({
  index,
  settings: { language: () => lang },
  reference: { openFor: async () => undefined },
  pages: { get: () => undefined },
});
const handlers = createHandlers(envIn('en'));
const meaningOf = (code: number, i = 0) => {
  const m = getStatusCode(code)?.meanings[i];
  if (!m) throw new Error(`no meaning ${i} for ${code}`);
  return m;
};

describe('tooltipEntry', () => {
  it("gives the tooltip plain text: no backtick of the dataset's inline code", () => {
    for (const c of STATUS_CODES)
      for (const lang of ['ko', 'en'] as const)
        expect(JSON.stringify(tooltipEntry(c, lang))).not.toContain('`');
  });

  it("names the former names (413), under a label in the reader's language", () => {
    const code413 = getStatusCode(413) as StatusCode;
    const former = ['Payload Too Large', 'Request Entity Too Large'];
    expect(tooltipEntry(code413, 'en').meanings[0]?.formerly).toEqual({
      label: 'Formerly',
      phrases: former,
    });
    expect(tooltipEntry(code413, 'ko').meanings[0]?.formerly).toEqual({
      label: '이전 이름',
      phrases: former,
    });
    expect(tooltipEntry(getStatusCode(404) as StatusCode, 'en').meanings[0]).not.toHaveProperty(
      'formerly',
    );
  });
});

describe('createHandlers over the real index', () => {
  it('search: the hits of the index, each with its entry', async () => {
    const actual = await handlers.search({ query: 'not found' });
    const expected = index.search('not found');
    expect(actual.parsed).toEqual(expected.parsed);
    expect(actual.hits.map(({ code, meaning, score }) => ({ code, meaning, score }))).toEqual(
      expected.hits,
    );
    expect(actual.hits[0]?.code).toBe(404);
    for (const hit of actual.hits) expect(hit.entry).toBe(getStatusCode(hit.code));
  });

  it('search: has the index prepare for the word queries that follow', async () => {
    const prepare = vi.fn<() => void>();
    const spied = createHandlers({ ...envIn('en'), index: { search: index.search, prepare } });
    await spied.search({ query: '' });
    expect(prepare).toHaveBeenCalled();
  });

  it('search: passes the limit on', async () => {
    expect((await handlers.search({ query: '4xx', limit: 3 })).hits.map((h) => h.code)).toEqual([
      400, 401, 402,
    ]);
  });

  it('search: a code with two meanings answers both, with the same entry', async () => {
    const actual = await handlers.search({ query: '451' });
    expect(actual.hits.map((h) => [h.code, h.meaning])).toEqual([
      [451, 0],
      [451, 1],
    ]);
    expect(actual.hits[0]?.entry.meanings).toHaveLength(2);
  });

  it('search: nothing found is an empty list, with the parsed query', async () => {
    expect(await handlers.search({ query: '999' })).toEqual({
      parsed: { kind: 'code', code: 999 },
      hits: [],
    });
  });

  it('getCodes: known codes once each, in the order asked, unknown ones dropped', async () => {
    const actual = await handlers.getCodes({ codes: [500, 404, 999, 404, 299, 500, 200] });
    expect(actual.map((c) => c.code)).toEqual([500, 404, 200]);
    expect(actual[1]).toBe(getStatusCode(404));
  });

  it('getCodes: none asked, none answered', async () => {
    expect(await handlers.getCodes({ codes: [] })).toEqual([]);
  });

  it('listCodes: every code, in order, as a copy', async () => {
    const actual = await handlers.listCodes({});
    expect(actual).toEqual(STATUS_CODES);
    expect(actual).not.toBe(STATUS_CODES);
  });
});

describe('describeCodes (tooltips)', () => {
  it.each([
    ['en', 'Not Found', 'Open in the full list', 'Client error'],
    ['ko', '찾을 수 없음', '전체 목록에서 보기', '클라이언트 오류'],
  ] as const)(
    '%s: names, link label and class names in the language of the moment',
    async (lang, name, link, class4) => {
      const actual = await createHandlers(envIn(lang)).describeCodes({ codes: [404] });
      expect(actual.lang).toBe(lang);
      expect(actual.linkLabel).toBe(link);
      expect(actual.classNames).toHaveLength(5);
      expect(actual.classNames[3]).toBe(class4);
      expect(actual.entries).toEqual([tooltipEntry(getStatusCode(404) as StatusCode, lang)]);
      expect(actual.entries[0]?.meanings[0]?.name).toBe(name);
    },
  );

  it('follows a language change without being rebuilt', async () => {
    let lang: Lang = 'en';
    const h = createHandlers({ ...envIn('en'), settings: { language: () => lang } });
    expect((await h.describeCodes({ codes: [404] })).lang).toBe('en');
    lang = 'ko';
    expect((await h.describeCodes({ codes: [404] })).lang).toBe('ko');
  });

  it('known codes once each, unknown ones dropped', async () => {
    const actual = await handlers.describeCodes({ codes: [503, 299, 503, 404] });
    expect(actual.entries.map((e) => e.code)).toEqual([503, 404]);
  });

  it('every meaning of a number, each with its tag', async () => {
    const [actual] = (await handlers.describeCodes({ codes: [499] })).entries;
    expect(actual?.meanings.map((m) => [m.phrase, m.tag])).toEqual([
      ['Client Closed Request', 'Non-standard: nginx'],
      ['Token Required', 'Non-standard: Esri ArcGIS'],
    ]);
  });
});

describe('statusLabel', () => {
  it.each([
    [404, 0, 'en', 'Registered'],
    [404, 0, 'ko', '정식 등록'],
    [306, 0, 'en', 'Unused (reserved)'],
    [451, 1, 'en', 'Non-standard: Microsoft IIS'],
    [451, 1, 'ko', '비표준: Microsoft IIS'],
  ] as const)('%i meaning %i in %s → %j', (code, i, lang, expected) => {
    expect(statusLabel(meaningOf(code, i), lang)).toBe(expected);
  });
});

describe('openReference', () => {
  it("asks the reference page to open at the code for the sender's tab, and answers null", async () => {
    const openFor = vi.fn<HandlerDeps['reference']['openFor']>(async () => undefined);
    const h = createHandlers({ ...envIn('en'), reference: { openFor } });
    expect(await h.openReference({ code: 404 }, { extensionPage: false, tabId: 7 })).toBeNull();
    expect(openFor).toHaveBeenCalledExactlyOnceWith(7, '#404');
  });

  it('limits the requests of senders in no tab as one', async () => {
    const openFor = vi.fn<HandlerDeps['reference']['openFor']>(async () => undefined);
    const h = createHandlers({ ...envIn('en'), reference: { openFor } });
    await h.openReference({ code: 500 }, { extensionPage: true });
    await h.openReference({ code: 501 });
    expect(openFor.mock.calls).toEqual([
      [-1, '#500'],
      [-1, '#501'],
    ]);
  });
});

describe('tabStatus', () => {
  it("answers what the tab record knows of the tab's page, or null", async () => {
    const page = {
      url: 'https://example.com/',
      status: 404,
      redirects: [],
      failed: [],
      failedCount: 0,
    };
    const h = createHandlers({
      ...envIn('en'),
      pages: { get: (tabId) => (tabId === 7 ? page : undefined) },
    });
    expect(await h.tabStatus({ tabId: 7 })).toBe(page);
    expect(await h.tabStatus({ tabId: 8 })).toBeNull();
  });
});

describe('createHandlers over another list of codes', () => {
  const only404 = STATUS_CODES.filter((c) => c.code === 404);
  const small = createHandlers({
    ...envIn('en'),
    index: createSearchIndex(only404),
    codes: only404,
  });

  it('answers from that list only', async () => {
    expect((await small.getCodes({ codes: [404, 500] })).map((c) => c.code)).toEqual([404]);
    expect((await small.listCodes({})).map((c) => c.code)).toEqual([404]);
    expect((await small.search({ query: '4xx' })).hits.map((h) => h.code)).toEqual([404]);
  });

  it('drops hits whose code is not in the list', async () => {
    // The full index knows 500; this list does not.
    const mixed = createHandlers({ ...envIn('en'), codes: only404 });
    expect((await mixed.search({ query: '500' })).hits).toEqual([]);
  });
});
