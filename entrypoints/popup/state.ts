/**
 * The popup's state and every change to it, as a reducer, with the lists derived from it.
 * Pure: the popup's effects (asking the background, storing) live in `use-popup-data.ts`.
 */
import type { StatusCode } from '../../data/types.ts';
import { matchesFilter, type ClassFilter } from '../../components/ClassChips.tsx';
import type { ResultItem } from '../../components/ResultList.tsx';
import type { PageStatus } from '../../utils/background/tab-record.ts';
import type { SearchResponse } from '../../utils/protocol.ts';
import { addRecent, POPULAR } from '../../utils/search/recent.ts';
import type { PopupData, PopupModel } from './model.ts';

export interface PopupState {
  readonly query: string;
  readonly filter: ClassFilter;
  /** The result the keyboard and the pointer are on. */
  readonly active: number;
  /** The code whose detail is open. */
  readonly open: StatusCode | undefined;
  readonly recent: readonly number[];
  /** The recent list was changed here (the popup stores it), not as read at start. */
  readonly recentChanged: boolean;
  /** The entries asked for by number (popular, recent, the page's): not the whole dataset. */
  readonly known: ReadonlyMap<number, StatusCode>;
  readonly page: PageStatus | null;
  /** Every code, once the non-standard filter has needed the full list. */
  readonly all: readonly StatusCode[] | undefined;
  /** Part of the start-up data missed the first paint and is still on its way. */
  readonly loading: boolean;
  /** Enter was pressed before the answer to what was typed: it opens the result once it comes. */
  readonly enterWaiting: boolean;
}

export type PopupAction =
  | { readonly type: 'loaded'; readonly data: PopupData }
  | { readonly type: 'entries'; readonly entries: readonly StatusCode[] }
  | { readonly type: 'all'; readonly entries: readonly StatusCode[] }
  | { readonly type: 'query'; readonly query: string }
  | { readonly type: 'filter'; readonly filter: ClassFilter }
  | { readonly type: 'move'; readonly step: 1 | -1; readonly count: number }
  | { readonly type: 'point'; readonly index: number }
  | { readonly type: 'waitForAnswer' }
  | { readonly type: 'answered' }
  | { readonly type: 'open'; readonly entry: StatusCode }
  | { readonly type: 'back' }
  | { readonly type: 'clearRecent' };

const withEntries = (known: PopupState['known'], entries: readonly StatusCode[]) =>
  new Map([...known, ...entries.map((e) => [e.code, e] as const)]);

/** The state with the start-up data; a recent list changed here meanwhile is kept. */
const withData = (state: PopupState, data: PopupData): PopupState => ({
  ...state,
  recent: state.recentChanged ? state.recent : data.recent,
  known: withEntries(state.known, data.entries),
  page: data.page,
  open: data.explain ?? state.open,
});

export function initialState(model: PopupModel): PopupState {
  const empty: PopupState = {
    query: '',
    filter: undefined,
    active: 0,
    open: undefined,
    recent: [],
    recentChanged: false,
    known: new Map(),
    page: null,
    all: undefined,
    loading: model.later !== undefined,
    enterWaiting: false,
  };
  return withData(empty, model.data);
}

/** What the search is asked: the query, or `4xx` for a class filter when nothing is typed. */
export function effectiveQuery({ query, filter }: Pick<PopupState, 'query' | 'filter'>): string {
  return query.trim() === '' && typeof filter === 'number' ? `${filter}xx` : query;
}

/** The state after a change of query or filter: the first result is active again if the search changed. */
function searching(state: PopupState, next: PopupState): PopupState {
  const same = next.filter === state.filter && effectiveQuery(next) === effectiveQuery(state);
  return same ? next : { ...next, active: 0 };
}

export function popupReducer(state: PopupState, action: PopupAction): PopupState {
  switch (action.type) {
    case 'loaded':
      return { ...withData(state, action.data), loading: false };
    case 'entries':
      return { ...state, known: withEntries(state.known, action.entries) };
    case 'all':
      return { ...state, all: action.entries };
    case 'query':
      return searching(state, { ...state, query: action.query, enterWaiting: false });
    case 'filter':
      return searching(state, { ...state, filter: action.filter });
    case 'move': {
      const { step, count } = action;
      return { ...state, active: count === 0 ? 0 : (state.active + step + count) % count };
    }
    case 'point':
      return { ...state, active: action.index };
    case 'waitForAnswer':
      return { ...state, enterWaiting: true };
    case 'answered':
      return { ...state, enterWaiting: false };
    case 'open': {
      const recent = addRecent(state.recent, action.entry.code);
      return { ...state, open: action.entry, recent, recentChanged: true, enterWaiting: false };
    }
    case 'back':
      return { ...state, open: undefined };
    case 'clearRecent':
      return { ...state, recent: [], recentChanged: true };
  }
}

const pick = (known: PopupState['known'], codes: readonly number[]) =>
  codes.flatMap((c) => known.get(c) ?? []);

/** The recent codes whose entries are known, newest first. */
export const recentEntries = ({ known, recent }: PopupState): StatusCode[] => pick(known, recent);

/**
 * The results listed: the search's hits within the filter when something is asked; else the
 * popular codes, or every non-standard meaning for that filter.
 */
export function resultsOf(
  state: Pick<PopupState, 'query' | 'filter' | 'known' | 'all'>,
  response: SearchResponse | undefined,
): readonly ResultItem[] {
  const { filter, known, all } = state;
  if (effectiveQuery(state).trim() !== '') {
    return (response?.hits ?? []).filter((h) =>
      matchesFilter(filter, h.code, h.entry.meanings[h.meaning]?.status === 'non-standard'),
    );
  }
  if (filter !== 'vendor') return pick(known, POPULAR).map((entry) => ({ entry, meaning: 0 }));
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
  const wanted = new Set([...POPULAR, ...recent, ...codesOf(page)]);
  return [...wanted].filter((c) => !known.has(c));
}
