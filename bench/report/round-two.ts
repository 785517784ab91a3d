/**
 * The figures and targets of issue 21: start-up on a page without codes, the article with 30
 * frames, memory, the popup with a typed query, and Firefox. Each is judged only when its part
 * ran (`--only`).
 */
import type { FirefoxFigures } from '../firefox.ts';
import type { FramesRun } from '../frames.ts';
import type { MemoryRun } from '../memory.ts';
import { CODE_FRAMES } from '../pages/frames.ts';
import type { StartupRun } from '../startup.ts';
import { kb, mb, ms, spread, summarize, type Summary } from '../stats.ts';
import type { Results } from './results.ts';
import type { Check } from './targets.ts';

export const ROUND_TWO = {
  startupMs: 3,
  frameDelayMs: 5,
  framesPerStartup: 3,
  heapPerRanges: 2,
  idleGrowthBytes: 100_000,
  typedResultMs: 150,
  firstViewportMs: 50,
};

const median = (values: readonly number[]): number => summarize(values).median;
const sum = (s: StartupRun) => s.compile + s.firstRun;

/** What the frames are judged on: ours across all frames, and the budget it is held to. */
export function framesBudget(frames: readonly FramesRun[], startup: Results['startup']) {
  const plain = startup?.plain ?? [];
  const status = startup?.status ?? [];
  // One frame's start-up: compile, and all of it during the load (its first run included).
  const oneFrame = median(plain.map((s) => s.compile + s.all));
  // What a frame with a code adds: the one-code page against the page without.
  const perCode = Math.max(0, median(status.map((s) => s.all)) - median(plain.map((s) => s.all)));
  const ours = median(frames.map((f) => f.all + f.compile));
  const budget = ROUND_TWO.framesPerStartup * oneFrame + CODE_FRAMES.size * perCode;
  // Each frame's load against a baseline, median over the runs; the worst frame.
  const worst = (base: 'off' | 'plain') =>
    Math.max(
      ...(frames[0]?.frameLoads.ours ?? []).map((_, i) =>
        median(frames.map((f) => (f.frameLoads.ours[i] ?? NaN) - (f.frameLoads[base][i] ?? NaN))),
      ),
    );
  const page = (base: 'off' | 'plain') =>
    median(frames.map((f) => f.pageLoad.ours - f.pageLoad[base]));
  // Our own main-thread time in each frame before its load, median over the runs.
  const own = (frames[0]?.oursBeforeLoad.frames ?? []).map((_, i) =>
    median(frames.map((f) => f.oursBeforeLoad.frames[i] ?? NaN)),
  );
  return {
    oneFrame,
    perCode,
    ours,
    budget,
    worstOwn: Math.max(...own),
    ownMedian: median(own),
    articleOwn: median(frames.map((f) => f.oursBeforeLoad.article)),
    worstDelay: worst('off'),
    pageDelay: page('off'),
    worstAgainstPlain: worst('plain'),
    pageAgainstPlain: page('plain'),
  };
}

const heap = (h: { js: number; dom: number }) => h.js + h.dom;
const of = (runs: readonly MemoryRun[], pick: (r: MemoryRun) => number): Summary =>
  summarize(runs.map(pick));

export function roundTwoLines(r: Results): string[] {
  const lines: string[] = [];
  if (r.frames) {
    const f = r.frames;
    const b = framesBudget(f, r.startup);
    const pick = (p: (x: FramesRun) => number) => spread(summarize(f.map(p)));
    lines.push(
      `30 cross-origin frames (${CODE_FRAMES.size} with codes, ${f.length} loads): our script ran ${pick((x) => x.injected)}× · compile ${pick((x) => x.compile)} ms · first runs ${pick((x) => x.firstRun)} ms · all of it ${pick((x) => x.all)} ms · frames painted ${pick((x) => x.framesWithCodes)} · budget 3 × ${ms(b.oneFrame)} + ${CODE_FRAMES.size} × ${ms(b.perCode)} = ${ms(b.budget)} ms`,
      `  our main-thread time in a frame before its load (thread time, from a trace, median): worst frame ${ms(b.worstOwn)} ms · a frame's median ${ms(b.ownMedian)} ms · the article ${ms(b.articleOwn)} ms`,
      `  frames' load times (median; move by 33 ms between builds that run nothing): highlighting on − off, worst frame ${ms(b.worstDelay)} ms · the article ${ms(b.pageDelay)} ms; against the plain browser ${ms(b.worstAgainstPlain)} ms · ${ms(b.pageAgainstPlain)} ms`,
    );
  }
  if (r.memory) {
    const m = r.memory;
    lines.push(
      `memory, log scrolled end to end: ours +${mb(of(m, (x) => x.logOurs.js).median)} JS +${mb(of(m, (x) => x.logOurs.dom).median)} Blink · ${of(m, (x) => x.rangeCount).median} ranges alone +${mb(of(m, (x) => x.ranges.js).median)} JS +${mb(of(m, (x) => x.ranges.dom).median)} Blink`,
      `memory, 10 000 changes: ours +${mb(of(m, (x) => heap(x.appLoaded)).median)} after load · +${mb(of(m, (x) => heap(x.appChanged)).median)} after the changes · 3 s later ${kb(of(m, (x) => x.appIdleGrowth.js).median)} JS`,
    );
  }
  const fx = r.firefox;
  if (fx) {
    const delay = (k: 'firstScript' | 'dcl' | 'load', base: 'blank' | 'plain') =>
      ms(median(fx.startup.ours.map((t) => t[k])) - median(fx.startup[base].map((t) => t[k])));
    const row = (base: 'blank' | 'plain') =>
      `first script ${delay('firstScript', base)} ms · DCL ${delay('dcl', base)} ms · load ${delay('load', base)} ms`;
    lines.push(
      `Firefox ${fx.version}: ${fx.pages.map((p) => `${p.name} first viewport ${spread(summarize(p.runs.map((x) => x.firstViewportMs ?? NaN)))} ms, total ${spread(summarize(p.runs.map((x) => x.totalMs ?? NaN)))} ms`).join(' · ')}`,
      `  page without codes (${fx.startup.ours.length} loads each), the add-on against its copy with an empty content script: ${row('blank')}; against no add-on: ${row('plain')}`,
    );
  }
  return lines;
}

function framesChecks(r: Results): Check[] {
  if (!r.frames) return [];
  const b = framesBudget(r.frames, r.startup);
  return [
    {
      label: '30 frames: ours ≤ 3 × one start-up + frames with codes',
      ok: b.ours <= b.budget,
      detail: `${ms(b.ours)} ms against ${ms(b.budget)} ms`,
    },
    {
      label: 'no frame’s load delayed > 5 ms (our time in the frame before its load)',
      ok: b.worstOwn <= ROUND_TWO.frameDelayMs,
      detail: `worst frame ${ms(b.worstOwn)} ms`,
    },
  ];
}

function memoryChecks(r: Results): Check[] {
  if (!r.memory) return [];
  const m = r.memory;
  const ours = of(m, (x) => heap(x.logOurs)).median;
  const ranges = of(m, (x) => heap(x.ranges)).median;
  const growth = of(m, (x) => x.appIdleGrowth.js).median;
  return [
    {
      label: 'memory ≤ 2 × the ranges (log, scrolled end to end)',
      ok: ours <= ROUND_TWO.heapPerRanges * ranges,
      detail: `${mb(ours)} against ${mb(ranges)} (${(ours / ranges).toFixed(1)}×)`,
    },
    {
      label: 'no heap growth once a page stops changing',
      ok: growth <= ROUND_TWO.idleGrowthBytes,
      detail: `${kb(growth)} in 3 s`,
    },
  ];
}

function firefoxChecks(r: Results): Check[] {
  if (!r.firefox) return [];
  const fx = r.firefox.startup;
  const delay =
    median(fx.ours.map((t) => t.firstScript)) - median(fx.blank.map((t) => t.firstScript));
  const viewport = (p: FirefoxFigures['pages'][number]) =>
    median(p.runs.map((x) => x.firstViewportMs ?? NaN));
  return [
    {
      label: 'Firefox: start-up ≤ 3 ms (proxy: the page’s first script, against an empty script)',
      ok: delay <= ROUND_TWO.startupMs,
      detail: `${ms(delay)} ms (median of ${fx.ours.length} loads each way)`,
    },
    {
      label: 'Firefox: first viewport ≤ 50 ms',
      ok: Math.max(...r.firefox.pages.map(viewport)) <= ROUND_TWO.firstViewportMs,
      detail: r.firefox.pages.map((p) => `${p.name} ${ms(viewport(p))} ms`).join(', '),
    },
  ];
}

export function roundTwoChecks(r: Results): Check[] {
  const startup = r.startup && median(r.startup.plain.map(sum));
  const typed = r.popup && median(r.popup.result.asleep);
  return [
    ...(startup === undefined
      ? []
      : [
          {
            label: 'compile + first run ≤ 3 ms (page without codes)',
            ok: startup <= ROUND_TWO.startupMs,
            detail: `${ms(startup)} ms (median of ${r.startup?.plain.length} loads)`,
          },
        ]),
    ...framesChecks(r),
    ...memoryChecks(r),
    ...(typed === undefined
      ? []
      : [
          {
            label: 'popup typed result ≤ 150 ms (worker asleep)',
            ok: typed <= ROUND_TWO.typedResultMs,
            detail: `${ms(typed)} ms (awake ${ms(median(r.popup?.result.awake ?? []))} ms)`,
          },
        ]),
    ...firefoxChecks(r),
  ];
}
