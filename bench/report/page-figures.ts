/** A page's runs summed up: the medians and spreads of the table and the targets. */
import type { PageRun } from '../page-run.ts';
import type { PageName } from '../pages.ts';
import { summarize, type Summary } from '../stats.ts';

export interface PageFigures {
  readonly name: PageName;
  readonly floor: Summary;
  readonly peer: Summary;
  readonly total: Summary;
  readonly firstViewport: Summary;
  /** Runs whose first highlights on screen came before DOMContentLoaded, and how much before. */
  readonly early: Summary;
  readonly longestTask: Summary;
  readonly longestFrame: Summary;
  readonly pageTask: Summary;
  readonly pageFrame: Summary;
  readonly heapJs: Summary;
  readonly heapDom: Summary;
  readonly jumpMiddle: Summary;
  readonly jumpEnd: Summary;
  readonly jumpTask: Summary;
  readonly jumpFrame: Summary;
  readonly pageJumpFrame: Summary;
  /** Jumps whose highlights were in their first frame, of all jumps. */
  readonly jumpsInFirstFrame: number;
  readonly script: Summary;
  readonly jumps: number;
  readonly pageJumpTask: Summary;
  readonly pageFirstFrame: Summary;
  /** Jumps that saw no highlight on screen within 5 s. */
  readonly jumpsMissed: number;
  readonly timedOut: number;
  /** The median total is a capped run's: the true figure is higher. */
  readonly lowerBound: boolean;
  readonly unpainted: number;
  /** Ranges painted by the most complete run. */
  readonly painted: number;
  readonly last: PageRun;
}

/**
 * The longest task of a run's jumps, unless the plain page's jumps had one of similar length
 * (within 25 % or 20 ms, as for the load): then it is the page's own rendering.
 */
function ourJumpTask(r: PageRun): number {
  const ours = Math.max(r.jumpMiddle.longestTaskMs, r.jumpEnd.longestTaskMs);
  const page = r.pageJumpTaskMs;
  return page > 0 && Math.abs(ours - page) <= Math.max(0.25 * page, 20) ? 0 : ours;
}

export function figures(name: PageName, runs: readonly PageRun[]): PageFigures {
  const of = (pick: (r: PageRun) => number | null) =>
    summarize(runs.map(pick).filter((v): v is number => v !== null));
  return {
    name,
    floor: of((r) => r.floorMs),
    peer: of((r) => r.peerMs),
    total: of((r) => r.totalMs),
    firstViewport: of((r) => r.firstViewportMs),
    early: of((r) => (r.earlyMs > 0 ? r.earlyMs : null)),
    longestTask: of((r) => r.longestTaskMs),
    longestFrame: of((r) => r.longestFrameMs),
    pageTask: of((r) => r.pageTaskMs),
    pageFrame: of((r) => r.pageFrameMs),
    heapJs: of((r) => r.heapJs),
    heapDom: of((r) => r.heapDom),
    jumpMiddle: of((r) => r.jumpMiddle.ms),
    jumpEnd: of((r) => r.jumpEnd.ms),
    jumpTask: of((r) => ourJumpTask(r)),
    pageJumpFrame: of((r) => r.pageJumpFrameMs),
    jumpsInFirstFrame: runs.flatMap((r) => [r.jumpMiddle, r.jumpEnd]).filter((j) => j.inFirstFrame)
      .length,
    jumps: runs.length * 2,
    script: of((r) => r.scriptMs),
    pageJumpTask: of((r) => r.pageJumpTaskMs),
    pageFirstFrame: of((r) => r.pageFirstFrameMs),
    jumpFrame: of((r) =>
      r.jumpMiddle.frameMs === null || r.jumpEnd.frameMs === null
        ? null
        : Math.max(r.jumpMiddle.frameMs, r.jumpEnd.frameMs),
    ),
    jumpsMissed: runs.filter((r) => r.jumpMiddle.ms === null || r.jumpEnd.ms === null).length,
    timedOut: runs.filter((r) => r.timedOut).length,
    lowerBound: runs.filter((r) => r.timedOut).length >= Math.ceil(runs.length / 2),
    unpainted: runs.filter((r) => r.totalMs === null || r.firstViewportMs === null).length,
    painted: Math.max(0, ...runs.map((r) => r.ranges)),
    last: runs[runs.length - 1] as PageRun,
  };
}

/** `≥` before a figure whose median run was capped: the true figure is higher. */
export const atLeast = (p: PageFigures): string => (p.lowerBound ? '≥' : '');
