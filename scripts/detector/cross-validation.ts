/**
 * Cross-validation by document: weights fit on four folds are measured on the fifth, so the
 * weights that judge a document never saw it. The out-of-fold scores also place the strict
 * threshold.
 */
import { decide, judgeText } from '../../utils/detector/detect.ts';
import type { Model } from '../../utils/detector/model.ts';
import { add, NONE, type Counts } from './counts.ts';
import type { EvalError } from './eval.ts';
import { evaluate, type Prepared, type Trainer } from './training.ts';

export const FOLDS = 5;

export interface CrossValidation {
  readonly totals: Counts;
  readonly errors: readonly EvalError[];
  /** Counts per kind and language of document. */
  readonly byGroup: ReadonlyMap<string, Counts>;
  /** Each fold's documents and the model fit without them. */
  readonly folds: readonly { readonly test: Prepared[]; readonly model: Model }[];
  /** Every labelled candidate's out-of-fold score. */
  readonly scores: readonly { readonly z: number; readonly y: 0 | 1 }[];
}

/** Folds by document, spread over each kind of document in turn. */
function foldOf(docs: readonly Prepared[]): number[] {
  const seen = new Map<string, number>();
  return docs.map((p) => {
    const kind = p.doc.kind ?? '';
    const n = seen.get(kind) ?? 0;
    seen.set(kind, n + 1);
    return n % FOLDS;
  });
}

export function crossValidate(
  corpus: readonly Prepared[],
  fixtures: readonly Prepared[],
  trainer: Trainer,
): CrossValidation {
  const fold = foldOf(corpus);
  const scores: { z: number; y: 0 | 1 }[] = [];
  const errors: EvalError[] = [];
  const byGroup = new Map<string, Counts>();
  const folds: { test: Prepared[]; model: Model }[] = [];
  let totals = NONE;
  for (let f = 0; f < FOLDS; f++) {
    const train = [...corpus.filter((_, i) => fold[i] !== f), ...fixtures];
    const test = corpus.filter((_, i) => fold[i] === f);
    const model = trainer.modelOf(train, Infinity);
    const report = evaluate(test, model);
    totals = add(totals, report);
    errors.push(...report.errors);
    for (const p of test) {
      const r = evaluate([p], model);
      for (const key of [`kind ${p.doc.kind ?? '?'}`, `lang ${p.doc.lang ?? '?'}`]) {
        byGroup.set(key, add(byGroup.get(key) ?? NONE, r));
      }
    }
    for (const p of test) {
      for (const [k, j] of p.judged.entries()) {
        const y = p.labels[k];
        if (y !== undefined) scores.push({ z: j.z, y });
      }
    }
    folds.push({ test, model });
  }
  return { totals, errors, byGroup, folds, scores };
}

/** The lowest score at which the out-of-fold precision stays at `precision` or above. */
export function strictThreshold(cv: CrossValidation, precision: number): number {
  const scores = [...cv.scores].sort((a, b) => b.z - a.z);
  let strict = scores[0]?.z ?? 0;
  let tp = 0;
  for (const [i, s] of scores.entries()) {
    if (s.y) tp++;
    if (tp / (i + 1) >= precision && s.z > 0) strict = s.z;
  }
  return Math.ceil(strict * 100) / 100;
}

/**
 * Strict never takes what our tables say only balanced may (`BALANCED_ONLY`: weak evidence on
 * a page that says nothing else): the threshold goes above the best of those.
 */
export function aboveBalancedOnly(model: Model, strict: number, texts: readonly string[]): number {
  const weakest = Math.max(
    ...texts.map((text) => {
      const { judged } = judgeText(text);
      decide(judged, model, 'balanced');
      return Math.max(-Infinity, ...judged.map((j) => j.z));
    }),
  );
  return weakest >= strict ? Math.ceil((weakest + 0.005) * 100) / 100 : strict;
}

/** Cross-validated counts of the fold models with another threshold. */
export function foldTotals(
  cv: CrossValidation,
  change: (model: Model) => Model,
  strict = false,
): Counts {
  let totals = NONE;
  for (const { test, model } of cv.folds)
    totals = add(totals, evaluate(test, change(model), strict));
  return totals;
}
