/**
 * The frames' side of `frames.ts`, read from a trace of one load of the article: how much of
 * each frame's way to its `load` event was our script's.
 */
import { FRAME_COUNT } from './pages/frames.ts';
import { isOurs } from './script-time.ts';
import type { TraceEvent } from './startup.ts';

/**
 * Our script's main-thread time in each frame before that frame's `load` event, from a trace:
 * its evaluation (compile and first run) and every call into it (listeners, observers, timers,
 * answers of the extension's APIs), each with the promise jobs that ran after it
 * (`v8.callFunction` around our `FunctionCall`). Thread time (`tdur`), so a thread the machine
 * set aside meanwhile does not count: the same load gives the same figure, where the frames'
 * load times move by tens of milliseconds from load to load.
 */
export function oursBeforeLoads(events: readonly TraceEvent[]): {
  frames: number[];
  article: number;
} {
  const index = new Map<string, number>();
  const loads = new Map<string, number>();
  let article = '';
  for (const e of events) {
    const data = e.args?.data;
    if (!data?.frame) continue;
    if (e.name === 'CommitLoad') {
      const i = /\/frame-(\d+)\.html$/.exec(data.url ?? '')?.[1];
      if (i !== undefined) index.set(data.frame, Number(i));
      if (data.isMainFrame) article = data.frame;
    } else if (e.name === 'MarkLoad') loads.set(data.frame, e.ts);
  }
  const calls = events
    .filter((e) => e.ph === 'X' && e.name === 'v8.callFunction')
    .sort((a, b) => a.ts - b.ts);
  const around = (e: TraceEvent) =>
    calls.findLast(
      (c) => c.tid === e.tid && c.ts <= e.ts && c.ts + (c.dur ?? 0) >= e.ts + (e.dur ?? 0),
    ) ?? e;
  // Each of our stretches once, with the frame it ran in (a wrapper holds one call of ours).
  const ours = new Map<TraceEvent, string>();
  for (const e of events) {
    const data = e.args?.data;
    if (e.ph !== 'X' || !data?.frame || !isOurs(data.url)) continue;
    if (e.name === 'EvaluateScript') ours.set(e, data.frame);
    else if (e.name === 'FunctionCall') ours.set(around(e), data.frame);
  }
  const before = new Map<string, number>();
  for (const [e, frame] of ours) {
    const loaded = loads.get(frame);
    if (loaded === undefined || e.ts + (e.dur ?? 0) > loaded) continue;
    before.set(frame, (before.get(frame) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  }
  // A frame the trace did not see load stays unknown (NaN), which no target passes.
  const frames = Array.from({ length: FRAME_COUNT }, () => NaN);
  for (const [frame, i] of index) if (loads.has(frame)) frames[i] = before.get(frame) ?? 0;
  return { frames, article: before.get(article) ?? 0 };
}
