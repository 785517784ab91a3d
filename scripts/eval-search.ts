/** `npm run -s eval:search -- FILE`: search relevance on a query file; last line is the summary. */
import { readFileSync } from 'node:fs';
import { STATUS_CODES } from '../data/index.ts';
import { createSearchIndex } from '../utils/search.ts';
import { evaluateSearch, formatReport, type EvalQuery } from '../utils/search-eval.ts';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: npm run -s eval:search -- FILE\n');
  process.exit(2);
}
const { queries } = JSON.parse(readFileSync(file, 'utf8')) as { queries: EvalQuery[] };
process.stdout.write(`${formatReport(evaluateSearch(createSearchIndex(STATUS_CODES), queries))}\n`);
