import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { PHRASES } from '../../utils/detector/phrase-source.ts';
import { prebuiltPhrases } from './prebuilt-phrases.ts';

const source = fileURLToPath(
  new URL('../../utils/detector/phrase-source.ts', import.meta.url),
).replaceAll('\\', '/');

it('the build loads phrase-source.ts as the computed table and imports nothing', () => {
  const actual = prebuiltPhrases().load(source);
  expect(actual).toBe(`export const PHRASES = ${JSON.stringify(PHRASES)};\n`);
  expect(actual).not.toMatch(/\bimport\b/);
});

it('leaves every other module to Vite', () => {
  expect(prebuiltPhrases().load(source.replace('phrase-source', 'phrase-table'))).toBeNull();
});
