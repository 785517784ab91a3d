/**
 * Query understanding: what a search box's text asks for, before any index is involved.
 * A number (`404`, `HTTP/1.1 404`, `404 에러`), numbers compared (`401 vs 403`), a number
 * prefix (`40`, `5`), a class (`4xx`,
 * `4**`, or its name: `클라이언트 오류`, `server errors`), the non-standard codes (`비표준`),
 * or words.
 */
import { classWordOf } from './class-words.ts';
import { comparedCodes } from './compare-query.ts';

/**
 * How the search read a word query when its best result came from another reading than the
 * one typed: in the other keyboard layout (`zzz` → ㅋㅋㅋ) or with typos corrected
 * (`unathorized` → unauthorized). `text` is that reading, in the search's spelling.
 */
export interface QueryReading {
  readonly kind: 'layout' | 'typo';
  readonly text: string;
}

export type ParsedQuery =
  | { readonly kind: 'empty' }
  | { readonly kind: 'code'; readonly code: number }
  /** Two to five codes asked about together: `401 vs 403`, `302 307 차이점`. */
  | { readonly kind: 'compare'; readonly codes: readonly number[] }
  | { readonly kind: 'prefix'; readonly prefix: string }
  /** `named`: asked for by the class's name, not its digit (`리다이렉션`, not `3xx`). */
  | { readonly kind: 'class'; readonly digit: number; readonly named?: true }
  | { readonly kind: 'non-standard' }
  /** `readAs`: set by the search (not by `parseQuery`) when its results come from another reading. */
  | { readonly kind: 'text'; readonly text: string; readonly readAs?: QueryReading };

// Words that decorate a number without changing which code is meant. Longest first, so
// `status code` goes before `status`. Matched as whole words only.
const DECORATION = [
  'http status code',
  'status code',
  'response code',
  'error code',
  'http status',
  'http error',
  'http code',
  'status',
  'error',
  'code',
  'http',
  'response',
  'reason',
  '상태 코드',
  '상태코드',
  '응답 코드',
  '응답코드',
  '오류 코드',
  '에러 코드',
  '에러코드',
  '상태',
  '응답',
  '코드',
  '에러',
  '오류',
  '번',
];

const HTTP_VERSION = /\bhttps?\/\d(?:\.\d)?\b/giu;
const PUNCTUATION = /[\s"'`:=,;()[\]{}#!?.-]+/gu;

/** Lower-cases, normalises Unicode and white space. */
export function normalize(text: string): string {
  // NFC, not NFKC: NFKC would turn the compatibility jamo people type (ㅊㅇ) into conjoining jamo.
  return text
    .normalize('NFC')
    .replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/gu, ' ')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

export function parseQuery(raw: string): ParsedQuery {
  const text = normalize(raw);
  if (text === '') return { kind: 'empty' };

  const classMatch =
    /^(?:http\s*)?([1-5])(?:xx|\*\*|x|\*)(?:\s+(?:class|codes?|status|errors?|응답|오류|에러|상태 코드))?$/u.exec(
      text,
    );
  if (classMatch) return { kind: 'class', digit: Number(classMatch[1]) };

  const compared = comparedCodes(text);
  if (compared !== undefined) return { kind: 'compare', codes: compared };
  const number = findCodeNumber(text);
  if (number !== undefined) {
    if (number.length === 3) return { kind: 'code', code: Number(number) };
    return { kind: 'prefix', prefix: number };
  }
  const named = classWordOf(text);
  if (named === 'non-standard') return { kind: 'non-standard' };
  if (named !== undefined) return { kind: 'class', digit: named, named: true };
  return { kind: 'text', text };
}

/**
 * The status-code number in a query, if the query is about one: a lone run of one to three
 * digits after the decoration words are removed, or a three-digit number followed by words
 * (`404 not found`, `404 에러`) — the number decides, the words only repeat it.
 */
function findCodeNumber(text: string): string | undefined {
  const stripped = stripDecoration(text);
  if (/^\d{1,3}$/u.test(stripped)) return stripped;
  const leading = /^(\d{3})(?:\s|[가-힣])/u.exec(stripped);
  if (leading && !/\d/u.test(stripped.slice(3))) return leading[1];
  const trailing = /(?:^|\s)(\d{3})$/u.exec(stripped);
  if (trailing && !/\d/u.test(stripped.slice(0, -3))) return trailing[1];
  return undefined;
}

function stripDecoration(text: string): string {
  let out = ` ${text.replace(HTTP_VERSION, ' ').replace(PUNCTUATION, ' ')} `;
  for (const word of DECORATION) {
    while (out.includes(` ${word} `)) out = out.replace(` ${word} `, ' ');
  }
  // Korean particles and suffixes glued to a number: `404에러`, `404가`, `404번`.
  out = out.replace(/(\d{3})(?:에러|오류|번|가|이|는|은|를|을|의|도)(?=\s)/gu, '$1 ');
  return out.replace(/\s+/gu, ' ').trim();
}
