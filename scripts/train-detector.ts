/**
 * `npm run -s train:detector -- [DIR] [--check] [--by-kind] [--errors] [--sweep] [--stats]
 * [--holdout-from N]` (tuning: `--l2 --against --prior --notopic --bias --fixture --balanced
 * --strict-precision`, `--exclude ID`): fits the detector's weights on the labelled documents of
 * DIR (default `../shared/corpus/detector-dev`) and our fixture tables, reports 5-fold
 * cross-validated precision and recall by document, and writes `utils/detector/weights.ts`.
 * `--check` writes nothing and fails when the committed weights differ from what training gives.
 */
import { fileURLToPath } from 'node:url';
import { FEATURES } from '../utils/detector/feature-names.ts';
import type { Model } from '../utils/detector/model.ts';
import { BALANCED_ONLY } from '../utils/detector/fixtures.ts';
import { fixtureDocuments, loadCorpus } from './detector/corpus.ts';
import { line } from './detector/counts.ts';
import {
  aboveBalancedOnly,
  crossValidate,
  FOLDS,
  foldTotals,
  strictThreshold,
} from './detector/cross-validation.ts';
import { evaluate, prepare, Trainer, withStrict, type Prepared } from './detector/training.ts';
import { writeWeights } from './detector/weights-file.ts';

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
const tuning = {
  l2: Number(flag('--l2') ?? 0.3),
  against: Number(flag('--against') ?? 0.1),
  prior: Number(flag('--prior') ?? 3),
  biasL2: Number(flag('--bias') ?? 10),
  noTopic: Number(flag('--notopic') ?? 30),
  fixture: Number(flag('--fixture') ?? 2),
  // Balanced accepts at even odds: lower, cross-validation gains recall but loses precision on
  // logs (docs/detector.md, `--sweep`).
  balanced: Number(flag('--balanced') ?? 0),
};
/** Strict is where the out-of-fold precision reaches this. */
const STRICT_PRECISION = Number(flag('--strict-precision') ?? 0.997);

const exclude = args.filter((a, i) => args[i - 1] === '--exclude');
const corpus = loadCorpus(corpusDir)
  .filter((d) => !exclude.some((e) => d.id.startsWith(e)))
  .map(prepare);
const fixtures = fixtureDocuments().map(prepare);
const trainer = new Trainer(tuning);

const cv = crossValidate(corpus, fixtures, trainer);
let strict = strictThreshold(cv, STRICT_PRECISION);
const fitted = trainer.modelOf([...corpus, ...fixtures], strict);
strict = aboveBalancedOnly(
  fitted,
  strict,
  BALANCED_ONLY.map(([text]) => text),
);
const final = withStrict(fitted, strict);
const strictTotals = foldTotals(cv, (model) => withStrict(model, strict), true);
const dev = evaluate(corpus, final);
const devStrict = evaluate(corpus, final, true);

const print = (text: string): boolean => process.stdout.write(`${text}\n`);
if (args.includes('--sweep')) sweep();
if (args.includes('--stats')) stats(final);
const holdout = flag('--holdout-from');
if (holdout !== undefined) holdOut(Number(holdout));
if (args.includes('--by-kind')) {
  for (const [key, t] of [...cv.byGroup].sort()) print(line(`cross-validated, ${key}`, t));
}
if (args.includes('--errors')) {
  for (const e of cv.errors) print(`cv\t${e.id}\t${e.kind}\t${e.match}\t${e.context}`);
}
print(
  [
    `features: ${FEATURES.length} · examples: ${trainer.examplesOf(corpus).length} corpus, ${trainer.examplesOf(fixtures).length} fixtures · l2 ${tuning.l2}`,
    line(`cross-validated (${FOLDS} folds by document)`, cv.totals),
    `${line('cross-validated strict', strictTotals)} at score ${strict}`,
    line('development corpus, balanced', dev),
    line('development corpus, strict', devStrict),
  ].join('\n'),
);

if (!(await writeWeights(final, args.includes('--check')))) {
  process.stderr.write(
    'train:detector: utils/detector/weights.ts is not what training gives; run npm run -s train:detector\n',
  );
  process.exit(1);
}

/** Cross-validated precision and recall at other balanced thresholds. */
function sweep(): void {
  for (const t of [-1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3]) {
    const change = (model: Model): Model => ({
      ...model,
      thresholds: { ...model.thresholds, balanced: t },
    });
    print(line(`threshold ${t}`, foldTotals(cv, change)));
  }
}

/** Per feature: how often it is set on statuses and on other numbers, and its weight. */
function stats(model: Model): void {
  const all = trainer.examplesOf([...corpus, ...fixtures]);
  for (const [i, name] of FEATURES.entries()) {
    const on = all.filter((e) => (e.x[i] ?? 0) !== 0);
    const pos = on.filter((e) => e.y === 1).length;
    const weight = (model.weights[i] ?? 0).toFixed(2);
    print(
      `${name.padEnd(20)} ${String(pos).padStart(4)} ${String(on.length - pos).padStart(4)} ${weight.padStart(7)}`,
    );
  }
}

/** A corpus document's number: its file name starts with it. */
function numberOf(p: Prepared): number {
  return Number.parseInt(p.doc.id, 10);
}

/**
 * Weights fit on the documents numbered below `from` (and our fixtures), measured on the others:
 * how the detector does on text of kinds it was not fit on, as a newcomer's page would be.
 */
function holdOut(from: number): void {
  const fitOn = corpus.filter((p) => numberOf(p) < from);
  const rest = corpus.filter((p) => numberOf(p) >= from);
  const model = trainer.modelOf([...fitOn, ...fixtures], strict);
  print(
    line(
      `fit on documents below ${from}, measured on the ${rest.length} others`,
      evaluate(rest, model),
    ),
  );
}
