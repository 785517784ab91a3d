/**
 * The search engine: one bilingual index over every meaning of every code, and the ranking
 * rules. The only module that imports fuse.js, which supplies the typo-tolerant layer;
 * exact, prefix and word matches are scored here first because they are what people mean.
 */
import Fuse from 'fuse.js';
import type { StatusCode, StatusMeaning } from '../data/types.ts';
import {
  decompose,
  hangulToQwerty,
  hasHangul,
  initials,
  isInitialsQuery,
  qwertyToHangul,
} from './hangul.ts';
import { normalize, parseQuery, type ParsedQuery } from './query.ts';

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
}

/** How much a match in each kind of field counts. A name beats a word in a description. */
const WEIGHTS = { name: 1, former: 0.95, keyword: 0.85, summary: 0.5, detail: 0.35 } as const;
type FieldKind = keyof typeof WEIGHTS;
/** Vendor meanings rank below a standard meaning that matches as well. */
const VENDOR_FACTOR = 0.75;
/** A query read in the other keyboard layout is a guess: it yields to a direct match. */
const CONVERTED_FACTOR = 0.9;
const MIN_SCORE = 0.2;
/** A hit this good is a confident answer… */
const STRONG = 0.8;
/** …and then hits below this share of its score are dropped. */
const RELATIVE_FLOOR = 0.55;
const FUZZY_THRESHOLD = 0.4;

interface Field {
  readonly kind: FieldKind;
  /** Normalised items (a name, each keyword). */
  readonly items: readonly string[];
  /** The items joined, for "every word somewhere in this field". */
  readonly joined: string;
}

interface Doc {
  readonly code: number;
  readonly meaning: number;
  readonly standard: boolean;
  readonly fields: readonly Field[];
  /** Initial consonants of the Korean name and keywords, for ㅊㅇㅅㅇㅇ queries. */
  readonly initials: readonly string[];
  /** Short fields for the typo layer: English as is, Korean as jamo. */
  readonly fuzzy: readonly string[];
}

function field(kind: FieldKind, items: readonly string[]): Field {
  const normalized = items.map(normalize).filter((s) => s !== '');
  return { kind, items: normalized, joined: normalized.join(' | ') };
}

function toDoc(code: number, index: number, m: StatusMeaning): Doc {
  const fields = [
    field('name', [m.phrase, m.ko.name]),
    field('former', m.formerPhrases ?? []),
    field('keyword', [...m.en.keywords, ...m.ko.keywords]),
    field('summary', [m.en.summary, m.ko.summary]),
    field('detail', [m.en.detail, m.ko.detail]),
  ];
  const names = [m.phrase, ...(m.formerPhrases ?? []), ...m.en.keywords];
  const koNames = [m.ko.name, ...m.ko.keywords];
  return {
    code,
    meaning: index,
    standard: m.status !== 'non-standard',
    fields,
    // With and without spaces: people type 초성 both ways (`ㅊㅇ ㅅ ㅇㅇ`, `ㅊㅇㅅㅇㅇ`).
    initials: koNames.flatMap((s) => {
      const spaced = initials(normalize(s));
      return [spaced, spaced.replace(/ /gu, '')];
    }),
    fuzzy: [...names.map(normalize), ...koNames.map((s) => decompose(normalize(s)))],
  };
}

export function createSearchIndex(codes: readonly StatusCode[]): SearchIndex {
  const docs = codes.flatMap((c) => c.meanings.map((m, i) => toDoc(c.code, i, m)));
  const fuse = new Fuse(docs, {
    keys: ['fuzzy'],
    includeScore: true,
    ignoreLocation: true,
    threshold: FUZZY_THRESHOLD,
  });

  const byCode = (predicate: (code: number) => boolean): SearchHit[] =>
    docs
      .filter((d) => predicate(d.code))
      .sort(
        (a, b) =>
          Number(b.standard) - Number(a.standard) || a.code - b.code || a.meaning - b.meaning,
      )
      .map((d) => ({ code: d.code, meaning: d.meaning, score: 1 }));

  function searchText(text: string): SearchHit[] {
    const scores = new Map<Doc, number>();
    const consider = (query: string, factor: number): void => {
      for (const [doc, score] of scoreText(docs, fuse, query)) {
        const value = score * factor * (doc.standard ? 1 : VENDOR_FACTOR);
        if (value > (scores.get(doc) ?? 0)) scores.set(doc, value);
      }
    };
    consider(text, 1);
    for (const variant of layoutVariants(text)) consider(variant, CONVERTED_FACTOR);
    // With a strong answer, weak look-alikes (typo-layer noise) are not worth showing.
    const top = Math.max(0, ...scores.values());
    const floor = top >= STRONG ? Math.max(MIN_SCORE, top * RELATIVE_FLOOR) : MIN_SCORE;
    return [...scores]
      .filter(([, score]) => score >= floor)
      .sort(([a, x], [b, y]) => y - x || Number(b.standard) - Number(a.standard) || a.code - b.code)
      .map(([doc, score]) => ({ code: doc.code, meaning: doc.meaning, score }));
  }

  return {
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
          hits = byCode((code) => Math.floor(code / 100) === parsed.digit);
          break;
        case 'text':
          hits = searchText(parsed.text);
          break;
      }
      return { parsed, hits: hits.slice(0, limit) };
    },
  };
}

/** The query as typed in the other keyboard layout: `tjdrhd` → `성공`, `ㅜㅐㅅ` → `not`. */
function layoutVariants(text: string): string[] {
  if (isInitialsQuery(text)) return [];
  if (hasHangul(text)) return [hangulToQwerty(text)];
  if (/^[a-z\s]+$/u.test(text)) return [qwertyToHangul(text)];
  return [];
}

function scoreText(docs: readonly Doc[], fuse: Fuse<Doc>, query: string): Map<Doc, number> {
  const scores = new Map<Doc, number>();
  const tokens = query.split(' ').filter((t) => t !== '');
  if (isInitialsQuery(query)) {
    for (const doc of docs) {
      const best = Math.max(0, ...doc.initials.map((s) => matchItem(query, tokens, s)));
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
  // Typo layer: only where the word rules found nothing better.
  const fuzzyQuery = hasHangul(query) ? decompose(query) : query;
  for (const { item, score = 1 } of fuse.search(fuzzyQuery)) {
    const s = 0.6 * (1 - score);
    if (s > (scores.get(item) ?? 0)) scores.set(item, s);
  }
  return scores;
}

function matchField(query: string, tokens: readonly string[], f: Field): number {
  let best = 0;
  for (const item of f.items) best = Math.max(best, matchItem(query, tokens, item));
  if (best < 0.6 && tokens.length > 1 && tokens.every((t) => hasWord(f.joined, t))) best = 0.6;
  return best;
}

/** How well one text (a name, a keyword) matches the whole query. */
function matchItem(query: string, tokens: readonly string[], item: string): number {
  if (item === query) return 1;
  const at = item.indexOf(query);
  if (at === 0) return 0.92 + 0.05 * (query.length / item.length);
  if (at > 0) return isWordStart(item, at) ? 0.9 : 0.7;
  if (tokens.every((t) => hasWord(item, t))) return 0.6 + 0.1 * (query.length / item.length);
  return 0;
}

/** A token is present when a word of the text starts with it; Korean endings may differ. */
function hasWord(text: string, token: string): boolean {
  let at = text.indexOf(token);
  while (at >= 0) {
    if (isWordStart(text, at)) return true;
    at = text.indexOf(token, at + 1);
  }
  // `많은` finds `많음`, `찾을` finds `찾기`: compare Korean words without their last syllable's ending.
  if (hasHangul(token) && token.length >= 2) {
    const stem = decompose(token).slice(0, -1);
    return decompose(text).includes(stem);
  }
  return false;
}

function isWordStart(text: string, at: number): boolean {
  return at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '');
}
