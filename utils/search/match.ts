/**
 * How well a reading of the query matches a document: by its best field, each field by its
 * best item (a name, a keyword), each item whole, by its start, by a word, or word by word.
 */
import { WEIGHTS, isShort, type Doc, type Field, type Text } from './documents.ts';
import { candidates, fieldMask, maskOf, readingOf, type Reading, type Token } from './reading.ts';
import type { TextIndex } from './text-index.ts';
import { isWordStart } from './word-index.ts';
import { isInitialsQuery } from './words.ts';

export function scoreQuery(index: TextIndex, query: string): Map<Doc, number> {
  const scores = new Map<Doc, number>();
  const r = readingOf(index, query);
  if (isInitialsQuery(query)) {
    for (const doc of index.docs) {
      let best = 0;
      for (const s of doc.initials) best = Math.max(best, matchItem(r, s, true));
      if (best > 0) scores.set(doc, best * WEIGHTS.name);
    }
    return scores;
  }
  for (const doc of candidates(index, r)) {
    let best = 0;
    for (const f of doc.fields) {
      const s = matchField(r, f) * WEIGHTS[f.kind];
      if (s > best) best = s;
    }
    if (best > 0) scores.set(doc, best);
  }
  return scores;
}

function matchField(r: Reading, f: Field): number {
  const short = isShort(f.kind);
  const several = r.tokens.length > 1;
  let best = 0;
  for (const item of f.items) best = Math.max(best, matchItem(r, item, short));
  // Words spread over a field's items count for a text (a name, a summary), not for a list of
  // keywords, where they would come from unrelated phrases.
  if (best < 0.55 && several && f.kind !== 'keyword' && fieldMask(r, f) === r.full) best = 0.55;
  if (best < 0.5 && several && short) {
    for (const item of f.items) {
      if (maskOf(r, item) !== 0) best = Math.max(best, matchWithin(r.tokens, item));
    }
  }
  return best;
}

/**
 * A short text said inside a longer query: `method not supported on this endpoint` holds the
 * keyword `method not supported`. Worth less than a text holding the whole query, more as it
 * covers more of the query's words; a one-word text counts only for a two-word query.
 */
function matchWithin(tokens: readonly Token[], item: Text): number {
  const words = item.words;
  if (words.length === 0 || words.length > tokens.length) return 0;
  if (words.length === 1 && tokens.length > 2) return 0;
  // Every word of the text must be in the query; the score grows with the query's words it
  // accounts for.
  if (!words.every((w) => tokens.some((t) => covers(t, w)))) return 0;
  let covered = 0;
  for (const t of tokens) if (words.some((w) => covers(t, w))) covered += 1;
  return 0.45 + 0.25 * (covered / tokens.length);
}

/** A query word is the text's word, or the word with an ending (`blocked` for `block`). */
function covers(token: Token, word: string): boolean {
  if (token.raw === word) return true;
  if (token.stem !== undefined && (token.stem === word || word.startsWith(token.stem))) {
    return true;
  }
  // An ending (`uploading` for `upload`), not a compound (`content-length` is not `content`).
  return (
    word.length >= 3 && token.raw.startsWith(word) && /^\p{L}*$/u.test(token.raw.slice(word.length))
  );
}

/**
 * How well one text (a name, a keyword) matches the whole query. A long text (a summary, a
 * detail) is read for the query only when it holds every word of it.
 */
function matchItem(r: Reading, item: Text, short: boolean): number {
  const raw = item.raw;
  const query = r.text;
  const mask = maskOf(r, item);
  if (!short && mask !== r.full) return 0;
  // Several words: the text must hold them all, unless it is Korean spaced another way.
  if (r.tokens.length > 1 && mask !== r.full && (r.compact === undefined || !item.compact)) {
    return 0;
  }
  if (raw === query) return 1;
  const at = raw.indexOf(query);
  if (at === 0) return 0.92 + 0.05 * (query.length / raw.length);
  if (at > 0) return isWordStart(raw, at) ? 0.9 : 0.7;
  if (item.compact !== undefined && r.compact !== undefined) {
    // Korean spacing varies: `요청한도 초과` is `요청 한도 초과`.
    const compact = r.compact;
    if (item.compact === compact) return 0.97;
    if (item.compact.startsWith(compact))
      return 0.9 + 0.05 * (compact.length / item.compact.length);
    // …and a query may say a little more than the text (`미디어타입 미지원 오류`).
    if (item.compact.length >= 4 && compact.startsWith(item.compact)) {
      return 0.6 + 0.2 * (item.compact.length / compact.length);
    }
  }
  if (mask === r.full) return 0.6 + 0.1 * (query.length / raw.length);
  return 0;
}
