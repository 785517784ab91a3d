/**
 * A Vite plugin: the build loads a few modules as the values they compute from the dataset, so
 * the bundle that imports one carries that value and none of the dataset behind it:
 * `utils/detector/phrase-source.ts` (the detector's phrase table, in the content script),
 * `entrypoints/popup/common-entries.ts` (the common codes' entries, the popup's first list) and
 * `utils/search/text-index-snapshot.ts` (the search's text index, in the worker).
 */
import { fileURLToPath } from 'node:url';
import { COMMON_ENTRIES } from '../../entrypoints/popup/common-entries.ts';
import { PHRASES } from '../../utils/detector/phrase-source.ts';
import { textIndexSnapshot } from '../../utils/search/text-index-snapshot.ts';

/** Vite names modules by absolute path with forward slashes, on Windows too. */
export const modulePath = (relative: string): string =>
  fileURLToPath(new URL(`../../${relative}`, import.meta.url)).replaceAll('\\', '/');

/** Each module's source as the build loads it. */
const PREBUILT: ReadonlyMap<string, () => string> = new Map([
  [
    modulePath('utils/detector/phrase-source.ts'),
    () => `export const PHRASES = ${JSON.stringify(PHRASES)};\n`,
  ],
  [
    modulePath('entrypoints/popup/common-entries.ts'),
    // A JSON string parses faster than the same object literal compiles.
    () =>
      `export const COMMON_ENTRIES = JSON.parse(${JSON.stringify(JSON.stringify(COMMON_ENTRIES))});\n`,
  ],
  [
    modulePath('utils/search/text-index-snapshot.ts'),
    () => `export const textIndexSnapshot = () => ${JSON.stringify(textIndexSnapshot())};\n`,
  ],
]);

export function prebuiltModules() {
  return {
    name: 'prebuilt-modules',
    enforce: 'pre' as const,
    load(id: string): string | null {
      return PREBUILT.get(id.split('?')[0] ?? '')?.() ?? null;
    },
  };
}
