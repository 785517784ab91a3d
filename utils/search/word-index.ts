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

/** Korean words by their jamo, sorted by it: `words[i]` is the word of `forms[i]`. */
export interface JamoWords {
  readonly forms: readonly string[];
  readonly words: readonly string[];
}

export class WordIndex {
  readonly #texts: string[] = [];
  readonly #postings = new Map<string, number[]>();
  #words: string[] = [];
  /** Korean words by their jamo, sorted; `#jamoWords[i]` is the word of `#jamoForms[i]`. */
  #jamoForms: readonly string[] = [];
  #jamoWords: readonly string[] = [];
  readonly #cache = new Map<string, ReadonlySet<number>>();

  /** Adds a text; its id is what lookups answer. */
  add(text: string): number {
    const id = this.#texts.length;
    this.#texts.push(text);
    for (const word of new Set(wordsIn(text))) {
      const list = this.#postings.get(word);
      if (list) list.push(id);
      else this.#postings.set(word, [id]);
    }
    return id;
  }

  /** How many texts were added: the next one's id. */
  size(): number {
    return this.#texts.length;
  }

  /**
   * Ends adding: the word lists are sorted once, here. `jamo`, when given, is what `jamo()` of
   * an index of the same texts answered (the Korean words' forms are most of this work).
   */
  seal(jamo?: JamoWords): void {
    this.#words = [...this.#postings.keys()].sort();
    if (jamo) {
      this.#jamoForms = jamo.forms;
      this.#jamoWords = jamo.words;
    } else {
      const korean = this.#words
        .filter(hasHangul)
        .map((w) => [disassemble(w), w] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      this.#jamoForms = korean.map(([j]) => j);
      this.#jamoWords = korean.map(([, w]) => w);
    }
    this.#cache.clear();
  }

  /** The Korean words by their jamo, sorted: what `seal` computed. */
  jamo(): JamoWords {
    return { forms: this.#jamoForms, words: this.#jamoWords };
  }

  /** Ids of the texts with a word starting with `form` (letters, or jamo when `jamo`). */
  startingWith(form: string, jamo = false): ReadonlySet<number> {
    const key = `${jamo ? 'j' : 'w'}${form}`;
    let ids = this.#cache.get(key);
    if (ids) return ids;
    const parts = wordsIn(form);
    if (jamo) {
      ids = this.#collect(this.#jamoWords, this.#jamoForms, form);
    } else if (parts.length === 1 && parts[0] === form) {
      ids = this.#collect(this.#words, this.#words, form);
    } else {
      // A form with punctuation (`if-match`, `content-length`): the texts holding its first
      // word, then those where the whole form starts a word.
      const first = parts[0];
      const candidates = first === undefined ? [] : this.#collect(this.#words, this.#words, first);
      ids = new Set([...candidates].filter((id) => startsWord(this.#texts[id] as string, form)));
    }
    if (this.#cache.size > 500) this.#cache.clear();
    this.#cache.set(key, ids);
    return ids;
  }

  /** The texts holding a word of `from` whose key in `keys` (same order) starts with `form`. */
  #collect(from: readonly string[], keys: readonly string[], form: string): Set<number> {
    const ids = new Set<number>();
    for (let i = lowerBound(keys, form); i < keys.length; i++) {
      if (!(keys[i] as string).startsWith(form)) break;
      for (const id of this.#postings.get(from[i] as string) ?? []) ids.add(id);
    }
    return ids;
  }
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
