import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGES, t, type MessageKey } from './i18n.ts';

const keys = Object.keys(MESSAGES.en) as MessageKey[];
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\d\}/gu)].map((m) => m[0]).sort();

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
