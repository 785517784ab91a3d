import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGES, particleAfter, PARTICLES, t, type MessageKey } from './i18n.ts';

const keys = Object.keys(MESSAGES.en) as MessageKey[];
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\d)(?::[^}]+)?\}/gu)].map((m) => m[1] as string).sort();

describe('interface text', () => {
  it.each(keys)('%s exists in both languages with the same placeholders', (key) => {
    expect(MESSAGES.en[key].trim()).not.toBe('');
    expect(MESSAGES.ko[key].trim()).not.toBe('');
    expect(placeholders(MESSAGES.ko[key])).toEqual(placeholders(MESSAGES.en[key]));
  });

  it('has no Korean key that English lacks', () => {
    expect(Object.keys(MESSAGES.ko).sort()).toEqual([...keys].sort());
  });

  it.each(keys.filter((k) => /[a-z]{3}/iu.test(MESSAGES.en[k])))(
    '%s is written in Korean, not left in English',
    (key) => {
      expect(MESSAGES.ko[key]).toMatch(/[가-힣]/u);
    },
  );

  it('uses the glossary term 오류, never 에러, in Korean', () => {
    for (const key of keys) expect(MESSAGES.ko[key], key).not.toMatch(/에러/u);
  });

  it('fills placeholders', () => {
    expect(t('en', 'unknownCode', 299)).toBe('299 is not a registered HTTP status code.');
    expect(t('ko', 'copyCode', '404 Not Found')).toBe('404 Not Found 복사');
  });

  it('chooses Korean particles by how the word before them ends, never 을(를)', () => {
    expect(t('ko', 'unknownCodeClass', 4, t('ko', 'class4'))).toBe(
      '4로 시작하는 코드는 클라이언트 오류를 뜻합니다.',
    );
    expect(t('ko', 'unknownCodeClass', 3, t('ko', 'class3'))).toBe(
      '3으로 시작하는 코드는 리다이렉션을 뜻합니다.',
    );
    expect(t('ko', 'unknownCodeClass', 1, t('ko', 'class1'))).toBe(
      '1로 시작하는 코드는 정보성을 뜻합니다.',
    );
    expect(t('ko', 'unknownCode', 299)).toBe('299는 등록된 HTTP 상태 코드가 아닙니다.');
    expect(t('ko', 'unknownCode', 230)).toBe('230은 등록된 HTTP 상태 코드가 아닙니다.');
    for (const key of keys)
      expect(MESSAGES.ko[key], key).not.toMatch(/\((?:을|를|은|는|이|가|으로|로)\)/u);
  });

  it('names only particles it knows how to choose', () => {
    for (const key of keys) {
      for (const [, particle] of MESSAGES.ko[key].matchAll(/\{\d:([^}]+)\}/gu)) {
        expect(PARTICLES, key).toContain(particle);
      }
    }
  });
});

describe('particleAfter', () => {
  it.each([
    ['4', '으로/로', '로'],
    ['1', '으로/로', '로'],
    ['3', '으로/로', '으로'],
    ['200', '은/는', '은'],
    ['404', '은/는', '는'],
    ['301', '이/가', '이'],
    ['클라이언트 오류', '을/를', '를'],
    ['서버 오류', '와/과', '와'],
    ['리다이렉션', '을/를', '을'],
    ['성공', '으로/로', '으로'],
  ] as const)('%s + %s → %s', (word, particle, expected) => {
    expect(particleAfter(word, particle)).toBe(expected);
  });
});

const load = (lang: string) =>
  JSON.parse(
    readFileSync(new URL(`../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
  ) as Record<string, { message: string; description?: string }>;

describe('manifest text (_locales)', () => {
  const en = load('en');
  const ko = load('ko');

  it('has the same keys in Korean and English, each with a description for translators', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en)) expect(value.description, key).toBeTruthy();
  });

  it('keeps store limits: name ≤ 75, short name ≤ 12, description ≤ 132 characters', () => {
    for (const messages of [en, ko]) {
      expect(messages['extName']?.message.length).toBeLessThanOrEqual(75);
      expect(messages['extShortName']?.message.length).toBeLessThanOrEqual(12);
      expect(messages['extDescription']?.message.length).toBeLessThanOrEqual(132);
    }
  });
});
