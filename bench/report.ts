/** The bench's output: the page table, the other figures, the targets and the summary line. */
import type { PageRun } from './measure.ts';
import type { BundleFigures, DetectorFigures, SearchFigures } from './node-figures.ts';
import type { PageName } from './pages.ts';
import type { StartupRun } from './startup.ts';
import type { SleepTimes } from './worker.ts';
import { kb, mb, ms, ratio, spread, summarize, type Summary } from './stats.ts';

export interface Results {
  readonly chromium: string;
  readonly runs: number;
  readonly pages: readonly { readonly name: PageName; readonly runs: readonly PageRun[] }[];
  readonly popup: SleepTimes;
  readonly tooltip: SleepTimes;
  /** Loads of a page without codes, and of the same page with one. */
  readonly startup: {
    readonly plain: readonly StartupRun[];
    readonly status: readonly StartupRun[];
  };
  readonly search: SearchFigures;
  readonly detector: DetectorFigures;
  readonly bundle: BundleFigures;
}

/** The issue's targets. */
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

interface PageFigures {
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

function figures(name: PageName, runs: readonly PageRun[]): PageFigures {
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

const atLeast = (p: PageFigures) => (p.lowerBound ? '≥' : '');
/** Long tasks and frames are reported from 50 ms up: 0 means none. */
const longMs = (v: number) => (v === 0 ? '<50' : ms(v));
const signedMb = (bytes: number) => `${bytes >= 0 ? '+' : ''}${mb(bytes)}`;
const count = (n: number) => n.toLocaleString('en-US').replace(/,/g, ' ');
/** A missing figure (nothing painted in any run) fails its target. */
const within = (value: number, limit: number) => Number.isFinite(value) && value <= limit;

function table(pages: readonly PageFigures[]): string[] {
  const rows: [string, (p: PageFigures) => string][] = [
    [
      'page text · elements',
      (p) => `${mb(p.last.shape.textBytes)} · ${count(p.last.shape.elements)}`,
    ],
    [
      'candidates · painted · marks',
      (p) => `${count(p.last.candidates)} · ${count(p.painted)} · ${count(p.last.peerMarks)}`,
    ],
    ['floor: walk + regex (ms)', (p) => spread(p.floor)],
    ['peer: mark.js + layout (ms)', (p) => spread(p.peer)],
    [
      'ours: total from DCL (ms)',
      (p) => atLeast(p) + spread(p.total) + (p.timedOut > 0 ? ` ⚠ ${p.timedOut} capped` : ''),
    ],
    [
      'ours: first viewport (ms)',
      (p) =>
        spread(p.firstViewport) +
        (p.early.n > 0 ? ` · ${p.early.n}× ${spread(p.early)} before DCL` : '') +
        (p.unpainted > 0 ? ` ⚠${p.unpainted} none` : ''),
    ],
    ['ours: longest stretch of our script (ms)', (p) => spread(p.script)],
    ['ours: longest task, by elimination (ms)', (p) => spread(p.longestTask, longMs)],
    [
      'ours: jump to middle · end (ms)',
      (p) =>
        `${spread(p.jumpMiddle)} · ${spread(p.jumpEnd)}` +
        (p.jumpsMissed > 0 ? ` ⚠${p.jumpsMissed} none` : ''),
    ],
    ['  its first frame after a jump (ms)', (p) => spread(p.jumpFrame)],
    ['  jumps with highlights in that frame', (p) => `${p.jumpsInFirstFrame} of ${p.jumps}`],
    ['ours: longest task in jumps (ms)', (p) => spread(p.jumpTask, longMs)],
    ['ours: longest frame (ms)', (p) => spread(p.longestFrame, longMs)],
    ['ours: JS heap added', (p) => spread(p.heapJs, signedMb)],
    ['ours: DOM heap added', (p) => spread(p.heapDom, signedMb)],
    ['page alone: longest task (ms)', (p) => spread(p.pageTask, longMs)],
    ['page alone: longest frame (ms)', (p) => spread(p.pageFrame, longMs)],
    ['page alone: first frame after DCL (ms)', (p) => spread(p.pageFirstFrame)],
    [
      'page alone: jumps: first frame · longest task (ms)',
      (p) => `${spread(p.pageJumpFrame)} · ${spread(p.pageJumpTask, longMs)}`,
    ],
    ['ours / peer', (p) => atLeast(p) + ratio(p.total.median / p.peer.median)],
    ['ours / floor', (p) => atLeast(p) + ratio(p.total.median / p.floor.median)],
  ];
  const cells = rows.map(([label, cell]) => [label, ...pages.map(cell)]);
  const header = ['', ...pages.map((p) => p.name)];
  const widths = header.map((_, i) =>
    Math.max(...[header, ...cells].map((r) => (r[i] ?? '').length)),
  );
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), ...cells.map(line)];
}

interface Check {
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

function perPage(pages: readonly PageFigures[], c: PerPage): Check {
  const judged = pages.filter((p) => !c.only || c.only.includes(p.name));
  const failed = judged.filter((p) => !within(c.value(p), c.max));
  return {
    label: c.label,
    ok: judged.length > 0 && failed.length === 0,
    detail: `${judged.map((p) => `${p.name} ${c.format(c.value(p), p)}`).join(', ')} (target ${c.limit})`,
  };
}

const boundRatio = (v: number, p: PageFigures) => atLeast(p) + ratio(v);

function checks(pages: readonly PageFigures[], r: Results): Check[] {
  const popup = summarize(r.popup.asleep).median;
  return [
    perPage(pages, {
      label: 'ours ≤ 0.1 × peer',
      limit: '≤ 0.1',
      max: TARGETS.oursPerPeer,
      value: (p) => p.total.median / p.peer.median,
      format: boundRatio,
    }),
    perPage(pages, {
      label: 'first viewport ≤ 50 ms',
      limit: '≤ 50 ms',
      max: TARGETS.firstViewportMs,
      value: (p) => p.firstViewport.median,
      format: (v, p) =>
        `${ms(v)} ms` +
        (v > TARGETS.firstViewportMs
          ? ` (the page's own first frame after DCL: ${ms(p.pageFirstFrame.median)} ms)`
          : ''),
    }),
    // Not one of the issue's targets: ours, for a design that reads as the reader moves.
    // Highlights are due with the text they mark: in the first frame after the jump (seen in
    // its animation callbacks), or within 50 ms.
    perPage(pages, {
      label: 'after a jump: in its first frame, or ≤ 50 ms',
      limit: 'first frame, or ≤ 50 ms',
      max: 0,
      value: (p) =>
        p.jumpsInFirstFrame === p.jumps
          ? 0
          : Math.max(p.jumpMiddle.median, p.jumpEnd.median) - TARGETS.firstViewportMs,
      format: (_, p) =>
        `${ms(Math.max(p.jumpMiddle.median, p.jumpEnd.median))} ms, ${p.jumpsInFirstFrame}/${p.jumps} in the first frame`,
    }),
    perPage(pages, {
      label: 'total ≤ 3 × floor',
      limit: '≤ 3',
      max: TARGETS.oursPerFloor,
      value: (p) => p.total.median / p.floor.median,
      format: boundRatio,
      only: TARGETS.floorPages,
    }),
    perPage(pages, {
      label: 'no task of ours > 50 ms',
      limit: '≤ 50 ms',
      max: TARGETS.longestTaskMs,
      // Our script's longest stretch, measured, not the elimination of the page's long tasks
      // (which cannot tell whose a task is when ours runs inside the page's).
      value: (p) => p.script.max,
      format: (v) => `${ms(v)} ms (worst run)`,
    }),
    {
      label: 'content script ≤ 45 KB',
      ok: r.bundle.content.bytes <= TARGETS.contentBytes,
      detail: `${kb(r.bundle.content.bytes)} minified`,
    },
    {
      label: 'popup ≤ 150 ms (worker asleep)',
      ok: within(popup, TARGETS.popupMs),
      detail: `${ms(popup)} ms`,
    },
    {
      label: 'a hostile 32 KB segment ≤ 10 ms',
      ok: worstSegment(r.detector).time.median <= TARGETS.segmentMs,
      detail: `${worstSegment(r.detector).name} ${ms(worstSegment(r.detector).time.median)} ms (median)`,
    },
    {
      label: 'query p95 ≤ 2 ms',
      ok: r.search.p95 <= TARGETS.queryP95Ms,
      detail: `${ms(r.search.p95)} ms`,
    },
  ];
}

/** The hostile segment the detector took longest over. */
const worstSegment = (d: DetectorFigures) =>
  d.segments.reduce((a, b) => (b.time.median > a.time.median ? b : a));

/** A figure measured with the worker asleep, then awake, and the runs that failed. */
const sleepLine = (label: string, t: SleepTimes): string =>
  `${label}: worker asleep ${spread(summarize(t.asleep))} ms · worker awake ${spread(summarize(t.awake))} ms` +
  (t.errors.length > 0 ? ` · ⚠ ${t.errors.length} run(s) failed: ${t.errors[0]}` : '');

/** Our scripts on a page: compile, top level, and all of it during the load. */
function startupLine(label: string, runs: readonly StartupRun[]): string {
  const of = (pick: (run: StartupRun) => number) => spread(summarize(runs.map(pick)));
  return `${label} (${runs.length} loads each way): compile ${of((s) => s.compile)} ms · first run ${of((s) => s.firstRun)} ms · all of it during the load ${of((s) => s.all)} ms`;
}

export function formatReport(r: Results): string {
  const pages = r.pages.map((p) => figures(p.name, p.runs));
  const b = r.bundle;
  const results = checks(pages, r);
  const out = [
    `bench · Chromium ${r.chromium} headless · ${r.runs} run${r.runs === 1 ? '' : 's'} · median (min–max) · times from DOMContentLoaded`,
    '',
    ...table(pages),
    '',
    sleepLine('popup first result', r.popup),
    sleepLine('first tooltip of a page, delay 0', r.tooltip),
    startupLine('our scripts on a page without codes', r.startup.plain),
    startupLine('on the same page with one code', r.startup.status),
    `search: index build + first word query ${spread(r.search.build)} ms · query p50 ${ms(r.search.p50)} ms · p95 ${ms(r.search.p95)} ms · max ${ms(r.search.max)} ms (${r.search.queries} queries × ${r.search.samples / r.search.queries})`,
    `detector on hostile 32 KB segments (ms, with matches): ${r.detector.segments.map((d) => `${d.name} ${spread(d.time)} (${d.found})`).join(' · ')}`,
    `bundle: content script ${kb(b.content.bytes)} (gzip ${kb(b.content.gzip)}) + css ${kb(b.contentCss.bytes)} · tooltip, injected on first hover, ${kb(b.tooltip.bytes)} (gzip ${kb(b.tooltip.gzip)}) · background ${kb(b.background.bytes)} (gzip ${kb(b.background.gzip)}) · popup ${kb(b.popup.bytes)} (gzip ${kb(b.popup.gzip)}, ${b.popup.files.length} files)`,
    '',
    'targets:',
    ...results.map((c) => `  ${c.ok ? 'pass' : 'FAIL'}  ${c.label}: ${c.detail}`),
    '',
  ];
  const named = (name: PageName) => pages.find((p) => p.name === name);
  const ratios = (div: (p: PageFigures) => number, only: readonly PageName[]) =>
    only
      .map(named)
      .filter((p): p is PageFigures => p !== undefined)
      .map((p) => `${p.name} ${boundRatio(p.total.median / div(p), p)}`)
      .join(' ');
  const worst = (pick: (p: PageFigures) => number) => Math.max(...pages.map(pick));
  const missed = results.filter((c) => !c.ok).map((c) => c.label);
  out.push(
    [
      `bench: ours/peer ${ratios(
        (p) => p.peer.median,
        pages.map((p) => p.name),
      )}`,
      `ours/floor ${ratios((p) => p.floor.median, TARGETS.floorPages)}`,
      `first-viewport max ${ms(worst((p) => p.firstViewport.median))} ms`,
      `longest stretch of our script ${ms(worst((p) => p.script.max))} ms`,
      `content ${kb(b.content.bytes)}`,
      `popup ${ms(summarize(r.popup.asleep).median)} ms`,
      `query p95 ${ms(r.search.p95)} ms`,
      `hostile segment ${ms(worstSegment(r.detector).time.median)} ms`,
      missed.length === 0 ? 'all targets met' : `targets missed: ${missed.join(', ')}`,
    ].join(' · '),
  );
  return out.join('\n');
}
