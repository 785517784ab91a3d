/** The issue's targets, each judged pass or FAIL with the figures it was judged on. */
import type { DetectorFigures } from '../node-figures.ts';
import type { PageName } from '../pages.ts';
import { kb, ms, ratio, summarize } from '../stats.ts';
import { atLeast, type PageFigures } from './page-figures.ts';
import type { Results } from './results.ts';

export const TARGETS = {
  oursPerPeer: 0.1,
  firstViewportMs: 50,
  oursPerFloor: 3,
  floorPages: ['log', 'prose'] as readonly PageName[],
  longestTaskMs: 50,
  contentBytes: 45_000,
  segmentMs: 10,
  popupMs: 150,
  queryP95Ms: 2,
};

export interface Check {
  readonly label: string;
  readonly ok: boolean;
  readonly detail: string;
}

interface PerPage {
  readonly label: string;
  /** How the target reads: `≤ 0.1`, `≤ 50 ms`. */
  readonly limit: string;
  readonly max: number;
  readonly value: (p: PageFigures) => number;
  readonly format: (v: number, p: PageFigures) => string;
  readonly only?: readonly PageName[];
}

/** A missing figure (nothing painted in any run) fails its target. */
const within = (value: number, limit: number) => Number.isFinite(value) && value <= limit;

export const boundRatio = (v: number, p: PageFigures): string => atLeast(p) + ratio(v);

/** The hostile segment the detector took longest over. */
export const worstSegment = (d: DetectorFigures): DetectorFigures['segments'][number] =>
  d.segments.reduce((a, b) => (b.time.median > a.time.median ? b : a));

function perPage(pages: readonly PageFigures[], c: PerPage): Check {
  const judged = pages.filter((p) => !c.only || c.only.includes(p.name));
  const failed = judged.filter((p) => !within(c.value(p), c.max));
  return {
    label: c.label,
    ok: judged.length > 0 && failed.length === 0,
    detail: `${judged.map((p) => `${p.name} ${c.format(c.value(p), p)}`).join(', ')} (target ${c.limit})`,
  };
}

const PER_PAGE: readonly PerPage[] = [
  {
    label: 'ours ≤ 0.1 × peer',
    limit: '≤ 0.1',
    max: TARGETS.oursPerPeer,
    value: (p) => p.total.median / p.peer.median,
    format: boundRatio,
  },
  {
    label: 'first viewport ≤ 50 ms',
    limit: '≤ 50 ms',
    max: TARGETS.firstViewportMs,
    value: (p) => p.firstViewport.median,
    format: (v, p) =>
      `${ms(v)} ms` +
      (v > TARGETS.firstViewportMs
        ? ` (the page's own first frame after DCL: ${ms(p.pageFirstFrame.median)} ms)`
        : ''),
  },
  // Not one of the issue's targets: ours, for a design that reads as the reader moves.
  // Highlights are due with the text they mark: in the first frame after the jump, or within 50 ms.
  {
    label: 'after a jump: in its first frame, or ≤ 50 ms',
    limit: 'first frame, or ≤ 50 ms',
    max: 0,
    value: (p) =>
      p.jumpsInFirstFrame === p.jumps
        ? 0
        : Math.max(p.jumpMiddle.median, p.jumpEnd.median) - TARGETS.firstViewportMs,
    format: (_, p) =>
      `${ms(Math.max(p.jumpMiddle.median, p.jumpEnd.median))} ms, ${p.jumpsInFirstFrame}/${p.jumps} in the first frame`,
  },
  {
    label: 'total ≤ 3 × floor',
    limit: '≤ 3',
    max: TARGETS.oursPerFloor,
    value: (p) => p.total.median / p.floor.median,
    format: boundRatio,
    only: TARGETS.floorPages,
  },
  {
    label: 'no task of ours > 50 ms',
    limit: '≤ 50 ms',
    max: TARGETS.longestTaskMs,
    // Our script's longest stretch, measured, not the elimination of the page's long tasks
    // (which cannot tell whose a task is when ours runs inside the page's).
    value: (p) => p.script.max,
    format: (v) => `${ms(v)} ms (worst run)`,
  },
];

/** The targets on the bundle, the popup, the detector and search. */
function otherChecks(r: Results): Check[] {
  const segment = worstSegment(r.detector);
  const popup = r.popup && summarize(r.popup.firstOption.asleep).median;
  return [
    {
      label: 'content script ≤ 45 KB (a guard; start-up is judged in time)',
      ok: r.bundle.content.bytes <= TARGETS.contentBytes,
      detail: `${kb(r.bundle.content.bytes)} minified`,
    },
    ...(popup === undefined
      ? []
      : [
          {
            label: 'popup empty state ≤ 150 ms (worker asleep)',
            ok: within(popup, TARGETS.popupMs),
            detail: `${ms(popup)} ms`,
          },
        ]),
    {
      label: 'a hostile 32 KB segment ≤ 10 ms',
      ok: segment.time.median <= TARGETS.segmentMs,
      detail: `${segment.name} ${ms(segment.time.median)} ms (median)`,
    },
    {
      label: 'query p95 ≤ 2 ms',
      ok: r.search.p95 <= TARGETS.queryP95Ms,
      detail: `${ms(r.search.p95)} ms`,
    },
  ];
}

export const checks = (pages: readonly PageFigures[], r: Results): Check[] => [
  ...(pages.length === 0 ? [] : PER_PAGE.map((c) => perPage(pages, c))),
  ...otherChecks(r),
];
