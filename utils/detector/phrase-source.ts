/**
 * The packed phrase table (format in `phrase-table.ts`), computed from the dataset: each code's
 * registered phrase and former names, and what pages print besides (`data/printed-phrases.ts`).
 * The detector's one way into `data/`: the production build replaces this module with the string
 * it computes (`scripts/build/prebuilt-modules.ts`), so the content script holds the table alone.
 */
import { STATUS_CODES } from '../../data/index.ts';
import { EVERYDAY_PHRASES, PRINTED_PHRASES } from '../../data/printed-phrases.ts';

/** As the table stores a phrase: lower case, `-` and `_` as spaces. */
const fold = (phrase: string): string => phrase.toLowerCase().replace(/[-_]/g, ' ');

const everyday = new Set(EVERYDAY_PHRASES.map(fold));

function phrasesOf(code: number, meanings: (typeof STATUS_CODES)[number]['meanings']): string[] {
  const printed = PRINTED_PHRASES[code];
  const all = [
    ...meanings.flatMap((m) => [m.phrase, ...(m.formerPhrases ?? [])]),
    ...(printed?.en ?? []),
    ...(printed?.ko ?? []),
    ...(printed?.others ?? []),
  ];
  return [...new Set(all.map(fold))].map((p) => (everyday.has(p) ? `~${p}` : p));
}

export const PHRASES: string = STATUS_CODES.map(
  ({ code, meanings }) => `${code} ${phrasesOf(code, meanings).join('|')}`,
).join('|');
