/**
 * The browser parts of a bench run, in order: Chromium (popup, tooltip, start-up, the frames
 * page, memory, then the three pages interleaved), then Firefox once Chromium is closed, so
 * the two never share the machine. `only` leaves parts out.
 */
import { readFileSync } from 'node:fs';
import { openBrowsers, type Browsers } from './browsers.ts';
import { firefoxFigures, type FirefoxFigures } from './firefox.ts';
import { framesTimes } from './frames.ts';
import { measurePage } from './measure.ts';
import { APP_PAGE, memoryRun } from './memory.ts';
import type { PageRun } from './page-run.ts';
import { generatePage, type PageName } from './pages.ts';
import { popupTimes } from './popup.ts';
import type { Results } from './report/results.ts';
import { PLAIN_PAGE, STATUS_PAGE, startupTimes } from './startup.ts';
import { HOVER_PAGE, tooltipTimes } from './tooltip.ts';

export const PARTS = [
  'pages',
  'popup',
  'tooltip',
  'startup',
  'frames',
  'memory',
  'firefox',
] as const;
export type Part = (typeof PARTS)[number];

export interface RunOptions {
  readonly runs: number;
  readonly names: readonly PageName[];
  readonly only: ReadonlySet<Part>;
  readonly chrome: string;
  /** The Firefox build, when Firefox is measured. */
  readonly firefox: string | undefined;
  readonly log: (line: string) => void;
}

type BrowserResults = Omit<Results, 'search' | 'detector' | 'bundle'>;

/** Every page `runs` times, interleaved: run i of every page before run i + 1 of any. */
async function pageRuns(b: Browsers, o: RunOptions): Promise<Map<PageName, PageRun[]>> {
  const markJs = readFileSync(
    new URL('../node_modules/mark.js/dist/mark.min.js', import.meta.url),
    'utf8',
  );
  const results = new Map<PageName, PageRun[]>(o.names.map((n) => [n, []]));
  for (let i = 1; i <= o.runs; i++) {
    for (const name of o.names) {
      o.log(`run ${i}/${o.runs} · ${name}…`);
      results.get(name)?.push(await measurePage(b, name, markJs));
    }
  }
  return results;
}

async function chromiumParts(o: RunOptions, pages: Map<string, string>) {
  const b = await openBrowsers(
    new Map([
      ...pages,
      ['hover', HOVER_PAGE],
      ['plain', PLAIN_PAGE],
      ['status', STATUS_PAGE],
      ['app', APP_PAGE],
    ]),
    o.chrome,
  );
  const want = (part: Part, what: string) => o.only.has(part) && (o.log(`${what}…`), true);
  try {
    const popup = want('popup', 'popup') ? await popupTimes(b.ours, o.runs) : undefined;
    const tooltip = want('tooltip', 'first tooltip')
      ? await tooltipTimes(b.ours, b.pageUrl('hover'), o.runs)
      : undefined;
    // Three times the runs: a load takes a second, and a few milliseconds move with every GC.
    const startup = want('startup', 'start-up on a page without codes, and with one')
      ? {
          plain: await startupTimes(b.ours, b.pageUrl('plain'), 3 * o.runs),
          status: await startupTimes(b.ours, b.pageUrl('status'), 3 * o.runs),
        }
      : undefined;
    const frames = want('frames', 'the article with 30 frames')
      ? await framesTimes(b, o.runs)
      : undefined;
    // Two runs at most: one takes over a minute, and heap figures move little between runs.
    const memory = want('memory', 'memory: the log scrolled, the app changed')
      ? [await memoryRun(b), ...(o.runs > 1 ? [await memoryRun(b)] : [])]
      : undefined;
    const results = o.only.has('pages') ? await pageRuns(b, o) : new Map<PageName, PageRun[]>();
    return {
      chromium: b.version,
      pages: [...results].map(([name, runs]) => ({ name, runs })),
      popup,
      tooltip,
      startup,
      frames,
      memory,
    };
  } finally {
    await b.close();
  }
}

export async function browserParts(o: RunOptions): Promise<BrowserResults> {
  const wanted = o.only.has('pages') || o.only.has('memory') || o.only.has('firefox');
  const pages = new Map<PageName, string>(
    wanted ? o.names.map((n) => [n, generatePage(n).html]) : [],
  );
  if (o.only.has('memory') && !pages.has('log')) pages.set('log', generatePage('log').html);
  const chromium = await chromiumParts(o, pages);
  let firefox: FirefoxFigures | undefined;
  if (o.only.has('firefox') && o.firefox) {
    firefox = await firefoxFigures({
      addon: o.firefox,
      pages: new Map(o.names.map((n) => [n, pages.get(n) ?? generatePage(n).html])),
      plainPage: PLAIN_PAGE,
      runs: o.runs,
      startupRuns: 3 * o.runs,
      log: o.log,
    });
  }
  return { ...chromium, runs: o.runs, firefox };
}
