/**
 * The search engine: one bilingual index over every meaning of every code. A query that names
 * codes (`404`, `4xx`, `리다이렉션`) is listed (listing.ts); words are ranked (rank.ts) over the
 * text index (text-index.ts), texts and queries compared in one spelling (spellings.ts).
 */
import type { StatusCode } from '../../data/types.ts';
import type { SearchHit } from './hit.ts';
import { listCodes, listMeanings } from './listing.ts';
import { normalize, parseQuery, type ParsedQuery } from './query.ts';
import { rankText } from './rank.ts';
import { codesComparedByName } from './compare-words.ts';
import { TextIndexBuilder } from './text-index.ts';

/** How well words must match for a part of `unauthorized vs forbidden` to name its code. */
const CONFIDENT = 0.8;

export type { SearchHit } from './hit.ts';

export interface SearchResult {
  readonly parsed: ParsedQuery;
  readonly hits: readonly SearchHit[];
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchResult;
  /**
   * Builds what word queries need before the first one comes, a slice at a time with the
   * thread free between slices. Numbers and classes never need it; a word query that comes
   * first builds the rest at once. Calling it again does nothing.
   */
  prepare(): void;
}

/**
 * Creating the index costs next to nothing: number and class queries read the codes as they
 * are, and the text index that word queries need (tens of milliseconds in a service worker
 * that has just started) is built when `prepare` or the first word query asks for it. A
 * worker woken for a page's requests, or for the popup's first list, never builds it.
 */
export function createSearchIndex(
  codes: readonly StatusCode[],
  /** The JSON of the text index's snapshot for these codes (text-index-snapshot.ts). */
  prebuilt?: () => string,
): SearchIndex {
  const meanings = listMeanings(codes);
  const texts = new TextIndexBuilder(meanings, prebuilt);
  /** The one code a part of a comparison names: its number, or a confident word match. */
  const confidentCode = (part: string): number | undefined => {
    const read = parseQuery(part);
    if (read.kind === 'code') return read.code;
    if (read.kind !== 'text') return undefined;
    const [best] = rankText(texts.ready(), read.text).hits;
    return best !== undefined && best.score >= CONFIDENT ? best.code : undefined;
  };
  return {
    prepare: () => texts.prepare(),
    search(query, limit = 20) {
      const read = parseQuery(query);
      // `401 vs forbidden` reads as 401 followed by words: the comparison is tried first.
      const byName =
        read.kind === 'text' || read.kind === 'code'
          ? codesComparedByName(normalize(query), confidentCode)
          : undefined;
      const parsed: ParsedQuery = byName ? { kind: 'compare', codes: byName } : read;
      if (parsed.kind !== 'text')
        return { parsed, hits: listCodes(meanings, parsed).slice(0, limit) };
      const { hits, readAs } = rankText(texts.ready(), parsed.text);
      return { parsed: readAs ? { ...parsed, readAs } : parsed, hits: hits.slice(0, limit) };
    },
  };
}
