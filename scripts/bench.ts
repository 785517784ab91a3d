/**
 * `npm run -s bench`: the extension's performance against the floor (a bare text walk) and a
 * peer (mark.js), in headless Chromium on the production build, all in one run so the ratios
 * hold on a noisy machine. Progress goes to stderr; the report to stdout, its last line the
 * summary. Exits 0 when targets are missed: the figures are the product.
 *
 * Options: --runs N (default 5) · --pages log,prose,spec · --no-build (measure .output as is) ·
 * --node-only (only the figures measured without a browser: search, detector, bundle).
 * docs/performance.md explains every figure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openBrowsers, type Browsers } from '../bench/browsers.ts';
import { prepareBuild } from '../bench/build.ts';
import { measurePage } from '../bench/measure.ts';
import { bundleFigures, detectorFigures, searchFigures } from '../bench/node-figures.ts';
import type { PageRun } from '../bench/page-run.ts';
import { generatePage, PAGE_NAMES, type PageName } from '../bench/pages.ts';
import { popupTimes } from '../bench/popup.ts';
import { formatReport } from '../bench/report.ts';
import { nodeFigures } from '../bench/report/lines.ts';
import { PLAIN_PAGE, STATUS_PAGE, startupTimes } from '../bench/startup.ts';
import { HOVER_PAGE, tooltipTimes } from '../bench/tooltip.ts';
import { querySetUrl, readQueries } from './search/eval.ts';

const USAGE =
  'usage: npm run -s bench -- [--runs N] [--pages log,prose,spec] [--no-build] [--node-only]\n';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    pages: { type: 'string', default: PAGE_NAMES.join(',') },
    'no-build': { type: 'boolean', default: false },
    'node-only': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const runs = Number(values.runs);
const names = values.pages
  .split(',')
  .filter((n): n is PageName => (PAGE_NAMES as readonly string[]).includes(n));
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (!Number.isInteger(runs) || runs < 1 || names.length === 0) {
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
log('the detector on hostile segments (Node)…');
const detector = detectorFigures();

/** Every page `runs` times, interleaved: run i of every page before run i + 1 of any, so drift hits all alike. */
async function pageRuns(browsers: Browsers, markJs: string): Promise<Map<PageName, PageRun[]>> {
  const results = new Map<PageName, PageRun[]>(names.map((n) => [n, []]));
  for (let i = 1; i <= runs; i++) {
    for (const name of names) {
      log(`run ${i}/${runs} · ${name}…`);
      results.get(name)?.push(await measurePage(browsers, name, markJs));
    }
  }
  return results;
}

async function browserReport(): Promise<string> {
  const pages = new Map(names.map((n) => [n, generatePage(n).html]));
  const markJs = readFileSync(
    new URL('../node_modules/mark.js/dist/mark.min.js', import.meta.url),
    'utf8',
  );
  const browsers = await openBrowsers(
    new Map([...pages, ['hover', HOVER_PAGE], ['plain', PLAIN_PAGE], ['status', STATUS_PAGE]]),
    build.dir,
  );
  try {
    log('popup…');
    const popup = await popupTimes(browsers.ours, runs);
    log('first tooltip…');
    const tooltip = await tooltipTimes(browsers.ours, browsers.pageUrl('hover'), runs);
    log('start-up on a page without codes, and with one…');
    // Three times the runs: a load takes a second, and a few milliseconds move with every GC.
    const startup = {
      plain: await startupTimes(browsers.ours, browsers.pageUrl('plain'), 3 * runs),
      status: await startupTimes(browsers.ours, browsers.pageUrl('status'), 3 * runs),
    };
    const results = await pageRuns(browsers, markJs);
    return formatReport({
      chromium: browsers.version,
      runs,
      pages: names.map((name) => ({ name, runs: results.get(name) ?? [] })),
      popup,
      tooltip,
      startup,
      search,
      detector,
      bundle,
    });
  } finally {
    await browsers.close();
  }
}

const report = values['node-only']
  ? nodeFigures({ search, detector, bundle }).join('\n')
  : await browserReport();
process.stdout.write(`${report}\n`);
log('done');
