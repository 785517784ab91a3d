import { expect, it } from 'vitest';
import { STATUS_CODES } from '../../data/index.ts';
import { isKnownCode, phraseTable } from './phrase-table.ts';

const PHRASES = phraseTable().byCode;

it('the detector knows exactly the codes the dataset explains', () => {
  const dataset = STATUS_CODES.map((c) => c.code);
  const table = Object.keys(PHRASES).map(Number);
  expect(table.sort((a, b) => a - b)).toEqual(dataset);
  for (const code of dataset) expect(isKnownCode(code)).toBe(true);
  expect(isKnownCode(299)).toBe(false);
});

/** The detector's table stores phrases folded: lower case, `-` and `_` as spaces. */
const folded = (s: string) => s.toLowerCase().replace(/[-_]/gu, ' ');

it('every reason phrase of the dataset is one the detector reads after its code', () => {
  for (const { code, meanings } of STATUS_CODES) {
    for (const m of meanings) {
      for (const phrase of [m.phrase, ...(m.formerPhrases ?? [])]) {
        expect(PHRASES[code], `${code} ${phrase}`).toContain(folded(phrase));
      }
    }
  }
});
