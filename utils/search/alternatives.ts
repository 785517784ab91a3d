/**
 * The other readings of a query, tried when it is not matched well as typed: with its words'
 * endings stripped, with its typos corrected, and as typed in the other keyboard layout.
 */
import { convertHangulToQwerty, convertQwertyToAlphabet, convertQwertyToHangul } from 'es-hangul';
import { stemOf } from './endings.ts';
import type { TextIndex } from './text-index.ts';
import { hasHangul, isInitialsQuery } from './words.ts';

/** The query with each word's ending stripped: `요청 한도를 초과했습니다` → `요청 한도 초과`. */
export function stemmedReading(query: string, particles: boolean): string {
  return query
    .split(' ')
    .map((word) => stemOf(word, { particles }) ?? word)
    .join(' ');
}

/** Each unknown word replaced by the vocabulary word it most likely meant. */
export function correctTypos(index: TextIndex, query: string): string {
  return query
    .split(' ')
    .map((word) => {
      // Pasted text can hold a word of thousands of letters: none so long is anyone's typo.
      if (word.length > index.typos.maxWordLength) return word;
      // A word some text begins a word with is no typo (`configured`, for `configuration`),
      // nor is a known word with an ending (`crashed` is `crash`, not `cached`).
      if (index.words.startingWith(word).size > 0) return word;
      const stem = stemOf(word);
      if (stem !== undefined && index.words.startingWith(stem).size > 0) return word;
      return index.typos.correct(word) ?? word;
    })
    .join(' ');
}

/**
 * The query as typed in the other keyboard layout: `tjdrhd` → `성공`, `ㅜㅐㅅ` → `not`; as the
 * keys give it (`dpfj` → `에러`), before `canonical` folds its spellings.
 */
export function inOtherLayout(query: string): string | undefined {
  if (isInitialsQuery(query)) return undefined;
  if (hasHangul(query)) return convertHangulToQwerty(query);
  if (/^[a-z\s]+$/u.test(query)) return query.split(' ').map(keysToHangul).join(' ');
  return undefined;
}

/**
 * es-hangul composes the keys into syllables; it throws on some sequences no Korean word is
 * typed with (`hhos`: three vowels), which then stay uncomposed jamo.
 */
function keysToHangul(keys: string): string {
  try {
    return convertQwertyToHangul(keys);
  } catch {
    return convertQwertyToAlphabet(keys);
  }
}
