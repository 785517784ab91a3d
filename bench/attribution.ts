/**
 * Which long tasks (or long frames) are ours: those of the run with the extension that the
 * same page, loaded in the plain browser, did not have. Times are taken relative to each
 * run's DOMContentLoaded; a span of the plain run cancels the nearest span of similar length.
 */
import type { Span } from './in-page/probe.ts';

/** Two spans are "the same work" within these tolerances. */
const SAME_DURATION = { ms: 20, share: 0.25 };
const SAME_START_MS = 1000;

interface Relative {
  readonly start: number;
  readonly duration: number;
}

const relative = (spans: readonly Span[], dcl: number, until: number): Relative[] =>
  spans
    .filter(([start, duration]) => start + duration > dcl && start <= until)
    .map(([start, duration]) => ({ start: start - dcl, duration }));

/**
 * The spans of `ours` (from DOMContentLoaded to `oursUntil`) left once every span of `page`
 * (the page alone, from its DOMContentLoaded on) has cancelled its counterpart.
 */
export function spansOfOurs(
  ours: { spans: readonly Span[]; dcl: number; until: number },
  page: { spans: readonly Span[]; dcl: number },
): Relative[] {
  const left = relative(ours.spans, ours.dcl, ours.until);
  const baseline = relative(page.spans, page.dcl, Number.POSITIVE_INFINITY).sort(
    (a, b) => b.duration - a.duration,
  );
  for (const b of baseline) {
    const tolerance = Math.max(SAME_DURATION.ms, SAME_DURATION.share * b.duration);
    let best = -1;
    for (const [i, s] of left.entries()) {
      if (
        Math.abs(s.duration - b.duration) > tolerance ||
        Math.abs(s.start - b.start) > SAME_START_MS
      )
        continue;
      const bestSpan = left[best];
      if (!bestSpan || Math.abs(s.start - b.start) < Math.abs(bestSpan.start - b.start)) best = i;
    }
    if (best >= 0) left.splice(best, 1);
  }
  return left;
}

export const longest = (spans: readonly { duration: number }[]): number =>
  spans.reduce((max, s) => Math.max(max, s.duration), 0);
