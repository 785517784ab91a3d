import { convertHangulToQwerty, convertQwertyToHangul, getChoseong } from 'es-hangul';
import { describe, expect, it } from 'vitest';
import { ALL_MEANINGS } from '../../data/index.ts';
import { normalize } from './query.ts';
import {
  canonical,
  classWordOf,
  conjugatedRoot,
  hasHangul,
  isInitialsQuery,
  stemOf,
} from './words.ts';

const form = (s: string): string => canonical(normalize(s));

describe('canonical: the spellings of one term are one form', () => {
  it.each([
    // 에러 ≡ 오류, glued particles and all.
    ['에러', '오류'],
    ['서버 에러', '서버 오류'],
    ['CORS에러가 나요', 'cors오류가 나요'],
    // 리다이렉트 ≡ 리디렉트 ≡ 리다이렉션 ≡ 리디렉션.
    ['리다이렉트', '리다이렉션'],
    ['리디렉트', '리다이렉션'],
    ['리디렉션', '리다이렉션'],
    ['리다이렉션', '리다이렉션'],
    ['무한 리다이렉트', '무한 리다이렉션'],
    ['리다이렉팅', '리다이렉션'],
    // 엔티티 ≡ 엔터티.
    ['요청 엔터티가 너무 큼', '요청 엔티티가 너무 큼'],
    ['처리할 수 없는 엔티티', '처리할 수 없는 엔티티'],
    ['요청 개체가 너무 큼', '요청 엔티티가 너무 큼'],
    // 사전 조건 ≡ 전제 조건 ≡ 전제조건.
    ['전제 조건 실패', '사전 조건 실패'],
    ['전제조건 실패', '사전 조건 실패'],
    // 타임아웃 ≡ 시간 초과.
    ['게이트웨이 타임아웃', '게이트웨이 시간 초과'],
    ['게이트웨이타임아웃', '게이트웨이시간 초과'],
    ['타임 아웃', '시간 초과'],
    // The glossary's search-only variants.
    ['원본 서버', '원 서버'],
    ['오리진 서버 오류', '원 서버 오류'],
    ['메소드', '메서드'],
    ['레이트 리밋', '요청 한도'],
    ['레이트리밋', '요청 한도'],
    ['속도 제한', '요청 한도'],
    ['요청 제한', '요청 한도'],
    ['캐싱', '캐시'],
    ['커넥션 끊김', '연결 끊김'],
    ['로드밸런서', '로드 밸런서'],
    ['프리플라이트', '사전 요청'],
    // English, whole words only.
    ['request timed out', 'request timeout'],
    ['Time-out', 'timeout'],
    ['e-mail already used', 'email already used'],
    ['duplicate sign-up', 'duplicate signup'],
    ['log in failed', 'login failed'],
    ['redirection loop', 'redirect loop'],
    ['rate-limit', 'rate limit'],
    ['timeouts', 'timeouts'],
    ['signups', 'signups'],
  ])('%s → %s', (input, expected) => {
    expect(form(input)).toBe(expected);
  });

  it('leaves everything else as it is', () => {
    for (const s of [
      'not found',
      '찾을 수 없음',
      '요청 한도',
      '인증서',
      '오류',
      '404',
      'timeout',
    ]) {
      expect(form(s)).toBe(s);
    }
  });
});

describe('stemOf: a query word without its ending', () => {
  it.each([
    // Verb endings leave the stem, however short.
    ['초과했습니다', '초과'],
    ['없어요', '없'],
    ['막혔어요', '막혔'],
    ['거부됐어요', '거부'],
    ['만료되었습니다', '만료'],
    ['끊겼는데', '끊겼'],
    ['실패합니다', '실패'],
    ['충돌났어요', '충돌'],
    ['거절당함', '거절'],
    ['연타했더니', '연타'],
    ['길다고', '길'],
    // Particles and one-syllable endings only where two letters remain.
    ['거부됨', '거부'],
    ['요청이', '요청'],
    ['한도를', '한도'],
    ['ip가', 'ip'],
    ['서버에서', '서버'],
    ['게이트웨이로', '게이트웨이'],
    // English suffixes where four letters remain.
    ['redirects', 'redirect'],
    ['blocked', 'block'],
    ['uploading', 'upload'],
    ['expired', 'expir'],
  ])('%s → %s', (word, stem) => {
    expect(stemOf(word)).toBe(stem);
  });

  it.each(['초과', '대기', '없음', '오류', '404', 'used', 'is', 'not', 'gone', '막', 'a'])(
    '%s is left whole',
    (word) => {
      expect(stemOf(word)).toBeUndefined();
    },
  );
});

describe('conjugatedRoot: where a conjugated verb and its noun form meet', () => {
  it.each([
    ['막혔', 'ㅁㅏㄱㅎ'],
    ['끊겼', 'ㄲㅡㄴㅎㄱ'],
    ['꺼졌', 'ㄲㅓㅈ'],
  ])('%s → %s', (stem, root) => {
    expect(conjugatedRoot(stem)).toBe(root);
  });

  it.each(['거부', '초과', '없', '만료', 'block'])('%s has none', (stem) => {
    expect(conjugatedRoot(stem)).toBeUndefined();
  });
});

describe('classWordOf: a class asked for by name', () => {
  it.each([
    ['정보성', 1],
    ['정보성 응답', 1],
    ['정보 응답 코드', 1],
    ['informational', 1],
    ['성공', 2],
    ['성공 응답', 2],
    ['success codes', 2],
    ['리다이렉션', 3],
    ['리다이렉트', 3],
    ['리디렉션 응답', 3],
    ['redirects', 3],
    ['redirection', 3],
    ['클라이언트 오류', 4],
    ['클라이언트 에러', 4],
    ['클라이언트에러', 4],
    ['클라이언트 오류 응답', 4],
    ['클라이언트 오류 코드', 4],
    ['client errors', 4],
    ['client-side error', 4],
    ['http client error', 4],
    ['서버 오류', 5],
    ['서버 에러 코드', 5],
    ['server error codes', 5],
    ['비표준', 'non-standard'],
    ['비표준 코드', 'non-standard'],
    ['비공식 코드', 'non-standard'],
    ['non-standard codes', 'non-standard'],
    ['unofficial', 'non-standard'],
    ['all client errors', 4],
    ['조건부 응답 코드', 1],
    ['요청 오류', 4],
    ['any kind of success response', 2],
    ['모든 서버 오류 코드', 5],
  ] as const)('%s → %s', (query, cls) => {
    expect(classWordOf(normalize(query))).toBe(cls);
  });

  it.each([
    '인증 오류',
    '내부 서버 오류',
    '게이트웨이 오류',
    '무한 리다이렉트',
    '리다이렉트 루프',
    'redirect loop',
    'internal server error',
    '성공했는데 본문이 없음',
    '서버',
    '오류',
  ])('%s is not a class', (query) => {
    expect(classWordOf(normalize(query))).toBeUndefined();
  });
});

describe('hasHangul and isInitialsQuery', () => {
  it.each(['찾을', 'ㅊ', 'ㅏ', '404 에러'])('%j has Hangul', (input) =>
    expect(hasHangul(input)).toBe(true),
  );
  it.each(['', 'not found', '404', 'ｎｏｔ'])('%j has none', (input) =>
    expect(hasHangul(input)).toBe(false),
  );
  it.each(['ㅊㅇㅅㅇㅇ', 'ㅊㅇ ㅅ ㅇㅇ', 'ㅅ', 'ㄲㅆ', ' ㅅㄹㄷ '])(
    '%j is a 초성 query',
    (input) => {
      expect(isInitialsQuery(input)).toBe(true);
    },
  );
  it.each(['', ' ', 'ㅊㅏ', 'ㅏ', '찾', 'abc', 'ㅊ1', 'ㅊㅇ 404', 'ㅊㅇa'])(
    '%j is not',
    (input) => {
      expect(isInitialsQuery(input)).toBe(false);
    },
  );
});

// es-hangul does the Hangul work; these are the behaviours search relies on.
describe('es-hangul as search uses it', () => {
  it.each([
    ['수락됨', 'ㅅㄹㄷ'],
    ['찾을 수 없음', 'ㅊㅇ ㅅ ㅇㅇ'],
    ['404 에러', '404 ㅇㄹ'],
  ])('초성 of %s → %s', (input, expected) => {
    expect(getChoseong(input, { keepNonHangul: true })).toBe(expected);
  });

  it.each([
    ['tjdrhd', '성공'],
    ['ckwdmf', '찾을'],
    ['rkqtdl', '값이'],
    ['dkfgdkdy', '앓아요'],
    ['gksrmf 404', '한글 404'],
    ['zzz', 'ㅋㅋㅋ'],
  ])('keys %s → %s', (keys, hangul) => {
    expect(convertQwertyToHangul(keys)).toBe(hangul);
  });

  it('every all-Hangul Korean name and keyword in the dataset survives Hangul → keys → Hangul', () => {
    const words = ALL_MEANINGS.flatMap((m) => [m.ko.name, ...m.ko.keywords]).filter((w) =>
      /^[가-힣 ]+$/u.test(w),
    );
    expect(words.length).toBeGreaterThan(100);
    const broken = words.filter((w) => convertQwertyToHangul(convertHangulToQwerty(w)) !== w);
    expect(broken).toEqual([]);
  });
});
