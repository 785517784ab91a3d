/**
 * The popup's state and every change to it, as a reducer. Pure: the lists derived from it are
 * in `lists.ts`, the popup's effects (asking the background, storing) in `use-popup-data.ts`.
 */
import type { StatusCode } from '../../data/types.ts';
import type { ClassFilter } from '../../components/ClassChips.tsx';
import type { PageStatus } from '../../utils/background/tab-record.ts';
import { addRecent } from '../../utils/search/recent.ts';
import type { PopupData, PopupModel } from './model.ts';

export interface PopupState {
  readonly query: string;
  readonly filter: ClassFilter;
  /** The result the keyboard and the pointer are on. */
  readonly active: number;
  /**
   * The active result is to be scrolled into view: the keyboard moved it or the search
   * changed. Not when the pointer moved it, which would scroll the list under the pointer.
   */
  readonly follow: boolean;
  /** The code whose detail is open. */
  readonly open: StatusCode | undefined;
  /** The codes whose comparison is open, over the detail it was opened from. */
  readonly comparing: readonly number[] | undefined;
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
  /** ↑/↓: one step, going round at either end. */
  | { readonly type: 'move'; readonly step: 1 | -1; readonly count: number }
  /** Home/End/Page keys: to that result, within the list. */
  | { readonly type: 'select'; readonly index: number; readonly count: number }
  | { readonly type: 'point'; readonly index: number }
  | { readonly type: 'waitForAnswer' }
  | { readonly type: 'answered' }
  | { readonly type: 'open'; readonly entry: StatusCode }
  | { readonly type: 'compare'; readonly codes: readonly number[] }
  /** Leaves the comparison if one is open, else the detail. */
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
    follow: false,
    open: undefined,
    comparing: undefined,
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
  return same ? next : { ...next, active: 0, follow: true };
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
      const active = count === 0 ? 0 : (state.active + step + count) % count;
      return { ...state, active, follow: true };
    }
    case 'select': {
      const active = Math.max(0, Math.min(action.count - 1, action.index));
      return { ...state, active, follow: true };
    }
    case 'point':
      return { ...state, active: action.index, follow: false };
    case 'waitForAnswer':
      return { ...state, enterWaiting: true };
    case 'answered':
      return { ...state, enterWaiting: false };
    case 'open': {
      const recent = addRecent(state.recent, action.entry.code);
      return { ...state, open: action.entry, recent, recentChanged: true, enterWaiting: false };
    }
    case 'compare':
      return { ...state, comparing: action.codes, enterWaiting: false };
    case 'back':
      return state.comparing ? { ...state, comparing: undefined } : { ...state, open: undefined };
    case 'clearRecent':
      return { ...state, recent: [], recentChanged: true };
  }
}
