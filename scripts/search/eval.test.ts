import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATUS_CODES } from '../../data/index.ts';
import { createSearchIndex } from '../../utils/search/search.ts';
import { evaluateSearch, formatReport, QUERY_SETS, querySetUrl, readQueries } from './eval.ts';

const index = createSearchIndex(STATUS_CODES);

const report = (url: URL) => evaluateSearch(index, readQueries(url), STATUS_CODES);

// Every set holds its floor (scripts/search/eval.ts) and answers every class query right; a set
// that is absent (the shared corpus on a fresh clone) is skipped.
const SETS = QUERY_SETS.map(({ file, floor }) => ({ name: file, url: querySetUrl(file), floor }));

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
