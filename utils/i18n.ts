/**
 * Interface text in English and Korean. English is the source of truth and carries a note
 * for translators; Korean must have every key (the type says so, and a test checks it).
 * Korean follows docs/glossary.md.
 */
import { josa, numberToHangul } from 'es-hangul';
import type { Lang } from '../data/types.ts';

interface Source {
  readonly message: string;
  readonly description: string;
}

const en = {
  omniboxDefault: {
    message: 'Type a status code or words: 404, 5xx, rate limit, 너무 많은',
    description: 'Address-bar hint after the keyword "http".',
  },
  omniboxNoMatch: {
    message: 'No status code matches “{0}”. Press Enter to search the full list.',
    description: 'Address-bar line when nothing matches; {0} is the typed text.',
  },
  omniboxUnknownCode: {
    message: '{0} is not a registered status code. Press Enter to see what its class means.',
    description: 'Address-bar line for a three-digit number with no entry; {0} is the number.',
  },
  class1: { message: 'Informational', description: 'Heading of the 1xx class.' },
  class2: { message: 'Success', description: 'Heading of the 2xx class.' },
  class3: { message: 'Redirection', description: 'Heading of the 3xx class.' },
  class4: { message: 'Client error', description: 'Heading of the 4xx class.' },
  class5: { message: 'Server error', description: 'Heading of the 5xx class.' },
  nonStandard: {
    message: 'Non-standard',
    description: 'Label of codes outside the IANA registry.',
  },
  appTitle: {
    message: 'HTTP status codes',
    description: 'Reference page title, as in the seed page.',
  },
  appIntro: {
    message: 'Look up and search the meaning of every HTTP status code.',
    description: 'Reference page intro line, as in the seed page.',
  },
  searchLabel: {
    message: 'Search status codes',
    description: 'Accessible label of the search box.',
  },
  searchPlaceholder: {
    message: 'Code, name or words: 404, 5xx, rate limit',
    description: 'Placeholder in the search box.',
  },
  filterLabel: { message: 'Filter by class', description: 'Accessible label of the class chips.' },
  filterAll: { message: 'All', description: 'Chip that removes the class filter.' },
  resultsLabel: { message: 'Results', description: 'Accessible label of the result list.' },
  resultCount: { message: '{0} codes', description: 'Number of results; {0} is a number.' },
  popular: {
    message: 'Looked up most',
    description: 'Heading of the popular codes before typing.',
  },
  recent: { message: 'Your recent lookups', description: 'Heading of the recent lookups.' },
  clearRecent: { message: 'Clear', description: 'Button that forgets recent lookups.' },
  noResults: { message: 'No status code matches “{0}”.', description: '{0} is the query.' },
  nearMatches: { message: 'Close to what you typed', description: 'Heading of near matches.' },
  unknownCode: {
    message: '{0} is not a registered HTTP status code.',
    description: 'A three-digit number with no entry; {0} is the number.',
  },
  unknownCodeClass: {
    message: 'Codes starting with {0} mean: {1}.',
    description: '{0} is the class digit, {1} the class name.',
  },
  back: { message: 'Back to results', description: 'Button leaving the detail view.' },
  severalMeanings: {
    message: 'This number has {0} meanings. The registered one comes first.',
    description: '{0} is a count (2 or more).',
  },
  sectionWhat: { message: 'What it means', description: 'Detail section heading.' },
  sectionCauses: { message: 'Common causes', description: 'Detail section heading.' },
  sectionClientFixes: {
    message: 'If you are calling the API or loading the page',
    description: 'Detail section heading: fixes for the client side.',
  },
  sectionServerFixes: {
    message: 'If you run the server',
    description: 'Detail section heading: fixes for the server side.',
  },
  sectionHeaders: { message: 'Related headers', description: 'Detail section heading.' },
  sectionRetry: { message: 'Retrying', description: 'Detail section heading.' },
  sectionSpec: { message: 'Specification', description: 'Detail section heading.' },
  mdn: { message: 'MDN reference', description: 'Link to MDN.' },
  copyCode: { message: 'Copy {0}', description: 'Copy button; {0} is what gets copied.' },
  copied: { message: 'Copied', description: 'Shown after copying.' },
  openInReference: { message: 'Open in the full list', description: 'Link to the reference page.' },
  cacheable: {
    message: 'Cacheable by default',
    description: 'Tag: heuristically cacheable per RFC 9110 §15.1.',
  },
  notCacheable: {
    message: 'Not cached by default',
    description: 'Tag: not heuristically cacheable.',
  },
  statusPermanent: { message: 'Registered', description: 'Registry status tag.' },
  statusTemporary: { message: 'Temporary registration', description: 'Registry status tag.' },
  statusUnused: { message: 'Unused (reserved)', description: 'Registry status tag.' },
  statusDeprecated: { message: 'Deprecated', description: 'Registry status tag.' },
  statusObsoleted: { message: 'Obsoleted', description: 'Registry status tag.' },
  statusNonStandard: { message: 'Non-standard: {0}', description: 'Tag; {0} is the vendor.' },
  retryNotNeeded: { message: 'Nothing to retry', description: 'Retry advice tag.' },
  retryFollow: { message: 'Follow the new location', description: 'Retry advice tag.' },
  retryAfterChange: { message: 'Fix the request first', description: 'Retry advice tag.' },
  retryAfterDelay: { message: 'Retry later', description: 'Retry advice tag.' },
  retryIdempotentOnly: { message: 'Retry idempotent requests', description: 'Retry advice tag.' },
  retryNever: { message: 'Do not retry', description: 'Retry advice tag.' },
  vendorSection: {
    message: 'Non-standard codes by vendor',
    description: 'Reference page heading.',
  },
  highlightSite: {
    message: 'Highlight codes on {0}',
    description: 'Popup switch; {0} is a host name.',
  },
  highlightAll: {
    message: 'Highlight codes on web pages',
    description: 'Popup switch for all sites.',
  },
  settings: { message: 'Settings', description: 'Link to the options page.' },
  optionsTitle: { message: 'Settings', description: 'Options page title.' },
  optionLanguage: { message: 'Language', description: 'Options field.' },
  languageAuto: { message: 'Automatic (browser language)', description: 'Language choice.' },
  optionHighlight: {
    message: 'Highlight status codes on web pages',
    description: 'Options field.',
  },
  optionSensitivity: { message: 'Sensitivity', description: 'Options field.' },
  sensitivityBalanced: {
    message: 'Balanced: codes in any HTTP context (recommended)',
    description: 'Sensitivity choice.',
  },
  sensitivityStrict: {
    message: 'Strict: only unmistakable mentions such as “404 Not Found”',
    description: 'Sensitivity choice.',
  },
  optionDisabledSites: {
    message: 'Sites where highlighting is off',
    description: 'Options field.',
  },
  addSite: { message: 'Add', description: 'Button adding a site.' },
  removeSite: { message: 'Remove {0}', description: 'Button removing a site; {0} is the site.' },
  siteInvalid: {
    message: 'Enter a host name such as example.com.',
    description: 'Validation message.',
  },
  noDisabledSites: { message: 'None', description: 'Empty list of sites.' },
  optionTooltipDelay: { message: 'Tooltip delay', description: 'Options field.' },
  milliseconds: { message: '{0} ms', description: 'A duration; {0} is a number.' },
  saved: { message: 'Saved', description: 'Shown after a setting is stored.' },
  thisPage: {
    message: 'This page',
    description:
      'Popup heading of the section about the page in the current tab: its status, the redirects that led to it, its failed requests.',
  },
  thisPageUnknown: {
    message: 'Reload the page to see its status code.',
    description: 'The page loaded before the extension started, so its status is not known.',
  },
  pageRedirects: {
    message: 'Redirects that led here',
    description: 'Heading of the chain of redirects that led to the page, e.g. 301 → 302 → 200.',
  },
  pageFailed: {
    message: 'Failed requests ({0})',
    description:
      'Heading of the requests on the page that failed with 4xx or 5xx; {0} is their number.',
  },
  requestsOne: {
    message: '1 request',
    description: 'How many requests failed with one code, when it is one.',
  },
  requestsMany: {
    message: '{0} requests',
    description: 'How many requests failed with one code; {0} is a number, 2 or more.',
  },
  moreRequests: {
    message: '{0} more not listed',
    description: 'Under a shortened list of failed URLs; {0} is the number of requests left out.',
  },
  explainCode: {
    message: 'Explain {0}',
    description:
      'Accessible label of a status-code button; {0} is the code and its name, e.g. “404 Not Found”.',
  },
  optionBadge: {
    message: 'Page status on the toolbar icon',
    description:
      'Options field: when the toolbar icon shows the status code of the page in the tab.',
  },
  badgeAuto: {
    message: 'When the page did not simply load: 3xx, 4xx, 5xx (recommended)',
    description: 'Badge choice: shown unless the page answered 2xx (or 304, its cached copy).',
  },
  badgeAlways: { message: 'Always, 2xx included', description: 'Badge choice.' },
  badgeNever: { message: 'Never', description: 'Badge choice.' },
  explainSelection: {
    message: 'Explain HTTP status',
    description: 'Context-menu item for selected text: explains the status code in it.',
  },
  loading: { message: 'Loading…', description: 'Shown while waiting for the background.' },
  errorBackground: {
    message: 'The extension did not answer. Reload the page and try again.',
    description: 'Shown when the background worker fails.',
  },
} satisfies Record<string, Source>;

export type MessageKey = keyof typeof en;

const ko: Record<MessageKey, string> = {
  omniboxDefault: '상태 코드 번호나 단어를 입력하세요: 404, 5xx, 요청 한도, not found',
  omniboxNoMatch: '“{0}”에 맞는 상태 코드가 없습니다. Enter를 누르면 전체 목록에서 찾습니다.',
  omniboxUnknownCode:
    '{0:은/는} 등록된 상태 코드가 아닙니다. Enter를 누르면 이 번호대의 의미를 봅니다.',
  class1: '정보성',
  class2: '성공',
  class3: '리다이렉션',
  class4: '클라이언트 오류',
  class5: '서버 오류',
  nonStandard: '비표준',
  appTitle: 'HTTP 상태 코드',
  appIntro: '모든 HTTP 상태 코드의 의미와 설명을 찾아보고 검색하세요.',
  searchLabel: '상태 코드 검색',
  searchPlaceholder: '코드, 이름, 단어: 404, 5xx, 요청 한도',
  filterLabel: '분류로 거르기',
  filterAll: '전체',
  resultsLabel: '검색 결과',
  resultCount: '{0}개 코드',
  popular: '많이 찾는 코드',
  recent: '최근 찾아본 코드',
  clearRecent: '지우기',
  noResults: '“{0}”에 맞는 상태 코드가 없습니다.',
  nearMatches: '입력한 것과 가까운 코드',
  unknownCode: '{0:은/는} 등록된 HTTP 상태 코드가 아닙니다.',
  unknownCodeClass: '{0:으로/로} 시작하는 코드는 {1:을/를} 뜻합니다.',
  back: '결과로 돌아가기',
  severalMeanings: '이 번호에는 의미가 {0}가지 있습니다. 등록된 의미를 먼저 보여 줍니다.',
  sectionWhat: '의미',
  sectionCauses: '흔한 원인',
  sectionClientFixes: 'API를 호출하거나 페이지를 여는 쪽이라면',
  sectionServerFixes: '서버를 운영하는 쪽이라면',
  sectionHeaders: '관련 헤더',
  sectionRetry: '재시도',
  sectionSpec: '명세',
  mdn: 'MDN 문서',
  copyCode: '{0} 복사',
  copied: '복사했습니다',
  openInReference: '전체 목록에서 보기',
  cacheable: '기본적으로 캐시 가능',
  notCacheable: '기본적으로 캐시하지 않음',
  statusPermanent: '정식 등록',
  statusTemporary: '임시 등록',
  statusUnused: '사용하지 않음(예약됨)',
  statusDeprecated: '사용 중단 권고',
  statusObsoleted: '폐기됨',
  statusNonStandard: '비표준: {0}',
  retryNotNeeded: '재시도할 필요 없음',
  retryFollow: '새 위치로 따라가기',
  retryAfterChange: '요청을 고친 뒤 재시도',
  retryAfterDelay: '잠시 뒤 재시도',
  retryIdempotentOnly: '멱등 요청만 재시도',
  retryNever: '재시도하지 않기',
  vendorSection: '제공 업체별 비표준 코드',
  highlightSite: '{0}에서 상태 코드 강조 표시',
  highlightAll: '웹 페이지에서 상태 코드 강조 표시',
  settings: '설정',
  optionsTitle: '설정',
  optionLanguage: '언어',
  languageAuto: '자동(브라우저 언어)',
  optionHighlight: '웹 페이지의 상태 코드 강조 표시',
  optionSensitivity: '감지 민감도',
  sensitivityBalanced: '균형: HTTP 맥락의 코드를 모두 표시(권장)',
  sensitivityStrict: '엄격: “404 Not Found”처럼 확실한 경우만 표시',
  optionDisabledSites: '강조 표시를 끈 사이트',
  addSite: '추가',
  removeSite: '{0} 삭제',
  siteInvalid: 'example.com 같은 호스트 이름을 입력하세요.',
  noDisabledSites: '없음',
  optionTooltipDelay: '툴팁 표시 지연',
  milliseconds: '{0}ms',
  saved: '저장했습니다',
  thisPage: '이 페이지',
  thisPageUnknown: '페이지를 새로고침하면 상태 코드를 볼 수 있습니다.',
  pageRedirects: '이 페이지까지 거쳐 온 리다이렉션',
  pageFailed: '실패한 요청 {0}개',
  requestsOne: '요청 1개',
  requestsMany: '요청 {0}개',
  moreRequests: '그 밖의 요청 {0}개',
  explainCode: '{0} 설명 보기',
  optionBadge: '툴바 아이콘에 페이지 상태 코드 표시',
  badgeAuto: '응답이 2xx가 아닐 때만: 3xx, 4xx, 5xx(권장)',
  badgeAlways: '항상 표시(2xx 포함)',
  badgeNever: '표시하지 않음',
  explainSelection: 'HTTP 상태 코드 설명 보기',
  loading: '불러오는 중…',
  errorBackground: '확장 프로그램이 응답하지 않습니다. 페이지를 새로고침한 뒤 다시 시도하세요.',
};

export const MESSAGES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  en: Object.fromEntries(Object.entries(en).map(([k, v]) => [k, v.message])) as Record<
    MessageKey,
    string
  >,
  ko,
};

/** The Korean particles a message may attach to an argument: `{0:은/는}`. */
export const PARTICLES = ['은/는', '이/가', '을/를', '으로/로', '와/과'] as const;
type Particle = (typeof PARTICLES)[number];

/**
 * The particle that follows a word, chosen by its last sound; a number by how it is read
 * (`4` 사 → 로, `200` 이백 → 은, `301` 삼백일 → 로), never `을(를)`.
 */
export function particleAfter(word: string, particle: Particle): string {
  const reading = word.replace(/\d+$/u, (n) => numberToHangul(Number(n)));
  return josa.pick(reading, particle);
}

/**
 * The text for a key, with `{0}`, `{1}` … replaced by the arguments; `{0:은/는}` adds the
 * Korean particle that fits the argument.
 */
export function t(lang: Lang, key: MessageKey, ...args: readonly (string | number)[]): string {
  return MESSAGES[lang][key].replace(
    /\{(\d)(?::([^}]+))?\}/gu,
    (_, i: string, particle: Particle | undefined) => {
      const value = String(args[Number(i)] ?? '');
      return particle === undefined ? value : value + particleAfter(value, particle);
    },
  );
}
