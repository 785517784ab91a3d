/**
 * Reason phrases next to a number are the clearest sign that it is an HTTP status
 * (`404 Not Found`, `Not Found (404)`, `403 금지됨`). Matching folds case and `-`/`_`
 * (`NOT_FOUND`, `Multi-Status`) without allocating, and skips the gap between a code and its
 * phrase, HTML table cells included (`<td>200</td><td>OK</td>`).
 */
import { EVERYDAY, KO_PHRASES, PHRASES } from './detector-phrase-table.ts';
import { isAsciiLetter, isHangul } from './detector-text.ts';

/** Folds one character code: ASCII upper to lower, `-` `_` and their Unicode kin to space, `’` to `'`. */
function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 45 || c === 95 || c === 0x2010 || c === 0x2011) return 32;
  return c === 0x2019 ? 39 : c;
}

/** Does the folded text at `pos` read `phrase` (already folded), ending at a word boundary? */
function readsAt(text: string, pos: number, phrase: string): boolean {
  if (pos < 0 || pos + phrase.length > text.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    if (foldCode(text.charCodeAt(pos + k)) !== phrase.charCodeAt(k)) return false;
  }
  // A page that lost a space may glue the next sentence on: `Bad RequestThe server …`.
  const last = text.charCodeAt(pos + phrase.length - 1);
  const next = text.charCodeAt(pos + phrase.length);
  return (
    endsWord(text, pos + phrase.length) || (last >= 97 && last <= 122 && next >= 65 && next <= 90)
  );
}

/** Between a code and its phrase: spaces, one line break, `(`, `-`, `:`, `|`, quotes, `**`. */
const GAP = new Set(' \t\u00a0\r\n(-\u2013\u2014:|"\'`*=[,');
const TAG = /^<\/?[a-z]+\d?>/i;

/** Past the gap and any HTML tags (`200</td>\n<td>OK`), at most ~40 characters and one line break. */
function skipGap(text: string, pos: number): number {
  let i = pos;
  let breaks = 0;
  while (i < text.length && i - pos < 40) {
    const ch = text[i] ?? '';
    if (ch === '<') {
      const tag = TAG.exec(text.slice(i, i + 12));
      if (!tag) break;
      i += tag[0].length;
    } else if (GAP.has(ch)) {
      if (ch === '\n' && ++breaks > 1) break;
      i++;
    } else break;
  }
  return i;
}

/** A phrase ends where letters stop (`Not Found.`, also `Continue15.2.1` in a squashed list). */
const endsWord = (text: string, i: number): boolean => !isAsciiLetter(text.charCodeAt(i));

export type PhraseStrength = 'exact' | 'everyday' | null;

/** Does a reason phrase of `code` follow the number ending at `end`? */
export function phraseAfter(text: string, end: number, code: number): PhraseStrength {
  const phrases = PHRASES[code];
  if (!phrases) return null;
  const start = skipGap(text, end);
  if (isHangul(text.charCodeAt(start))) {
    const ko = KO_PHRASES[code] ?? [];
    return ko.some((phrase) => text.startsWith(phrase, start)) ? 'exact' : null;
  }
  if (!isAsciiLetter(text.charCodeAt(start))) return null;
  let found: PhraseStrength = null;
  for (const phrase of phrases) {
    if (!readsAt(text, start, phrase)) continue;
    if (!EVERYDAY.has(phrase)) return 'exact';
    const first = text.charCodeAt(start);
    found = first >= 65 && first <= 90 ? 'exact' : 'everyday';
  }
  return found;
}

/** `Not Found (404)`, `Forbidden: 403`, `| Not Found | 404 |`: a phrase right before the number. */
export function phraseBefore(text: string, start: number, code: number): boolean {
  const phrases = PHRASES[code];
  if (!phrases) return false;
  let q = start;
  while (q > 0 && start - q < 4 && ' \t(:|-'.includes(text[q - 1] ?? '\n')) q--;
  if (q === start || !isAsciiLetter(text.charCodeAt(q - 1))) return false;
  return phrases.some((phrase) => {
    if (EVERYDAY.has(phrase) || phrase === 'ok') return false;
    const from = q - phrase.length;
    return readsAt(text, from, phrase) && (from === 0 || endsWord(text, from - 1));
  });
}

/** `429 Client Error: …`, `503 Server Error` (Python requests): generic class wording. */
export function classWordingAfter(text: string, end: number, code: number): boolean {
  const digit = Math.floor(code / 100);
  return (
    (digit === 4 && readsAt(text, end, ' client error')) ||
    (digit === 5 && readsAt(text, end, ' server error'))
  );
}
