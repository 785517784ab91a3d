import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATUS_CODES } from '../data/index.ts';
import { createSearchIndex } from './search.ts';
import { evaluateSearch, formatReport, type EvalQuery } from './search-eval.ts';

// The shared relevance corpus lives beside the project, not in it; skip where it is absent.
const CORPUS = new URL('../../shared/corpus/search-dev.json', import.meta.url);
const present = existsSync(CORPUS);

function report() {
  const { queries } = JSON.parse(readFileSync(CORPUS, 'utf8')) as { queries: EvalQuery[] };
  return evaluateSearch(createSearchIndex(STATUS_CODES), queries);
}

describe('search relevance on the shared dev corpus', () => {
  it.skipIf(!present)('puts an expected code first for at least 95% of the queries', () => {
    const actual = report();
    expect(actual.top1.total).toBeGreaterThan(0);
    expect(actual.top1.passed / actual.top1.total, formatReport(actual)).toBeGreaterThanOrEqual(
      0.95,
    );
  });

  it.skipIf(!present)('answers every class query with five codes of that class', () => {
    const actual = report();
    expect(actual.classes.total).toBeGreaterThan(0);
    expect(actual.classes.passed, formatReport(actual)).toBe(actual.classes.total);
  });
});

describe('evaluateSearch', () => {
  const index = createSearchIndex(STATUS_CODES);

  it('counts top-1 hits, class queries and the reciprocal rank, and lists failures', () => {
    const actual = evaluateSearch(index, [
      { q: '404', top1: [404] },
      // 401 comes second for `40`: reciprocal rank 1/2.
      { q: '40', top1: [401] },
      { q: 'zzzzqqq', top1: [200] },
      { q: '5xx', all_in_class: 5 },
      { q: '4xx', all_in_class: 5 },
    ]);
    expect(actual.top1).toEqual({ passed: 1, total: 3 });
    expect(actual.classes).toEqual({ passed: 1, total: 2 });
    expect(actual.mrr).toBeCloseTo((1 + 1 / 2 + 0) / 3);
    expect(actual.failures).toHaveLength(3);
    expect(actual.failures.some((f) => f.includes('"zzzzqqq"') && f.includes('nothing'))).toBe(
      true,
    );
  });

  it('the last line of the report is the summary the eval command prints', () => {
    const actual = formatReport(
      evaluateSearch(index, [
        { q: '404', top1: [404] },
        { q: '5xx', all_in_class: 5 },
      ]),
    );
    expect(actual.split('\n').at(-1)).toBe('search: top1 1/1 (100.0%) · class 1/1 · mrr 1.000');
  });
});
