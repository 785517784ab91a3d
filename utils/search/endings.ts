/**
 * A query word without its ending: the Korean particle or verb ending (`초과했습니다` → `초과`)
 * or the English suffix (`redirects` → `redirect`), and where a conjugated verb meets its noun.
 * es-hangul attaches particles (`josa`) but does not strip them: this part is ours.
 */
import { disassemble } from 'es-hangul';
import { hasHangul } from './words.ts';

/**
 * Korean verb endings (tried longest first). Stripping one leaves the verb's stem, however
 * short (`없어요` → `없`): these endings do not end nouns.
 */
const VERB_ENDINGS = [
  '당했습니다',
  '당했어요',
  '당했는데',
  '났습니다',
  '되었습니다',
  '되어서',
  '되어요',
  '되었어요',
  '되었는데',
  '했습니다',
  '됐습니다',
  '됩니다',
  '했어요',
  '했는데',
  '됐어요',
  '됐는데',
  '습니다',
  '었어요',
  '았어요',
  '였어요',
  '합니다',
  '해요',
  '돼요',
  '어요',
  '아요',
  '네요',
  '나요',
  '는데',
  '는지',
  '하는',
  '되는',
  '하다',
  '되다',
  '했음',
  '됐음',
  '했다',
  '됐다',
  '해서',
  '했더니',
  '하라고',
  '된대요',
  '한대요',
  '더니',
  '다고',
  '대요',
  '래요',
  '났어요',
  '났는데',
  '당했다',
  '당함',
  '났다',
  '났음',
  '나서',
  '하여',
  '되어',
  '돼서',
  '어서',
  '아서',
].sort((a, b) => b.length - a.length);
/**
 * Particles and one-syllable endings. These also end nouns (`초과`, `대기`), so they are
 * stripped only when two letters remain (`요청이` → `요청`, `IP가` → `ip`, not `초과` → `초`).
 */
const PARTICLES = [
  '으로',
  '에서',
  '에게',
  '까지',
  '부터',
  '처럼',
  '이라',
  '라고',
  '이고',
  '인데',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '에',
  '의',
  '도',
  '로',
  '와',
  '과',
  '만',
  '됨',
  '함',
  '다',
  '요',
  '음',
];
/** English suffixes, stripped when four letters remain (`blocked` → `block`, `used` stays). */
const SUFFIXES = ['ing', 'ed', 'es', 's'];

/**
 * A query word without its ending: the Korean stem (`막혔어요` → `막혔`, `거부됨` → `거부`) or
 * the English one (`redirects` → `redirect`); undefined when nothing is stripped. With
 * `particles: false`, only endings that cannot end a noun are stripped, so `요청한도` keeps
 * its `도`.
 */
export function stemOf(word: string, { particles = true } = {}): string | undefined {
  if (hasHangul(word)) {
    for (const ending of VERB_ENDINGS) {
      if (word.length > ending.length && word.endsWith(ending))
        return word.slice(0, -ending.length);
    }
    if (!particles) return undefined;
    for (const particle of PARTICLES) {
      if (word.length - particle.length >= 2 && word.endsWith(particle))
        return word.slice(0, -particle.length);
    }
    return undefined;
  }
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) {
      return word.slice(0, -suffix.length);
    }
  }
  return undefined;
}

/**
 * Final syllables that show a verb was conjugated: a past tense (`혔`, `했`) or a contraction
 * (`혀`, `해`, `돼`). es-hangul's disassemble splits ㅙ into ㅗㅐ, so `돼` ends in ㅐ.
 */
const CONJUGATED = /[ㅆㅕㅐ]$/u;

/**
 * The jamo a Korean stem's words begin with, for stems whose last syllable a conjugation
 * changed: `막혔` → `ㅁㅏㄱㅎ`, which begins `막힘` and `막혀`; `끊겼` → the start of `끊김`.
 * Undefined for other words, which compare as they are.
 */
export function conjugatedRoot(stem: string): string | undefined {
  const syllables = [...stem];
  if (syllables.length < 2 || !hasHangul(stem)) return undefined;
  const last = disassemble(syllables[syllables.length - 1] as string);
  if (!CONJUGATED.test(last)) return undefined;
  return disassemble(syllables.slice(0, -1).join('')) + last[0];
}
