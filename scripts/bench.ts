/**
 * `npm run -s bench`: the extension's performance against the floor (a bare text walk) and a
 * peer (mark.js), in headless Chromium on the production build, all in one run so the ratios
 * hold on a noisy machine; then the Firefox build in Firefox ESR. Progress goes to stderr; the
 * report to stdout, its last line the summary. Exits 0 when targets are missed: the figures
 * are the product.
 *
 * Options: --runs N (default 5) · --pages log,prose,spec · --no-build (measure .output as is) ·
 * --only pages,popup,tooltip,startup,frames,memory,firefox (the browser parts to run) ·
 * --node-only (only the figures measured without a browser: search, detector, bundle).
 * docs/performance.md explains every figure.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { prepareBuild } from '../bench/build.ts';
import { bundleFigures, detectorFigures, searchFigures } from '../bench/node-figures.ts';
import { generatePage, PAGE_NAMES, type PageName } from '../bench/pages.ts';
import { formatReport } from '../bench/report.ts';
import { nodeFigures } from '../bench/report/lines.ts';
import { browserParts, PARTS, type Part } from '../bench/run.ts';
import { querySetUrl, readQueries } from './search/eval.ts';

const USAGE =
  'usage: npm run -s bench -- [--runs N] [--pages log,prose,spec] [--only pages,popup,tooltip,startup,frames,memory,firefox] [--no-build] [--node-only]\n';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    pages: { type: 'string', default: PAGE_NAMES.join(',') },
    only: { type: 'string', default: PARTS.join(',') },
    'no-build': { type: 'boolean', default: false },
    'node-only': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const runs = Number(values.runs);
const names = values.pages
  .split(',')
  .filter((n): n is PageName => (PAGE_NAMES as readonly string[]).includes(n));
const only = new Set(
  values.only.split(',').filter((p): p is Part => (PARTS as readonly string[]).includes(p)),
);
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (!Number.isInteger(runs) || runs < 1 || names.length === 0 || only.size === 0) {
  process.stderr.write(USAGE);
  process.exit(2);
}

const started = performance.now();
const log = (line: string) =>
  process.stderr.write(
    `[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`,
  );

const build = prepareBuild({ build: !values['no-build'] }, log);
log(`measuring ${build.built ? 'a fresh' : 'the existing'} build (copied to ${build.dir})`);
const firefox = only.has('firefox')
  ? prepareBuild({ build: !values['no-build'], browser: 'firefox' }, log).dir
  : undefined;

log('search and bundle figures (Node)…');
// The timed queries: the shared dev corpus and our first two sets (the figure in
// docs/search.md is on these).
const queries = [
  '../shared/corpus/search-dev.json',
  'eval/search-ko.json',
  'eval/search-en-situations.json',
]
  .map(querySetUrl)
  .filter((url) => existsSync(url))
  .flatMap((url) => readQueries(url));
const search = searchFigures(queries.map((q) => q.q));
const bundle = bundleFigures(build.dir);
log('the detector on hostile segments and the pages’ own (Node)…');
const detector = detectorFigures(new Map(names.map((n) => [n, generatePage(n).html])));

const report = values['node-only']
  ? nodeFigures({ search, detector, bundle }).join('\n')
  : formatReport({
      ...(await browserParts({ runs, names, only, chrome: build.dir, firefox, log })),
      search,
      detector,
      bundle,
    });
process.stdout.write(`${report}\n`);
log('done');
