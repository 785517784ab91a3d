/**
 * Typo correction for search words, against the vocabulary of the dataset (names, keywords,
 * summaries): the word within reach of a Damerau–Levenshtein distance (`unathorized` →
 * `unauthorized`, `teapto` → `teapot`, `gatway` → `gateway`), among the words that share the
 * typed word's first letter (first jamo for Korean), so a typo in the first letter is not
 * corrected. Why not fuse.js: docs/search.md.
 */
import { disassemble } from 'es-hangul';

/** Words shorter than this are never corrected: too many real words are one edit apart. */
const MIN_LENGTH = 4;

const MAX_EDITS = 2;

/** Edits allowed for a word of this many letters (jamo for Korean). */
const allowedEdits = (length: number): number =>
  length < MIN_LENGTH ? 0 : length <= 5 ? 1 : MAX_EDITS;

export class TypoCorrector {
  /** Comparison form (jamo for Korean) → the word as it appears in the data. */
  readonly #words = new Map<string, string>();
  /** Comparison forms by their first letter. */
  readonly #buckets = new Map<string, string[]>();
  readonly #vocabulary: ReadonlyMap<string, number>;
  /**
   * No longer word is within reach of the vocabulary (a Korean word only grows as jamo): the
   * longest form plus the edits allowed (41 today, for Spring's 39-letter exception names).
   */
  readonly maxWordLength: number;

  /**
   * `vocabulary` maps each word to how much it counts (how often, and where, it appears): among
   * equally close candidates the weightier word wins (`오루` → `오류`, not `오래`).
   */
  constructor(vocabulary: ReadonlyMap<string, number>) {
    this.#vocabulary = vocabulary;
    for (const word of vocabulary.keys()) {
      const form = disassemble(word);
      if (form.length >= MIN_LENGTH - 1) this.#words.set(form, word);
    }
    let longest = 0;
    for (const form of this.#words.keys()) {
      longest = Math.max(longest, form.length);
      const key = form[0] as string;
      const list = this.#buckets.get(key);
      if (list) list.push(form);
      else this.#buckets.set(key, [form]);
    }
    this.maxWordLength = longest + MAX_EDITS;
  }

  /** The vocabulary word meant by `word`, or undefined when it is known or nothing is close. */
  correct(word: string): string | undefined {
    const form = disassemble(word);
    const limit = allowedEdits(form.length);
    if (limit === 0 || this.#words.has(form)) return undefined;
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const item of this.#buckets.get(form[0] as string) ?? []) {
      const d = editDistance(form, item, limit);
      if (
        d < bestDistance ||
        (d === bestDistance && best !== undefined && this.#weight(item) > this.#weight(best))
      ) {
        best = item;
        bestDistance = d;
      }
    }
    return best === undefined ? undefined : this.#words.get(best);
  }

  #weight(form: string): number {
    return this.#vocabulary.get(this.#words.get(form) ?? '') ?? 0;
  }
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: a swap of two neighbours is one
 * edit), stopping early once every path exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] as number) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}
