/**
 * The detector's single pass over the text: digit runs are read by hand (no regular expression
 * can backtrack here), three-digit runs that stand alone by the corpus rule become candidates,
 * one digit plus `xx` a class token. Everything else is skipped whole.
 */
import { phraseAfter } from './phrases.ts';
import { BLANK, isAsciiLetter, isDigit, isHangul, SPACE, walk } from './text.ts';

export interface ScanVisitor {
  /** A standalone three-digit number whose value `isKnown` accepts, with some context. */
  readonly number: (start: number, code: number) => void;
  /** `401,403,404`: codes a page joined with commas and no spaces (`starts` of each). */
  readonly group: (starts: readonly number[], codes: readonly number[]) => void;
  /** A class token `4xx` at `start` (three characters). */
  readonly classToken: (start: number) => void;
  /** True when the visitor takes no more: the scan stops there. */
  readonly full: () => boolean;
}

/**
 * Glued on the right: letters and `_` (`404px`), a dot before a word (`404.html`, `1.404.5`), a
 * thousands group (`1,500`); but a plural `s` (`404s`), a verb's `ing` or `ed` (`404ing`) and
 * Korean particles (`404가`) may follow.
 */
const GLUED_AFTER = /^(?!ing\b|ed\b)(?:[A-Za-rt-z_]|[s.]\w|,\d)/;
/** `4xx`, `5XX`: not glued to letters, digits, `_` or `.`. */
const CLASS_TOKEN = /(?<![\w.])[1-5][xX]{2}(?!\w|\.\w)/y;

export function scan(
  text: string,
  isKnown: (code: number) => boolean,
  lineOf: (pos: number) => number,
  visit: ScanVisitor,
): void {
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    const start = i;
    while (isDigit(text.charCodeAt(i))) i++;
    CLASS_TOKEN.lastIndex = start;
    if (i - start === 1 && CLASS_TOKEN.test(text)) visit.classToken(start);
    if (i - start !== 3) continue;
    if (visit.full()) return;
    const group = commaGroup(text, start) ?? alternation(text, start);
    if (group) {
      const codes = group.map((s) => Number(text.slice(s, s + 3)));
      if (codes.every(isKnown)) visit.group(group, codes);
      i = (group.at(-1) ?? start) + 3;
      continue;
    }
    // Not glued on the left (`error_404`, `1.404`, `1,404`, `404px`); a page that lost a space
    // (`400Bad Request`, `→401Unauthorized`, `HTTP404 Not Found`) still shows a status when its
    // reason phrase follows.
    // A Korean sentence may end without a space before the number (`했습니다.302가`), and IIS
    // writes sub-statuses after the code (`HTTP Error 403.14`).
    const code = Number(text.slice(start, i));
    const p = text.charCodeAt(start - 1);
    const dot = p === 46 && !isHangul(text.charCodeAt(start - 2));
    if (
      isKnown(code) &&
      !(p === 95 || dot || (p === 44 && isDigit(text.charCodeAt(start - 2)))) &&
      ((!isAsciiLetter(p) && !GLUED_AFTER.test(text.slice(i, i + 4))) ||
        phraseAfter(text, i, code) === 2 ||
        isSubStatus(text, start, i)) &&
      !isBare(text, start, i, lineOf(start))
    ) {
      visit.number(start, code);
    }
  }
}

/**
 * `401,403` (a page that lost its spaces) rather than the thousands groups of `1,500` or
 * `374,000`: runs of exactly three digits joined by single commas, standing alone at both ends.
 */
function commaGroup(text: string, start: number): number[] | null {
  if (text[start + 3] !== ',' || /[A-Za-z_,.]/.test(text.charAt(start - 1))) return null;
  const starts = [start];
  let k = start + 3;
  while (text[k] === ',' && isDigit(text.charCodeAt(k + 1)) && isDigit(text.charCodeAt(k + 3))) {
    if (!isDigit(text.charCodeAt(k + 2)) || isDigit(text.charCodeAt(k + 4))) return null;
    starts.push(k + 1);
    k += 4;
  }
  return starts.length > 1 && !GLUED_AFTER.test(text.slice(k, k + 4)) ? starts : null;
}

/** `HTTP Error 403.14`, `error 404.3`: IIS's sub-status after a code named as an HTTP error. */
function isSubStatus(text: string, start: number, end: number): boolean {
  return (
    /^\.\d{1,2}(?![\d.])/.test(text.slice(end, end + 4)) &&
    /(?:http|error)[ \t]+$/i.test(text.slice(Math.max(0, start - 12), start))
  );
}

/**
 * `(429|503)`, `(?:500|502|504)`: a pattern's alternatives, read as one group like `401,403`.
 * Only inside parentheses, so that a table's `|404|503|` stays two cells.
 */
function alternation(text: string, start: number): number[] | null {
  if (text[start + 3] !== '|' || !/[(:]/.test(text.charAt(start - 1))) return null;
  const starts = [start];
  let k = start + 3;
  while (text[k] === '|' && /^\d{3}[|)]/.test(text.slice(k + 1, k + 5))) {
    starts.push(k + 1);
    k += 4;
  }
  return starts.length > 1 && text[k] === ')' ? starts : null;
}

/**
 * A number with only plain numbers and spaces around it (`404 404 404`, the size after a status
 * in a log line, a column of figures) has no context to judge, and it cannot join a list — unless
 * its line is a directive (`error_page 500 502 503`). Checked first, so that hostile runs of
 * numbers cost almost nothing.
 */
function isBare(text: string, start: number, end: number, lineStart: number): boolean {
  const i = walk(text, start, SPACE, 8, -1, lineStart);
  if (i === start && i > lineStart) return false;
  const k = walk(text, i, /\d/, 12, -1, lineStart);
  // The number before must be a plain one (`404 512`), not the end of `HTTP/2` or `1.1`.
  const plain = k === lineStart || SPACE.test(text.charAt(k - 1));
  if (k === i ? i !== lineStart : !plain) return false;
  if (/\D/.test(text.charAt(walk(text, end, SPACE, 8)))) return false;
  return !isAsciiLetter(text.charCodeAt(walk(text, lineStart, BLANK, 40)));
}
