/**
 * The toolbar popup: search with the keyboard, browse popular and recent codes, read a
 * code's detail, see what happened to the page in the tab, and switch highlighting for this
 * site or everywhere. What it opens with comes from `loadPopupModel`; its state changes in
 * `popupReducer`.
 */
import { useCallback, useEffect, useMemo, useReducer } from 'preact/hooks';
import type { StatusCode } from '../../data/types.ts';
import type { DataApi } from '../../components/client.ts';
import { useT } from '../../components/lang.ts';
import { useSearch } from '../../components/use-search.ts';
import { updateSettings } from '../../utils/settings-store.ts';
import { DetailView } from './DetailView.tsx';
import { HighlightSwitches } from './HighlightSwitches.tsx';
import { HomeView } from './HomeView.tsx';
import type { PopupModel } from './model.ts';
import { SearchBox, SearchView } from './SearchView.tsx';
import { effectiveQuery, initialState, popupReducer, recentEntries, resultsOf } from './state.ts';
import { usePopupData } from './use-popup-data.ts';

interface Props {
  readonly model: PopupModel;
  /** The background's data. */
  readonly api: DataApi;
}

export function PopupApp({ model, api }: Props) {
  const tr = useT();
  const [state, dispatch] = useReducer(popupReducer, model, initialState);
  usePopupData(model, api, state, dispatch);
  const asked = effectiveQuery(state);
  const { response, error, pending } = useSearch(api, asked);
  const { query, filter, known, all } = state;
  const list = useMemo(
    () => resultsOf({ query, filter, known, all }, response),
    [query, filter, known, all, response],
  );
  const show = (entry: StatusCode) => dispatch({ type: 'open', entry });
  const back = useCallback(() => dispatch({ type: 'back' }), []);
  const typed = asked.trim() !== '';

  const { enterWaiting, active } = state;
  useEffect(() => {
    if (!enterWaiting || pending) return;
    const item = list[active];
    dispatch(item ? { type: 'open', entry: item.entry } : { type: 'answered' });
  }, [enterWaiting, pending, list, active]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      dispatch({ type: 'move', step: e.key === 'ArrowDown' ? 1 : -1, count: list.length });
    } else if (e.key === 'Enter') {
      // The detail view takes focus at once; without this, the same key press would go on to
      // activate its "back" button.
      e.preventDefault();
      const item = list[active];
      if (typed && pending) dispatch({ type: 'waitForAnswer' });
      else if (item) show(item.entry);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (query !== '') dispatch({ type: 'query', query: '' });
      else window.close();
    }
  };

  if (state.open) return <DetailView entry={state.open} onBack={back} />;
  const results = {
    list,
    active,
    onPick: show,
    onHover: (index: number) => dispatch({ type: 'point', index }),
  };
  return (
    <main class="popup">
      <SearchBox
        query={query}
        filter={filter}
        list={list}
        active={active}
        onQuery={(text) => dispatch({ type: 'query', query: text })}
        onFilter={(chosen) => dispatch({ type: 'filter', filter: chosen })}
        onKeyDown={onKeyDown}
      />
      {error && <p class="error">{tr('errorBackground')}</p>}
      {typed ? (
        <SearchView api={api} query={asked} response={response} {...results} />
      ) : (
        <HomeView
          {...results}
          filtered={filter !== undefined}
          page={state.page}
          known={known}
          recent={recentEntries(state)}
          onClearRecent={() => dispatch({ type: 'clearRecent' })}
        />
      )}
      <HighlightSwitches settings={model.settings} save={updateSettings} host={model.host} />
    </main>
  );
}
