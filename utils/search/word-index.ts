/**
 * Which texts have a word that starts with a given form: the inverted index under search.
 * Each text is split into its words (runs of letters and digits); a lookup finds every word
 * that begins with the form in a sorted list, by its letters or, for Korean, by its jamo
 * (`많으` finds `많음`), and answers the set of texts that hold one of them. Scanning every
 * text for every query word instead cost most of a query's time (docs/search.md).
 */
import { disassemble } from 'es-hangul';
import { hasHangul } from './words.ts';

const WORD = /[\p{L}\p{N}]+/gu;

/** A text's words: its runs of letters and digits. */
export function wordsIn(text: string): string[] {
  return text.match(WORD) ?? [];
}

export interface WordIndex {
  /** Adds a text; its id is what lookups answer. */
  add(text: string): number;
  /** How many texts were added: the next one's id. */
  size(): number;
  /** Ends adding: the word lists are sorted once, here. */
  seal(): void;
  /** Ids of the texts with a word starting with `form` (letters, or jamo when `jamo`). */
  startingWith(form: string, jamo?: boolean): ReadonlySet<number>;
}

/** First index in `sorted` whose entry is not below `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function createWordIndex(): WordIndex {
  const texts: string[] = [];
  const postings = new Map<string, number[]>();
  let words: string[] = [];
  /** Korean words by their jamo, sorted; `jamoWords[i]` is the word of `jamoForms[i]`. */
  let jamoForms: string[] = [];
  let jamoWords: string[] = [];
  const cache = new Map<string, ReadonlySet<number>>();

  const collect = (from: readonly string[], keys: readonly string[], form: string): Set<number> => {
    const ids = new Set<number>();
    for (let i = lowerBound(keys, form); i < keys.length; i++) {
      if (!(keys[i] as string).startsWith(form)) break;
      for (const id of postings.get(from[i] as string) ?? []) ids.add(id);
    }
    return ids;
  };

  return {
    add(text) {
      const id = texts.length;
      texts.push(text);
      for (const word of new Set(wordsIn(text))) {
        const list = postings.get(word);
        if (list) list.push(id);
        else postings.set(word, [id]);
      }
      return id;
    },
    size: () => texts.length,
    seal() {
      words = [...postings.keys()].sort();
      const korean = words
        .filter(hasHangul)
        .map((w) => [disassemble(w), w] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      jamoForms = korean.map(([j]) => j);
      jamoWords = korean.map(([, w]) => w);
      cache.clear();
    },
    startingWith(form, jamo = false) {
      const key = `${jamo ? 'j' : 'w'}${form}`;
      let ids = cache.get(key);
      if (ids) return ids;
      const parts = wordsIn(form);
      if (jamo) {
        ids = collect(jamoWords, jamoForms, form);
      } else if (parts.length === 1 && parts[0] === form) {
        ids = collect(words, words, form);
      } else {
        // A form with punctuation (`if-match`, `content-length`): the texts holding its first
        // word, then those where the whole form starts a word.
        const first = parts[0];
        const candidates = first === undefined ? [] : collect(words, words, first);
        ids = new Set([...candidates].filter((id) => startsWord(texts[id] as string, form)));
      }
      if (cache.size > 500) cache.clear();
      cache.set(key, ids);
      return ids;
    },
  };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function isWordStart(raw: string, at: number): boolean {
  return at === 0 || !LETTER_OR_DIGIT.test(raw[at - 1] ?? '');
}

function startsWord(text: string, form: string): boolean {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (isWordStart(text, at)) return true;
  }
  return false;
}
