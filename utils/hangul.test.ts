import { describe, expect, it } from 'vitest';
import { ALL_MEANINGS } from '../data/index.ts';
import {
  compose,
  decompose,
  hangulToQwerty,
  hasHangul,
  initials,
  isInitialsQuery,
  qwertyToHangul,
} from './hangul.ts';

describe('decompose', () => {
  it.each([
    ['성공', 'ㅅㅓㅇㄱㅗㅇ'],
    ['찾을', 'ㅊㅏㅈㅇㅡㄹ'],
    ['가', 'ㄱㅏ'],
    // Compound jamo stay whole: one vowel, one final.
    ['왜', 'ㅇㅙ'],
    ['닭', 'ㄷㅏㄺ'],
    ['값', 'ㄱㅏㅄ'],
    ['까', 'ㄲㅏ'],
    // Everything that is not a syllable passes through.
    ['404 에러', '404 ㅇㅔㄹㅓ'],
    ['Not Found', 'Not Found'],
    ['ㅊㅇ', 'ㅊㅇ'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(decompose(input)).toBe(expected);
  });
});

describe('initials', () => {
  it.each([
    ['수락됨', 'ㅅㄹㄷ'],
    ['찾을 수 없음', 'ㅊㅇ ㅅ ㅇㅇ'],
    ['까치', 'ㄲㅊ'],
    ['404 에러', '404 ㅇㄹ'],
    ['HTTP 상태', 'HTTP ㅅㅌ'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(initials(input)).toBe(expected);
  });
});

describe('isInitialsQuery', () => {
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

describe('hasHangul', () => {
  it.each(['찾을', 'ㅊ', 'ㅏ', '404 에러'])('%j has Hangul', (input) =>
    expect(hasHangul(input)).toBe(true),
  );
  it.each(['', 'not found', '404', 'ｎｏｔ'])('%j has none', (input) =>
    expect(hasHangul(input)).toBe(false),
  );
});

describe('hangulToQwerty', () => {
  it.each([
    ['ㅜㅐㅅ ㄹㅐㅕㅜㅇ', 'not found'],
    ['찾을', 'ckwdmf'],
    ['성공', 'tjdrhd'],
    ['안녕하세요', 'dkssudgktpdy'],
    // Compound vowels and finals are two keys.
    ['왜', 'dho'],
    ['의자', 'dmlwk'],
    ['닭', 'ekfr'],
    ['값', 'rkqt'],
    // Double consonants are the shifted key.
    ['까', 'Rk'],
    ['있어', 'dlTdj'],
    // Text that is not Hangul is kept as typed.
    ['성공 404', 'tjdrhd 404'],
    ['ABC 가', 'ABC rk'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(hangulToQwerty(input)).toBe(expected);
  });
});

describe('qwertyToHangul (what a 2-set input method shows for these keys)', () => {
  it.each([
    ['tjdrhd', '성공'],
    ['dkssudgktpdy', '안녕하세요'],
    ['ckwdmf', '찾을'],
    ['ekfr', '닭'],
    // A vowel after ㄹㄱ takes the ㄱ into the next syllable: ㄷㅏㄹㄱㅏㅇ.
    ['ekfrkd', '달강'],
    ['ekfrr', '닭ㄱ'],
    ['dkfkr', '아락'],
    // Compound vowels.
    ['rhk', '과'],
    ['dhk', '와'],
    ['eho', '돼'],
    ['ehl', '되'],
    ['dnjs', '원'],
    ['dml', '의'],
    ['rhkswkd', '관장'],
    ['ghkdlxld', '화이팅'],
    // Compound finals, kept or split by the vowel that follows.
    ['rkqt', '값'],
    ['rkqtdl', '값이'],
    ['qkfqrh', '밟고'],
    ['dlfrdj', '읽어'],
    ['dkfgdkdy', '앓아요'],
    ['djqtdma', '없음'],
    // Shifted keys give double consonants and ㅒ/ㅖ; other capitals type the plain jamo.
    ['RK', '까'],
    ['Tjdrhd', '썽공'],
    ['dlTdj', '있어'],
    ['dP', '예'],
    ['Dkssud', '안녕'],
    // Keys that make no syllable stay as jamo.
    ['rrr', 'ㄱㄱㄱ'],
    ['k', 'ㅏ'],
    // Spaces, digits and punctuation pass through and separate syllables.
    ['rk rk', '가 가'],
    ['tjdrhd rhk', '성공 과'],
    ['gksrmf 404', '한글 404'],
    ['cksdmf, tn!', '찬을, 수!'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(qwertyToHangul(input)).toBe(expected);
  });
});

describe('compose', () => {
  it.each([
    ['ㄷㅏㄹㄱㅏㅇ', '달강'],
    ['ㅎㅏㄴㄱㅡㄹ', '한글'],
    ['ㄱㅗㅏ', '과'],
    ['ㄱㅏㅂㅅ', '값'],
    ['ㄱㅏㅂㅅㄱㅏ', '값가'],
    ['ㄱㅏㄸ', '가ㄸ'],
    ['ㅊㅇ', 'ㅊㅇ'],
  ])('%s → %s', (input, expected) => {
    expect(compose(input)).toBe(expected);
  });
});

describe('round trips', () => {
  it.each([
    '성공',
    '안녕하세요',
    '닭',
    '달강',
    '찾을 수 없음',
    '요청이 너무 많음',
    '내부 서버 오류',
    '까치',
    '의자',
    '값이',
    '밟고',
    '읽어',
    '왜',
  ])('%s survives Hangul → keys → Hangul', (input) => {
    expect(qwertyToHangul(hangulToQwerty(input))).toBe(input);
  });

  it.each(['tjdrhd', 'dkssudgktpdy', 'ekfrkd', 'rhkswkd', 'rkqtdl', 'not found'])(
    '%s survives keys → Hangul → keys',
    (input) => {
      expect(hangulToQwerty(qwertyToHangul(input))).toBe(input);
    },
  );

  it('every all-Hangul Korean name and keyword in the dataset survives Hangul → keys → Hangul', () => {
    const words = ALL_MEANINGS.flatMap((m) => [m.ko.name, ...m.ko.keywords]).filter((w) =>
      /^[가-힣 ]+$/u.test(w),
    );
    expect(words.length).toBeGreaterThan(100);
    const broken = words.filter((w) => qwertyToHangul(hangulToQwerty(w)) !== w);
    expect(broken).toEqual([]);
  });
});
