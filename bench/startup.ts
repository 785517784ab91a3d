/**
 * What our scripts cost a page that has no status code, which is most pages, and the same page
 * with a single code (where the detector's tables are built and the page is painted).
 *
 * - compile: V8 compiling our scripts (`v8.compile` for their URLs, in a Chromium trace of the
 *   tab). It grows with the bundles' size: it is what the size target stands for.
 * - first run: their top levels (`v8.run`, same trace): module set-up, the settings' read sent.
 * - all: every sample of a CPU profile, in another load, whose stack holds a frame of ours,
 *   until 500 ms after `load`: the first run, the settings' answer, the reading of the page,
 *   timers and observers. (The trace cannot tell ours from the page's in promise jobs, and the
 *   profiler slows what it samples, hence two loads.) Compiling is not in it.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { ChromiumSession } from '../e2e/harness/chromium.ts';
import { isOurs, startProfiler } from './script-time.ts';

const SENTENCES = [
  'A guide to packing for a long walk in the hills, written from what went wrong on ours.',
  'Bring a light jacket even when the morning looks clear; the weather turns in an hour.',
  'Water matters more than food on the first day, and a map matters more than both.',
  'Most of the path follows an old railway line, so the climbs are gentle and long.',
  'We stopped at a farm that sells bread and cheese to walkers, and slept in a barn.',
  'The second morning began with fog, and the village below stayed hidden until noon.',
];

/**
 * An article with headings, links and a list, and no number a status could be; with `status`,
 * its second paragraph ends with one instead of its link.
 */
const article = (status: string) => {
  const paragraphs = Array.from({ length: 60 }, (_, i) => {
    const text = [0, 1, 2, 3, 4]
      .map((k) => SENTENCES[(i + k) % SENTENCES.length] as string)
      .join(' ');
    if (i === 1 && status) return `<p>${text} ${status}</p>`;
    if (i % 10 === 0) return `<h2>Part ${i / 10 + 1}</h2><p>${text}</p>`;
    if (i % 7 === 0) return `<ul><li>${text}</li><li><a href="#top">Back to the top</a></li></ul>`;
    return `<p>${text} <a href="#p${i}">Read on</a>.</p>`;
  });
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long walk</title></head>' +
    `<body><h1 id="top">A long walk</h1>${paragraphs.join('')}</body></html>`
  );
};

export const PLAIN_PAGE = article('');
export const STATUS_PAGE = article('The booking site answered 503 Service Unavailable all day.');

/** Milliseconds of our script on the page: two loads, one traced and one profiled. */
export interface StartupRun {
  readonly compile: number;
  readonly firstRun: number;
  readonly all: number;
}

export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly tid: number;
  /** Start, wall duration and thread (CPU) duration, in µs. */
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: {
    readonly data?: {
      readonly url?: string;
      readonly frame?: string;
      readonly isMainFrame?: boolean;
    };
    readonly fileName?: string;
  };
}

/** The trace of what `during` does in the page, from the given categories. */
async function traced(
  cdp: CDPSession,
  during: () => Promise<void>,
  categories: readonly string[] = ['v8'],
): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: [...categories] },
    transferMode: 'ReportEvents',
  });
  await during();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

const load = async (page: Page, url: string) => {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
};

/** Milliseconds of trace events, wall time. */
const sum = (list: TraceEvent[]) => list.reduce((t, e) => t + (e.dur ?? 0) / 1000, 0);

/**
 * Compile and first run of our scripts, from a trace of one load, summed over its frames;
 * `runs`: how many times a script of ours ran (once per frame).
 */
export async function ourScriptEvents(session: ChromiumSession, url: string) {
  const events = await tracedLoad(session.context, url);
  const ours = (name: string, where: (e: TraceEvent) => string | undefined) =>
    events.filter((e) => e.ph === 'X' && e.name === name && isOurs(where(e)));
  const runs = ours('v8.run', (e) => e.args?.fileName);
  if (runs.length === 0) throw new Error(`the content script did not run on ${url}`);
  const compile = sum(ours('v8.compile', (e) => e.args?.data?.url));
  return { compile, firstRun: sum(runs), runs: runs.length };
}

/** A trace of one load of `url` in a fresh tab, from the given categories. */
export async function tracedLoad(
  context: BrowserContext,
  url: string,
  categories?: readonly string[],
): Promise<TraceEvent[]> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    return await traced(cdp, () => load(page, url), categories);
  } finally {
    await cdp.detach();
    await page.close();
  }
}

/** All of our scripts' samples in a profile of one load. */
async function profiledLoad(session: ChromiumSession, url: string): Promise<number> {
  const page = await session.context.newPage();
  try {
    const profiler = await startProfiler(session.context, page);
    await load(page, url);
    return (await profiler.stop()).total;
  } finally {
    await page.close();
  }
}

/** `runs` times: a traced load and a profiled one, each in a fresh tab. */
export async function startupTimes(
  session: ChromiumSession,
  url: string,
  runs: number,
): Promise<StartupRun[]> {
  const results: StartupRun[] = [];
  for (let i = 0; i < runs; i++) {
    const { compile, firstRun } = await ourScriptEvents(session, url);
    results.push({ compile, firstRun, all: await profiledLoad(session, url) });
  }
  return results;
}
