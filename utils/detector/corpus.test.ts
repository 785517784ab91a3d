import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detect, type Sensitivity } from './detect.ts';
import { FEATURES } from './feature-names.ts';
import { TRAINED_FOR } from './weights.ts';
import { loadCorpus } from '../../scripts/detector/corpus.ts';
import {
  evaluateDetector,
  formatDetectorReport,
  type EvalDocument,
} from '../../scripts/detector/eval.ts';

/** The labelled development corpus; CI clones `shared/` beside the repository. */
const dir = fileURLToPath(new URL('../../../shared/corpus/detector-dev', import.meta.url));
const present = existsSync(dir);

function evaluate(sensitivity: Sensitivity) {
  return evaluateDetector(loadCorpus(dir), (text) =>
    detect(text, { sensitivity, budgetMs: Infinity }),
  );
}

const errors = (report: ReturnType<typeof evaluate>): string =>
  report.errors.map((e) => `${e.id} ${e.kind} ${e.context}`).join('\n');

it('the committed weights are for the features the detector computes', () => {
  expect(TRAINED_FOR).toEqual(FEATURES);
});

describe('detector on the development corpus', () => {
  // The floors of docs/detector.md; cross-validated figures come from `train:detector`.
  it.skipIf(!present)('balanced: precision ≥ 0.98 and recall ≥ 0.96', () => {
    const report = evaluate('balanced');
    expect(report.tp + report.fn).toBeGreaterThan(0);
    expect(report.precision, errors(report)).toBeGreaterThanOrEqual(0.98);
    expect(report.recall, errors(report)).toBeGreaterThanOrEqual(0.96);
  });

  it.skipIf(!present)('strict: precision ≥ 0.995', () => {
    const report = evaluate('strict');
    expect(report.tp).toBeGreaterThan(0);
    expect(report.precision, errors(report)).toBeGreaterThanOrEqual(0.995);
  });
});

const code = (start: number) => ({ start, end: start + 3, code: 0, kind: 'code' as const });

describe('evaluateDetector scoring', () => {
  const doc: EvalDocument = {
    id: 'sample',
    text: 'HTTP 404 and 512 bytes, 4xx, 400-499, 200',
    occurrences: [
      { start: 5, end: 8, match: '404', label: 'status' },
      { start: 13, end: 16, match: '512', label: 'other' },
      { start: 24, end: 27, match: '4xx', label: 'class' },
      { start: 29, end: 32, match: '400', label: 'class', note: 'range' },
      { start: 33, end: 36, match: '499', label: 'class', note: 'range' },
      { start: 38, end: 41, match: '200', label: 'status' },
    ],
  };

  it('counts status hits, other and unlisted hits, misses; class spans are neutral', () => {
    const actual = evaluateDetector([doc], () => [
      code(5), // status: tp
      code(13), // other: fp
      code(29), // class span: neutral
      { start: 24, end: 27, digit: 4, kind: 'class' }, // class hit, outside P/R
      code(20), // unlisted text: fp
    ]);
    expect([actual.tp, actual.fp, actual.fn]).toEqual([1, 2, 1]);
    expect(actual.classes).toEqual({ hits: 1, spans: 1, stray: 0 });
    expect(actual.precision).toBeCloseTo(1 / 3);
    expect(actual.recall).toBeCloseTo(1 / 2);
    expect(actual.errors.map((e) => `${e.kind} ${e.match}`)).toEqual([
      'fp 512',
      'fp es,',
      'fn 200',
    ]);
    expect(actual.errors[0]).toMatchObject({ id: 'sample', label: 'other' });
    expect(actual.errors[1]).not.toHaveProperty('label');
  });

  it('ends the report with the summary line the CLI contract names', () => {
    const report = evaluateDetector([doc], () => [code(5), code(38)]);
    const lines = formatDetectorReport(report).split('\n');
    expect(lines.at(-1)).toBe(
      'detector: precision 1.000 · recall 1.000 · f1 1.000 (tp 2, fp 0, fn 0)',
    );
  });
});
