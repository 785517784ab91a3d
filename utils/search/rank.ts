/**
 * The ranking of a word query: the query as typed, then with its endings stripped, and only
 * when nothing matches well, further readings (typos corrected, the other keyboard layout,
 * some of its words). Each reading's scores count by how much of a guess it is; a document
 * keeps its best.
 */
import type { Doc } from './documents.ts';
import type { SearchHit } from './hit.ts';
import type { QueryReading } from './query.ts';
import { correctTypos, inOtherLayout, stemmedReading } from './alternatives.ts';
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
/** A query of this many keys or fewer, read in the other layout, needs a strong match. */
const SHORT_LAYOUT_QUERY = 3;

/** The hits of a word query, best first, and the reading the best of them came from. */
export interface RankedText {
  readonly hits: SearchHit[];
  readonly readAs: QueryReading | undefined;
}

/** The reading a score came from: as typed (endings stripped included) or a guess. */
type Source = QueryReading | undefined;

export function rankText(index: TextIndex, typed: string): RankedText {
  const query = canonical(typed);
  const named = vendorsNamed(query);
  const scores = new Map<Doc, number>();
  const sources = new Map<Doc, Source>();
  // A layout guess for a few keys is a guess about almost nothing (`zzz` → ㅋㅋㅋ, read as
  // 초성): only a strong match is worth showing.
  const fewKeys = query.replace(/ /gu, '').length <= SHORT_LAYOUT_QUERY;
  let top = 0;
  const consider = (reading: string, factor: number, source: Source, scorer = scoreQuery) => {
    for (const [doc, score] of scorer(index, reading)) {
      const ranked = doc.standard || (doc.vendor !== undefined && named.has(doc.vendor));
      const value = score * factor * (ranked ? 1 : VENDOR_FACTOR);
      if (source?.kind === 'layout' && fewKeys && value < STRONG) continue;
      if (value > (scores.get(doc) ?? 0)) {
        scores.set(doc, value);
        sources.set(doc, source);
      }
      if (value > top) top = value;
    }
  };
  consider(query, 1, undefined);
  // Endings stripped: first only those no noun ends with, then particles too.
  const verbs = stemmedReading(query, false);
  const stemmed = stemmedReading(query, true);
  if (verbs !== query) consider(verbs, STEMMED_FACTOR, undefined);
  if (stemmed !== verbs) consider(stemmed, STEMMED_FACTOR, undefined);
  // Corrected once: the partial reading at the end reads the same correction.
  const corrected = top < STRONG ? correctTypos(index, query) : query;
  const typo: Source = { kind: 'typo', text: corrected };
  if (corrected !== query) consider(corrected, CORRECTED_FACTOR, typo);
  const keys = top < STRONG ? inOtherLayout(query) : undefined;
  if (keys !== undefined) {
    const variant = canonical(keys);
    consider(variant, CONVERTED_FACTOR, { kind: 'layout', text: keys });
    // A typo on top of the wrong layout is a guess on a guess: tried for a few words
    // (`cksdmf tn djqtdma` → 찾을 수 없음), not for a sentence, whose words would all look
    // like typos.
    const fixed = variant.split(' ').length > 3 ? variant : correctTypos(index, variant);
    const source: Source = { kind: 'layout', text: fixed };
    if (fixed !== variant) consider(fixed, CONVERTED_FACTOR * CORRECTED_FACTOR, source);
  }
  // `top` only grows: below STRONG here, it was below STRONG when `corrected` was made.
  if (top < STRONG) {
    consider(query, 1, undefined, scoreSomeWords);
    if (corrected !== query) consider(corrected, CORRECTED_FACTOR, typo, scoreSomeWords);
  }
  // With a strong answer, weak look-alikes are not worth showing.
  const floor = top >= STRONG ? Math.max(MIN_SCORE, top * RELATIVE_FLOOR) : MIN_SCORE;
  const ranked = [...scores]
    .filter(([, score]) => score >= floor)
    .sort(([a, x], [b, y]) => y - x || Number(b.standard) - Number(a.standard) || a.code - b.code);
  const best = ranked[0]?.[0];
  return {
    hits: ranked.map(([doc, score]) => ({ code: doc.code, meaning: doc.meaning, score })),
    readAs: best === undefined ? undefined : sources.get(best),
  };
}
