/**
 * Class names (`클라이언트 오류`, `server errors`, `비표준`) that ask for a class rather than a
 * code, in any of their spellings.
 */
import type { ClassDigit } from '../status-class.ts';
import { canonical, spacesOptional } from './spellings.ts';

type ClassWord = ClassDigit | 'non-standard';

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
