/**
 * `npm run -s explain:detector -- TEXT | --file PATH`: every candidate of a text (or of a corpus
 * document, `PATH` a `.json` in the corpus format) with its score and the features that made
 * it, largest first; `*` marks what the detector reports. For finding why a number was or was
 * not taken.
 */
import { readFileSync } from 'node:fs';
import { decide, judgeText } from '../utils/detector/detect.ts';
import { FEATURES } from '../utils/detector/feature-names.ts';
import { TRAINED } from '../utils/detector/model.ts';
import { snippet } from './detector/eval.ts';

const args = process.argv.slice(2);
const file = args[0] === '--file' ? args[1] : undefined;
const input = file ? readFileSync(file, 'utf8') : args.join(' ');
if (!input) {
  process.stderr.write('usage: npm run -s explain:detector -- TEXT | --file PATH\n');
  process.exit(2);
}
const text = file?.endsWith('.json') ? (JSON.parse(input) as { text: string }).text : input;
process.stdout.write(`bias ${TRAINED.bias}\n`);
const { judged } = judgeText(text);
decide(judged, TRAINED, 'balanced');
for (const j of judged) {
  const parts = FEATURES.map((name, i) => ({
    name,
    value: (j.ev[i] ?? 0) * (TRAINED.weights[i] ?? 0),
    x: j.ev[i] ?? 0,
  }))
    .filter((p) => p.x !== 0)
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
    .map(
      (p) =>
        `${p.name}${p.x === 1 ? '' : `=${p.x.toFixed(2)}`} ${p.value >= 0 ? '+' : ''}${p.value.toFixed(2)}`,
    );
  process.stdout.write(
    `${j.accepted ? '*' : ' '} ${j.z.toFixed(2).padStart(6)}  ${snippet(text, j.start, j.end, 30)}\n         ${parts.join(' · ')}\n`,
  );
}
