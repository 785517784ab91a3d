import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATUS_CODES } from '../../data/index.ts';
import { QUERY_SETS, querySetUrl, readQueries } from '../../scripts/search/eval.ts';
import { listMeanings } from './listing.ts';
import { createSearchIndex } from './search.ts';
import { TextIndexBuilder } from './text-index.ts';
import { textIndexSnapshot } from './text-index-snapshot.ts';

// The worker restores the text index from the build's snapshot instead of building it: it must
// answer every query as the built one does, hit for hit and score for score.
describe('the text index restored from its snapshot', () => {
  const json = textIndexSnapshot();
  const built = createSearchIndex(STATUS_CODES);
  const restored = createSearchIndex(STATUS_CODES, () => json);
  const queries = [
    // Our sets, and the shared one where it is (not in a clone of the project alone).
    ...QUERY_SETS.map((set) => querySetUrl(set.file))
      .filter((url) => existsSync(url))
      .flatMap((url) => readQueries(url).map((q) => q.q)),
    // Typos, 초성, compact Korean, keyboard layout, punctuation inside a word.
    'unathorized',
    'teapto',
    'ㄱㅇㅇ ㅇㅂ',
    '요청한도',
    'dkswjd',
    'if-match',
    'too many',
  ];

  it.each(queries.map((q) => [q]))('%s', (query) => {
    expect(restored.search(query)).toEqual(built.search(query));
  });

  it('is data: an index restored from it gives the same snapshot back', () => {
    expect(queries.length).toBeGreaterThan(300);
    const again = new TextIndexBuilder(listMeanings(STATUS_CODES), () => json).snapshot();
    expect(JSON.parse(JSON.stringify(again))).toEqual(JSON.parse(json));
  });
});
