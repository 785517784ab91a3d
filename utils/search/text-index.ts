/**
 * What word queries search: a document per meaning, the word index over their texts, and the
 * typo corrector over their words. Built on first need, or ahead of it a slice at a time.
 */
import {
  docSource,
  sourceOf,
  toDoc,
  type Doc,
  type DocSource,
  type FieldKind,
} from './documents.ts';
import type { Meaning } from './listing.ts';
import { TypoCorrector } from './typos.ts';
import { WordIndex, wordsIn, type JamoWords } from './word-index.ts';

export interface TextIndex {
  readonly docs: readonly Doc[];
  readonly typos: TypoCorrector;
  readonly words: WordIndex;
  /** The document each text (by its id in `words`) belongs to. */
  readonly owners: readonly Doc[];
}

/** Where a word counts most when typos are corrected towards it. */
const VOCABULARY_WEIGHT: Partial<Record<FieldKind, number>> = {
  name: 3,
  former: 3,
  keyword: 2,
  summary: 1,
};

/**
 * Adds a document's words to the vocabulary typos are corrected towards, each weighted by
 * where and how often it appears.
 */
function addWords(words: Map<string, number>, doc: Doc): void {
  for (const f of doc.fields) {
    const weight = VOCABULARY_WEIGHT[f.kind];
    if (weight === undefined) continue;
    // Short Korean words count: `많음` is two syllables but five jamo.
    for (const item of f.items) {
      for (const word of wordsIn(item.raw)) {
        if (word.length >= 2) words.set(word, (words.get(word) ?? 0) + weight);
      }
    }
  }
}

/**
 * A built index as data (`TextIndexBuilder.snapshot`): each document's texts in search form, and
 * the Korean words by their jamo, the two costly parts of building; the rest is derived again
 * in a few milliseconds (docs/performance.md, _Round two_).
 */
export interface TextIndexSnapshot {
  readonly docs: readonly DocSource[];
  readonly jamo: JamoWords;
}

/** Milliseconds of building per slice when the index is prepared ahead of need. */
const SLICE_MS = 4;

/** The text index of some meanings, built when `ready` first asks or slice by slice after `prepare`. */
export class TextIndexBuilder {
  readonly #meanings: readonly Meaning[];
  readonly #built: Doc[] = [];
  readonly #vocabulary = new Map<string, number>();
  readonly #words = new WordIndex();
  readonly #owners: Doc[] = [];
  #index: TextIndex | undefined;
  #preparing = false;
  readonly #prebuilt: (() => string) | undefined;

  /** `prebuilt`, when given, is the JSON of this index's `snapshot`, read instead of computed. */
  constructor(meanings: readonly Meaning[], prebuilt?: () => string) {
    this.#meanings = meanings;
    this.#prebuilt = prebuilt;
  }

  /** The index as data, for `prebuilt` (the build stores it: text-index-snapshot.ts). */
  snapshot(): TextIndexSnapshot {
    const { docs, words } = this.ready();
    return { docs: docs.map(sourceOf), jamo: words.jamo() };
  }

  /** Starts building a slice at a time, the thread free between slices; again, does nothing. */
  prepare(): void {
    if (this.#index || this.#preparing) return;
    this.#preparing = true;
    setTimeout(this.#slice, 0);
  }

  /** The whole index, building what is left at once. */
  ready(): TextIndex {
    if (!this.#index) {
      const snapshot = this.#prebuilt
        ? (JSON.parse(this.#prebuilt()) as TextIndexSnapshot)
        : undefined;
      this.#build(Infinity, snapshot?.docs);
      this.#words.seal(snapshot?.jamo);
      this.#index = {
        docs: this.#built,
        typos: new TypoCorrector(this.#vocabulary),
        words: this.#words,
        owners: this.#owners,
      };
    }
    return this.#index;
  }

  /**
   * Builds documents until the deadline (performance.now()) or the last; true when all are.
   * `sources`: the documents' texts already in search form (a snapshot's).
   */
  #build(deadline: number, sources?: readonly DocSource[]): boolean {
    const meanings = this.#meanings;
    while (this.#built.length < meanings.length) {
      const at = this.#built.length;
      const source = sources?.[at] ?? docSource(meanings[at] as Meaning);
      const doc = toDoc(source, this.#words, this.#owners);
      this.#built.push(doc);
      addWords(this.#vocabulary, doc);
      if (performance.now() >= deadline) break;
    }
    return this.#built.length === meanings.length;
  }

  readonly #slice = (): void => {
    if (this.#index) return;
    // From a snapshot, the whole index takes a few milliseconds: no slices.
    if (this.#prebuilt) {
      this.ready();
      return;
    }
    if (this.#build(performance.now() + SLICE_MS)) this.ready();
    else setTimeout(this.#slice, 0);
  };
}
