import { describe, expect, it, vi } from 'vitest';
import { getStatusCode, STATUS_CODES } from '../../data/index.ts';
import { classOf } from '../status-class.ts';
import { createSearchIndex, type SearchHit } from './search.ts';

const index = createSearchIndex(STATUS_CODES);
const codesFor = (query: string, limit?: number): number[] =>
  index.search(query, limit).hits.map((h) => h.code);
const firstCode = (query: string): number | undefined => codesFor(query)[0];
/** The first two codes, in number order. */
const firstTwo = (query: string): number[] =>
  codesFor(query)
    .slice(0, 2)
    .sort((a, b) => a - b);
const isStandard = (hit: SearchHit): boolean =>
  getStatusCode(hit.code)?.meanings[hit.meaning]?.status !== 'non-standard';

describe('numbers', () => {
  it.each([
    ['404', 404],
    ['200', 200],
    ['418', 418],
    ['499', 499],
    ['HTTP 404', 404],
    ['HTTP/1.1 404', 404],
    ['http/2 503', 503],
    ['status 422', 422],
    ['status code 404', 404],
    ['404 error', 404],
    ['404 not found', 404],
    ['404 에러', 404],
    ['404에러', 404],
    ['상태 코드 404', 404],
    ['４０４', 404],
  ])('%j → %i, and only that number', (input, expected) => {
    const actual = codesFor(input);
    expect(actual[0]).toBe(expected);
    expect(new Set(actual)).toEqual(new Set([expected]));
  });

  it('an exact number scores 1', () => {
    expect(index.search('404').hits).toEqual([{ code: 404, meaning: 0, score: 1 }]);
  });

  it('a number with several meanings lists the standard meaning first (451)', () => {
    const actual = index.search('451').hits;
    expect(actual.map((h) => [h.code, h.meaning])).toEqual([
      [451, 0],
      [451, 1],
    ]);
  });
});

describe('prefixes', () => {
  it('40 → 400 to 409, in order', () => {
    expect(codesFor('40', 10)).toEqual([400, 401, 402, 403, 404, 405, 406, 407, 408, 409]);
  });

  it.each([
    ['41', 410],
    ['50', 500],
    ['2', 200],
    ['52', 520],
  ])('%j starts with %i', (input, expected) => {
    expect(firstCode(input)).toBe(expected);
  });

  it('5 → only 5xx, every standard code before any vendor code, each group in number order', () => {
    const hits = index.search('5', 200).hits;
    expect(hits.every((h) => classOf(h.code) === 5)).toBe(true);
    const standard = hits.filter(isStandard).map((h) => h.code);
    const vendor = hits.filter((h) => !isStandard(h)).map((h) => h.code);
    expect(standard.length).toBeGreaterThan(5);
    expect(vendor.length).toBeGreaterThan(5);
    expect(hits.map((h) => h.code)).toEqual([...standard, ...vendor]);
    expect(standard).toEqual([...standard].sort((a, b) => a - b));
    expect(vendor).toEqual([...vendor].sort((a, b) => a - b));
  });

  it('a prefix matches numbers by their start only', () => {
    expect(codesFor('04', 200)).toEqual([]);
  });
});

describe('classes', () => {
  it.each([
    ['4xx', 4],
    ['4XX', 4],
    ['4**', 4],
    ['5xx errors', 5],
    ['4xx 에러', 4],
    ['2xx', 2],
    ['1xx', 1],
    ['3xx', 3],
  ])('%j → every hit in %ixx, standard codes first', (input, digit) => {
    const hits = index.search(input, 200).hits;
    expect(hits.length).toBeGreaterThan(5);
    expect(hits.every((h) => classOf(h.code) === digit)).toBe(true);
    expect(hits[0]?.code).toBe(digit * 100);
    const firstVendor = hits.findIndex((h) => !isStandard(h));
    if (firstVendor >= 0) expect(hits.slice(firstVendor).every((h) => !isStandard(h))).toBe(true);
  });
});

describe('classes by name', () => {
  it.each([
    ['정보성', 1, 100],
    ['성공', 2, 200],
    ['성공 응답', 2, 200],
    ['리다이렉션', 3, 301],
    ['리디렉션', 3, 301],
    ['redirects', 3, 301],
    ['클라이언트 오류', 4, 400],
    ['클라이언트 에러', 4, 400],
    ['client errors', 4, 400],
    ['서버 오류', 5, 500],
    ['서버 에러 코드', 5, 500],
  ])('%j → every hit in %ixx, the codes people look up first (%i)', (input, digit, first) => {
    const result = index.search(input, 200);
    expect(result.parsed).toEqual({ kind: 'class', digit, named: true });
    expect(result.hits.every((h) => classOf(h.code) === digit)).toBe(true);
    expect(result.hits[0]?.code).toBe(first);
  });

  it('리다이렉션 → 301 and 302 first, then the other registered 3xx, every 3xx listed', () => {
    const codes = codesFor('리다이렉션', 200);
    expect(codes.slice(0, 2)).toEqual([301, 302]);
    for (const code of [300, 303, 304, 305, 306, 307, 308]) expect(codes).toContain(code);
  });

  it.each(['비표준', '비표준 코드', 'non-standard codes', '비공식'])(
    '%j → the non-standard meanings, and only them',
    (input) => {
      const result = index.search(input, 200);
      expect(result.parsed.kind).toBe('non-standard');
      expect(result.hits.length).toBeGreaterThan(20);
      expect(result.hits.every((h) => !isStandard(h))).toBe(true);
    },
  );
});

describe('Korean as developers type it', () => {
  it.each([
    // Spelling variants: 에러/오류, 엔티티/엔터티, 타임아웃/시간 초과, spacing.
    ['인증 에러', 401],
    ['처리할 수 없는 엔티티', 422],
    ['처리할 수 없는 엔터티', 422],
    ['요청 엔터티가 너무 큼', 413],
    ['사전조건 실패', 412],
    ['전제 조건 실패', 412],
    ['게이트웨이 타임아웃', 504],
    ['게이트웨이타임아웃', 504],
    ['요청한도 초과', 429],
    // Particles and verb endings.
    ['요청 한도를 초과했습니다', 429],
    ['요청한도 초과했습니다', 429],
    ['페이지를 찾을 수 없어요', 404],
    ['요청이 거부됨', 403],
    ['IP가 막혔어요', 403],
    // Everyday words and old names.
    ['요청 과다', 429],
    ['요청 횟수 초과', 429],
    ['인증 오류', 401],
    ['게이트웨이 오류', 502],
    ['불량 게이트웨이', 502],
    ['사전 조건 실패', 412],
    ['서버 다운', 503],
    ['너무 많은', 429],
  ])('%j → %i', (input, code) => {
    expect(firstCode(input)).toBe(code);
  });

  it("a query that names the registered code's situation never puts a vendor code first", () => {
    for (const q of ['요청 과다', '인증 오류', '게이트웨이 오류', '시간 초과', '원 서버']) {
      const first = index.search(q).hits[0];
      if (q === '원 서버') expect(first?.code, q).toBeGreaterThanOrEqual(520);
      else expect(first && isStandard(first), q).toBe(true);
    }
  });
});

describe('words', () => {
  it.each([
    // English names.
    ['not found', 404],
    ['Not Found', 404],
    ['bad gateway', 502],
    ["i'm a teapot", 418],
    ['teapot', 418],
    ['too many requests', 429],
    ['content too large', 413],
    // Former names.
    ['payload too large', 413],
    ['request entity too large', 413],
    ['moved temporarily', 302],
    ['unprocessable entity', 422],
    ['requested range not satisfiable', 416],
    ['request-uri too long', 414],
    // Korean names and parts of them.
    ['찾을 수 없음', 404],
    ['내부 서버 오류', 500],
    ['요청이 너무 많음', 429],
    ['너무 많은', 429],
    // Typos.
    ['unathorized', 401],
    ['interal server error', 500],
    ['gatway timeout', 504],
    ['forbiden', 403],
    ['teapto', 418],
    ['not fuond', 404],
    // 초성, with and without the spaces of the name.
    ['ㅅㄹㄷ', 202],
    ['ㅋㅌㅊ ㅇㅇ', 204],
    ['ㅋㅌㅊㅇㅇ', 204],
    ['ㅊㅇ ㅅ ㅇㅇ', 404],
    ['ㅊㅇㅅㅇㅇ', 404],
    // Typed in the wrong keyboard layout, both ways.
    ['tjdrhd', 200],
    ['ㅜㅐㅅ ㄹㅐㅕㅜㅇ', 404],
    ['ㅅㄷㅁㅔㅐㅅ', 418],
    ['cksdmf tn djqtdma', 404],
    ['ckwdmf tn djqtdma', 404],
    // Concepts people search for.
    ['rate limit', 429],
    ['permission denied', 403],
    ['login required', 401],
    ['maintenance', 503],
    ['captive portal', 511],
    ['websocket', 101],
    // Vendor codes.
    ['client closed request', 499],
    ['page expired', 419],
    ['enhance your calm', 420],
  ])('%j → %i first', (input, expected) => {
    expect(firstCode(input)).toBe(expected);
  });

  it('redirect → the first five are all 3xx', () => {
    const actual = codesFor('redirect').slice(0, 5);
    expect(actual).toHaveLength(5);
    for (const code of actual) expect(classOf(code)).toBe(3);
  });

  it('cloudflare → a Cloudflare 52x code first', () => {
    const actual = firstCode('cloudflare') ?? 0;
    expect(actual).toBeGreaterThanOrEqual(520);
    expect(actual).toBeLessThan(530);
  });

  it("csrf → the standard 403 and Laravel's 419 are the first two", () => {
    // 403 is what most frameworks send for a failed CSRF check; 419 is Laravel's own code.
    expect(firstTwo('csrf')).toEqual([403, 419]);
  });

  it.each([
    ['maintenance mode', 503],
    ['서비스 사용 불가', 503],
  ])('%j holds a word no text has → the text with the rest first (%i)', (input, expected) => {
    expect(firstCode(input)).toBe(expected);
  });

  it('cors error → the CORS codes, not every code named "error": a rare word counts more', () => {
    expect(firstTwo('cors error')).toEqual([204, 405]);
  });

  it('a text with only some of the words ranks below one with all of them', () => {
    const all = index.search('service unavailable').hits[0]?.score ?? 0;
    const some = index.search('service unavailable xyzzy').hits[0]?.score ?? 0;
    expect(some).toBeGreaterThan(0);
    expect(all).toBeGreaterThan(some);
  });

  it('a direct match outranks a keyboard-layout guess', () => {
    const direct = index.search('not found').hits[0]?.score ?? 0;
    const converted = index.search('ㅜㅐㅅ ㄹㅐㅕㅜㅇ').hits[0]?.score ?? 0;
    expect(direct).toBeGreaterThan(converted);
  });

  it('scores are between 0 and 1 and never increase down the list', () => {
    for (const query of ['not found', 'timeout', '너무 많은', 'tjdrhd', 'redirect']) {
      const scores = index.search(query, 200).hits.map((h) => h.score);
      expect(scores.length).toBeGreaterThan(0);
      for (const s of scores) expect(s).toBeGreaterThan(0);
      for (const s of scores) expect(s).toBeLessThanOrEqual(1);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });
});

describe('vendor meanings', () => {
  // Every query here reaches a number that has both a standard and a vendor meaning.
  it.each([
    '451',
    '45',
    '4xx',
    'early hints',
    'legal',
    'unavailable for legal reasons',
    'redirect',
    '103',
    '1',
  ])('%j: no vendor meaning of a number comes before its standard meaning', (input) => {
    const hits = index.search(input, 200).hits;
    const outranking = hits.filter(
      (hit, i) =>
        !isStandard(hit) && hits.findIndex((h) => h.code === hit.code && isStandard(h)) > i,
    );
    expect(hits.length).toBeGreaterThan(0);
    expect(outranking).toEqual([]);
  });

  it('early hints → the standard 103 before the vendor 103', () => {
    const actual = index.search('early hints').hits.filter((h) => h.code === 103);
    expect(actual.map((h) => h.meaning)).toEqual([0, 1]);
  });
});

describe('codes compared', () => {
  it.each([
    ['401 vs 403', [401, 403]],
    ['404 500', [404, 500]],
    ['302 307 차이점', [302, 307]],
    ['unauthorized vs forbidden', [401, 403]],
    ['401 vs forbidden', [401, 403]],
    ['bad gateway vs gateway timeout', [502, 504]],
    ['difference between not found and gone', [404, 410]],
    ['인증 필요 vs 접근 금지 차이', [401, 403]],
    ['요청이 너무 많음 vs 서비스를 사용할 수 없음', [429, 503]],
    ['찾을 수 없음 대 사라짐', [404, 410]],
    ['temporary redirect versus permanent redirect', [307, 308]],
  ])('%j → a comparison listing each code in the order asked', (input, codes) => {
    const actual = index.search(input, 200);
    expect(actual.parsed).toEqual({ kind: 'compare', codes });
    expect([...new Set(actual.hits.map((h) => h.code))]).toEqual(codes);
  });
});

describe('words around "vs" that do not each name a code are searched as words', () => {
  it.each([
    'http vs https',
    'vs code',
    'not found vs not found',
    'gateway vs',
    'a vs b vs c vs d vs e vs f',
  ])('%j', (input) => {
    expect(index.search(input).parsed.kind).not.toBe('compare');
  });
});

describe('nothing to show', () => {
  it.each(['zzzzqqq', 'qqqqqqqqqqqq', '1404', '4040 500', 'xyzzy plugh'])(
    '%j → no hits',
    (input) => {
      expect(index.search(input).hits).toEqual([]);
    },
  );

  it('999 is read as a code, and no code has that number', () => {
    const actual = index.search('999');
    expect(actual.parsed).toEqual({ kind: 'code', code: 999 });
    expect(actual.hits).toEqual([]);
  });

  it.each(['', '   '])('%j → empty, no hits', (input) => {
    expect(index.search(input)).toEqual({ parsed: { kind: 'empty' }, hits: [] });
  });
});

describe('limit', () => {
  it.each([
    ['4xx', 3],
    ['5', 1],
    ['not found', 2],
    ['timeout', 4],
  ])('%j with limit %i returns at most that many', (input, limit) => {
    expect(index.search(input, limit).hits.length).toBeLessThanOrEqual(limit);
    expect(index.search(input, limit).hits).toEqual(index.search(input, 200).hits.slice(0, limit));
  });

  it('defaults to 20', () => {
    expect(index.search('4').hits).toHaveLength(20);
  });
});

describe('building the text index', () => {
  const words = ['not found', '찾을 수 없음', 'unathorized', 'ㅊㅇㅅㅇㅇ', 'tjdrhd', 'gateway'];

  it('prepared in slices, it answers as one built at the first word query', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const prepared = createSearchIndex(STATUS_CODES);
      prepared.prepare();
      prepared.prepare();
      // Numbers and classes are answered before any of it is built.
      expect(prepared.search('404').hits).toEqual(index.search('404').hits);
      await vi.runAllTimersAsync();
      for (const q of words) expect(prepared.search(q)).toEqual(index.search(q));
    } finally {
      vi.useRealTimers();
    }
  });

  it('a word query while it is being prepared finishes the building at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const prepared = createSearchIndex(STATUS_CODES);
      prepared.prepare();
      await vi.advanceTimersToNextTimerAsync();
      for (const q of words) expect(prepared.search(q)).toEqual(index.search(q));
      await vi.runAllTimersAsync();
      for (const q of words) expect(prepared.search(q)).toEqual(index.search(q));
    } finally {
      vi.useRealTimers();
    }
  });
});

const readAs = (query: string) => {
  const { parsed } = index.search(query);
  return parsed.kind === 'text' ? parsed.readAs : undefined;
};

describe('how a word query was read', () => {
  it.each([
    ['tjdrhd', { kind: 'layout', text: '성공' }],
    // As the keys give it, not in the search's one spelling (오류).
    ['dpfj', { kind: 'layout', text: '에러' }],
    ['ㅜㅐㅅ ㄹㅐㅕㅜㅇ', { kind: 'layout', text: 'not found' }],
    ['cksdmf tn djqtdma', { kind: 'layout', text: '찾을 수 없음' }],
    ['unathorized', { kind: 'typo', text: 'unauthorized' }],
    ['not fuond', { kind: 'typo', text: 'not found' }],
  ])('%j is read as %j', (query, reading) => {
    expect(readAs(query)).toEqual(reading);
  });

  it.each([
    'not found',
    '찾을 수 없음',
    '요청 한도를 초과했습니다',
    'ㅊㅇㅅㅇㅇ',
    'maintenance mode',
  ])('%j is read as typed', (query) => {
    expect(index.search(query).hits.length).toBeGreaterThan(0);
    expect(readAs(query)).toBeUndefined();
  });

  it('three keys or fewer in the other layout need a strong match: zzz (ㅋㅋㅋ) finds nothing', () => {
    expect(codesFor('zzz')).toEqual([]);
    expect(codesFor('rkt')).toEqual([]);
    // Typed as it is meant, ㅋㅋㅋ is a 초성 query and keeps its answers.
    expect(codesFor('ㅋㅋㅋ').length).toBeGreaterThan(0);
    // A strong match survives: zz → ㅋㅋ, the 초성 of 쿠키 (431's cookies), said so.
    expect(firstCode('zz')).toBe(431);
    expect(readAs('zz')).toEqual({ kind: 'layout', text: 'ㅋㅋ' });
  });
});
