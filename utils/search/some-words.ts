/** The last reading: a text holding only some of the query's words, each weighted by its rarity. */
import { WEIGHTS, type Doc } from './documents.ts';
import { candidates, fieldMask, readingOf } from './reading.ts';
import type { TextIndex } from './text-index.ts';
import { hasHangul } from './words.ts';

/** A word inside a longer item counts this share of a word that is an item of its own. */
const PART_OF_ITEM = 0.9;
/** A text that holds only some of the words is worth at most this share of one holding them all. */
const SOME_WORDS = 0.6;

/**
 * The last reading, when no text holds every word of the query (`maintenance mode`, `서비스 사용
 * 불가`): each word counts where it weighs most in the text (a name, a keyword …), and the
 * text by the mean over the words, each weighted by how rare it is among the texts: in `cors
 * error`, `cors` says more than `error`, which half the texts hold. Words of one or two Latin
 * letters (`is`, `to`), numbers and words no text holds do not count.
 */
export function scoreSomeWords(index: TextIndex, query: string): Map<Doc, number> {
  const scores = new Map<Doc, number>();
  // Numbers in prose are not what a query of numbers means (`404 500`).
  const words = query
    .split(' ')
    .filter((w) => w.length >= (hasHangul(w) ? 2 : 3) && !/^\d+$/u.test(w));
  const r = readingOf(index, words.join(' '));
  const tokens = r.tokens;
  if (tokens.length < 2) return scores;
  // A text holding none of the words scores nothing; the others are read.
  const docs = [...candidates(index, r)];
  const all = index.docs.length;
  const best = docs.map((doc) => {
    const masks = doc.fields.map((f) => fieldMask(r, f));
    return tokens.map((t, k) => {
      let weight = 0;
      for (const [i, f] of doc.fields.entries()) {
        if (WEIGHTS[f.kind] <= weight || !((masks[i] ?? 0) & (1 << k))) continue;
        // A word that is a whole item (the keyword `이어받기`) says more than one inside a
        // longer item (`이어받기 실패`).
        const whole = f.items.some((item) => item.raw === t.raw || item.raw === t.stem);
        weight = Math.max(weight, WEIGHTS[f.kind] * (whole ? 1 : PART_OF_ITEM));
      }
      return weight;
    });
  });
  // Inverse document frequency, smoothed so a word in every text still counts a little. A
  // word no text holds cannot tell texts apart: it does not count (`서버가 터졌어요`).
  const rarity = tokens.map((_, k) => {
    const holders = best.filter((weights) => (weights[k] ?? 0) > 0).length;
    return holders === 0 ? 0 : Math.log(1 + all / (1 + holders));
  });
  const total = rarity.reduce((a, b) => a + b, 0);
  if (total === 0) return scores;
  for (const [i, doc] of docs.entries()) {
    const weights = best[i] ?? [];
    const sum = weights.reduce((acc, w, k) => acc + w * (rarity[k] ?? 0), 0);
    // The square root lets the one telling word carry a query padded with others
    // (`site under maintenance`), keeping the order of the texts.
    if (sum > 0) scores.set(doc, Math.sqrt(sum / total) * SOME_WORDS);
  }
  return scores;
}
