/**
 * Interface text in English and Korean (tables in utils/i18n/: English is the source of truth,
 * Korean must have every key), and `t`, which fills a message's arguments and Korean particles.
 */
import { josa, numberToHangul } from 'es-hangul';
import type { Lang } from '../data/types.ts';
import { EN, type MessageKey } from './i18n/en.ts';
import { KO } from './i18n/ko.ts';

export type { MessageKey } from './i18n/en.ts';

export const MESSAGES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  en: Object.fromEntries(Object.entries(EN).map(([k, v]) => [k, v.message])) as Record<
    MessageKey,
    string
  >,
  ko: KO,
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
