/**
 * `npm run -s eval:detector -- DIR [--strict]`: precision/recall of the status-code detector on a
 * folder of labelled documents (format of `shared/corpus/detector-dev/`). Errors one per line;
 * the last line is the summary. Balanced sensitivity unless `--strict`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detect } from '../utils/detector/detect.ts';
import {
  evaluateDetector,
  formatDetectorReport,
  type EvalDocument,
} from './detector/eval.ts';

const USAGE = 'usage: npm run -s eval:detector -- DIR [--strict]\n';
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const dirs = args.filter((a) => a !== '--strict');
const dir = dirs[0];
if (dir === undefined || dirs.length > 1 || dirs.some((a) => a.startsWith('--'))) {
  process.stderr.write(USAGE);
  process.exit(2);
}

function listJson(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    process.stderr.write(`eval:detector: cannot read folder ${folder}\n${USAGE}`);
    return process.exit(2);
  }
}

/** One document; a file that is not one is reported on stderr and left out. */
function load(file: string): EvalDocument[] {
  try {
    const doc = JSON.parse(readFileSync(join(dir ?? '.', file), 'utf8')) as Partial<EvalDocument>;
    if (typeof doc.text !== 'string') throw new Error('no "text"');
    const id = doc.id ?? file.replace(/\.json$/, '');
    return [{ id, text: doc.text, occurrences: doc.occurrences ?? [] }];
  } catch (error) {
    process.stderr.write(`eval:detector: skipped ${file}: ${String(error)}\n`);
    return [];
  }
}

const docs = listJson(dir).flatMap(load);
const sensitivity = strict ? 'strict' : 'balanced';
const report = evaluateDetector(docs, (text) => detect(text, { sensitivity }));
process.stdout.write(`${formatDetectorReport(report)}\n`);
