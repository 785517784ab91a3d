import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATUS_CODES } from '../data/index.ts';
import { createSearchIndex } from './search.ts';
import { evaluateSearch, formatReport, type EvalQuery } from './search-eval.ts';

const index = createSearchIndex(STATUS_CODES);

function report(url: URL) {
  const { queries } = JSON.parse(readFileSync(url, 'utf8')) as { queries: EvalQuery[] };
  return evaluateSearch(index, queries, STATUS_CODES);
}

// Our own sets (eval/) hold the floors of the Korean search issue: top-1 at least 97 %, every
// class query right. The shared dev corpus lives beside the project, not in it; skipped where
// it is absent, and held at 100 %.
const SETS = [
  {
    name: 'eval/search-ko.json',
    url: new URL('../eval/search-ko.json', import.meta.url),
    floor: 0.97,
  },
  {
    name: 'eval/search-en-situations.json',
    url: new URL('../eval/search-en-situations.json', import.meta.url),
    floor: 0.97,
  },
  // Written independently after the first sets were tuned on, to measure how the search
  // holds on text nobody tuned it for (docs/search.md); held at what it reaches now.
  {
    name: 'eval/search-ko-b.json',
    url: new URL('../eval/search-ko-b.json', import.meta.url),
    floor: 0.9,
  },
  {
    name: 'eval/search-ko-c.json',
    url: new URL('../eval/search-ko-c.json', import.meta.url),
    floor: 0.9,
  },
  {
    name: 'eval/search-en-situations-b.json',
    url: new URL('../eval/search-en-situations-b.json', import.meta.url),
    floor: 0.95,
  },
  {
    name: 'shared/corpus/search-dev.json',
    url: new URL('../../shared/corpus/search-dev.json', import.meta.url),
    floor: 1,
  },
];

describe.each(SETS)('search relevance on $name', ({ url, floor }) => {
  const present = existsSync(url);

  it.skipIf(!present)(
    `puts an expected code first for at least ${floor * 100}% of the queries`,
    () => {
      const actual = report(url);
      expect(actual.top1.total).toBeGreaterThan(0);
      expect(actual.top1.passed / actual.top1.total, formatReport(actual)).toBeGreaterThanOrEqual(
        floor,
      );
    },
  );

  it.skipIf(!present)('answers every class query with five codes of that class', () => {
    const actual = report(url);
    expect(actual.classes.total).toBeGreaterThan(0);
    expect(actual.classes.passed, formatReport(actual)).toBe(actual.classes.total);
  });
});

describe('evaluateSearch', () => {
  it('counts top-1 hits, class queries and the reciprocal rank, and lists failures', () => {
    const actual = evaluateSearch(
      index,
      [
        { q: '404', top1: [404] },
        // 401 comes second for `40`: reciprocal rank 1/2.
        { q: '40', top1: [401] },
        { q: 'zzzzqqq', top1: [200] },
        { q: '5xx', all_in_class: 5 },
        { q: '4xx', all_in_class: 5 },
        { q: '비표준', non_standard: true },
        { q: '4xx', non_standard: true },
      ],
      STATUS_CODES,
    );
    expect(actual.top1).toEqual({ passed: 1, total: 3 });
    expect(actual.classes).toEqual({ passed: 2, total: 4 });
    expect(actual.mrr).toBeCloseTo((1 + 1 / 2 + 0) / 3);
    expect(actual.failures).toHaveLength(4);
    expect(actual.failures.some((f) => f.includes('"4xx": expected non-standard'))).toBe(true);
    expect(actual.failures.some((f) => f.includes('"zzzzqqq"') && f.includes('nothing'))).toBe(
      true,
    );
  });

  it('the last line of the report is the summary the eval command prints', () => {
    const actual = formatReport(
      evaluateSearch(
        index,
        [
          { q: '404', top1: [404] },
          { q: '5xx', all_in_class: 5 },
        ],
        STATUS_CODES,
      ),
    );
    expect(actual.split('\n').at(-1)).toBe('search: top1 1/1 (100.0%) · class 1/1 · mrr 1.000');
  });
});
