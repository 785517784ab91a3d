/**
 * `npm run -s train:detector -- [DIR] [--check] [--by-kind] [--errors] [--sweep] [--stats]
 * [--holdout-from N]`
 * (tuning: `--l2 --against --prior --notopic --bias --fixture --strict-precision`, `--exclude ID`): fits the detector's weights on the
 * labelled documents of DIR (default `../shared/corpus/detector-dev`) and our fixture tables,
 * reports 5-fold cross-validated precision and recall by document (weights fit on four folds,
 * measured on the fifth), and writes `utils/detector/weights.ts`. `--check` writes nothing and
 * fails when the committed weights differ from what training gives (CI keeps them honest).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { decide, judgeText, type Judged } from '../utils/detector/detect.ts';
import { FEATURES } from '../utils/detector/feature-names.ts';
import { AGAINST } from '../utils/detector/features.ts';
import type { Model } from '../utils/detector/model.ts';
import type { Match } from '../utils/detector/types.ts';
import { BALANCED_ONLY } from '../utils/detector/fixtures.ts';
import { fixtureDocuments, loadCorpus, type CorpusDocument } from './detector/corpus.ts';
import { evaluateDetector, type DetectorReport } from './detector/eval.ts';
import { fit, type Example } from './detector/logistic.ts';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const VALUED = [
  '--holdout-from',
  '--balanced',
  '--strict-precision',
  '--fixture',
  '--l2',
  '--against',
  '--prior',
  '--exclude',
  '--bias',
  '--notopic',
];
const dir = args.find((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1] ?? ''));
const corpusDir =
  dir ?? fileURLToPath(new URL('../../shared/corpus/detector-dev', import.meta.url));
const l2 = Number(flag('--l2') ?? 0.3);
const check = args.includes('--check');
const AGAINST_SCALE = Number(flag('--against') ?? 0.1);
const PRIOR_SCALE = Number(flag('--prior') ?? 3);
const BIAS_L2 = Number(flag('--bias') ?? 10);
const NO_TOPIC_SCALE = Number(flag('--notopic') ?? 30);
/** Our fixture rows each state one kind of evidence; they count this many times a corpus number. */
const FIXTURE_WEIGHT = Number(flag('--fixture') ?? 2);
const FOLDS = 5;
/**
 * Balanced accepts at even odds (score 0): lower, cross-validation gains recall but loses
 * precision on logs (docs/detector.md, `--sweep`). Strict is where the out-of-fold precision
 * reaches STRICT_PRECISION.
 */
const BALANCED = Number(flag('--balanced') ?? 0);
const STRICT_PRECISION = Number(flag('--strict-precision') ?? 0.997);

interface Prepared {
  readonly doc: CorpusDocument;
  readonly judged: Judged[];
  readonly classes: Match[];
  /** 1 status, 0 not, undefined neutral (a class span). */
  readonly labels: (0 | 1 | undefined)[];
}

function prepare(doc: CorpusDocument): Prepared {
  const { judged, classes } = judgeText(doc.text);
  const labels = judged.map((j) => {
    const o = doc.occurrences.find((s) => s.start < j.end && j.start < s.end);
    if (o?.label === 'class') return undefined;
    return o?.label === 'status' ? 1 : 0;
  });
  return { doc, judged, classes, labels };
}

const examplesOf = (docs: readonly Prepared[]): Example[] =>
  docs.flatMap((p) =>
    p.judged.flatMap((j, k) => {
      const y = p.labels[k];
      if (y === undefined) return [];
      return [
        { x: j.ev, y, ...(p.doc.kind?.startsWith('fixture-') ? { weight: FIXTURE_WEIGHT } : {}) },
      ];
    }),
  );

/**
 * How hard each weight is pulled to zero, relative to `l2`: evidence against a status (a unit,
 * a path, another protocol) is knowledge, pulled less; a code's prior is pulled more, so
 * that the model leans on evidence rather than on which codes the corpus happens to hold.
 */
const SCALE = FEATURES.map((name, i) =>
  AGAINST.includes(i)
    ? AGAINST_SCALE
    : name.endsWith('NoTopic')
      ? NO_TOPIC_SCALE
      : name.startsWith('tier')
        ? PRIOR_SCALE
        : 1,
);

function modelOf(docs: readonly Prepared[], strict: number): Model {
  const { weights, bias } = fit(examplesOf(docs), l2, SCALE, BIAS_L2);
  return { weights, bias, thresholds: { balanced: BALANCED, strict } };
}

function evaluate(docs: readonly Prepared[], model: Model, strict = false): DetectorReport {
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

/** Folds by document, spread over each kind of document in turn. */
function folds(docs: readonly Prepared[]): number[] {
  const seen = new Map<string, number>();
  return docs.map((p) => {
    const kind = p.doc.kind ?? '';
    const n = seen.get(kind) ?? 0;
    seen.set(kind, n + 1);
    return n % FOLDS;
  });
}

/** Hits, false alarms and misses, summed over reports. */
interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}
const NONE: Counts = { tp: 0, fp: 0, fn: 0 };
const add = (a: Counts, b: Counts): Counts => ({
  tp: a.tp + b.tp,
  fp: a.fp + b.fp,
  fn: a.fn + b.fn,
});
const ratio = (a: number, b: number): string => (b === 0 ? 1 : a / b).toFixed(3);
const line = (name: string, c: Counts): string =>
  `${name}: precision ${ratio(c.tp, c.tp + c.fp)} · recall ${ratio(c.tp, c.tp + c.fn)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;

const exclude = args.filter((a, i) => args[i - 1] === '--exclude');
const corpus = loadCorpus(corpusDir)
  .filter((d) => !exclude.some((e) => d.id.startsWith(e)))
  .map(prepare);
const fixtures = fixtureDocuments().map(prepare);
const fold = folds(corpus);

// Cross-validation: out-of-fold scores give the strict threshold too.
const oof: { z: number; y: 0 | 1 }[] = [];
const cvErrors: DetectorReport['errors'][number][] = [];
let cvTotals = NONE;
/** Cross-validated counts per kind and language of document. */
const byGroup = new Map<string, Counts>();
const foldModels: { test: Prepared[]; model: Model }[] = [];
for (let f = 0; f < FOLDS; f++) {
  const train = [...corpus.filter((_, i) => fold[i] !== f), ...fixtures];
  const test = corpus.filter((_, i) => fold[i] === f);
  const model = modelOf(train, Infinity);
  const report = evaluate(test, model);
  cvTotals = add(cvTotals, report);
  cvErrors.push(...report.errors);
  for (const p of test) {
    const r = evaluate([p], model);
    for (const key of [`kind ${p.doc.kind ?? '?'}`, `lang ${p.doc.lang ?? '?'}`]) {
      byGroup.set(key, add(byGroup.get(key) ?? NONE, r));
    }
  }
  for (const p of test) {
    for (const [k, j] of p.judged.entries()) {
      const y = p.labels[k];
      if (y !== undefined) oof.push({ z: j.z, y });
    }
  }
  foldModels.push({ test, model });
}
// The lowest threshold at which out-of-fold precision stays at STRICT_PRECISION or above.
oof.sort((a, b) => b.z - a.z);
let strict = oof[0]?.z ?? 0;
let tp = 0;
for (const [i, s] of oof.entries()) {
  if (s.y) tp++;
  if (tp / (i + 1) >= STRICT_PRECISION && s.z > 0) strict = s.z;
}
strict = Math.ceil(strict * 100) / 100;
// Strict never takes what our tables say only balanced may (`BALANCED_ONLY`: weak evidence on
// a page that says nothing else): the threshold goes above the best of those.
const fitted = modelOf([...corpus, ...fixtures], strict);
const weakest = Math.max(
  ...BALANCED_ONLY.map(([text]) => {
    const { judged } = judgeText(text);
    decide(judged, fitted, 'balanced');
    return Math.max(-Infinity, ...judged.map((j) => j.z));
  }),
);
if (weakest >= strict) strict = Math.ceil((weakest + 0.005) * 100) / 100;
const final: Model = { ...fitted, thresholds: { ...fitted.thresholds, strict } };
let strictTotals = NONE;
for (const { test, model } of foldModels) {
  const r = evaluate(test, { ...model, thresholds: { ...model.thresholds, strict } }, true);
  strictTotals = add(strictTotals, r);
}

const dev = evaluate(corpus, final);
const devStrict = evaluate(corpus, final, true);

if (args.includes('--sweep')) {
  // Cross-validated precision and recall at other balanced thresholds.
  for (const t of [-1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3]) {
    let tot = NONE;
    for (const { test, model } of foldModels) {
      tot = add(
        tot,
        evaluate(test, { ...model, thresholds: { ...model.thresholds, balanced: t } }),
      );
    }
    process.stdout.write(`${line(`threshold ${t}`, tot)}\n`);
  }
}
if (args.includes('--stats')) {
  // Per feature: how often it is set on statuses and on other numbers, and its weight.
  const all = examplesOf([...corpus, ...fixtures]);
  for (const [i, name] of FEATURES.entries()) {
    const on = all.filter((e) => (e.x[i] ?? 0) !== 0);
    const pos = on.filter((e) => e.y === 1).length;
    process.stdout.write(
      `${name.padEnd(20)} ${String(pos).padStart(4)} ${String(on.length - pos).padStart(4)} ${(final.weights[i] ?? 0).toFixed(2).padStart(7)}\n`,
    );
  }
}
const holdout = flag('--holdout-from');
if (holdout !== undefined) {
  // Weights fit on the documents numbered below N (and our fixtures), measured on the others:
  // how the detector does on text of kinds it was not fit on, as a newcomer's page would be.
  const number = (p: Prepared): number => Number.parseInt(p.doc.id, 10);
  const fitOn = corpus.filter((p) => number(p) < Number(holdout));
  const rest = corpus.filter((p) => number(p) >= Number(holdout));
  const model = modelOf([...fitOn, ...fixtures], strict);
  process.stdout.write(
    `${line(`fit on documents below ${holdout}, measured on the ${rest.length} others`, evaluate(rest, model))}\n`,
  );
}
if (args.includes('--by-kind')) {
  for (const [key, t] of [...byGroup].sort()) {
    process.stdout.write(`${line(`cross-validated, ${key}`, t)}\n`);
  }
}
if (args.includes('--errors')) {
  for (const e of cvErrors)
    process.stdout.write(`cv\t${e.id}\t${e.kind}\t${e.match}\t${e.context}\n`);
}
process.stdout.write(
  [
    `features: ${FEATURES.length} · examples: ${examplesOf(corpus).length} corpus, ${examplesOf(fixtures).length} fixtures · l2 ${l2}`,
    line(`cross-validated (${FOLDS} folds by document)`, cvTotals),
    `${line('cross-validated strict', strictTotals)} at score ${strict}`,
    line('development corpus, balanced', dev),
    line('development corpus, strict', devStrict),
    '',
  ].join('\n'),
);

const round = (x: number): number => Math.round(x * 1000) / 1000;
const out = fileURLToPath(new URL('../utils/detector/weights.ts', import.meta.url));
const source = await format(
  `/**
 * The detector's weights, written by \`npm run -s train:detector\` from the development corpus
 * and our fixture tables (docs/detector.md); do not edit by hand. One weight per feature of
 * \`feature-index.ts\`, in its order.
 */

/** The features these weights were fit for (a test checks they are \`FEATURES\`). */
export const TRAINED_FOR = ${JSON.stringify(FEATURES)};

export const WEIGHTS: readonly number[] = ${JSON.stringify(Array.from(final.weights, round))};

export const BIAS = ${round(final.bias)};

export const THRESHOLDS = {
  thresholds: { balanced: ${BALANCED}, strict: ${strict} },
} as const;
`,
  { parser: 'typescript', printWidth: 100, singleQuote: true },
);
if (check) {
  const committed = readFileSync(out, 'utf8');
  if (committed !== source) {
    process.stderr.write(
      'train:detector: utils/detector/weights.ts is not what training gives; run npm run -s train:detector\n',
    );
    process.exit(1);
  }
} else {
  writeFileSync(out, source);
}
