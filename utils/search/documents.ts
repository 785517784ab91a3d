/**
 * What search reads of a meaning: a document per meaning, its fields (name, former names,
 * keywords, summary, causes, detail) weighted by how much a match in each counts, and each
 * field's texts in one spelling, registered in the word index.
 */
import { getChoseong } from 'es-hangul';
import type { VendorId } from '../../data/types.ts';
import type { Meaning } from './listing.ts';
import { normalize } from './query.ts';
import { canonical } from './spellings.ts';
import { hasHangul, isStopWord } from './words.ts';
import { wordsIn, type WordIndex } from './word-index.ts';

/** How much a match in each kind of field counts. A name beats a word in a description. */
export const WEIGHTS = {
  name: 1,
  former: 0.95,
  keyword: 0.85,
  summary: 0.5,
  causes: 0.4,
  detail: 0.35,
} as const;
export type FieldKind = keyof typeof WEIGHTS;
/**
 * A normalised text, its id in the word index (utils/search/word-index.ts), and its Korean form
 * without spaces, so `요청한도` finds `요청 한도`.
 */
export interface Text {
  readonly raw: string;
  readonly id: number;
  readonly compact: string | undefined;
  /** Its words that say something (not `the`, `왜`); empty for long texts, never read so. */
  readonly words: readonly string[];
}

export interface Field {
  readonly kind: FieldKind;
  /** Normalised items (a name, each keyword). */
  readonly items: readonly Text[];
}

export interface Doc {
  readonly code: number;
  readonly meaning: number;
  readonly standard: boolean;
  readonly vendor: VendorId | undefined;
  readonly fields: readonly Field[];
  /** Initial consonants of the Korean name and keywords, for ㅊㅇㅅㅇㅇ queries. */
  readonly initials: readonly Text[];
}

/** Names, former names and keywords: texts of a few words, read whole and word by word. */
export const isShort = (kind: FieldKind): boolean =>
  kind === 'name' || kind === 'former' || kind === 'keyword';

/** How search reads a text: normalised (`normalize`) and in one spelling (`canonical`). */
const searchForm = (s: string): string => canonical(normalize(s));

/**
 * A meaning's document before its texts are indexed: every text in search form. Computing it is
 * most of the cost of building the index; it is what the build's snapshot stores
 * (text-index-snapshot.ts).
 */
export interface DocSource {
  readonly code: number;
  readonly meaning: number;
  readonly standard: boolean;
  readonly vendor?: VendorId | undefined;
  readonly fields: readonly { readonly kind: FieldKind; readonly items: readonly string[] }[];
  readonly initials: readonly string[];
}

/** A field's texts in search form, the empty ones left out. */
const field = (kind: FieldKind, items: readonly string[]) => ({
  kind,
  items: items.map(searchForm).filter((s) => s !== ''),
});

export function docSource({ code, meaning: index, m }: Meaning): DocSource {
  const koNames = [m.ko.name, ...m.ko.keywords];
  return {
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
      return [spaced, spaced.replace(/ /gu, '')];
    }),
  };
}

/** The source a document was made from (`toDoc`'s inverse): what a snapshot stores of it. */
export const sourceOf = (doc: Doc): DocSource => ({
  code: doc.code,
  meaning: doc.meaning,
  standard: doc.standard,
  vendor: doc.vendor,
  fields: doc.fields.map(({ kind, items }) => ({ kind, items: items.map((t) => t.raw) })),
  initials: doc.initials.map((t) => t.raw),
});

/**
 * The document of a source, its texts added to `words`; `owners` learns which document each
 * added text (by id) belongs to.
 */
export function toDoc(source: DocSource, words: WordIndex, owners: Doc[]): Doc {
  // Only short texts are read word by word (`matchWithin`); long ones need no word list.
  const text = (raw: string, short = true): Text => ({
    raw,
    id: words.add(raw),
    compact: hasHangul(raw) ? raw.replace(/ /gu, '') : undefined,
    words: short ? wordsIn(raw).filter((w) => !isStopWord(w)) : [],
  });
  const first = owners.length;
  const doc: Doc = {
    code: source.code,
    meaning: source.meaning,
    standard: source.standard,
    vendor: source.vendor,
    fields: source.fields.map(({ kind, items }) => ({
      kind,
      items: items.map((s) => text(s, isShort(kind))),
    })),
    initials: source.initials.map((s) => text(s)),
  };
  // Every text added above belongs to this document.
  for (let id = first; id < words.size(); id++) owners[id] = doc;
  return doc;
}
