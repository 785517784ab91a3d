/** What one run on one page yields (`measure.ts` takes it in three loads), and how it is derived. */
import { longest, spansOfOurs } from './attribution.ts';
import type { HeapUsage } from './browsers.ts';
import type { JumpResult } from './in-page/jump.ts';
import type { ProbeResult, Span } from './in-page/probe.ts';
import type { FloorResult, PageShape, PeerResult } from './in-page/references.ts';

/** Ours gets this long after DOMContentLoaded; a slower run is reported as timed out. */
export const OURS_CAP_MS = 40_000;

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

/** The page in the plain browser: its load, heap and jumps, then the floor and the peer. */
export interface AloneLoad {
  readonly probe: ProbeResult;
  readonly heap: HeapUsage;
  readonly jumps: readonly JumpResult[];
  readonly shape: PageShape;
  readonly floor: FloorResult;
  readonly peer: PeerResult;
}

/** The page in the browser with the extension: its load, heap and the two jumps. */
export interface OursLoad {
  readonly probe: ProbeResult;
  readonly heap: HeapUsage;
  readonly jumpMiddle: JumpResult;
  readonly jumpEnd: JumpResult;
}

const afterDcl = (spans: readonly Span[], dcl: number) =>
  longest(spans.filter(([s, d]) => s + d > dcl).map(([, duration]) => ({ duration })));

export function pageRun(alone: AloneLoad, ours: OursLoad, scriptMs: number): PageRun {
  const r = ours.probe;
  const page = alone.probe;
  const until = r.lastChange ?? r.dcl + OURS_CAP_MS;
  const own = (pick: (p: ProbeResult) => readonly Span[]) =>
    longest(
      spansOfOurs({ spans: pick(r), dcl: r.dcl, until }, { spans: pick(page), dcl: page.dcl }),
    );
  return {
    floorMs: alone.floor.ms,
    peerMs: alone.peer.ms,
    // Highlights painted while the page loads are already there at DOMContentLoaded: 0.
    totalMs: r.lastChange === null ? null : Math.max(0, r.lastChange - r.dcl),
    timedOut: r.timedOut,
    firstViewportMs: r.firstViewport === null ? null : Math.max(0, r.firstViewport - r.dcl),
    earlyMs: r.firstViewport === null ? 0 : Math.max(0, r.dcl - r.firstViewport),
    longestTaskMs: own((p) => p.longTasks),
    longestFrameMs: own((p) => p.longFrames),
    pageTaskMs: afterDcl(page.longTasks, page.dcl),
    pageFrameMs: afterDcl(page.longFrames, page.dcl),
    scriptMs,
    jumpMiddle: ours.jumpMiddle,
    jumpEnd: ours.jumpEnd,
    pageJumpFrameMs: Math.max(...alone.jumps.map((j) => j.frameMs ?? 0)),
    pageJumpTaskMs: Math.max(...alone.jumps.map((j) => j.longestTaskMs)),
    pageFirstFrameMs: page.firstFrame === null ? null : page.firstFrame - page.dcl,
    heapJs: ours.heap.js - alone.heap.js,
    heapDom: ours.heap.dom - alone.heap.dom,
    ranges: r.ranges,
    candidates: alone.floor.candidates,
    peerMarks: alone.peer.marks,
    shape: alone.shape,
  };
}
