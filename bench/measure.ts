/**
 * One run on one page, in two fresh tabs. In the plain browser: the page alone (its own long
 * tasks and heap), then the floor pass, then the peer (mark.js), which changes the DOM and so
 * comes last. In the browser with the extension: ours, the real content script.
 */
import { longest, spansOfOurs } from './attribution.ts';
import { heapAfterGc, probePage, type Browsers } from './browsers.ts';
import { startProfiler, type Profiler } from './script-time.ts';
import {
  floorPass,
  jumpPass,
  pageShape,
  peerPass,
  type JumpResult,
  type PageShape,
  type ProbeOptions,
} from './probe.ts';

export const HIGHLIGHT_PREFIX = 'http-status';
/** Longer than any pause between two highlight changes of a working scan. */
const QUIET_MS = 1500;
const QUIET_POLLS = 30;
/** Ours gets this long after DOMContentLoaded; a slower run is reported as timed out. */
export const OURS_CAP_MS = 40_000;

const plainProbe: ProbeOptions = {
  prefix: HIGHLIGHT_PREFIX,
  quietMs: QUIET_MS,
  quietPolls: QUIET_POLLS,
  capMs: 60_000,
  expectHighlights: false,
  settleMs: 1000,
};
const oursProbe: ProbeOptions = { ...plainProbe, capMs: OURS_CAP_MS, expectHighlights: true };

export interface PageRun {
  readonly floorMs: number;
  readonly peerMs: number;
  /** DOMContentLoaded → last highlight change; null when nothing was painted. */
  readonly totalMs: number | null;
  readonly timedOut: boolean;
  /** DOMContentLoaded → first range inside the viewport registered (0 when it came earlier). */
  readonly firstViewportMs: number | null;
  /** How long before DOMContentLoaded the first range inside the viewport was seen (else 0). */
  readonly earlyMs: number;
  /** Longest long task (≥ 50 ms) of ours, the page's own subtracted; 0 when none. */
  readonly longestTaskMs: number;
  /** Same for long animation frames, which include the rendering our changes cause. */
  readonly longestFrameMs: number;
  /** The page's own longest task and frame after DOMContentLoaded (plain browser). */
  readonly pageTaskMs: number;
  readonly pageFrameMs: number;
  /** The longest stretch of our script without a break (CPU profile of a separate load). */
  readonly scriptMs: number;
  /** After the page settled: a jump to its middle and to its end, to highlights on screen. */
  readonly jumpMiddle: JumpResult;
  readonly jumpEnd: JumpResult;
  /** The plain page's first frame after the same jumps, and its longest task in them. */
  readonly pageJumpFrameMs: number;
  readonly pageJumpTaskMs: number;
  /** The plain page's first frame after DOMContentLoaded (its own layout comes first). */
  readonly pageFirstFrameMs: number | null;
  readonly heapJs: number;
  readonly heapDom: number;
  readonly ranges: number;
  readonly candidates: number;
  readonly peerMarks: number;
  readonly shape: PageShape;
}

const jumpTo = (target: 'middle' | 'end') => ({ prefix: HIGHLIGHT_PREFIX, target });

export async function measurePage(b: Browsers, name: string, markJs: string): Promise<PageRun> {
  const url = b.pageUrl(name);

  const alone = await probePage(b.plain, url, plainProbe);
  const pageHeap = await heapAfterGc(b.plain, alone.page);
  // The same jumps in the plain page: the frame and the long tasks the page itself costs.
  const pageJumps = [
    await alone.page.evaluate(jumpPass, { ...jumpTo('middle'), expectHighlights: false }),
    await alone.page.evaluate(jumpPass, { ...jumpTo('end'), expectHighlights: false }),
  ];
  await alone.page.evaluate(() => window.scrollTo(0, 0));
  const shape = await alone.page.evaluate(pageShape);
  const floor = await alone.page.evaluate(floorPass);
  await alone.page.addScriptTag({ content: markJs });
  const peer = await alone.page.evaluate(peerPass);
  await alone.page.close();

  const ours = await probePage(b.ours.context, url, oursProbe);
  const oursHeap = await heapAfterGc(b.ours.context, ours.page);
  const jumpMiddle = await ours.page.evaluate(jumpPass, {
    ...jumpTo('middle'),
    expectHighlights: true,
  });
  const jumpEnd = await ours.page.evaluate(jumpPass, { ...jumpTo('end'), expectHighlights: true });
  await ours.page.close();

  // Once more, profiled (the sampling slows the page, so nothing above is timed here): the
  // longest stretch of our script, at load and in the two jumps.
  let profiler: Profiler | undefined;
  const profiled = await probePage(b.ours.context, url, oursProbe, async (page) => {
    profiler = await startProfiler(b.ours.context, page);
  });
  await profiled.page.evaluate(jumpPass, { ...jumpTo('middle'), expectHighlights: true });
  await profiled.page.evaluate(jumpPass, { ...jumpTo('end'), expectHighlights: true });
  const scriptMs = (await profiler?.stop())?.longest ?? Number.NaN;
  await profiled.page.close();

  const r = ours.result;
  const until = r.lastChange ?? r.dcl + OURS_CAP_MS;
  const own = (pick: (p: typeof r) => typeof r.longTasks) =>
    longest(
      spansOfOurs(
        { spans: pick(r), dcl: r.dcl, until },
        { spans: pick(alone.result), dcl: alone.result.dcl },
      ),
    );
  const afterDcl = (spans: typeof r.longTasks, dcl: number) =>
    longest(spans.filter(([s, d]) => s + d > dcl).map(([, duration]) => ({ duration })));
  return {
    floorMs: floor.ms,
    peerMs: peer.ms,
    // Highlights painted while the page loads are already there at DOMContentLoaded: 0.
    totalMs: r.lastChange === null ? null : Math.max(0, r.lastChange - r.dcl),
    timedOut: r.timedOut,
    firstViewportMs: r.firstViewport === null ? null : Math.max(0, r.firstViewport - r.dcl),
    earlyMs: r.firstViewport === null ? 0 : Math.max(0, r.dcl - r.firstViewport),
    longestTaskMs: own((p) => p.longTasks),
    longestFrameMs: own((p) => p.longFrames),
    pageTaskMs: afterDcl(alone.result.longTasks, alone.result.dcl),
    pageFrameMs: afterDcl(alone.result.longFrames, alone.result.dcl),
    scriptMs,
    jumpMiddle,
    jumpEnd,
    pageJumpFrameMs: Math.max(...pageJumps.map((j) => j.frameMs ?? 0)),
    pageJumpTaskMs: Math.max(...pageJumps.map((j) => j.longestTaskMs)),
    pageFirstFrameMs:
      alone.result.firstFrame === null ? null : alone.result.firstFrame - alone.result.dcl,
    heapJs: oursHeap.js - pageHeap.js,
    heapDom: oursHeap.dom - pageHeap.dom,
    ranges: r.ranges,
    candidates: floor.candidates,
    peerMarks: peer.marks,
    shape,
  };
}
