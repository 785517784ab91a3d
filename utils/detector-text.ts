/**
 * Character classes and bounded readers for the status-code detector. Every reader stops after
 * a fixed number of characters, so the work per candidate is constant whatever the page holds.
 */

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
export const isHangul = (c: number): boolean =>
  (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3131 && c <= 0x318e);
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 13;

/** Identifier-like characters: `status_code`, `HTTP`, `$host`, `상태`. */
export function isWordChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 95 || c === 36 || isHangul(c);
}

/** Inside a word, a dot between word characters joins: `res.status`, `1.1`, `requests.exceptions`. */
function inWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isWordChar(c)) return true;
  return c === 46 && isWordChar(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(i + 1));
}

/** A word next to a candidate, with the characters between it and the candidate side. */
export interface Token {
  /** Lower-cased. */
  readonly word: string;
  /** The word as written (for case checks). */
  readonly raw: string;
  /** Characters between this word and the previous token (or the candidate). */
  readonly sep: string;
  readonly start: number;
  readonly end: number;
}

const MAX_SEP = 12;
const MAX_WORD = 48;

function token(text: string, start: number, end: number, sep: string): Token {
  const raw = text.slice(start, end);
  return { word: raw.toLowerCase(), raw, sep, start, end };
}

/** Up to `max` words before `pos` on the same line, nearest first. */
export function wordsBefore(text: string, pos: number, max: number): Token[] {
  const out: Token[] = [];
  let i = pos;
  while (out.length < max) {
    let j = i;
    while (j > 0 && i - j < MAX_SEP && !isWordChar(text.charCodeAt(j - 1)) && text[j - 1] !== '\n')
      j--;
    if (j === 0 || !isWordChar(text.charCodeAt(j - 1))) break;
    const end = j;
    while (j > 0 && end - j < MAX_WORD && inWord(text, j - 1)) j--;
    out.push(token(text, j, end, text.slice(end, i)));
    i = j;
  }
  return out;
}

/** Up to `max` words after `pos` on the same line, nearest first. */
export function wordsAfter(text: string, pos: number, max: number): Token[] {
  const out: Token[] = [];
  let i = pos;
  const n = text.length;
  while (out.length < max) {
    let j = i;
    while (j < n && j - i < MAX_SEP && !isWordChar(text.charCodeAt(j)) && text[j] !== '\n') j++;
    if (j === n || !isWordChar(text.charCodeAt(j))) break;
    const start = j;
    while (j < n && j - start < MAX_WORD && inWord(text, j)) j++;
    out.push(token(text, start, j, text.slice(i, start)));
    i = j;
  }
  return out;
}

/** Is `pos` first on its line, after at most a little indentation? */
export function isLineStart(text: string, pos: number, lineStart: number): boolean {
  let i = pos;
  while (i > lineStart && pos - i < 40 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === lineStart;
}

/** Does the line starting at `lineStart` begin (after indentation) with `word` and a space? */
export function lineStartsWith(text: string, lineStart: number, word: string): boolean {
  const i = skipSpaces(text, lineStart, 40);
  return (
    text.startsWith(word, i) && (text[i + word.length] === ' ' || text[i + word.length] === '\t')
  );
}

/** Spaces and tabs (not line breaks) starting at `pos`, going right. */
export function skipSpaces(text: string, pos: number, limit = 8): number {
  let i = pos;
  while (i < text.length && i - pos < limit && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Start of the line holding `pos`, for non-decreasing positions: one forward walk over the
 * line breaks for the whole text (a 1 MB single line must not be rescanned per candidate).
 */
export function createLineCursor(text: string): (pos: number) => number {
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  return (pos) => {
    while (nextBreak !== -1 && nextBreak < pos) {
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    return lineStart;
  };
}

/** Where `pattern` (global) matches in the text, in one pass. */
export function positionsOf(text: string, pattern: RegExp): number[] {
  const positions: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    positions.push(m.index);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return positions;
}

/**
 * "Is one of `positions` (sorted) from `before` characters before to `after` characters after
 * `pos`?", for non-decreasing `pos`: queries only advance a pointer, so together they cost O(n).
 */
export function createProximity(
  positions: readonly number[],
  before: number,
  after: number,
): (pos: number) => boolean {
  let k = 0;
  return (pos) => {
    while (k < positions.length && (positions[k] ?? 0) < pos - before) k++;
    const p = positions[k];
    return p !== undefined && p <= pos + after;
  };
}
