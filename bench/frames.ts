/**
 * A page with 30 cross-origin iframes (`pages/frames.ts`): what `all_frames` costs. The article
 * comes from one port of 127.0.0.1 and its frames from three others (cross-origin, same site, so
 * Chromium keeps them in the article's renderer and one CPU profile sees every frame).
 *
 * - our time across all frames: every profile sample with a frame of our script on its stack,
 *   from navigation to 500 ms after `load` (as `startup.ts` does for one page), plus compiling;
 * - per frame, from a trace of another load: how many frames ran our script, and its compile and
 *   first run in each (a frame after the first finds the script in V8's compilation cache);
 * - per frame, from a trace of a third load: our script's own main-thread time in that frame
 *   before its `load` event, in thread time (`oursBeforeLoads`): what our script put on the
 *   frame's own way to its load, which the target is judged on;
 * - each frame's load (its `load` event, on the article's clock) and the article's own `load`,
 *   with the extension, with highlighting switched off in the same browser, and in the plain
 *   browser, one after the other: two browsers differ by tens of milliseconds from load to
 *   load, so our reading's share is judged within one browser. Printed beside the above; it
 *   cannot resolve a few milliseconds (an A/A run of builds that run nothing moves by 33 ms).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { changeSettings } from '../e2e/harness/chromium.ts';
import { startServer, type FixtureServer } from '../e2e/harness/server.ts';
import { HIGHLIGHT_PREFIX } from '../utils/status-class.ts';
import { pageRoute, type Browsers } from './browsers.ts';
import { FRAME_COUNT, framePage, framesArticle } from './pages/frames.ts';
import { startProfiler } from './script-time.ts';
import { oursBeforeLoads } from './frame-loads.ts';
import { ourScriptEvents, tracedLoad } from './startup.ts';

export interface FramesRun {
  /** All our scripts' samples in every frame, ms. */
  readonly all: number;
  /** Compile and first run summed over the frames, ms, and how many frames ran the script. */
  readonly compile: number;
  readonly firstRun: number;
  readonly injected: number;
  /** Frames whose document has our highlights, and the ranges in all. */
  readonly framesWithCodes: number;
  readonly ranges: number;
  /** Our main-thread time in each frame before its load (ms, by frame index), and the article's. */
  readonly oursBeforeLoad: { readonly frames: number[]; readonly article: number };
  /**
   * Each frame's load (ms on the article's clock) and the article's: with the extension, with
   * it but highlighting switched off (the same browser: the script starts, reads its settings
   * and stops), and in the plain browser.
   */
  readonly frameLoads: {
    readonly ours: number[];
    readonly off: number[];
    readonly plain: number[];
  };
  readonly pageLoad: { readonly ours: number; readonly off: number; readonly plain: number };
}

/** The article's server and its frames' three; every one on 127.0.0.1. */
async function frameServers(): Promise<{ url: string; close(): Promise<void> }> {
  const frames: FixtureServer[] = [];
  for (let s = 0; s < 3; s++) {
    const docs = new Map<string, string>();
    for (let i = s; i < FRAME_COUNT; i += 3) docs.set(`frame-${i}`, framePage(i));
    frames.push(await startServer([pageRoute(docs)]));
  }
  const html = framesArticle((i) => frames[i % 3]?.url(`/bench/frame-${i}.html`) ?? '');
  const article = await startServer([pageRoute(new Map([['frames', html]]))]);
  return {
    url: article.url('/bench/frames.html'),
    close: async () => {
      for (const server of [article, ...frames]) await server.close();
    },
  };
}

async function loadTimes(context: BrowserContext, url: string) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(() => ({
      frames: (window as unknown as { benchFrameLoads: number[] }).benchFrameLoads,
      load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
        .loadEventStart,
    }));
  } finally {
    await page.close();
  }
}

/** Our highlights in each frame's document (the page's world sees the registry). */
async function highlighted(page: Page, prefix: string): Promise<number[]> {
  const counts: number[] = [];
  for (const frame of page.frames().slice(1)) {
    counts.push(
      await frame.evaluate((p) => {
        let n = 0;
        for (const [name, h] of CSS.highlights) if (name.startsWith(p)) n += h.size;
        return n;
      }, prefix),
    );
  }
  return counts;
}

async function profiled(b: Browsers, url: string) {
  const page = await b.ours.context.newPage();
  try {
    const profiler = await startProfiler(b.ours.context, page);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const all = (await profiler.stop()).total;
    return { all, counts: await highlighted(page, HIGHLIGHT_PREFIX) };
  } finally {
    await page.close();
  }
}

/** `runs` times: a traced load, a profiled one, and a load in each browser for the timing. */
export async function framesTimes(b: Browsers, runs: number): Promise<FramesRun[]> {
  const servers = await frameServers();
  const results: FramesRun[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const trace = await ourScriptEvents(b.ours, servers.url);
      const oursBeforeLoad = oursBeforeLoads(
        await tracedLoad(b.ours.context, servers.url, ['v8', 'devtools.timeline']),
      );
      const { all, counts } = await profiled(b, servers.url);
      const ours = await loadTimes(b.ours.context, servers.url);
      await changeSettings(b.ours.worker, { highlight: false });
      const off = await loadTimes(b.ours.context, servers.url);
      await changeSettings(b.ours.worker, { highlight: undefined });
      const plain = await loadTimes(b.plain, servers.url);
      results.push({
        all,
        compile: trace.compile,
        firstRun: trace.firstRun,
        injected: trace.runs,
        framesWithCodes: counts.filter((n) => n > 0).length,
        ranges: counts.reduce((a, n) => a + n, 0),
        oursBeforeLoad,
        frameLoads: { ours: ours.frames, off: off.frames, plain: plain.frames },
        pageLoad: { ours: ours.load, off: off.load, plain: plain.load },
      });
    }
  } finally {
    // Not awaited: a server closes once the browsers let go of their idle connections.
    void servers.close();
  }
  return results;
}
