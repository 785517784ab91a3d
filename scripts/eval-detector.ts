/**
 * `npm run -s eval:detector -- DIR [--strict]`: precision/recall of the status-code detector on a
 * folder of labelled documents (format of `shared/corpus/detector-dev/`). Errors one per line;
 * the last line is the summary. Balanced sensitivity unless `--strict`.
 */
import { detect } from '../utils/detector/detect.ts';
import { loadCorpus } from './detector/corpus.ts';
import { evaluateDetector, formatDetectorReport } from './detector/eval.ts';

const USAGE = 'usage: npm run -s eval:detector -- DIR [--strict]\n';
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const dirs = args.filter((a) => a !== '--strict');
const dir = dirs[0];
if (dir === undefined || dirs.length > 1 || dirs.some((a) => a.startsWith('--'))) {
  process.stderr.write(USAGE);
  process.exit(2);
}

let docs;
try {
  docs = loadCorpus(dir, (file, why) =>
    process.stderr.write(`eval:detector: skipped ${file}: ${why}\n`),
  );
} catch {
  process.stderr.write(`eval:detector: cannot read folder ${dir}\n${USAGE}`);
  process.exit(2);
}
const sensitivity = strict ? 'strict' : 'balanced';
// No time budget: the figures are the detector's judgement, whatever the machine's load.
const report = evaluateDetector(docs, (text) => detect(text, { sensitivity, budgetMs: Infinity }));
process.stdout.write(`${formatDetectorReport(report)}\n`);
