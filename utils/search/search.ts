/**
 * The search engine: one bilingual index over every meaning of every code, and the ranking
 * rules. Texts and queries are compared in one spelling (utils/search/words.ts: 에러 is 오류).
 * Exact, prefix and word matches are scored first because they are what people mean; the
 * query is also read with its words' endings stripped (`초과했습니다` → `초과`), and only when
 * nothing matches well does it get a further reading: typos corrected (utils/search/typos.ts), or
 * the text read as typed in the other keyboard layout.
 */
import {
  convertHangulToQwerty,
  convertQwertyToAlphabet,
  convertQwertyToHangul,
  disassemble,
  getChoseong,
} from 'es-hangul';
import { classOf } from '../../data/index.ts';
import type { StatusCode, StatusMeaning, VendorId } from '../../data/types.ts';
import { VENDORS } from '../../data/vendors.ts';
import { POPULAR } from './recent.ts';
import { normalize, parseQuery, type ParsedQuery } from './query.ts';
import {
  canonical,
  conjugatedRoot,
  hasHangul,
  isInitialsQuery,
  isStopWord,
  stemOf,
} from './words.ts';
import { createTypoCorrector, type TypoCorrector } from './typos.ts';
import { createWordIndex, isWordStart, wordsIn, type WordIndex } from './word-index.ts';

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
const WEIGHTS = {
  name: 1,
  former: 0.95,
  keyword: 0.85,
  summary: 0.5,
  causes: 0.4,
  detail: 0.35,
} as const;
type FieldKind = keyof typeof WEIGHTS;
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

/**
 * A normalised text, its id in the word index (utils/search/word-index.ts), and its Korean form
 * without spaces, so `요청한도` finds `요청 한도`.
 */
interface Text {
  readonly raw: string;
  readonly id: number;
  readonly compact: string | undefined;
  /** Its words that say something (not `the`, `왜`); empty for long texts, never read so. */
  readonly words: readonly string[];
}

interface Field {
  readonly kind: FieldKind;
  /** Normalised items (a name, each keyword). */
  readonly items: readonly Text[];
}

interface Doc {
  readonly code: number;
  readonly meaning: number;
  readonly standard: boolean;
  readonly vendor: VendorId | undefined;
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
  /** The ids of the texts holding the word in any of its forms, one set per form. */
  readonly holders: readonly ReadonlySet<number>[];
}

/** How search reads a text: normalised (`normalize`) and in one spelling (`canonical`). */
const searchForm = (s: string): string => canonical(normalize(s));

function toDoc(
  code: number,
  index: number,
  m: StatusMeaning,
  words: WordIndex,
  owners: Doc[],
): Doc {
  // Only short texts are read word by word (`matchWithin`); long ones need no word list.
  const text = (raw: string, short = true): Text => ({
    raw,
    id: words.add(raw),
    compact: hasHangul(raw) ? raw.replace(/ /gu, '') : undefined,
    words: short ? wordsIn(raw).filter((w) => !isStopWord(w)) : [],
  });
  const field = (kind: FieldKind, items: readonly string[]): Field => ({
    kind,
    items: items
      .map(searchForm)
      .filter((s) => s !== '')
      .map((s) => text(s, isShort(kind))),
  });
  const koNames = [m.ko.name, ...m.ko.keywords];
  const first = owners.length;
  const doc: Doc = {
    code,
    meaning: index,
    standard: m.status !== 'non-standard',
    vendor: m.vendor,
    fields: [
      field('name', [m.phrase, m.ko.name]),
      field('former', m.formerPhrases ?? []),
      field('keyword', [...m.en.keywords, ...m.ko.keywords]),
      field('summary', [m.en.summary, m.ko.summary]),
      // Causes are situations told the way people tell them (`the ORM raised a unique
      // constraint violation`), so a query describing one finds its code.
      field('causes', [...(m.en.causes ?? []), ...(m.ko.causes ?? [])]),
      field('detail', [m.en.detail, m.ko.detail]),
    ],
    // With and without spaces: people type 초성 both ways (`ㅊㅇ ㅅ ㅇㅇ`, `ㅊㅇㅅㅇㅇ`).
    initials: koNames.flatMap((s) => {
      const spaced = getChoseong(normalize(s), { keepNonHangul: true });
      return [text(spaced), text(spaced.replace(/ /gu, ''))];
    }),
  };
  // Every text added above belongs to this document.
  for (let id = first; id < words.size(); id++) owners[id] = doc;
  return doc;
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

/** What word queries search: a document per meaning, and the typo corrector. */
interface TextIndex {
  readonly docs: readonly Doc[];
  readonly typos: TypoCorrector;
  readonly words: WordIndex;
  /** The document each text (by its id in `words`) belongs to. */
  readonly owners: readonly Doc[];
}

/** Vendors by the words that name them in a query (data/vendors.ts `searchNames`). */
const VENDOR_WORDS = new Map(
  (Object.entries(VENDORS) as [VendorId, (typeof VENDORS)[VendorId]][]).flatMap(([id, v]) =>
    v.searchNames.map((name) => [name, id] as const),
  ),
);

/** The vendors a query names (`nginx 업스트림 타임아웃`, `클라우드플레어가 원 서버에…`). */
function vendorsNamed(query: string): ReadonlySet<VendorId> {
  const named = new Set<VendorId>();
  for (const word of wordsIn(query)) {
    const id = VENDOR_WORDS.get(word) ?? VENDOR_WORDS.get(stemOf(word) ?? '');
    if (id) named.add(id);
  }
  return named;
}

/** 0 for the codes people look up most, 1 for the others. */
const popular = (code: number): number => (POPULAR.includes(code) ? 0 : 1);

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
  const wordIndex = createWordIndex();
  const owners: Doc[] = [];
  let textIndex: TextIndex | undefined;
  let preparing = false;

  /** Builds documents until the deadline (performance.now()) or the last; true when all are. */
  const build = (deadline: number): boolean => {
    while (built.length < meanings.length) {
      const { code, meaning, m } = meanings[built.length] as (typeof meanings)[number];
      const doc = toDoc(code, meaning, m, wordIndex, owners);
      built.push(doc);
      addWords(words, doc);
      if (performance.now() >= deadline) break;
    }
    return built.length === meanings.length;
  };
  const ready = (): TextIndex => {
    if (!textIndex) {
      build(Infinity);
      wordIndex.seal();
      textIndex = {
        docs: built,
        typos: createTypoCorrector(words),
        words: wordIndex,
        owners,
      };
    }
    return textIndex;
  };
  const slice = (): void => {
    if (textIndex) return;
    if (build(performance.now() + SLICE_MS)) ready();
    else setTimeout(slice, 0);
  };

  /**
   * The meanings of the codes asked for, registered ones first, then by number; with
   * `popularFirst`, the codes people look up most come first among the registered ones
   * (`리다이렉션` → 301, 302).
   */
  const byCode = (
    predicate: (d: (typeof meanings)[number]) => boolean,
    popularFirst = false,
  ): SearchHit[] =>
    meanings
      .filter(predicate)
      .sort(
        (a, b) =>
          Number(b.standard) - Number(a.standard) ||
          (popularFirst ? popular(a.code) - popular(b.code) : 0) ||
          a.code - b.code ||
          a.meaning - b.meaning,
      )
      .map((d) => ({ code: d.code, meaning: d.meaning, score: 1 }));

  function searchText(typed: string): SearchHit[] {
    const index = ready();
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
          hits = byCode((d) => d.code === parsed.code);
          break;
        case 'prefix':
          hits = byCode((d) => String(d.code).startsWith(parsed.prefix));
          break;
        case 'class':
          hits = byCode((d) => classOf(d.code) === parsed.digit, parsed.named);
          break;
        case 'non-standard':
          hits = byCode((d) => !d.standard);
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
function correctTypos(index: TextIndex, query: string): string {
  return query
    .split(' ')
    .map((word) => {
      // A word some text begins a word with is no typo (`configured`, for `configuration`),
      // nor is a known word with an ending (`crashed` is `crash`, not `cached`).
      if (index.words.startingWith(word).size > 0) return word;
      const stem = stemOf(word);
      if (stem !== undefined && index.words.startingWith(stem).size > 0) return word;
      return index.typos.correct(word) ?? word;
    })
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
interface Reading {
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

function readingOf(index: TextIndex, text: string): Reading {
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

const maskOf = (r: Reading, item: Text): number => r.masks.get(item.id) ?? 0;
const fieldMask = (r: Reading, f: Field): number =>
  f.items.reduce((mask, item) => mask | maskOf(r, item), 0);

/**
 * The documents a reading can match: those holding one of its words in some form and, for
 * Korean spaced differently (`요청한도`), those with a word starting as the query does. A
 * one-word query may match inside a word, so it reads every document.
 */
function candidates(index: TextIndex, r: Reading): Iterable<Doc> {
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

function scoreQuery(index: TextIndex, query: string): Map<Doc, number> {
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
function scoreSomeWords(index: TextIndex, query: string): Map<Doc, number> {
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

/** Names, former names and keywords: texts of a few words, read whole and word by word. */
const isShort = (kind: FieldKind): boolean =>
  kind === 'name' || kind === 'former' || kind === 'keyword';

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
