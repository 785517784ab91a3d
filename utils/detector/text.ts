/**
 * Character classes and bounded readers for the status-code detector. Every reader stops after
 * a fixed number of characters, so the work per candidate is constant whatever the page holds.
 */

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
export const isHangul = (c: number): boolean =>
  (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3131 && c <= 0x318e);
/** Chinese characters and Japanese kana, written without spaces between words. */
export const isCjk = (c: number): boolean =>
  (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
/** Letters of Latin with accents (`código`, `lỗi`) and Cyrillic (`ошибка`). */
const isOtherLetter = (c: number): boolean =>
  (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
  (c >= 0x1e00 && c <= 0x1eff) ||
  (c >= 0x400 && c <= 0x4ff);
/** Identifier-like characters: `status_code`, `HTTP`, `$host`, `상태`, `código`. */
const isWordChar = (c: number): boolean =>
  isAsciiLetter(c) ||
  isDigit(c) ||
  c === 95 ||
  c === 36 ||
  isHangul(c) ||
  (c >= 0xc0 && isOtherLetter(c));

export const SPACE = /[ \t]/;
/** Spaces as pages write them: also no-break spaces and the `\r` of `\r\n`. */
export const BLANK = /[ \t\u00a0\r]/;
/** A separator of spaces and tabs only (`404 512`, `return 301`). */
export const TABS = /^[ \t]+$/;
/** A short gap of spaces between two words: `nginx 502`, `Chrome 120`. */
export const SPACES = /^[ \t\u00a0]{1,3}$/;
/** A word that is a plain number. */
export const NUMBER = /^\d+$/;

/**
 * Steps from `pos` over characters that `pass` accepts, at most `limit` of them, rightwards or
 * (`step` -1) leftwards, never past `stop`; returns where it stopped.
 */
export function walk(
  text: string,
  pos: number,
  pass: RegExp,
  limit: number,
  step = 1,
  stop = step > 0 ? text.length : 0,
): number {
  let i = pos;
  while (i !== stop && Math.abs(i - pos) < limit && pass.test(text.charAt(step > 0 ? i : i - 1))) {
    i += step;
  }
  return i;
}

/** Is `pos` first on its line, after at most a little indentation? */
export const isLineStart = (text: string, pos: number, lineStart: number): boolean =>
  walk(text, pos, SPACE, 40, -1, lineStart) === lineStart;

/** A word next to a candidate, with the characters between it and the candidate side. */
export interface Token {
  /** Lower-cased. */
  readonly word: string;
  /** The word as written (for case checks). */
  readonly raw: string;
  /** Characters between this word and the previous token (or the candidate). */
  readonly sep: string;
  readonly start: number;
}

/** The word of `t` when only `gap` separates it from the token before; otherwise `''`. */
export const wordAcross = (t: Token | undefined, gap: RegExp): string =>
  t && gap.test(t.sep) ? t.word : '';

/**
 * Up to `max` words on the same line after `pos` or (`step` -1) before it, nearest first. A dot
 * between word characters joins (`res.status`, `1.1`); separators and words are read at most 12
 * and 48 characters long.
 */
export function words(text: string, pos: number, max: number, step = 1): Token[] {
  const out: Token[] = [];
  // Leftwards, the character "at" i is the one before it.
  const shift = step > 0 ? 0 : -1;
  for (let i = pos; out.length < max;) {
    let j = i;
    let c = text.charCodeAt(j + shift);
    while ((j - i) * step < 12 && !isWordChar(c) && c !== 10) {
      j += step;
      c = text.charCodeAt(j + shift);
    }
    if (!isWordChar(c)) break;
    const edge = j;
    while ((j - edge) * step < 48) {
      c = text.charCodeAt(j + shift);
      if (
        !isWordChar(c) &&
        !(
          c === 46 &&
          isWordChar(text.charCodeAt(j + shift - step)) &&
          isWordChar(text.charCodeAt(j + shift + step))
        )
      ) {
        break;
      }
      j += step;
    }
    const raw = step > 0 ? text.slice(edge, j) : text.slice(j, edge);
    const sep = step > 0 ? text.slice(i, edge) : text.slice(edge, i);
    out.push({ word: raw.toLowerCase(), raw, sep, start: step > 0 ? edge : j });
    i = j;
  }
  return out;
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

/**
 * "Does `pattern` (global, never empty) match from `before` characters before to `after`
 * characters after `pos`?", for non-decreasing `pos`: the pattern only ever searches onwards, so
 * all queries together cost one pass over the text, made on first use.
 */
export function near(
  text: string,
  pattern: RegExp,
  before: number,
  after = before,
): (pos: number) => boolean {
  const search = new RegExp(pattern);
  let at = -Infinity;
  return (pos) => {
    while (at < pos - before) at = search.exec(text)?.index ?? Infinity;
    return at <= pos + after;
  };
}
