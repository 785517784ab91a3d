/** Hits, false alarms and misses, summed over reports, and the line that prints them. */

export interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export const NONE: Counts = { tp: 0, fp: 0, fn: 0 };

export const add = (a: Counts, b: Counts): Counts => ({
  tp: a.tp + b.tp,
  fp: a.fp + b.fp,
  fn: a.fn + b.fn,
});

const ratio = (a: number, b: number): string => (b === 0 ? 1 : a / b).toFixed(3);

export const line = (name: string, c: Counts): string =>
  `${name}: precision ${ratio(c.tp, c.tp + c.fp)} · recall ${ratio(c.tp, c.tp + c.fn)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
