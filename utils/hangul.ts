/**
 * Hangul helpers for search: jamo decomposition, initial consonants (초성), and conversion
 * between the Korean 2-set (두벌식) keyboard and QWERTY, so `tjdrhd` finds 성공 and
 * `ㅜㅐㅅ ㄹㅐㅕㅜㅇ` finds "not found".
 */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const MEDIALS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
// Index 0 is "no final consonant".
const FINALS = ' ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';

/** Compound jamo and the keys typed for them on a 2-set keyboard. */
const COMPOUNDS: Readonly<Record<string, string>> = {
  ㅘ: 'ㅗㅏ',
  ㅙ: 'ㅗㅐ',
  ㅚ: 'ㅗㅣ',
  ㅝ: 'ㅜㅓ',
  ㅞ: 'ㅜㅔ',
  ㅟ: 'ㅜㅣ',
  ㅢ: 'ㅡㅣ',
  ㄳ: 'ㄱㅅ',
  ㄵ: 'ㄴㅈ',
  ㄶ: 'ㄴㅎ',
  ㄺ: 'ㄹㄱ',
  ㄻ: 'ㄹㅁ',
  ㄼ: 'ㄹㅂ',
  ㄽ: 'ㄹㅅ',
  ㄾ: 'ㄹㅌ',
  ㄿ: 'ㄹㅍ',
  ㅀ: 'ㄹㅎ',
  ㅄ: 'ㅂㅅ',
};
const COMBINE: ReadonlyMap<string, string> = new Map(
  Object.entries(COMPOUNDS).map(([compound, keys]) => [keys, compound]),
);

// 2-set layout: the jamo on each QWERTY key, unshifted then shifted where it differs.
const KEYS = 'qwertyuiopasdfghjklzxcvbnm';
const JAMO_ON_KEY = 'ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ';
const SHIFTED: Readonly<Record<string, string>> = {
  Q: 'ㅃ',
  W: 'ㅉ',
  E: 'ㄸ',
  R: 'ㄲ',
  T: 'ㅆ',
  O: 'ㅒ',
  P: 'ㅖ',
};

const keyToJamo = new Map<string, string>();
const jamoToKey = new Map<string, string>();
for (let i = 0; i < KEYS.length; i++) {
  const key = KEYS[i] as string;
  const jamo = JAMO_ON_KEY[i] as string;
  keyToJamo.set(key, jamo);
  keyToJamo.set(key.toUpperCase(), SHIFTED[key.toUpperCase()] ?? jamo);
  jamoToKey.set(jamo, key);
}
for (const [key, jamo] of Object.entries(SHIFTED)) jamoToKey.set(jamo, key);

const isSyllable = (c: number): boolean => c >= SYLLABLE_FIRST && c <= SYLLABLE_LAST;
const isVowel = (jamo: string): boolean => MEDIALS.includes(jamo);

/** Splits Hangul syllables into their jamo (compound jamo kept whole); other characters pass. */
export function decompose(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (!isSyllable(c)) {
      out += ch;
      continue;
    }
    const offset = c - SYLLABLE_FIRST;
    out += INITIALS[Math.floor(offset / 588)];
    out += MEDIALS[Math.floor((offset % 588) / 28)];
    const final = offset % 28;
    if (final > 0) out += FINALS[final];
  }
  return out;
}

/** The initial consonant of each syllable (`수락됨` → `ㅅㄹㄷ`); other characters pass. */
export function initials(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out += isSyllable(c) ? INITIALS[Math.floor((c - SYLLABLE_FIRST) / 588)] : ch;
  }
  return out;
}

/** True when the text has Hangul consonants and nothing else but spaces (`ㅊㅇㅅㅇㅇ`). */
export function isInitialsQuery(text: string): boolean {
  return /^[ㄱ-ㅎ\s]+$/u.test(text) && /[ㄱ-ㅎ]/u.test(text);
}

export function hasHangul(text: string): boolean {
  return /[ㄱ-ㅣ가-힣]/u.test(text);
}

/** What a 2-set keyboard user typed, as the QWERTY keys pressed (`찾을` → `cksdmf`). */
export function hangulToQwerty(text: string): string {
  let out = '';
  for (const jamo of decompose(text)) {
    const keys = COMPOUNDS[jamo] ?? jamo;
    for (const k of keys) out += jamoToKey.get(k) ?? k;
  }
  return out;
}

/** Keys pressed on QWERTY read as 2-set Hangul and composed into syllables (`tjdrhd` → `성공`). */
export function qwertyToHangul(text: string): string {
  let jamo = '';
  for (const ch of text) jamo += keyToJamo.get(ch) ?? ch;
  return compose(jamo);
}

/** Composes a jamo sequence into syllables the way a 2-set input method does. */
export function compose(jamo: string): string {
  const chars = [...combineAdjacent(jamo)];
  let out = '';
  let i = 0;
  while (i < chars.length) {
    const initial = chars[i] as string;
    const medial = chars[i + 1];
    const initialIndex = INITIALS.indexOf(initial);
    if (initialIndex < 0 || medial === undefined || !isVowel(medial)) {
      out += initial;
      i += 1;
      continue;
    }
    // A final consonant belongs to this syllable unless a vowel follows it.
    const final = chars[i + 2];
    const finalIndex = final === undefined ? -1 : FINALS.indexOf(final);
    const nextIsVowel = chars[i + 3] !== undefined && isVowel(chars[i + 3] as string);
    const takeFinal = finalIndex > 0 && !nextIsVowel;
    const code =
      SYLLABLE_FIRST +
      initialIndex * 588 +
      MEDIALS.indexOf(medial) * 28 +
      (takeFinal ? finalIndex : 0);
    out += String.fromCharCode(code);
    i += takeFinal ? 3 : 2;
  }
  return out;
}

/**
 * Joins key pairs into compound jamo (ㅗ+ㅏ → ㅘ, ㄹ+ㄱ → ㄺ). A consonant pair is joined only
 * when it closes a syllable: not when the second consonant starts the next one (ㄹ+ㄱ+ㅏ).
 */
function combineAdjacent(jamo: string): string {
  const chars = [...jamo];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const a = chars[i] as string;
    const b = chars[i + 1];
    const joined = b === undefined ? undefined : COMBINE.get(a + b);
    const prevIsVowel = i > 0 && isVowel(chars[i - 1] as string);
    const nextIsVowel = chars[i + 2] !== undefined && isVowel(chars[i + 2] as string);
    // Two vowel keys always join; two consonants only as the final of a syllable.
    if (joined !== undefined && (isVowel(a) || (prevIsVowel && !nextIsVowel))) {
      out += joined;
      i += 1;
    } else {
      out += a;
    }
  }
  return out;
}
