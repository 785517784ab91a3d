/**
 * Reason phrases next to a number are the clearest sign that it is an HTTP status
 * (`404 Not Found`, `Not Found (404)`, `403 금지됨`). Matching folds case and `-`/`_`
 * (`NOT_FOUND`, `Multi-Status`) without allocating, and skips the gap between a code and its
 * phrase, HTML table cells included (`<td>200</td><td>OK</td>`).
 */
import { classOf, type ClassDigit } from '../status-class.ts';
import { F } from './features.ts';
import { phraseTable } from './phrase-table.ts';
import { isAsciiLetter, isHangul, walk } from './text.ts';
import type { Candidate, Evidence } from './types.ts';

/** Folds one character code: ASCII upper to lower, `-` `_` and their Unicode kin to space, `’` to `'`. */
function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 45 || c === 95 || c === 0x2010 || c === 0x2011) return 32;
  return c === 0x2019 ? 39 : c;
}

/**
 * Does the folded text at `pos` read `phrase` (already folded), ending at a word boundary? A
 * page that lost a space may glue the next sentence on: `Bad RequestThe server …`.
 */
function readsAt(text: string, pos: number, phrase: string): boolean {
  for (let k = 0; k < phrase.length; k++) {
    if (foldCode(text.charCodeAt(pos + k)) !== phrase.charCodeAt(k)) return false;
  }
  const last = text.charCodeAt(pos + phrase.length - 1);
  const next = text.charCodeAt(pos + phrase.length);
  return !isAsciiLetter(next) || (last >= 97 && last <= 122 && next >= 65 && next <= 90);
}

const TAG = /^<\/?[a-z]+\d?>/i;

/**
 * Past the gap between a code and its phrase (spaces, one line break, `(`, `-`, `:`, `|`,
 * quotes, `**`) and any HTML tags (`200</td>\n<td>OK`), at most ~40 characters.
 */
function skipGap(text: string, pos: number): number {
  let i = pos;
  let breaks = 0;
  while (i < text.length && i - pos < 40) {
    const ch = text.charAt(i);
    const tag = ch === '<' ? TAG.exec(text.slice(i, i + 12)) : null;
    if (tag) i += tag[0].length;
    else if (
      !' \t\u00a0\r\n(-\u2013\u2014:|"\'`*=[,$'.includes(ch) ||
      (ch === '\n' && ++breaks > 1)
    ) {
      break;
    } else i++;
  }
  return i;
}

/**
 * Does a reason phrase of `code` follow the number ending at `end`? 2: yes; 1: only an everyday
 * phrase in lower case (`302 found`), weak evidence; 0: no.
 */
export function phraseAfter(text: string, end: number, code: number): number {
  const start = skipGap(text, end);
  const first = text.charCodeAt(start);
  const { byCode, everyday } = phraseTable();
  let found = 0;
  for (const phrase of byCode[code] ?? []) {
    const korean = isHangul(phrase.charCodeAt(0));
    if (!(korean ? text.startsWith(phrase, start) : readsAt(text, start, phrase))) continue;
    if (!everyday.has(phrase)) return 2;
    found = first >= 65 && first <= 90 ? 2 : 1;
  }
  return found;
}

/**
 * `Not Found (404)`, `Forbidden: 403`, `| Not Found | 404 |`, `게이트웨이 시간 초과(504)`: a
 * phrase right before the number.
 */
function phraseBefore(text: string, start: number, code: number): boolean {
  const q = walk(text, start, /[ \t(:|-]/, 4, -1);
  const last = text.charCodeAt(q - 1);
  const korean = isHangul(last);
  if (q === start || !(korean || isAsciiLetter(last))) return false;
  const { byCode, everyday } = phraseTable();
  return (byCode[code] ?? []).some((phrase) => {
    const from = q - phrase.length;
    const before = text.charCodeAt(from - 1);
    // Korean: only names of more than one word; `성공 200건` counts successes.
    return korean
      ? phrase.includes(' ') && text.startsWith(phrase, from) && !isHangul(before)
      : !everyday.has(phrase) &&
          phrase !== 'ok' &&
          readsAt(text, from, phrase) &&
          !isAsciiLetter(before);
  });
}

/** `429 Client Error: …`, `503 Server Error` (Python requests): generic wording, by class. */
const CLASS_WORDING: Partial<Record<ClassDigit, string>> = {
  4: ' client error',
  5: ' server error',
};

/** Does the generic wording of the class `digit` follow the number ending at `end`? */
function classWordingAfter(text: string, end: number, digit: ClassDigit | undefined): boolean {
  const wording = digit === undefined ? undefined : CLASS_WORDING[digit];
  return wording !== undefined && readsAt(text, end, wording);
}

/** The reason-phrase features of `c`: a phrase after or before it, or its class's wording. */
export function reasonPhrases(text: string, c: Candidate, ev: Evidence): void {
  const phrase = phraseAfter(text, c.end, c.code);
  if (phrase === 2) ev[F.phraseAfter] = 1;
  else if (phrase === 1) ev[F.everydayPhrase] = 1;
  if (classWordingAfter(text, c.end, classOf(c.code))) ev[F.classWording] = 1;
  if (phraseBefore(text, c.start, c.code)) ev[F.phraseBefore] = 1;
}

/**
 * Chinese and Japanese, written without spaces: `502错误`, `499状态码`, `「502」で`, `499は`
 * after the number; `ステータスコード499`, `状态码 499` before it.
 */
const CJK_STATUS = /^[」』"]?[ \t]?(?:状态码|狀態碼|状態コード|ステータスコード|ステータス)/;
const CJK_ERROR = /^[」』"]?[ \t]?(?:错误|錯誤|报错|エラー|問題|问题|故障)/;
const CJK_PARTICLE =
  /^[」』"]?[ \t]?(?:という|について|とは|は|が|を|の|に|で|と|も|や|など|则|是|的|时|時)/;
const CJK_STATUS_BEFORE =
  /(?:状态码|狀態碼|状態コード|ステータスコード|ステータス)[:：]?[ \t「"]?$/;

export function cjkAfter(text: string, end: number, ev: Evidence): void {
  const after = text.slice(end, end + 10);
  if (CJK_STATUS.test(after)) ev[F.statusCodeAfter] = 1;
  else if (CJK_ERROR.test(after)) ev[F.follower] = 1;
  else if (CJK_PARTICLE.test(after)) ev[F.particle] = 1;
}

export function cjkBefore(text: string, start: number, ev: Evidence): void {
  if (CJK_STATUS_BEFORE.test(text.slice(Math.max(0, start - 10), start))) ev[F.statusName] = 1;
}
