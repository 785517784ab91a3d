/**
 * Fitting the detector's weights: the candidates of labelled documents as examples, how hard
 * each weight is pulled to zero, and a model's figures on documents whose features are read once.
 */
import { decide, judgeText, type Judged, type Match } from '../../utils/detector/detect.ts';
import { FEATURES } from '../../utils/detector/feature-names.ts';
import { AGAINST } from '../../utils/detector/features.ts';
import type { Model } from '../../utils/detector/model.ts';
import type { CorpusDocument } from './corpus.ts';
import { evaluateDetector, type DetectorReport } from './eval.ts';
import { fit, type Example } from './logistic.ts';

/** The knobs of training (docs/detector.md, "Training"). */
export interface Tuning {
  readonly l2: number;
  /** Scale of the penalty on evidence against a status. */
  readonly against: number;
  /** Scale of the penalty on a code's prior. */
  readonly prior: number;
  /** Scale of the penalty on a prior on a page that says nothing of HTTP. */
  readonly noTopic: number;
  readonly biasL2: number;
  /** Our fixture rows each state one kind of evidence; they count this many times a corpus number. */
  readonly fixture: number;
  /** The balanced threshold. */
  readonly balanced: number;
}

/** A document with its candidates judged once, and their labels. */
export interface Prepared {
  readonly doc: CorpusDocument;
  readonly judged: Judged[];
  readonly classes: Match[];
  /** 1 status, 0 not, undefined neutral (a class span). */
  readonly labels: (0 | 1 | undefined)[];
}

export function prepare(doc: CorpusDocument): Prepared {
  const { judged, classes } = judgeText(doc.text);
  const labels = judged.map((j) => {
    const o = doc.occurrences.find((s) => s.start < j.end && j.start < s.end);
    if (o?.label === 'class') return undefined;
    return o?.label === 'status' ? 1 : 0;
  });
  return { doc, judged, classes, labels };
}

export class Trainer {
  readonly #tuning: Tuning;
  /**
   * How hard each weight is pulled to zero, relative to `l2`: evidence against a status (a unit,
   * a path, another protocol) is knowledge, pulled less; a code's prior is pulled more, so that
   * the model leans on evidence rather than on which codes the corpus happens to hold.
   */
  readonly #scale: readonly number[];

  constructor(tuning: Tuning) {
    this.#tuning = tuning;
    this.#scale = FEATURES.map((name, i) =>
      AGAINST.includes(i)
        ? tuning.against
        : name.endsWith('NoTopic')
          ? tuning.noTopic
          : name.startsWith('tier')
            ? tuning.prior
            : 1,
    );
  }

  examplesOf(docs: readonly Prepared[]): Example[] {
    const weight = this.#tuning.fixture;
    return docs.flatMap((p) =>
      p.judged.flatMap((j, k) => {
        const y = p.labels[k];
        if (y === undefined) return [];
        return [{ x: j.ev, y, ...(p.doc.kind?.startsWith('fixture-') ? { weight } : {}) }];
      }),
    );
  }

  /** Weights fit on `docs`, with the balanced threshold and `strict`. */
  modelOf(docs: readonly Prepared[], strict: number): Model {
    const { l2, biasL2, balanced } = this.#tuning;
    const { weights, bias } = fit(this.examplesOf(docs), l2, this.#scale, biasL2);
    return { weights, bias, thresholds: { balanced, strict } };
  }
}

/** The figures of `model` on `docs` (their candidates' scores are overwritten). */
export function evaluate(docs: readonly Prepared[], model: Model, strict = false): DetectorReport {
  const byText = new Map(docs.map((p) => [p.doc.text, p]));
  return evaluateDetector(
    docs.map((p) => p.doc),
    (text) => {
      const p = byText.get(text);
      if (!p) return [];
      decide(p.judged, model, strict ? 'strict' : 'balanced');
      const codes: Match[] = p.judged
        .filter((j) => j.accepted)
        .map((j) => ({ start: j.start, end: j.end, code: j.code, kind: 'code' }));
      return [...codes, ...p.classes];
    },
  );
}

/** `model` with another strict threshold. */
export const withStrict = (model: Model, strict: number): Model => ({
  ...model,
  thresholds: { ...model.thresholds, strict },
});
