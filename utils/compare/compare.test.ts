import { describe, expect, it } from 'vitest';
import type { Comparison, ComparisonRow } from '../../data/guide/types.ts';
import { getStatusCode } from '../../data/index.ts';
import type { StatusCode } from '../../data/types.ts';
import {
  codesOfHash,
  comparisonHash,
  comparisonsWith,
  compareColumns,
  faultByClass,
  findComparison,
} from './compare.ts';

const row = (code: number, extra: Partial<ComparisonRow> = {}): ComparisonRow => ({
  code,
  fault: faultByClass(code),
  senders: ['app'],
  en: { meaning: `m${code}`, useWhen: `u${code}` },
  ko: { meaning: `뜻${code}`, useWhen: `때${code}` },
  ...extra,
});
const comparison = (...rows: ComparisonRow[]): Comparison => ({
  id: rows.map((r) => r.code).join('-'),
  rows: rows as unknown as Comparison['rows'],
  en: { title: 't', summary: 's' },
  ko: { title: '제목', summary: '요약' },
  sources: [{ title: 'RFC 9110', url: 'https://www.rfc-editor.org/rfc/rfc9110' }],
});
const AUTH = comparison(row(401), row(403), row(404));
const GONE = comparison(row(404), row(410));
const CLOSED = comparison(row(499, { vendor: 'nginx', fault: 'client-gone' }), row(408), row(504));
const ALL = [AUTH, GONE, CLOSED];
const entries = new Map(
  [401, 403, 404, 410, 408, 499, 504].map((c) => [c, getStatusCode(c) as StatusCode]),
);

describe('finding the written comparison', () => {
  it.each([
    [[401, 403], '401-403-404'],
    [[403, 401], '401-403-404'],
    [[404, 410], '404-410'],
    [[410, 404], '404-410'],
    [[404], '404-410'],
    [[499, 504], '499-408-504'],
    [[401, 410], undefined],
    [[200, 201], undefined],
  ])('%j → %s', (codes, id) => {
    expect(findComparison(codes, ALL)?.id).toBe(id);
  });

  it('a code is confused with the codes of every comparison it is in', () => {
    expect(comparisonsWith(404, ALL).map((c) => c.id)).toEqual(['401-403-404', '404-410']);
    expect(comparisonsWith(200, ALL)).toEqual([]);
  });
});

describe('the fragment of a comparison', () => {
  it.each([
    ['compare-401-403', [401, 403]],
    ['compare-301-302-303-307-308', [301, 302, 303, 307, 308]],
    ['compare-401', undefined],
    ['compare-401-403-404-405-406-407', undefined],
    ['compare-40-403', undefined],
    ['404', undefined],
  ])('%s → %j', (hash, codes) => {
    expect(codesOfHash(hash)).toEqual(codes);
  });

  it('round-trips', () => {
    expect(codesOfHash(comparisonHash([502, 503, 504]))).toEqual([502, 503, 504]);
  });
});

describe('the columns of a side-by-side', () => {
  it('a written comparison gives its rows in its order, in the language asked', () => {
    const columns = compareColumns([403, 401], AUTH, entries, 'ko');
    expect(columns.map((c) => c.code)).toEqual([401, 403, 404]);
    expect(columns[0]?.text).toEqual({ meaning: '뜻401', useWhen: '때401' });
    expect(columns[0]?.meaning.phrase).toBe('Unauthorized');
  });

  it("a vendor's row compares that vendor's meaning", () => {
    const [first] = compareColumns([499], CLOSED, entries, 'en');
    expect(first?.meaning.vendor).toBe('nginx');
    expect(first?.fault).toBe('client-gone');
  });

  it('codes no comparison covers are put side by side from their entries, fault by class', () => {
    const columns = compareColumns([410, 401, 999], undefined, entries, 'en');
    expect(columns.map((c) => [c.code, c.fault, c.text])).toEqual([
      [410, 'client', undefined],
      [401, 'client', undefined],
    ]);
  });

  it.each([
    [101, 'none'],
    [204, 'none'],
    [308, 'none'],
    [418, 'client'],
    [503, 'server'],
  ])('fault of %i by class is %s', (code, fault) => {
    expect(faultByClass(code)).toBe(fault);
  });
});
