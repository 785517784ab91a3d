/**
 * `npm run -s eval:search [-- FILE ...]`: search relevance on query files, each reported
 * with its summary as the last line. Without files: our own sets in eval/ and, where it is
 * present, the shared dev corpus.
 */
import { existsSync, readFileSync } from 'node:fs';
import { STATUS_CODES } from '../data/index.ts';
import { createSearchIndex } from '../utils/search.ts';
import { evaluateSearch, formatReport, type EvalQuery } from '../utils/search-eval.ts';

const DEFAULT_SETS = [
  'eval/search-ko.json',
  'eval/search-en-situations.json',
  'eval/search-ko-b.json',
  'eval/search-ko-c.json',
  'eval/search-en-situations-b.json',
  '../shared/corpus/search-dev.json',
];
const files = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_SETS.filter(existsSync);
const index = createSearchIndex(STATUS_CODES);
for (const file of files) {
  const { queries } = JSON.parse(readFileSync(file, 'utf8')) as { queries: EvalQuery[] };
  if (files.length > 1) process.stdout.write(`# ${file}\n`);
  process.stdout.write(`${formatReport(evaluateSearch(index, queries, STATUS_CODES))}\n`);
}
