/**
 * Firefox ESR (Debian's, over WebDriver BiDi through puppeteer-core; never downloaded) with the
 * Firefox build installed as a temporary add-on, beside a Firefox without it. The same three
 * pages as in Chromium, observed the same way (the probe's `CSS.highlights` counts, from
 * `DOMContentLoaded`). Firefox has no CPU profiler over BiDi, so our scripts' time is a proxy:
 * how much later the page's first script runs, and its `DOMContentLoaded` and `load` come, with
 * the add-on than with a copy of it whose content script is empty (Firefox's own injection is in
 * both), and than without it (docs/performance.md, _Round two_).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from '../e2e/harness/firefox.ts';
import { startServer } from '../e2e/harness/server.ts';
import { HIGHLIGHT_PREFIX } from '../utils/status-class.ts';
import { pageRoute } from './browsers.ts';
import { probeScript, type ProbeOptions, type ProbeResult } from './in-page/probe.ts';
import { OURS_CAP_MS } from './page-run.ts';
import type { PageName } from './pages.ts';

const PROBE: ProbeOptions = {
  prefix: HIGHLIGHT_PREFIX,
  quietMs: 1500,
  quietPolls: 30,
  capMs: OURS_CAP_MS,
  expectHighlights: true,
  settleMs: 1000,
};

/** One load of a page in Firefox with the add-on, times from `DOMContentLoaded`. */
export interface FirefoxPageRun {
  /** To the last change in the number of ranges (0 when all came before it); null: none. */
  readonly totalMs: number | null;
  /** To the first range inside the viewport (0 when it came earlier). */
  readonly firstViewportMs: number | null;
  /** How long before `DOMContentLoaded` the first range inside the viewport was seen. */
  readonly earlyMs: number;
  readonly timedOut: boolean;
  readonly ranges: number;
}

/** The plain article's load, from navigation start: its first script, DCL and load. */
export interface LoadTimes {
  readonly firstScript: number;
  readonly dcl: number;
  readonly load: number;
}

export interface FirefoxFigures {
  readonly version: string;
  readonly pages: readonly { readonly name: PageName; readonly runs: FirefoxPageRun[] }[];
  /** The page without codes: with the add-on, with its empty copy, without; alternately. */
  readonly startup: {
    readonly ours: LoadTimes[];
    readonly blank: LoadTimes[];
    readonly plain: LoadTimes[];
  };
}

/** The page's first script, first thing in its head: when it runs, our start-up is done. */
export const withFirstScript = (html: string): string =>
  html.replace('<head>', '<head><script>window.benchFirstScript = performance.now()</script>');

async function probeLoad(session: FirefoxSession, url: string): Promise<FirefoxPageRun> {
  const page = await session.browser.newPage();
  try {
    await page.setViewport({ width: 1280, height: 720 });
    await page.evaluateOnNewDocument(probeScript(PROBE));
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const r = await page.evaluate(
      () => (window as { benchProbe?: { finished: Promise<ProbeResult> } }).benchProbe?.finished,
    );
    if (!r) throw new Error(`no probe in ${url}`);
    return {
      totalMs: r.lastChange === null ? null : Math.max(0, r.lastChange - r.dcl),
      firstViewportMs: r.firstViewport === null ? null : Math.max(0, r.firstViewport - r.dcl),
      earlyMs: r.firstViewport === null ? 0 : Math.max(0, r.dcl - r.firstViewport),
      timedOut: r.timedOut,
      ranges: r.ranges,
    };
  } finally {
    await page.close();
  }
}

async function loadTimes(page: Page, url: string): Promise<LoadTimes> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const first = (window as { benchFirstScript?: number }).benchFirstScript ?? Number.NaN;
    return { firstScript: first, dcl: nav.domContentLoadedEventStart, load: nav.loadEventStart };
  });
}

/** A copy of the add-on whose content scripts do nothing. */
function blankCopy(addon: string): string {
  const copy = `${addon}-blank`;
  rmSync(copy, { recursive: true, force: true });
  cpSync(addon, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
  };
  for (const file of manifest.content_scripts.flatMap((script) => script.js))
    writeFileSync(join(copy, file), '(function(){})();\n');
  return copy;
}

/** `runs` loads in a fresh tab of each browser, in turn. */
async function startupLoads(
  sessions: { ours: FirefoxSession; blank: FirefoxSession; plain: FirefoxSession },
  url: string,
  runs: number,
) {
  const times = { ours: [] as LoadTimes[], blank: [] as LoadTimes[], plain: [] as LoadTimes[] };
  for (let i = 0; i < runs; i++) {
    for (const [session, into] of [
      [sessions.ours, times.ours],
      [sessions.blank, times.blank],
      [sessions.plain, times.plain],
    ] as const) {
      const page = await session.browser.newPage();
      into.push(await loadTimes(page, url));
      await page.close();
    }
  }
  return times;
}

/**
 * Every page `runs` times with the add-on (interleaved as in Chromium), then the page without
 * codes `startupRuns` times in each browser.
 */
export async function firefoxFigures(o: {
  readonly addon: string;
  readonly pages: ReadonlyMap<PageName, string>;
  readonly plainPage: string;
  readonly runs: number;
  readonly startupRuns: number;
  readonly log: (line: string) => void;
}): Promise<FirefoxFigures> {
  const all = new Map<string, string>([...o.pages, ['start', withFirstScript(o.plainPage)]]);
  const server = await startServer([pageRoute(all)]);
  const ours = await launchFirefox(o.addon);
  const plain = await launchFirefox(null);
  try {
    const names = [...o.pages.keys()];
    const runs = new Map(names.map((n) => [n, [] as FirefoxPageRun[]]));
    for (let i = 1; i <= o.runs; i++) {
      for (const name of names) {
        o.log(`firefox run ${i}/${o.runs} · ${name}…`);
        runs.get(name)?.push(await probeLoad(ours, server.url(`/bench/${name}.html`)));
      }
    }
    o.log('firefox: start-up on a page without codes…');
    const blank = await launchFirefox(blankCopy(o.addon));
    const url = server.url('/bench/start.html');
    const startup = await startupLoads({ ours, blank, plain }, url, o.startupRuns).finally(() =>
      blank.close(),
    );
    return {
      version: await ours.browser.version(),
      pages: names.map((name) => ({ name, runs: runs.get(name) ?? [] })),
      startup,
    };
  } finally {
    await ours.close();
    await plain.close();
    await server.close();
  }
}
