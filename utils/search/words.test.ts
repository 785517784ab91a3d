import { convertHangulToQwerty, convertQwertyToHangul, getChoseong } from 'es-hangul';
import { describe, expect, it } from 'vitest';
import { ALL_MEANINGS } from '../../data/index.ts';
import { hasHangul, isInitialsQuery } from './words.ts';

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
