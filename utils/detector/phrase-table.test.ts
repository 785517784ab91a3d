import { describe, expect, it } from 'vitest';
import { STATUS_CODES } from '../../data/index.ts';
import { EVERYDAY_PHRASES, PRINTED_PHRASES } from '../../data/printed-phrases.ts';
import { isKnownCode, phraseTable } from './phrase-table.ts';

const { byCode: PHRASES, everyday: EVERYDAY } = phraseTable();

/** The detector's table stores phrases folded: lower case, `-` and `_` as spaces. */
const folded = (s: string) => s.toLowerCase().replace(/[-_]/gu, ' ');

it('the detector knows exactly the codes the dataset explains', () => {
  const dataset = STATUS_CODES.map((c) => c.code);
  const table = Object.keys(PHRASES).map(Number);
  expect(table.sort((a, b) => a - b)).toEqual(dataset);
  for (const code of dataset) expect(isKnownCode(code)).toBe(true);
  expect(isKnownCode(299)).toBe(false);
});

it('every reason phrase of the dataset is one the detector reads after its code', () => {
  for (const { code, meanings } of STATUS_CODES) {
    for (const m of meanings) {
      for (const phrase of [m.phrase, ...(m.formerPhrases ?? [])]) {
        expect(PHRASES[code], `${code} ${phrase}`).toContain(folded(phrase));
      }
    }
  }
});

describe('printed phrases (data/printed-phrases.ts)', () => {
  const printed = Object.entries(PRINTED_PHRASES).flatMap(([code, w]) =>
    [...(w?.en ?? []), ...(w?.ko ?? []), ...(w?.others ?? [])].map(
      (p) => [Number(code), p] as const,
    ),
  );

  it.each(printed)('%i %s is read after its code', (code, phrase) => {
    expect(STATUS_CODES.map((c) => c.code)).toContain(code);
    // `|` separates phrases in the packed table; a leading digit or `~` would be read as a mark.
    expect(phrase).toMatch(/^[^\d~|][^|]*$/u);
    expect(PHRASES[code]).toContain(folded(phrase));
  });

  it('every everyday phrase is a phrase of some code, and only those are everyday', () => {
    const all = new Set(Object.values(PHRASES).flat());
    for (const phrase of EVERYDAY_PHRASES) expect(all).toContain(folded(phrase));
    expect([...EVERYDAY].sort()).toEqual(EVERYDAY_PHRASES.map(folded).sort());
  });
});
