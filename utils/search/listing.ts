/**
 * Queries that name codes rather than describe them (`404`, `40`, `4xx`, `리다이렉션`,
 * `비표준`): the meanings asked for, listed in a fixed order, without the text index.
 */
import type { StatusCode, StatusMeaning } from '../../data/types.ts';
import { classOf } from '../status-class.ts';
import type { SearchHit } from './hit.ts';
import type { ParsedQuery } from './query.ts';
import { COMMON_CODES } from './recent.ts';

/** One meaning of a code, as search lists it and builds its document from. */
export interface Meaning {
  readonly code: number;
  /** Index into the code's `meanings`. */
  readonly meaning: number;
  readonly m: StatusMeaning;
  readonly standard: boolean;
}

export function listMeanings(codes: readonly StatusCode[]): Meaning[] {
  return codes.flatMap((c) =>
    c.meanings.map((m, i) => ({
      code: c.code,
      meaning: i,
      m,
      standard: m.status !== 'non-standard',
    })),
  );
}

/** 0 for the common codes the popup lists first, 1 for the others. */
const common = (code: number): number => (COMMON_CODES.includes(code) ? 0 : 1);

/**
 * The meanings of the codes asked for, registered ones first, then by number; with
 * `commonFirst`, the common codes come first among the registered ones
 * (`리다이렉션` → 301, 302).
 */
function byCode(
  meanings: readonly Meaning[],
  predicate: (d: Meaning) => boolean,
  commonFirst = false,
): SearchHit[] {
  return meanings
    .filter(predicate)
    .sort(
      (a, b) =>
        Number(b.standard) - Number(a.standard) ||
        (commonFirst ? common(a.code) - common(b.code) : 0) ||
        a.code - b.code ||
        a.meaning - b.meaning,
    )
    .map((d) => ({ code: d.code, meaning: d.meaning, score: 1 }));
}

/** Every hit of a query that names codes, each scoring 1. */
export function listCodes(
  meanings: readonly Meaning[],
  parsed: Exclude<ParsedQuery, { kind: 'text' }>,
): SearchHit[] {
  switch (parsed.kind) {
    case 'empty':
      return [];
    case 'code':
      return byCode(meanings, (d) => d.code === parsed.code);
    case 'compare':
      // In the order asked, each code's registered meaning first.
      return parsed.codes.flatMap((code) => byCode(meanings, (d) => d.code === code));
    case 'prefix':
      return byCode(meanings, (d) => String(d.code).startsWith(parsed.prefix));
    case 'class':
      return byCode(meanings, (d) => classOf(d.code) === parsed.digit, parsed.named);
    case 'non-standard':
      return byCode(meanings, (d) => !d.standard);
  }
}
