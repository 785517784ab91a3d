/**
 * One spelling per term: the forms people type for one term folded into one (에러 → 오류,
 * 리디렉션 → 리다이렉션, time out → timeout). Both the index and the query pass through
 * `canonical`, so the dataset never has to list spelling variants.
 */
/**
 * One term per row: the form search keeps, then the spellings that mean the same. Korean
 * rows follow docs/glossary.md (its "search-only variants" column); a space in a spelling
 * also matches no space (`사전조건`), so spacing variants need no row of their own.
 */
const SPELLINGS: readonly (readonly [string, ...string[]])[] = [
  ['오류', '에러'],
  ['리다이렉션', '리다이렉트', '리디렉션', '리디렉트', '리다이렉팅', '리디렉팅'],
  // 개체: an older Korean rendering of entity (`요청 개체가 너무 큼`).
  ['엔티티', '엔터티', '개체'],
  ['사전 조건', '전제 조건'],
  ['시간 초과', '타임 아웃', '타임아웃'],
  ['원 서버', '원본 서버', '오리진 서버'],
  ['메서드', '메소드'],
  ['요청 한도', '요청 제한', '속도 제한', '레이트 리밋', '레이트 리미트', '레이트리밋'],
  ['캐시', '캐싱'],
  ['연결', '커넥션'],
  ['요청', '리퀘스트'],
  ['응답', '리스폰스'],
  ['로드 밸런서', '로드밸런서'],
  ['사전 요청', '프리플라이트'],
  ['에지', '엣지'],
  ['파라미터', '매개 변수', '파라메터'],
  ['프록시', '프락시'],
  ['timeout', 'time out', 'time-out', 'timed out'],
  ['email', 'e-mail'],
  ['signup', 'sign up', 'sign-up'],
  ['login', 'log in', 'log-in'],
  ['redirect', 'redirection', 're-direct'],
  ['rate limit', 'rate-limit', 'ratelimit'],
  ['api key', 'api-key', 'apikey'],
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const isLatin = (s: string): boolean => /^[\x20-\x7e]+$/u.test(s);
/** A phrase as a pattern whose spaces may be left out (`사전 조건` also matches `사전조건`). */
export const spacesOptional = (phrase: string): string => phrase.split(' ').map(escape).join(' ?');

/** Every spelling, longest first, as one alternation; Latin ones only as whole words. */
const SPELLING = new RegExp(
  SPELLINGS.flatMap(([, ...variants]) => variants)
    .sort((a, b) => b.length - a.length)
    .map((v) => {
      const body = spacesOptional(v);
      return isLatin(v) ? `\\b${body}\\b` : body;
    })
    .join('|'),
  'gu',
);
const CANONICAL = new Map(
  SPELLINGS.flatMap(([form, ...variants]) => variants.map((v) => [v.replace(/ /gu, ''), form])),
);

/** The text (already normalised: lower case, single spaces) with every spelling in its one form. */
export function canonical(text: string): string {
  return text.replace(SPELLING, (match) => CANONICAL.get(match.replace(/ /gu, '')) ?? match);
}
