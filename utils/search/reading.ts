/**
 * A query reading, ready to be matched: its words with their shorter forms, and which texts
 * (by id in the word index) hold which of them; and the documents worth scoring for it.
 */
import { disassemble } from 'es-hangul';
import type { Doc, Field, Text } from './documents.ts';
import { conjugatedRoot, stemOf } from './endings.ts';
import type { TextIndex } from './text-index.ts';
import type { WordIndex } from './word-index.ts';
import { hasHangul, isStopWord } from './words.ts';

/**
 * A query word, and the shorter forms it may appear as: without its ending (`거부됨` →
 * `거부`, `blocked` → `block`); for Korean, its jamo without the last one (`많은` finds
 * `많음`) and the root of a conjugated verb (`막혔` finds `막힘`).
 */
export interface Token {
  readonly raw: string;
  readonly stem: string | undefined;
  /** The ids of the texts holding the word in any of its forms, one set per form. */
  readonly holders: readonly ReadonlySet<number>[];
}

/** The query's words, without the ones that say nothing (`the`, `왜`) when others remain. */
const tokensOf = (query: string, index: WordIndex): Token[] => {
  const words = query.split(' ').filter((t) => t !== '');
  const meaningful = words.filter((w) => !isStopWord(w));
  return (meaningful.length > 0 ? meaningful : words).map((raw) => {
    const stem = stemOf(raw);
    const holders = [index.startingWith(raw)];
    if (stem !== undefined) holders.push(index.startingWith(stem));
    if (hasHangul(raw) && raw.length >= 2) {
      holders.push(index.startingWith(disassemble(raw).slice(0, -1), true));
      const root = conjugatedRoot(stem ?? raw);
      if (root !== undefined) holders.push(index.startingWith(root, true));
    }
    return { raw, stem, holders };
  });
};

/**
 * One reading of the query, ready to be matched: its words, and for every text holding some
 * of them (by id in the word index) a bit per word it holds.
 */
export interface Reading {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly masks: ReadonlyMap<number, number>;
  /** The mask of a text holding every word. */
  readonly full: number;
  /** The query without spaces, when it is Korean, whose spacing varies. */
  readonly compact: string | undefined;
}

/** At most this many words of a query count (a bit each in a mask). */
const MAX_TOKENS = 30;

export function readingOf(index: TextIndex, text: string): Reading {
  const tokens = tokensOf(text, index.words).slice(0, MAX_TOKENS);
  const masks = new Map<number, number>();
  tokens.forEach((t, k) => {
    for (const ids of t.holders)
      for (const id of ids) masks.set(id, (masks.get(id) ?? 0) | (1 << k));
  });
  const korean = hasHangul(text);
  return {
    text,
    tokens,
    masks,
    full: 2 ** tokens.length - 1,
    compact: korean ? text.replace(/ /gu, '') : undefined,
  };
}

export const maskOf = (r: Reading, item: Text): number => r.masks.get(item.id) ?? 0;
export const fieldMask = (r: Reading, f: Field): number =>
  f.items.reduce((mask, item) => mask | maskOf(r, item), 0);

/**
 * The documents a reading can match: those holding one of its words in some form and, for
 * Korean spaced differently (`요청한도`), those with a word starting as the query does. A
 * one-word query may match inside a word, so it reads every document.
 */
export function candidates(index: TextIndex, r: Reading): Iterable<Doc> {
  if (r.tokens.length < 2) return index.docs;
  const found = new Set<Doc>();
  const add = (id: number): void => {
    const doc = index.owners[id];
    if (doc) found.add(doc);
  };
  for (const id of r.masks.keys()) add(id);
  if (r.compact !== undefined)
    for (const id of index.words.startingWith(r.text.slice(0, 1))) add(id);
  return found;
}
