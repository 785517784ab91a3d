/**
 * A Vite plugin: the build loads `utils/detector/phrase-source.ts` as the string it computes,
 * so the content script carries the detector's phrase table and none of the dataset behind it.
 */
import { fileURLToPath } from 'node:url';
import { PHRASES } from '../../utils/detector/phrase-source.ts';

/** Vite names modules by absolute path with forward slashes, on Windows too. */
const SOURCE = fileURLToPath(
  new URL('../../utils/detector/phrase-source.ts', import.meta.url),
).replaceAll('\\', '/');

export function prebuiltPhrases() {
  return {
    name: 'prebuilt-phrases',
    enforce: 'pre' as const,
    load(id: string): string | null {
      return id.split('?')[0] === SOURCE
        ? `export const PHRASES = ${JSON.stringify(PHRASES)};\n`
        : null;
    },
  };
}
