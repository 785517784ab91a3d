/**
 * Reason phrases by code, read after and before numbers: registered and former names, the
 * wordings servers and libraries print, other languages, and Korean names (`403 금지됨`).
 *
 * Packed as one string (`phrase-source.ts` computes it from the dataset): `|` between phrases, a
 * code before the first phrase of its list; folded (lower case, `-` and `_` as spaces). `~` marks
 * a phrase that is also an everyday wording ("Found 302 results"), which counts only as written
 * in a status line (Title Case or upper case).
 */
import { PHRASES } from './phrase-source.ts';
import { isDigit } from './text.ts';

interface PhraseTable {
  /** Folded phrases by code. */
  readonly byCode: Readonly<Record<number, readonly string[]>>;
  /** The phrases marked `~`. */
  readonly everyday: ReadonlySet<string>;
}

let parsed: PhraseTable | undefined;

/**
 * The table, parsed on first use: a page with no number that could be a status (most pages)
 * never pays for it (docs/performance.md, "start-up").
 */
export function phraseTable(): PhraseTable {
  if (parsed) return parsed;
  const byCode: Record<number, string[]> = {};
  const everyday = new Set<string>();
  let code = 0;
  for (let phrase of PHRASES.split('|')) {
    if (isDigit(phrase.charCodeAt(0))) {
      code = Number(phrase.slice(0, 3));
      phrase = phrase.slice(4);
    }
    if (phrase.startsWith('~')) everyday.add((phrase = phrase.slice(1)));
    (byCode[code] ??= []).push(phrase);
  }
  return (parsed = { byCode, everyday });
}

/**
 * The numbers we know and can explain: exactly the dataset's codes. The content script reads only these, so it never highlights a number it
 * could not explain, and reads far fewer candidates on pages full of numbers.
 */
export const isKnownCode = (code: number): boolean => phraseTable().byCode[code] !== undefined;
