/**
 * One run on one page, in fresh tabs. In the plain browser: the page alone (its own long
 * tasks and heap), then the floor pass, then the peer (mark.js), which changes the DOM and so
 * comes last. In the browser with the extension: ours, the real content script; then once
 * more under the profiler, for the longest stretch of our script.
 */
import type { Page } from 'playwright-core';
import { HIGHLIGHT_PREFIX } from '../utils/status-class.ts';
import { heapAfterGc, probePage, type Browsers } from './browsers.ts';
import { jumpScript, type JumpOptions, type JumpResult } from './in-page/jump.ts';
import type { ProbeOptions } from './in-page/probe.ts';
import { floorPass, pageShape, peerPass } from './in-page/references.ts';
import { OURS_CAP_MS, pageRun, type AloneLoad, type OursLoad, type PageRun } from './page-run.ts';
import { startProfiler, type Profiler } from './script-time.ts';

/** Longer than any pause between two highlight changes of a working scan. */
const QUIET_MS = 1500;
const QUIET_POLLS = 30;

const plainProbe: ProbeOptions = {
  prefix: HIGHLIGHT_PREFIX,
  quietMs: QUIET_MS,
  quietPolls: QUIET_POLLS,
  capMs: 60_000,
  expectHighlights: false,
  settleMs: 1000,
};
const oursProbe: ProbeOptions = { ...plainProbe, capMs: OURS_CAP_MS, expectHighlights: true };

const jump = (page: Page, target: JumpOptions['target'], expectHighlights: boolean) =>
  page.evaluate<JumpResult>(jumpScript({ prefix: HIGHLIGHT_PREFIX, target, expectHighlights }));

async function measureAlone(b: Browsers, url: string, markJs: string): Promise<AloneLoad> {
  const { page, result: probe } = await probePage(b.plain, url, plainProbe);
  const heap = await heapAfterGc(b.plain, page);
  // The same jumps in the plain page: the frame and the long tasks the page itself costs.
  const jumps = [await jump(page, 'middle', false), await jump(page, 'end', false)];
  await page.evaluate(() => window.scrollTo(0, 0));
  const shape = await page.evaluate(pageShape);
  const floor = await page.evaluate(floorPass);
  await page.addScriptTag({ content: markJs });
  const peer = await page.evaluate(peerPass);
  await page.close();
  return { probe, heap, jumps, shape, floor, peer };
}

async function measureOurs(b: Browsers, url: string): Promise<OursLoad> {
  const { page, result: probe } = await probePage(b.ours.context, url, oursProbe);
  const heap = await heapAfterGc(b.ours.context, page);
  const jumpMiddle = await jump(page, 'middle', true);
  const jumpEnd = await jump(page, 'end', true);
  await page.close();
  return { probe, heap, jumpMiddle, jumpEnd };
}

/**
 * Once more, profiled (the sampling slows the page, so nothing else is timed here): the
 * longest stretch of our script, at load and in the two jumps.
 */
async function longestScriptMs(b: Browsers, url: string): Promise<number> {
  let profiler: Profiler | undefined;
  const { page } = await probePage(b.ours.context, url, oursProbe, async (p) => {
    profiler = await startProfiler(b.ours.context, p);
  });
  await jump(page, 'middle', true);
  await jump(page, 'end', true);
  const scriptMs = (await profiler?.stop())?.longest ?? Number.NaN;
  await page.close();
  return scriptMs;
}

export async function measurePage(b: Browsers, name: string, markJs: string): Promise<PageRun> {
  const url = b.pageUrl(name);
  const alone = await measureAlone(b, url, markJs);
  const ours = await measureOurs(b, url);
  return pageRun(alone, ours, await longestScriptMs(b, url));
}
