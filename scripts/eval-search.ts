/**
 * `npm run -s eval:search [-- FILE ...]`: search relevance on query files, each reported
 * with its summary as the last line. Without files: our own sets in eval/ and, where it is
 * present, the shared dev corpus.
 */
import { existsSync } from 'node:fs';
import { STATUS_CODES } from '../data/index.ts';
import { createSearchIndex } from '../utils/search/search.ts';
import {
  evaluateSearch,
  formatReport,
  QUERY_SETS,
  querySetUrl,
  readQueries,
} from './search/eval.ts';

// Files given on the command line are read from where it runs; our sets from the project.
const given = process.argv.slice(2);
const sets: (readonly [string, string | URL])[] =
  given.length > 0
    ? given.map((file) => [file, file] as const)
    : QUERY_SETS.map((s) => [s.file, querySetUrl(s.file)] as const).filter(([, url]) =>
        existsSync(url),
      );
const index = createSearchIndex(STATUS_CODES);
for (const [label, source] of sets) {
  if (sets.length > 1) process.stdout.write(`# ${label}\n`);
  const report = evaluateSearch(index, readQueries(source), STATUS_CODES);
  process.stdout.write(`${formatReport(report)}\n`);
}
