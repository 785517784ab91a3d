/**
 * Queries that ask how codes differ: `401 vs 403`, `401 403`, `302 307 차이점`, `401과 403 차이`,
 * `difference between 502 and 504`, `429 or 503`. Two to five different three-digit numbers,
 * and besides them only words that join or compare (and the decorations a number query allows).
 */

/** Words that join or compare numbers, in English and Korean. Matched as whole words. */
const JOINERS = new Set([
  'vs',
  'versus',
  'or',
  'and',
  'compare',
  'compared',
  'comparison',
  'difference',
  'differences',
  'between',
  'with',
  'to',
  'the',
  'what',
  'is',
  // `what's`: the apostrophe is taken for punctuation.
  's',
  'diff',
  'which',
  'one',
  'when',
  'use',
  'v',
  '/',
  '&',
  '대',
  '차이',
  '차이점',
  '차이는',
  '차이가',
  '차이점은',
  '비교',
  '구분',
  '구별',
  '또는',
  '혹은',
  '아니면',
  '및',
  '의',
  '뭐야',
  '뭔가요',
  '무엇',
  '언제',
]);

/** Particles and endings glued to a number in Korean: `401과`, `403의`, `401이랑`, `401하고`. */
const GLUED = /^(\d{3})(?:과|와|이랑|랑|하고|이나|나|의|은|는|이|가|을|를|에러|오류|번)$/u;

/** Decorations a number query also allows: `http 401 vs 403`, `401 error or 403 error`. */
const DECORATION = new Set([
  'http',
  'status',
  'code',
  'codes',
  'error',
  'errors',
  'response',
  '상태',
  '코드',
  '에러',
  '오류',
  '응답',
]);

const MAX_CODES = 5;

/**
 * The codes a query compares, in the order typed, or undefined when the query is not a
 * comparison. `text` is normalised (lower case, single spaces).
 */
export function comparedCodes(text: string): number[] | undefined {
  const words = text
    .replace(/\bhttps?\/\d(?:\.\d)?\b/gu, ' ')
    .replace(/[,;:?!()[\]"'`]+/gu, ' ')
    .replace(/(\d{3})\s*(?:\/|&|\||·)\s*(?=\d{3})/gu, '$1 ')
    .replace(/(\d{3})(vs\.?|대)(?=\s|\d|$)/gu, '$1 $2')
    .replace(/(^|\s)(vs\.?|대)(\d{3})/gu, '$1$2 $3')
    .split(' ')
    .filter((w) => w !== '');
  const codes: number[] = [];
  for (const word of words) {
    const number = /^\d{3}$/u.test(word) ? word : GLUED.exec(word)?.[1];
    if (number !== undefined) {
      if (!codes.includes(Number(number))) codes.push(Number(number));
      continue;
    }
    const bare = word.replace(/\.$/u, '');
    if (!JOINERS.has(bare) && !DECORATION.has(bare)) return undefined;
  }
  return codes.length >= 2 && codes.length <= MAX_CODES ? codes : undefined;
}
