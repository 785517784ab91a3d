/**
 * The ranking of a word query: the query as typed, then with its endings stripped, and only
 * when nothing matches well, further readings (typos corrected, the other keyboard layout,
 * some of its words). Each reading's scores count by how much of a guess it is; a document
 * keeps its best.
 */
import type { Doc } from './documents.ts';
import type { SearchHit } from './hit.ts';
import { correctTypos, layoutVariants, stemmedReading } from './alternatives.ts';
import { scoreQuery } from './match.ts';
import { scoreSomeWords } from './some-words.ts';
import { canonical } from './spellings.ts';
import type { TextIndex } from './text-index.ts';
import { vendorsNamed } from './vendors.ts';

/** Vendor meanings rank below a standard meaning that matches as well, unless the query names the vendor. */
const VENDOR_FACTOR = 0.75;
/** A second reading of the query is a guess: it yields to a direct match. */
const CORRECTED_FACTOR = 0.92;
const CONVERTED_FACTOR = 0.9;
/** The query read with its words' endings stripped is nearly what was typed. */
const STEMMED_FACTOR = 0.97;
const MIN_SCORE = 0.2;
/** A hit this good is a confident answer… */
const STRONG = 0.8;
/** …and then hits below this share of its score are dropped. */
const RELATIVE_FLOOR = 0.55;

/** The hits of a word query, best first. */
export function rankText(index: TextIndex, typed: string): SearchHit[] {
  const query = canonical(typed);
  const named = vendorsNamed(query);
  const scores = new Map<Doc, number>();
  let top = 0;
  const consider = (reading: string, factor: number, scorer = scoreQuery): void => {
    for (const [doc, score] of scorer(index, reading)) {
      const ranked = doc.standard || (doc.vendor !== undefined && named.has(doc.vendor));
      const value = score * factor * (ranked ? 1 : VENDOR_FACTOR);
      if (value > (scores.get(doc) ?? 0)) scores.set(doc, value);
      if (value > top) top = value;
    }
  };
  consider(query, 1);
  // Endings stripped: first only those no noun ends with, then particles too.
  const verbs = stemmedReading(query, false);
  const stemmed = stemmedReading(query, true);
  if (verbs !== query) consider(verbs, STEMMED_FACTOR);
  if (stemmed !== verbs) consider(stemmed, STEMMED_FACTOR);
  // Corrected once: the partial reading at the end reads the same correction.
  const corrected = top < STRONG ? correctTypos(index, query) : query;
  if (corrected !== query) consider(corrected, CORRECTED_FACTOR);
  if (top < STRONG) {
    for (const variant of layoutVariants(query)) {
      consider(variant, CONVERTED_FACTOR);
      // A typo on top of the wrong layout is a guess on a guess: tried for a few words
      // (`cksdmf tn djqtdma` → 찾을 수 없음), not for a sentence, whose words would all look
      // like typos.
      if (variant.split(' ').length > 3) continue;
      const fixed = correctTypos(index, variant);
      if (fixed !== variant) consider(fixed, CONVERTED_FACTOR * CORRECTED_FACTOR);
    }
  }
  // `top` only grows: below STRONG here, it was below STRONG when `corrected` was made.
  if (top < STRONG) {
    consider(query, 1, scoreSomeWords);
    if (corrected !== query) consider(corrected, CORRECTED_FACTOR, scoreSomeWords);
  }
  // With a strong answer, weak look-alikes are not worth showing.
  const floor = top >= STRONG ? Math.max(MIN_SCORE, top * RELATIVE_FLOOR) : MIN_SCORE;
  return [...scores]
    .filter(([, score]) => score >= floor)
    .sort(([a, x], [b, y]) => y - x || Number(b.standard) - Number(a.standard) || a.code - b.code)
    .map(([doc, score]) => ({ code: doc.code, meaning: doc.meaning, score }));
}
