/** Summaries of repeated measurements: median with the min–max spread, and percentiles. */

export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly n: number;
}

/** The value below which `p` (0–1) of the sorted samples fall (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank] as number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, n: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return {
    median,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    n: sorted.length,
  };
}

/** Milliseconds with a precision that suits their size: 0.42, 8.1, 63, 24 510. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs < 1) return value.toFixed(2);
  if (abs < 10) return value.toFixed(1);
  return Math.round(value).toLocaleString('en-US').replace(/,/g, ' ');
}

/** `63 (52–104)`: the median and, when runs differ, the spread. */
export function spread(s: Summary, format: (v: number) => string = ms): string {
  if (s.n === 0) return '–';
  const median = format(s.median);
  return s.n > 1 && format(s.min) !== format(s.max)
    ? `${median} (${format(s.min)}–${format(s.max)})`
    : median;
}

export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
export const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

/** A ratio with two significant digits: 0.043, 0.35, 2.1, 380. */
export function ratio(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value >= 100) return String(Math.round(value));
  return Number(value.toPrecision(2)).toString();
}
