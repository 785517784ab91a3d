/**
 * The comparison of the codes asked about: the written comparison that covers them (loaded on
 * first use), else the codes side by side from their entries; the entries come from the
 * background.
 */
import type { Comparison } from '../data/guide/types.ts';
import type { StatusCode } from '../data/types.ts';
import { codesOf, compareColumns, findComparison } from '../utils/compare/compare.ts';
import type { DataApi } from './client.ts';
import { ComparisonTable } from './ComparisonTable.tsx';
import { useLang, useT } from './lang.ts';
import { useComparisons, useEntries } from './use-comparisons.ts';

interface Props {
  readonly api: Pick<DataApi, 'getCodes'>;
  readonly codes: readonly number[];
  /** Entries already at hand; the others are asked of the background. */
  readonly known?: ReadonlyMap<number, StatusCode> | undefined;
  readonly headingLevel?: 2 | 3;
  readonly headingId?: string;
}

export function ComparisonPanel({ api, codes, known, headingLevel = 2, headingId }: Props) {
  const all = useComparisons();
  const comparison = all && findComparison(codes, all);
  return all === undefined ? null : (
    <Compared
      api={api}
      codes={comparison ? codesOf(comparison) : codes}
      known={known}
      comparison={comparison}
      headingLevel={headingLevel}
      {...(headingId === undefined ? {} : { headingId })}
    />
  );
}

interface ComparedProps extends Props {
  readonly comparison: Comparison | undefined;
}

/** A comparison whose codes are known: waits for their entries. */
export function Compared(props: ComparedProps) {
  const { api, codes, known, comparison, headingLevel = 2, headingId } = props;
  const tr = useT();
  const lang = useLang();
  const entries = useEntries(api, codes, known);
  if (entries === undefined) return <p class="comparison-loading">{tr('loading')}</p>;
  const columns = compareColumns(codes, comparison, entries, lang);
  if (columns.length < 2) return null;
  return (
    <ComparisonTable
      columns={columns}
      comparison={comparison}
      headingLevel={headingLevel}
      {...(headingId === undefined ? {} : { headingId })}
    />
  );
}
