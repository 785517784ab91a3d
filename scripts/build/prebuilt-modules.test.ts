import { expect, it } from 'vitest';
import { COMMON_ENTRIES } from '../../entrypoints/popup/common-entries.ts';
import { PHRASES } from '../../utils/detector/phrase-source.ts';
import { COMMON_CODES } from '../../utils/search/recent.ts';
import { textIndexSnapshot } from '../../utils/search/text-index-snapshot.ts';
import { modulePath, prebuiltModules } from './prebuilt-modules.ts';

const load = (relative: string) => prebuiltModules().load(modulePath(relative));

it('the build loads phrase-source.ts as the computed table and imports nothing', () => {
  const actual = load('utils/detector/phrase-source.ts');
  expect(actual).toBe(`export const PHRASES = ${JSON.stringify(PHRASES)};\n`);
  expect(actual).not.toMatch(/^import /m);
});

it('the build loads common-entries.ts as the common codes’ entries and imports nothing', async () => {
  const actual = load('entrypoints/popup/common-entries.ts') ?? '';
  expect(actual).not.toMatch(/^import /m);
  const url = `data:text/javascript,${encodeURIComponent(actual)}`;
  const loaded = (await import(url)) as { COMMON_ENTRIES: unknown };
  expect(loaded.COMMON_ENTRIES).toEqual(COMMON_ENTRIES);
  expect(COMMON_ENTRIES.map((e) => e.code)).toEqual(COMMON_CODES);
});

it('the build loads text-index-snapshot.ts as the finished JSON and imports nothing', async () => {
  const actual = load('utils/search/text-index-snapshot.ts') ?? '';
  expect(actual).not.toMatch(/^import /m);
  const url = `data:text/javascript,${encodeURIComponent(actual)}`;
  const loaded = (await import(url)) as { textIndexSnapshot: () => string };
  expect(loaded.textIndexSnapshot()).toBe(textIndexSnapshot());
});

it('leaves every other module to Vite', () => {
  expect(load('utils/detector/phrase-table.ts')).toBeNull();
  expect(load('entrypoints/popup/model.ts')).toBeNull();
});
