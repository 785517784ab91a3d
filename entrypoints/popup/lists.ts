/**
 * The lists the popup derives from its state: the results listed, the recent lookups, and the
 * codes whose entries it still has to ask for. Pure.
 */
import { matchesFilter } from '../../components/ClassChips.tsx';
import type { ResultItem } from '../../components/ResultList.tsx';
import type { PageStatus } from '../../utils/background/tab-record.ts';
import type { SearchResponse } from '../../utils/protocol.ts';
import { COMMON_CODES } from '../../utils/search/recent.ts';
import { effectiveQuery, type PopupState } from './state.ts';

const pick = (known: PopupState['known'], codes: readonly number[]) =>
  codes.flatMap((c) => known.get(c) ?? []);

/** The recent codes whose entries are known, newest first. */
export const recentEntries = ({ known, recent }: Pick<PopupState, 'known' | 'recent'>) =>
  pick(known, recent);

/**
 * The results listed: the search's hits within the filter when something is asked (after the
 * row that opens their comparison when codes are compared); else the recent lookups then the
 * common codes, or every non-standard meaning for that filter.
 */
export function resultsOf(
  state: Pick<PopupState, 'query' | 'filter' | 'known' | 'all' | 'recent'>,
  response: SearchResponse | undefined,
): readonly ResultItem[] {
  const { filter, known, all } = state;
  if (effectiveQuery(state).trim() !== '') {
    const hits = (response?.hits ?? []).filter((h) =>
      matchesFilter(filter, h.code, h.entry.meanings[h.meaning]?.status === 'non-standard'),
    );
    const parsed = response?.parsed;
    const [first] = hits;
    // Codes compared: the first row opens their comparison, the codes follow.
    return parsed?.kind === 'compare' && first && filter === undefined
      ? [{ entry: first.entry, meaning: 0, compare: parsed.codes }, ...hits]
      : hits;
  }
  if (filter !== 'vendor') {
    return [
      ...recentEntries(state).map((entry) => ({ entry, meaning: 0, from: 'recent' as const })),
      ...pick(known, COMMON_CODES).map((entry) => ({ entry, meaning: 0 })),
    ];
  }
  return (all ?? []).flatMap((entry) =>
    entry.meanings.flatMap((m, meaning) =>
      m.status === 'non-standard' ? [{ entry, meaning }] : [],
    ),
  );
}

/** The status codes a page's record mentions: its own, its redirects', its failed requests'. */
function codesOf(page: PageStatus | null): number[] {
  if (!page) return [];
  return [
    ...(page.status === undefined ? [] : [page.status]),
    ...page.redirects.map((h) => h.status),
    ...page.failed.map((g) => g.code),
  ];
}

/** The codes the home view names but whose entries are not known yet. */
export function missingCodes({
  recent,
  page,
  known,
}: Pick<PopupState, 'recent' | 'page' | 'known'>): number[] {
  const wanted = new Set([...COMMON_CODES, ...recent, ...codesOf(page)]);
  return [...wanted].filter((c) => !known.has(c));
}
