/**
 * The detector's single pass over the text: digit runs are read by hand (no regular expression
 * can backtrack here), three-digit runs that stand alone by the corpus rule become candidates,
 * one digit plus `xx` a class token. Everything else is skipped whole.
 */
import { phraseAfter } from './detector-phrases.ts';
import { isAsciiLetter, isDigit, skipSpaces } from './detector-text.ts';

export interface ScanVisitor {
  /** A standalone three-digit number whose value `isKnown` accepts. */
  readonly number: (start: number, end: number, code: number) => void;
  /** `401,403,404`: codes a page joined with commas and no spaces (`starts` of each). */
  readonly group: (starts: readonly number[], codes: readonly number[]) => void;
  /** A class token `4xx` at `start` (three characters). */
  readonly classToken: (start: number) => void;
}

const isWordy = (c: number): boolean => isAsciiLetter(c) || c === 95;
const valueAt = (text: string, i: number): number =>
  (text.charCodeAt(i) - 48) * 100 +
  (text.charCodeAt(i + 1) - 48) * 10 +
  text.charCodeAt(i + 2) -
  48;

export function scan(text: string, isKnown: (code: number) => boolean, visit: ScanVisitor): void {
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    const start = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    if (i - start === 1 && isClassToken(text, start)) visit.classToken(start);
    if (i - start !== 3) continue;
    const group = commaGroup(text, start);
    if (group) {
      const codes = group.map((s) => valueAt(text, s));
      if (codes.every(isKnown)) visit.group(group, codes);
      i = (group.at(-1) ?? start) + 3;
      continue;
    }
    const code = valueAt(text, start);
    if (isKnown(code) && (isStandalone(text, start, i) || isGluedStatus(text, start, i, code))) {
      visit.number(start, i, code);
    }
  }
}

/**
 * The corpus rule for a standalone number: not glued to ASCII letters, `_` or `.` (`404px`,
 * `error_404`, `1.404`, `404.html`), not part of `1,500`; a plural `s` (`404s`) and Korean
 * particles (`404가`) may follow.
 */
function isStandalone(text: string, start: number, end: number): boolean {
  const p = text.charCodeAt(start - 1);
  if (isWordy(p) || p === 46 || (p === 44 && isDigit(text.charCodeAt(start - 2)))) return false;
  return rightBoundary(text, end);
}

function rightBoundary(text: string, end: number): boolean {
  const n = text.charCodeAt(end);
  const n2 = text.charCodeAt(end + 1);
  if (n === 115) return !(isWordy(n2) || isDigit(n2)); // `404s`
  if (isWordy(n)) return false;
  if (n === 46 && (isWordy(n2) || isDigit(n2))) return false;
  return !(n === 44 && isDigit(n2));
}

/**
 * Pages that lost a space (`400Bad Request`, `→401Unauthorized`, `HTTP404 Not Found`) still
 * show a status when its reason phrase follows; never `error_404` or `1.404`.
 */
function isGluedStatus(text: string, start: number, end: number, code: number): boolean {
  const p = text.charCodeAt(start - 1);
  if (p === 95 || p === 46 || (p === 44 && isDigit(text.charCodeAt(start - 2)))) return false;
  return phraseAfter(text, end, code) === 'exact';
}

/**
 * `401,403` (a page that lost its spaces) rather than the thousands groups of `1,500` or
 * `374,000`: runs of exactly three digits joined by single commas, standing alone at both ends.
 */
function commaGroup(text: string, start: number): number[] | null {
  const p = text.charCodeAt(start - 1);
  if (text[start + 3] !== ',' || isWordy(p) || isDigit(p) || p === 44 || p === 46) return null;
  const starts = [start];
  let k = start + 3;
  while (text[k] === ',' && isDigit(text.charCodeAt(k + 1)) && isDigit(text.charCodeAt(k + 3))) {
    if (!isDigit(text.charCodeAt(k + 2)) || isDigit(text.charCodeAt(k + 4))) return null;
    starts.push(k + 1);
    k += 4;
  }
  return starts.length > 1 && rightBoundary(text, k) ? starts : null;
}

/** `4xx`, `5XX`: not glued to letters, digits, `_` or `.`. */
function isClassToken(text: string, start: number): boolean {
  const d = text.charCodeAt(start);
  const x1 = text.charCodeAt(start + 1) | 32;
  const x2 = text.charCodeAt(start + 2) | 32;
  if (d < 49 || d > 53 || x1 !== 120 || x2 !== 120) return false;
  const p = text.charCodeAt(start - 1);
  const n = text.charCodeAt(start + 3);
  const n2 = text.charCodeAt(start + 4);
  if (isWordy(p) || isDigit(p) || p === 46) return false;
  return !(isWordy(n) || isDigit(n) || (n === 46 && (isWordy(n2) || isDigit(n2))));
}

/**
 * A number with only plain numbers and spaces around it (`404 404 404`, the size after a status
 * in a log line, a column of figures) has no context to judge, and it cannot join a list — unless
 * its line is a directive (`error_page 500 502 503`). Checked first, so that hostile runs of
 * numbers cost almost nothing.
 */
export function isBare(text: string, start: number, end: number, lineStart: number): boolean {
  let i = start;
  while (i > lineStart && start - i < 8 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i === start && i > lineStart) return false;
  let k = i;
  while (k > lineStart && i - k < 12 && isDigit(text.charCodeAt(k - 1))) k--;
  // The number before must be a plain one (`404 512`), not the end of `HTTP/2` or `1.1`.
  const plain = k === lineStart || text[k - 1] === ' ' || text[k - 1] === '\t';
  if (k === i ? i !== lineStart : !plain) return false;
  let j = end;
  while (j < text.length && j - end < 8 && (text[j] === ' ' || text[j] === '\t')) j++;
  if (j < text.length && !isDigit(text.charCodeAt(j))) return false;
  return !isAsciiLetter(text.charCodeAt(skipSpaces(text, lineStart, 40)));
}
