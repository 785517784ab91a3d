/**
 * Typo correction for search words, against the vocabulary of the dataset (names, keywords,
 * summaries). fuse.js proposes candidates from the words that share the typed word's first
 * letter (first jamo for Korean); a Damerau–Levenshtein distance check accepts one of them
 * only when it is within reach of what was typed (`unathorized` → `unauthorized`,
 * `teapto` → `teapot`, `gatway` → `gateway`). This is the only module that imports fuse.js.
 *
 * Bucketing by first letter keeps each lookup to a few dozen words (a p95 well under a
 * millisecond); the price is that a typo in the very first letter is not corrected.
 */
import Fuse from 'fuse.js';
import { disassemble } from 'es-hangul';

export interface TypoCorrector {
  /** The vocabulary word meant by `word`, or undefined when it is known or nothing is close. */
  correct(word: string): string | undefined;
  /** Whether the word is in the vocabulary as it is. */
  knows(word: string): boolean;
}

/** Words shorter than this are never corrected: too many real words are one edit apart. */
const MIN_LENGTH = 4;

/** Edits allowed for a word of this many letters (jamo for Korean). */
const allowedEdits = (length: number): number => (length < MIN_LENGTH ? 0 : length <= 5 ? 1 : 2);

/**
 * `vocabulary` maps each word to how much it counts (how often, and where, it appears): among
 * equally close candidates the weightier word wins (`오루` → `오류`, not `오래`).
 */
export function createTypoCorrector(vocabulary: ReadonlyMap<string, number>): TypoCorrector {
  /** Comparison form (jamo for Korean) → the word as it appears in the data. */
  const words = new Map<string, string>();
  for (const word of vocabulary.keys()) {
    const form = disassemble(word);
    if (form.length >= MIN_LENGTH - 1) words.set(form, word);
  }
  const weight = (form: string): number => vocabulary.get(words.get(form) ?? '') ?? 0;
  const buckets = new Map<string, string[]>();
  for (const form of words.keys()) {
    const key = form[0] as string;
    const list = buckets.get(key);
    if (list) list.push(form);
    else buckets.set(key, [form]);
  }
  const fuses = new Map<string, Fuse<string>>();
  const fuseFor = (key: string): Fuse<string> | undefined => {
    let fuse = fuses.get(key);
    const list = buckets.get(key);
    if (!fuse && list) {
      fuse = new Fuse(list, { includeScore: true, ignoreLocation: true, threshold: 0.5 });
      fuses.set(key, fuse);
    }
    return fuse;
  };

  return {
    knows: (word) => words.has(disassemble(word)),
    correct(word) {
      const form = disassemble(word);
      const limit = allowedEdits(form.length);
      if (limit === 0 || words.has(form)) return undefined;
      const fuse = fuseFor(form[0] as string);
      if (!fuse) return undefined;
      let best: string | undefined;
      let bestDistance = limit + 1;
      for (const { item } of fuse.search(form, { limit: 8 })) {
        const d = editDistance(form, item, limit);
        if (
          d < bestDistance ||
          (d === bestDistance && best !== undefined && weight(item) > weight(best))
        ) {
          best = item;
          bestDistance = d;
        }
      }
      return best === undefined ? undefined : words.get(best);
    },
  };
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
