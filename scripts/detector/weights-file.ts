/** `utils/detector/weights.ts` as training writes it, and the check that it is what training gives. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { FEATURES } from '../../utils/detector/feature-names.ts';
import type { Model } from '../../utils/detector/model.ts';

const WEIGHTS_FILE = fileURLToPath(new URL('../../utils/detector/weights.ts', import.meta.url));

const round = (x: number): number => Math.round(x * 1000) / 1000;

function weightsSource(model: Model): Promise<string> {
  return format(
    `/**
 * The detector's weights, written by \`npm run -s train:detector\` from the development corpus
 * and our fixture tables (docs/detector.md); do not edit by hand. One weight per feature of
 * \`feature-index.ts\`, in its order.
 */

/** The features these weights were fit for (a test checks they are \`FEATURES\`). */
export const TRAINED_FOR = ${JSON.stringify(FEATURES)};

export const WEIGHTS: readonly number[] = ${JSON.stringify(Array.from(model.weights, round))};

export const BIAS = ${round(model.bias)};

export const THRESHOLDS = {
  thresholds: { balanced: ${model.thresholds.balanced}, strict: ${model.thresholds.strict} },
} as const;
`,
    { parser: 'typescript', printWidth: 100, singleQuote: true },
  );
}

/** Writes the weights of `model`; with `check`, writes nothing and says whether they differ. */
export async function writeWeights(model: Model, check: boolean): Promise<boolean> {
  const source = await weightsSource(model);
  if (check) return readFileSync(WEIGHTS_FILE, 'utf8') === source;
  writeFileSync(WEIGHTS_FILE, source);
  return true;
}
