/**
 * Comparisons of codes, as pages and the address bar look them up: the written comparison that
 * covers the codes asked about, the comparisons a code belongs to ("often confused with"), and
 * for codes no comparison covers, a side-by-side built from their entries alone.
 */
import type { Comparison, Fault, RedirectMethod, Sender } from '../../data/guide/types.ts';
import type { StatusCode, StatusMeaning } from '../../data/types.ts';
import { classOf } from '../status-class.ts';

/** The URL fragment of a comparison of these codes: `compare-401-403`. */
export const comparisonHash = (codes: readonly number[]): string => `compare-${codes.join('-')}`;

/** The codes a `compare-401-403` fragment names (without `#`), or undefined. */
export function codesOfHash(hash: string): number[] | undefined {
  const match = /^compare-(\d{3}(?:-\d{3}){1,4})$/u.exec(hash);
  return match?.[1]?.split('-').map(Number);
}

export const codesOf = (c: Comparison): number[] => c.rows.map((r) => r.code);

/**
 * The written comparison that covers every code asked about: the smallest such, and among
 * equals the one whose rows start with the first code asked.
 */
export function findComparison(
  codes: readonly number[],
  all: readonly Comparison[],
): Comparison | undefined {
  const covering = all.filter((c) => codes.every((code) => c.rows.some((r) => r.code === code)));
  return covering.sort(
    (a, b) =>
      a.rows.length - b.rows.length ||
      Number(b.rows[0].code === codes[0]) - Number(a.rows[0].code === codes[0]),
  )[0];
}

/** The comparisons a code is in: "often confused with". */
export const comparisonsWith = (code: number, all: readonly Comparison[]): Comparison[] =>
  all.filter((c) => c.rows.some((r) => r.code === code));

/** One column of a side-by-side: a code, its meaning, and what the written comparison adds. */
export interface ComparedCode {
  readonly code: number;
  /** The meaning compared: the row's vendor's, else the registered one. */
  readonly meaning: StatusMeaning;
  readonly fault: Fault;
  readonly method?: RedirectMethod | undefined;
  /** Absent when no written comparison covers the codes. */
  readonly senders?: readonly Sender[] | undefined;
  readonly text?: { readonly meaning: string; readonly useWhen: string } | undefined;
}

/** Whose move it is, by class alone, for codes no comparison covers. */
export function faultByClass(code: number): Fault {
  const digit = classOf(code);
  return digit === 4 ? 'client' : digit === 5 ? 'server' : 'none';
}

/**
 * The columns of a comparison in one language: the written comparison's rows in its order
 * (with the codes asked about), or the asked codes from their entries when none is written.
 * Codes with no entry are left out.
 */
export function compareColumns(
  codes: readonly number[],
  comparison: Comparison | undefined,
  entries: ReadonlyMap<number, StatusCode>,
  lang: 'en' | 'ko',
): ComparedCode[] {
  if (comparison === undefined) {
    return codes.flatMap((code) => {
      const entry = entries.get(code);
      return entry ? [{ code, meaning: entry.meanings[0], fault: faultByClass(code) }] : [];
    });
  }
  return comparison.rows.flatMap((row) => {
    const entry = entries.get(row.code);
    const meaning = entry?.meanings.find((m) => m.vendor === row.vendor) ?? entry?.meanings[0];
    if (meaning === undefined) return [];
    const { fault, method, senders } = row;
    return [{ code: row.code, meaning, fault, method, senders, text: row[lang] }];
  });
}
