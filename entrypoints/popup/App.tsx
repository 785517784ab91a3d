/**
 * The toolbar popup: search with the keyboard, browse recent and common codes, read a code's
 * detail, see what happened to the page in the tab, and switch highlighting for this site or
 * everywhere. The search box and the footer stay in view; the list between them scrolls.
 * What it opens with comes from `loadPopupModel`; its state changes in `popupReducer`.
 */
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'preact/hooks';
import type { DataApi } from '../../components/client.ts';
import { useT } from '../../components/lang.ts';
import { optionId, type ResultItem } from '../../components/ResultList.tsx';
import { useSearch } from '../../components/use-search.ts';
import type { Settings } from '../../utils/settings.ts';
import { updateSettings } from '../../utils/settings-store.ts';
import { ComparisonView } from './ComparisonView.tsx';
import { DetailView } from './DetailView.tsx';
import { HomeView } from './HomeView.tsx';
import { resultsOf } from './lists.ts';
import type { PopupModel } from './model.ts';
import { PopupFooter } from './PopupFooter.tsx';
import { SearchBox, SearchView } from './SearchView.tsx';
import { effectiveQuery, initialState, popupReducer } from './state.ts';
import { useAnnouncement } from './use-announcement.ts';
import { listKeyHandler } from './list-keys.ts';
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
  const { query, filter, known, all, recent } = state;
  const list = useMemo(
    () => resultsOf({ query, filter, known, all, recent }, response),
    [query, filter, known, all, recent, response],
  );
  const compare = (codes: readonly number[]) => dispatch({ type: 'compare', codes });
  const show = (item: ResultItem) =>
    item.compare ? compare(item.compare) : dispatch({ type: 'open', entry: item.entry });
  const back = useCallback(() => dispatch({ type: 'back' }), []);
  const typed = asked.trim() !== '';
  const [announcement, announce] = useAnnouncement();
  // Here, not in the switches: they are not shown while a detail is open.
  const [settings, setSettings] = useState(model.settings);
  const update = (change: Partial<Settings>) => void updateSettings(change).then(setSettings);

  const { enterWaiting, active, follow } = state;
  useEffect(() => {
    if (!enterWaiting || pending) return;
    const item = list[active];
    if (item) show(item);
    else dispatch({ type: 'answered' });
  }, [enterWaiting, pending, list, active]);

  // The active row stays in view as the keyboard moves it; the first row shows the top.
  const body = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const item = list[active];
    if (!follow || !item) return;
    if (active === 0) body.current?.scrollTo?.({ top: 0 });
    else document.getElementById(optionId(item))?.scrollIntoView?.({ block: 'nearest' });
  }, [follow, active, list, state.open]);

  const onKeyDown = listKeyHandler({
    state,
    dispatch,
    list,
    waiting: typed && pending,
    open: show,
    copy: (text) =>
      navigator.clipboard.writeText(text).then(
        () => announce(tr('copyAnnounce', text)),
        () => announce(tr('copyFailed')),
      ),
  });

  if (state.comparing) return <ComparisonView api={api} codes={state.comparing} onBack={back} />;
  if (state.open) return <DetailView entry={state.open} onBack={back} onCompare={compare} />;
  const results = {
    list,
    active,
    onPick: (entry: ResultItem['entry']) => dispatch({ type: 'open', entry }),
    onHover: (index: number) => dispatch({ type: 'point', index }),
    onCompare: compare,
  };
  return (
    <main class="popup finder">
      <div class="finder-head">
        <SearchBox
          query={query}
          filter={filter}
          list={list}
          active={active}
          onQuery={(text) => dispatch({ type: 'query', query: text })}
          onFilter={(chosen) => dispatch({ type: 'filter', filter: chosen })}
          onKeyDown={onKeyDown}
        />
      </div>
      <div class="finder-body" ref={body}>
        {error && <p class="error">{tr('errorBackground')}</p>}
        {typed ? (
          <SearchView api={api} query={asked} response={response} {...results} />
        ) : (
          <HomeView
            {...results}
            filtered={filter !== undefined}
            page={state.page}
            known={known}
            onClearRecent={() => dispatch({ type: 'clearRecent' })}
          />
        )}
      </div>
      <PopupFooter
        settings={settings}
        update={update}
        host={model.host}
        clears={query !== ''}
        announcement={announcement}
      />
    </main>
  );
}
