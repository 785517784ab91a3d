/**
 * The search engine: one bilingual index over every meaning of every code, and the ranking
 * rules. Texts and queries are compared in one spelling (utils/search-words.ts: 에러 is 오류).
 * Exact, prefix and word matches are scored first because they are what people mean; the
 * query is also read with its words' endings stripped (`초과했습니다` → `초과`), and only when
 * nothing matches well does it get a further reading: typos corrected (utils/typos.ts), or
 * the text read as typed in the other keyboard layout.
 */
import {
  convertHangulToQwerty,
  convertQwertyToAlphabet,
  convertQwertyToHangul,
  disassemble,
  getChoseong,
} from 'es-hangul';
import type { StatusCode, StatusMeaning } from '../data/types.ts';
import { POPULAR } from './recent.ts';
import { normalize, parseQuery, type ParsedQuery } from './query.ts';
import {
  canonical,
  conjugatedRoot,
  hasHangul,
  isInitialsQuery,
  isStopWord,
  stemOf,
} from './search-words.ts';
import { createTypoCorrector, type TypoCorrector } from './typos.ts';

export interface SearchHit {
  readonly code: number;
  /** Index into the code's `meanings`. */
  readonly meaning: number;
  /** 0 to 1; higher is better. Numeric and class queries score 1. */
  readonly score: number;
}

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

/** How much a match in each kind of field counts. A name beats a word in a description. */
const WEIGHTS = { name: 1, former: 0.95, keyword: 0.85, summary: 0.5, detail: 0.35 } as const;
type FieldKind = keyof typeof WEIGHTS;
/** Vendor meanings rank below a standard meaning that matches as well. */
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

/**
 * A normalised text with its jamo form, so Korean word endings can be compared, and its
 * Korean form without spaces, so `요청한도` finds `요청 한도`.
 */
interface Text {
  readonly raw: string;
  readonly jamo: string;
  readonly compact: string | undefined;
}

interface Field {
  readonly kind: FieldKind;
  /** Normalised items (a name, each keyword). */
  readonly items: readonly Text[];
  /** The items joined, for "every word somewhere in this field". */
  readonly joined: Text;
}

interface Doc {
  readonly code: number;
  readonly meaning: number;
  readonly standard: boolean;
  readonly fields: readonly Field[];
  /** Initial consonants of the Korean name and keywords, for ㅊㅇㅅㅇㅇ queries. */
  readonly initials: readonly Text[];
}

/**
 * A query word, and the shorter forms it may appear as: without its ending (`거부됨` →
 * `거부`, `blocked` → `block`); for Korean, its jamo without the last one (`많은` finds
 * `많음`) and the root of a conjugated verb (`막혔` finds `막힘`).
 */
interface Token {
  readonly raw: string;
  readonly stem: string | undefined;
  readonly jamo: readonly string[];
}

const text = (raw: string): Text => {
  const korean = hasHangul(raw);
  return {
    raw,
    jamo: korean ? disassemble(raw) : raw,
    compact: korean ? raw.replace(/ /gu, '') : undefined,
  };
};

/** How search reads a text: normalised (`normalize`) and in one spelling (`canonical`). */
const searchForm = (s: string): string => canonical(normalize(s));

function field(kind: FieldKind, items: readonly string[]): Field {
  const normalized = items.map(searchForm).filter((s) => s !== '');
  return { kind, items: normalized.map(text), joined: text(normalized.join(' | ')) };
}

function toDoc(code: number, index: number, m: StatusMeaning): Doc {
  const koNames = [m.ko.name, ...m.ko.keywords];
  return {
    code,
    meaning: index,
    standard: m.status !== 'non-standard',
    fields: [
      field('name', [m.phrase, m.ko.name]),
      field('former', m.formerPhrases ?? []),
      field('keyword', [...m.en.keywords, ...m.ko.keywords]),
      field('summary', [m.en.summary, m.ko.summary]),
      field('detail', [m.en.detail, m.ko.detail]),
    ],
    // With and without spaces: people type 초성 both ways (`ㅊㅇ ㅅ ㅇㅇ`, `ㅊㅇㅅㅇㅇ`).
    initials: koNames.flatMap((s) => {
      const spaced = getChoseong(normalize(s), { keepNonHangul: true });
      return [text(spaced), text(spaced.replace(/ /gu, ''))];
    }),
  };
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
    for (const word of f.joined.raw.split(/[^\p{L}\p{N}]+/u)) {
      if (word.length >= 2) words.set(word, (words.get(word) ?? 0) + weight);
    }
  }
}

/** What word queries search: a document per meaning, and the typo corrector. */
interface TextIndex {
  readonly docs: readonly Doc[];
  readonly typos: TypoCorrector;
}

/** Milliseconds of building per slice when the index is prepared ahead of need. */
const SLICE_MS = 4;

/**
 * Creating the index costs next to nothing: number and class queries read the codes as they
 * are, and the text index that word queries need (tens of milliseconds in a service worker
 * that has just started) is built when `prepare` or the first word query asks for it. A
 * worker woken for a page's requests, or for the popup's first list, never builds it.
 */
export function createSearchIndex(codes: readonly StatusCode[]): SearchIndex {
  const meanings = codes.flatMap((c) =>
    c.meanings.map((m, i) => ({
      code: c.code,
      meaning: i,
      m,
      standard: m.status !== 'non-standard',
    })),
  );
  const built: Doc[] = [];
  const words = new Map<string, number>();
  let textIndex: TextIndex | undefined;
  let preparing = false;

  /** Builds documents until the deadline (performance.now()) or the last; true when all are. */
  const build = (deadline: number): boolean => {
    while (built.length < meanings.length) {
      const { code, meaning, m } = meanings[built.length] as (typeof meanings)[number];
      const doc = toDoc(code, meaning, m);
      built.push(doc);
      addWords(words, doc);
      if (performance.now() >= deadline) break;
    }
    return built.length === meanings.length;
  };
  const ready = (): TextIndex => {
    if (!textIndex) {
      build(Infinity);
      textIndex = { docs: built, typos: createTypoCorrector(words) };
    }
    return textIndex;
  };
  const slice = (): void => {
    if (textIndex) return;
    if (build(performance.now() + SLICE_MS)) ready();
    else setTimeout(slice, 0);
  };

  const byCode = (predicate: (code: number) => boolean): SearchHit[] =>
    meanings
      .filter((d) => predicate(d.code))
      .sort(
        (a, b) =>
          Number(b.standard) - Number(a.standard) || a.code - b.code || a.meaning - b.meaning,
      )
      .map((d) => ({ code: d.code, meaning: d.meaning, score: 1 }));

  /** Registered meanings first, the codes people look up most first among them (`리다이렉션` → 301, 302). */
  const byName = (digit: number): SearchHit[] => {
    const popular = (code: number): number => (POPULAR.includes(code) ? 0 : 1);
    return meanings
      .filter((d) => Math.floor(d.code / 100) === digit)
      .sort(
        (a, b) =>
          Number(b.standard) - Number(a.standard) ||
          popular(a.code) - popular(b.code) ||
          a.code - b.code ||
          a.meaning - b.meaning,
      )
      .map((d) => ({ code: d.code, meaning: d.meaning, score: 1 }));
  };

  function searchText(typed: string): SearchHit[] {
    const { docs, typos } = ready();
    const query = canonical(typed);
    const scores = new Map<Doc, number>();
    let top = 0;
    const consider = (reading: string, factor: number, scorer = scoreQuery): void => {
      for (const [doc, score] of scorer(docs, reading)) {
        const value = score * factor * (doc.standard ? 1 : VENDOR_FACTOR);
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
    const corrected = top < STRONG ? correctTypos(typos, query) : query;
    if (corrected !== query) consider(corrected, CORRECTED_FACTOR);
    if (top < STRONG) {
      for (const variant of layoutVariants(query)) {
        consider(variant, CONVERTED_FACTOR);
        const fixed = correctTypos(typos, variant);
        if (fixed !== variant) consider(fixed, CONVERTED_FACTOR * CORRECTED_FACTOR);
      }
    }
    // `top` only grows: below STRONG here, it was below STRONG when `corrected` was made.
    if (top < STRONG) {
      consider(corrected, corrected === query ? 1 : CORRECTED_FACTOR, scoreSomeWords);
    }
    // With a strong answer, weak look-alikes are not worth showing.
    const floor = top >= STRONG ? Math.max(MIN_SCORE, top * RELATIVE_FLOOR) : MIN_SCORE;
    return [...scores]
      .filter(([, score]) => score >= floor)
      .sort(([a, x], [b, y]) => y - x || Number(b.standard) - Number(a.standard) || a.code - b.code)
      .map(([doc, score]) => ({ code: doc.code, meaning: doc.meaning, score }));
  }

  return {
    prepare() {
      if (textIndex || preparing) return;
      preparing = true;
      setTimeout(slice, 0);
    },
    search(query, limit = 20) {
      const parsed = parseQuery(query);
      let hits: SearchHit[];
      switch (parsed.kind) {
        case 'empty':
          hits = [];
          break;
        case 'code':
          hits = byCode((code) => code === parsed.code);
          break;
        case 'prefix':
          hits = byCode((code) => String(code).startsWith(parsed.prefix));
          break;
        case 'class':
          hits = parsed.named
            ? byName(parsed.digit)
            : byCode((code) => Math.floor(code / 100) === parsed.digit);
          break;
        case 'non-standard':
          hits = meanings
            .filter((d) => !d.standard)
            .map((d) => ({ code: d.code, meaning: d.meaning, score: 1 }));
          break;
        case 'text':
          hits = searchText(parsed.text);
          break;
      }
      return { parsed, hits: hits.slice(0, limit) };
    },
  };
}

/** Each unknown word replaced by the vocabulary word it most likely meant. */
function correctTypos(typos: TypoCorrector, query: string): string {
  return query
    .split(' ')
    .map((word) => typos.correct(word) ?? word)
    .join(' ');
}

/** The query as typed in the other keyboard layout: `tjdrhd` → `성공`, `ㅜㅐㅅ` → `not`. */
function layoutVariants(query: string): string[] {
  if (isInitialsQuery(query)) return [];
  if (hasHangul(query)) return [canonical(convertHangulToQwerty(query))];
  if (/^[a-z\s]+$/u.test(query)) return [canonical(query.split(' ').map(keysToHangul).join(' '))];
  return [];
}

/**
 * es-hangul composes the keys into syllables; it throws on some sequences no Korean word is
 * typed with (`hhos`: three vowels), which then stay uncomposed jamo.
 */
function keysToHangul(keys: string): string {
  try {
    return convertQwertyToHangul(keys);
  } catch {
    return convertQwertyToAlphabet(keys);
  }
}

/** The query with each word's ending stripped: `요청 한도를 초과했습니다` → `요청 한도 초과`. */
function stemmedReading(query: string, particles: boolean): string {
  return query
    .split(' ')
    .map((word) => stemOf(word, { particles }) ?? word)
    .join(' ');
}

/** The query's words, without the ones that say nothing (`the`, `왜`) when others remain. */
const tokensOf = (query: string): Token[] => {
  const words = query.split(' ').filter((t) => t !== '');
  const meaningful = words.filter((w) => !isStopWord(w));
  return (meaningful.length > 0 ? meaningful : words).map((raw) => {
    const stem = stemOf(raw);
    const jamo: string[] = [];
    if (hasHangul(raw) && raw.length >= 2) {
      jamo.push(disassemble(raw).slice(0, -1));
      const root = conjugatedRoot(stem ?? raw);
      if (root !== undefined) jamo.push(root);
    }
    return { raw, stem, jamo };
  });
};

function scoreQuery(docs: readonly Doc[], query: string): Map<Doc, number> {
  const scores = new Map<Doc, number>();
  const tokens = tokensOf(query);
  if (isInitialsQuery(query)) {
    for (const doc of docs) {
      let best = 0;
      for (const s of doc.initials) best = Math.max(best, matchItem(query, tokens, s));
      if (best > 0) scores.set(doc, best * WEIGHTS.name);
    }
    return scores;
  }
  for (const doc of docs) {
    let best = 0;
    for (const f of doc.fields) {
      const s = matchField(query, tokens, f) * WEIGHTS[f.kind];
      if (s > best) best = s;
    }
    if (best > 0) scores.set(doc, best);
  }
  return scores;
}

/** A text that holds only some of the words is worth at most this share of one holding them all. */
const SOME_WORDS = 0.6;

/**
 * The last reading, when no text holds every word of the query (`maintenance mode`, `서비스 사용
 * 불가`): each word counts where it weighs most in the text (a name, a keyword …), and the
 * text by the mean over the words, each weighted by how rare it is among the texts: in `cors
 * error`, `cors` says more than `error`, which half the texts hold. Words of one or two Latin
 * letters (`is`, `to`), numbers and words no text holds do not count.
 */
function scoreSomeWords(docs: readonly Doc[], query: string): Map<Doc, number> {
  const scores = new Map<Doc, number>();
  // Numbers in prose are not what a query of numbers means (`404 500`).
  const tokens = tokensOf(query).filter(
    (t) => t.raw.length >= (hasHangul(t.raw) ? 2 : 3) && !/^\d+$/u.test(t.raw),
  );
  if (tokens.length < 2) return scores;
  const best = docs.map((doc) =>
    tokens.map((t) => {
      let weight = 0;
      for (const f of doc.fields)
        if (hasWord(f.joined, t)) weight = Math.max(weight, WEIGHTS[f.kind]);
      return weight;
    }),
  );
  // Inverse document frequency, smoothed so a word in every text still counts a little. A
  // word no text holds cannot tell texts apart: it does not count (`서버가 터졌어요`).
  const rarity = tokens.map((_, k) => {
    const holders = best.filter((weights) => (weights[k] ?? 0) > 0).length;
    return holders === 0 ? 0 : Math.log(1 + docs.length / (1 + holders));
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

function matchField(query: string, tokens: readonly Token[], f: Field): number {
  let best = 0;
  for (const item of f.items) best = Math.max(best, matchItem(query, tokens, item));
  if (best < 0.6 && tokens.length > 1 && tokens.every((t) => hasWord(f.joined, t))) best = 0.6;
  return best;
}

/** How well one text (a name, a keyword) matches the whole query. */
function matchItem(query: string, tokens: readonly Token[], item: Text): number {
  const raw = item.raw;
  if (raw === query) return 1;
  const at = raw.indexOf(query);
  if (at === 0) return 0.92 + 0.05 * (query.length / raw.length);
  if (at > 0) return isWordStart(raw, at) ? 0.9 : 0.7;
  if (item.compact !== undefined) {
    // Korean spacing varies: `요청한도 초과` is `요청 한도 초과`.
    const compact = query.replace(/ /gu, '');
    if (item.compact === compact) return 0.97;
    if (item.compact.startsWith(compact))
      return 0.9 + 0.05 * (compact.length / item.compact.length);
  }
  if (tokens.every((t) => hasWord(item, t))) return 0.6 + 0.1 * (query.length / raw.length);
  return 0;
}

/** A token is present when a word of the text starts with it or with a shorter form of it. */
function hasWord(item: Text, token: Token): boolean {
  if (startsWord(item.raw, token.raw)) return true;
  if (token.stem !== undefined && startsWord(item.raw, token.stem)) return true;
  return token.jamo.some((j) => startsWord(item.jamo, j));
}

function startsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (isWordStart(text, at)) return true;
  }
  return false;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordStart(raw: string, at: number): boolean {
  return at === 0 || !LETTER_OR_DIGIT.test(raw[at - 1] ?? '');
}
