/**
 * What a word means to search, in one place: the spellings people type for one term folded
 * into one form (에러 → 오류, 리디렉션 → 리다이렉션, time out → timeout), the stem of a query
 * word without its Korean particle or verb ending (`초과했습니다` → `초과`) or English suffix
 * (`redirects` → `redirect`), and the class names (`클라이언트 오류`, `server errors`, `비표준`)
 * that ask for a class rather than a code. Both the index and the query pass through
 * `canonical`, so the dataset never has to list spelling variants.
 *
 * Hangul itself (jamo, 초성, keyboard layouts) is es-hangul's job.
 */
import { disassemble } from 'es-hangul';

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
const spacesOptional = (phrase: string): string => phrase.split(' ').map(escape).join(' ?');

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

export function hasHangul(text: string): boolean {
  return /[ㄱ-ㅣ가-힣]/u.test(text);
}

/** True when the text has Hangul consonants and nothing else but spaces (`ㅊㅇㅅㅇㅇ`). */
export function isInitialsQuery(text: string): boolean {
  return /^[ㄱ-ㅎ\s]+$/u.test(text) && /[ㄱ-ㅎ]/u.test(text);
}

/**
 * Korean verb endings (tried longest first). Stripping one leaves the verb's stem, however
 * short (`없어요` → `없`): these endings do not end nouns.
 */
const VERB_ENDINGS = [
  '당했습니다',
  '당했어요',
  '당했는데',
  '났습니다',
  '되었습니다',
  '되어서',
  '되어요',
  '되었어요',
  '되었는데',
  '했습니다',
  '됐습니다',
  '됩니다',
  '했어요',
  '했는데',
  '됐어요',
  '됐는데',
  '습니다',
  '었어요',
  '았어요',
  '였어요',
  '합니다',
  '해요',
  '돼요',
  '어요',
  '아요',
  '네요',
  '나요',
  '는데',
  '는지',
  '하는',
  '되는',
  '하다',
  '되다',
  '했음',
  '됐음',
  '했다',
  '됐다',
  '해서',
  '했더니',
  '하라고',
  '된대요',
  '한대요',
  '더니',
  '다고',
  '대요',
  '래요',
  '났어요',
  '났는데',
  '당했다',
  '당함',
  '났다',
  '났음',
  '나서',
  '하여',
  '되어',
  '돼서',
  '어서',
  '아서',
].sort((a, b) => b.length - a.length);
/**
 * Particles and one-syllable endings. These also end nouns (`초과`, `대기`), so they are
 * stripped only when two letters remain (`요청이` → `요청`, `IP가` → `ip`, not `초과` → `초`).
 */
const PARTICLES = [
  '으로',
  '에서',
  '에게',
  '까지',
  '부터',
  '처럼',
  '이라',
  '라고',
  '이고',
  '인데',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '에',
  '의',
  '도',
  '로',
  '와',
  '과',
  '만',
  '됨',
  '함',
  '다',
  '요',
  '음',
];
/** English suffixes, stripped when four letters remain (`blocked` → `block`, `used` stays). */
const SUFFIXES = ['ing', 'ed', 'es', 's'];

/**
 * A query word without its ending: the Korean stem (`막혔어요` → `막혔`, `거부됨` → `거부`) or
 * the English one (`redirects` → `redirect`); undefined when nothing is stripped. With
 * `particles: false`, only endings that cannot end a noun are stripped, so `요청한도` keeps
 * its `도`.
 */
export function stemOf(word: string, { particles = true } = {}): string | undefined {
  if (hasHangul(word)) {
    for (const ending of VERB_ENDINGS) {
      if (word.length > ending.length && word.endsWith(ending))
        return word.slice(0, -ending.length);
    }
    if (!particles) return undefined;
    for (const particle of PARTICLES) {
      if (word.length - particle.length >= 2 && word.endsWith(particle))
        return word.slice(0, -particle.length);
    }
    return undefined;
  }
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) {
      return word.slice(0, -suffix.length);
    }
  }
  return undefined;
}

/** Final syllables that show a verb was conjugated: a past tense (`혔`, `했`) or a contraction. */
const CONJUGATED = /[ㅆ]$|[ㅕㅘㅝㅙㅐ]$/u;

/**
 * The jamo a Korean stem's words begin with, for stems whose last syllable a conjugation
 * changed: `막혔` → `ㅁㅏㄱㅎ`, which begins `막힘` and `막혀`; `끊겼` → the start of `끊김`.
 * Undefined for other words, which compare as they are.
 */
export function conjugatedRoot(stem: string): string | undefined {
  const syllables = [...stem];
  if (syllables.length < 2 || !hasHangul(stem)) return undefined;
  const last = disassemble(syllables[syllables.length - 1] as string);
  if (!CONJUGATED.test(last)) return undefined;
  return disassemble(syllables.slice(0, -1).join('')) + last[0];
}

/**
 * Words that say nothing about which code is meant: English function words, and the Korean
 * words people wrap around a problem (`왜`, `해결 방법`, `떠요`). A query's other words decide.
 */
const STOP_WORDS = new Set([
  ...'a an the to for of on in at by with from into is are was were be been being it its this that these those my our your their i we you they me us and or but so when after before while what which why how get got gets getting keeps kept still just some any do does did can could should would will'.split(
    ' ',
  ),
  ...'왜 좀 자꾸 계속 갑자기 그냥 해결 해결법 방법 원인 뜻 의미 이유 발생 문제 현상 경우 관련 때 시 나옴 뜸 떠요 떴어요 나요 나와요 남 됨 돼요 되요 돼 안 못 이거 이게 그거 어떻게'.split(
    ' ',
  ),
]);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

export type ClassWord = number | 'non-standard';

/**
 * Class names as the app shows them (utils/i18n.ts `class1`…`class5`, `nonStandard`) and as
 * people write them, in their canonical spelling. With an optional `응답`, `코드`, `codes` …
 * after, a query that is nothing else asks for the class.
 */
const CLASS_WORDS: readonly (readonly [ClassWord, readonly string[]])[] = [
  // 조건부 응답, 리다이렉션 완료, 요청 오류: the class headings of older Korean lists.
  [1, ['정보성', '정보 제공', '정보 응답', '조건부 응답', 'informational']],
  [2, ['성공', 'success', 'successful']],
  [3, ['리다이렉션', '리다이렉션 완료', 'redirect']],
  [4, ['클라이언트 오류', '클라이언트 측 오류', '요청 오류', 'client error', 'client side error']],
  [5, ['서버 오류', '서버 측 오류', 'server error', 'server side error', 'server side failure']],
  [
    'non-standard',
    [
      '비표준',
      '비공식',
      '벤더',
      '제공 업체',
      'non standard',
      'nonstandard',
      'unofficial',
      'vendor',
      'vendor specific',
    ],
  ],
];
const CLASS_SUFFIX =
  '(?: ?(?:응답|코드|상태 코드|목록|종류|계열|codes?|responses?|status(?:es)?|status codes?|class|list|s))*';
/** Words before a class name that still ask for the whole class: `all`, `모든`. */
const CLASS_PREFIX = '(?:(?:all|every|any|any kind of|list of|모든|전체) )?';
const CLASS_PATTERNS = CLASS_WORDS.map(([cls, words]) => {
  const alternatives = words.map(spacesOptional).join('|');
  return [
    cls,
    new RegExp(`^${CLASS_PREFIX}(?:http )?(?:${alternatives})${CLASS_SUFFIX}$`, 'u'),
  ] as const;
});

/** The class a query names, in words (`클라이언트 에러`, `server errors`, `비표준 코드`). */
export function classWordOf(text: string): ClassWord | undefined {
  const words = canonical(text).replace(/[-_]/gu, ' ');
  for (const [cls, pattern] of CLASS_PATTERNS) if (pattern.test(words)) return cls;
  return undefined;
}
