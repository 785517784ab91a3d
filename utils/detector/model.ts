/**
 * One scoring function decides: a logistic model over the evidence features, its weights fit
 * on the development corpus and our fixture tables by `scripts/train-detector.ts` (see
 * docs/detector.md). A candidate is a status when its score reaches the sensitivity's
 * threshold; strict is the same model with a higher one.
 */
import type { Evidence, Sensitivity } from './types.ts';
import { BIAS, THRESHOLDS, WEIGHTS } from './weights.ts';

export interface Model {
  readonly weights: ArrayLike<number>;
  readonly bias: number;
  /** Scores at which a candidate is accepted, per sensitivity. */
  readonly thresholds: Readonly<Record<Sensitivity, number>>;
}

export const TRAINED: Model = { weights: WEIGHTS, bias: BIAS, ...THRESHOLDS };

/** The log-odds that the candidate with evidence `ev` is a status. */
export function score(model: Model, ev: Evidence): number {
  let z = model.bias;
  for (let i = 0; i < ev.length; i++) {
    const x = ev[i] ?? 0;
    if (x !== 0) z += x * (model.weights[i] ?? 0);
  }
  return z;
}
