/** The report's lines below the table: the other figures, and the summary line at the end. */
import type { BundleFigures, Size } from '../node-figures.ts';
import type { PageName } from '../pages.ts';
import type { StartupRun } from '../startup.ts';
import { kb, ms, spread, summarize } from '../stats.ts';
import type { SleepTimes } from '../worker.ts';
import type { PageFigures } from './page-figures.ts';
import type { Results } from './results.ts';
import { roundTwoLines } from './round-two.ts';
import { boundRatio, TARGETS, worstSegment, type Check } from './targets.ts';

/** A figure measured with the worker asleep, then awake, and the runs that failed. */
const sleepLine = (label: string, t: SleepTimes): string =>
  `${label}: worker asleep ${spread(summarize(t.asleep))} ms · worker awake ${spread(summarize(t.awake))} ms` +
  (t.errors.length > 0 ? ` · ⚠ ${t.errors.length} run(s) failed: ${t.errors[0]}` : '');

/** Our scripts on a page: compile, top level, and all of it during the load. */
function startupLine(label: string, runs: readonly StartupRun[]): string {
  const of = (pick: (run: StartupRun) => number) => spread(summarize(runs.map(pick)));
  return `${label} (${runs.length} loads each way): compile ${of((s) => s.compile)} ms · first run ${of((s) => s.firstRun)} ms · all of it during the load ${of((s) => s.all)} ms`;
}

const sized = (s: Size) => `${kb(s.bytes)} (gzip ${kb(s.gzip)})`;

const bundleLine = (b: BundleFigures): string =>
  `bundle: content script ${sized(b.content)}` +
  // Frames below the top have a script of their own only when the manifest gives them one.
  (b.frames.files.join() === b.content.files.join()
    ? ''
    : `, in frames below the top ${sized(b.frames)}`) +
  ` + css ${kb(b.contentCss.bytes)}` +
  ` · background ${sized(b.background)} · popup ${kb(b.popup.bytes)} (gzip ${kb(b.popup.gzip)}, ${b.popup.files.length} files)`;

/** The figures measured in Node: search speed, the detector on hostile text, the bundle. */
export const nodeFigures = (r: Pick<Results, 'search' | 'detector' | 'bundle'>): string[] => [
  `search: index build + first word query ${spread(r.search.build)} ms · query p50 ${ms(r.search.p50)} ms · p95 ${ms(r.search.p95)} ms · max ${ms(r.search.max)} ms (${r.search.queries} queries × ${r.search.samples / r.search.queries})`,
  `detector on hostile 32 KB segments (ms, with matches): ${r.detector.segments.map((d) => `${d.name} ${spread(d.time)} (${d.found})`).join(' · ')}`,
  ...(r.detector.pages.length > 0
    ? [
        `  beside the real pages, their slowest 32 KB segment (ms): ${r.detector.pages.map((p) => `${p.name} ${spread(p.slowest)} (of ${p.segments})`).join(' · ')}`,
      ]
    : []),
  bundleLine(r.bundle),
];

/** The figures measured once per run: popup, tooltip, start-up, round two, then the Node figures. */
export const otherFigures = (r: Results): string[] => [
  ...(r.popup
    ? [
        sleepLine('popup empty state', r.popup.firstOption),
        sleepLine('popup typed result, from opening', r.popup.result),
        sleepLine('  from typing (at the search field’s first frame)', r.popup.afterTyping),
      ]
    : []),
  ...(r.tooltip ? [sleepLine('first tooltip of a page, delay 0', r.tooltip)] : []),
  ...(r.startup
    ? [
        startupLine('our scripts on a page without codes', r.startup.plain),
        startupLine('on the same page with one code', r.startup.status),
      ]
    : []),
  ...roundTwoLines(r),
  ...nodeFigures(r),
];

/** The last line: the ratios, the worst figures and the targets missed. */
export function summaryLine(
  pages: readonly PageFigures[],
  r: Results,
  results: readonly Check[],
): string {
  const named = (name: PageName) => pages.find((p) => p.name === name);
  const ratios = (div: (p: PageFigures) => number, only: readonly PageName[]) =>
    only
      .map(named)
      .filter((p): p is PageFigures => p !== undefined)
      .map((p) => `${p.name} ${boundRatio(p.total.median / div(p), p)}`)
      .join(' ');
  const worst = (pick: (p: PageFigures) => number) => Math.max(...pages.map(pick));
  const missed = results.filter((c) => !c.ok).map((c) => c.label);
  return [
    `bench: ours/peer ${ratios(
      (p) => p.peer.median,
      pages.map((p) => p.name),
    )}`,
    `ours/floor ${ratios((p) => p.floor.median, TARGETS.floorPages)}`,
    `first-viewport max ${ms(worst((p) => p.firstViewport.median))} ms`,
    `longest stretch of our script ${ms(worst((p) => p.script.max))} ms`,
    `content ${kb(r.bundle.content.bytes)}`,
    ...(r.startup
      ? [`start-up ${ms(summarize(r.startup.plain.map((s) => s.compile + s.firstRun)).median)} ms`]
      : []),
    ...(r.popup ? [`popup typed ${ms(summarize(r.popup.result.asleep).median)} ms`] : []),
    `query p95 ${ms(r.search.p95)} ms`,
    `hostile segment ${ms(worstSegment(r.detector).time.median)} ms`,
    missed.length === 0 ? 'all targets met' : `targets missed: ${missed.join(', ')}`,
  ].join(' · ');
}
