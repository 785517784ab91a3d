/**
 * The toolbar popup: search with the keyboard, browse popular and recent codes, read a
 * code's detail, see what happened to the page in the tab, and switch highlighting for this
 * site or everywhere.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StatusCode } from '../../data/types.ts';
import type { DataApi } from '../../components/client.ts';
import type { PageStatus } from '../../utils/background/tab-record.ts';
import { worthShowing } from '../../utils/background/badge.ts';
import { addRecent, POPULAR } from '../../utils/search/recent.ts';
import type { Settings } from '../../utils/settings.ts';
import { ClassChips, matchesFilter, type ClassFilter } from '../../components/ClassChips.tsx';
import { CodeDetail } from '../../components/CodeDetail.tsx';
import { useT } from '../../components/lang.ts';
import { HighlightSwitches } from './HighlightSwitches.tsx';
import { NoResults } from '../../components/NoResults.tsx';
import { optionId, ResultList, type ResultItem } from '../../components/ResultList.tsx';
import { ThisPage } from './ThisPage.tsx';
import { useSearch } from '../../components/use-search.ts';

export interface PopupEnv {
  readonly api: DataApi;
  readonly loadRecent: () => Promise<number[]>;
  readonly saveRecent: (codes: number[]) => Promise<void>;
  readonly settings: Settings;
  readonly saveSettings: (change: Partial<Settings>) => Promise<Settings>;
  /** Host name of the page the popup was opened on, when it is a web page. */
  readonly host: string | undefined;
  readonly referenceUrl: (hash: string) => string;
  readonly close: () => void;
  /** What the browser saw of the tab's page, for the "this page" section. */
  readonly pageStatus?: () => Promise<PageStatus | null>;
  /** A code to open at once (sent by the context menu's "Explain HTTP status"). */
  readonly initialCode?: number;
  /** What was loaded before the first render, so that it shows in it. */
  readonly preloaded?: Preloaded;
}

/**
 * The recent codes, the entries of the popular and recent ones, and the tab's page status, as
 * `loadRecent`, `api.getCodes` and `pageStatus` gave them.
 */
export interface Preloaded {
  readonly recent: number[];
  readonly entries: readonly StatusCode[];
  readonly page: PageStatus | null;
}

/** The status codes a page's record mentions: its own, its redirects', its failed requests'. */
const codesOf = (page: PageStatus | null): number[] =>
  page
    ? [
        ...(page.status === undefined ? [] : [page.status]),
        ...page.redirects.map((h) => h.status),
        ...page.failed.map((g) => g.code),
      ]
    : [];

const toItems = (entries: readonly StatusCode[]): ResultItem[] =>
  entries.map((entry) => ({ entry, meaning: 0 }));

export function PopupApp({ env }: { env: PopupEnv }) {
  const tr = useT();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<ClassFilter>(undefined);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<StatusCode | undefined>(undefined);
  const [recent, setRecent] = useState<number[]>(env.preloaded?.recent ?? []);
  /** The entries the home view needs, asked for by number (not the whole dataset). */
  const [known, setKnown] = useState<ReadonlyMap<number, StatusCode>>(
    () => new Map(env.preloaded?.entries.map((e) => [e.code, e])),
  );
  /** Every code, loaded only when the non-standard filter needs the full list. */
  const [all, setAll] = useState<StatusCode[] | undefined>(undefined);
  const [page, setPage] = useState<PageStatus | null>(env.preloaded?.page ?? null);
  const input = useRef<HTMLInputElement>(null);
  const backButton = useRef<HTMLButtonElement>(null);
  // `autofocus` works only when a page loads; views that appear later take focus here, in a
  // layout effect so that keys typed right after the view appears already reach it.
  useLayoutEffect(() => {
    (open ? backButton.current : input.current)?.focus();
  }, [open]);

  const effective = query.trim() === '' && typeof filter === 'number' ? `${filter}xx` : query;
  const { response, error, pending } = useSearch(env.api, effective);
  const typed = effective.trim() !== '';
  // Enter pressed before the answer to what was just typed: it opens the result once it comes.
  const enterWaiting = useRef(false);

  useEffect(() => {
    void env.loadRecent().then(async (loaded) => {
      setRecent(loaded);
      if (env.initialCode === undefined) return;
      const [entry] = await env.api.getCodes([env.initialCode]);
      if (!entry) return;
      setOpen(entry);
      const next = addRecent(loaded, entry.code);
      setRecent(next);
      void env.saveRecent(next);
    });
  }, [env]);
  useEffect(() => {
    void env.pageStatus?.().then(setPage, () => undefined);
  }, [env]);
  // Each number is asked for once (an unregistered one simply never arrives).
  const asked = useRef(new Set<number>(env.preloaded?.entries.map((e) => e.code)));
  useEffect(() => {
    const wanted = [...new Set([...POPULAR, ...recent, ...codesOf(page)])].filter(
      (c) => !asked.current.has(c),
    );
    if (wanted.length === 0) return;
    for (const c of wanted) asked.current.add(c);
    void env.api
      .getCodes(wanted)
      .then((entries) =>
        setKnown((before) => new Map([...before, ...entries.map((e) => [e.code, e] as const)])),
      );
  }, [env, recent, page]);
  useEffect(() => {
    if (filter === 'vendor' && all === undefined) void env.api.listCodes().then(setAll);
  }, [env, filter, all]);
  const home = useMemo(() => {
    const pick = (codes: readonly number[]) => codes.flatMap((c) => known.get(c) ?? []);
    return { popular: pick(POPULAR), recent: pick(recent) };
  }, [known, recent]);

  const list: ResultItem[] = useMemo(() => {
    if (effective.trim() !== '') {
      return (response?.hits ?? []).filter((h) =>
        matchesFilter(filter, h.code, h.entry.meanings[h.meaning]?.status === 'non-standard'),
      );
    }
    if (filter !== 'vendor') return toItems(home.popular);
    return (all ?? []).flatMap((entry) =>
      entry.meanings.flatMap((m, meaning) =>
        m.status === 'non-standard' ? [{ entry, meaning }] : [],
      ),
    );
  }, [effective, filter, response, home, all]);

  // In a layout effect, before the browser takes the next key: an arrow key pressed right after
  // typing must move from the first result of what was typed, not be undone by a late reset.
  useLayoutEffect(() => setActive(0), [effective, filter]);

  const show = (entry: StatusCode) => {
    setOpen(entry);
    const next = addRecent(recent, entry.code);
    setRecent(next);
    void env.saveRecent(next);
  };
  const back = () => {
    setOpen(undefined);
  };
  useEffect(() => {
    if (!enterWaiting.current || pending) return;
    enterWaiting.current = false;
    const item = list[active];
    if (item) show(item.entry);
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- `show` is a new function each render
  }, [pending, list, active]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (list.length === 0 ? 0 : (i + step + list.length) % list.length));
    } else if (e.key === 'Enter') {
      // The detail view takes focus at once; without this, the same key press would go on to
      // activate its "back" button.
      e.preventDefault();
      const item = list[active];
      if (typed && pending) enterWaiting.current = true;
      else if (item) show(item.entry);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (query !== '') setQuery('');
      else env.close();
    }
  };

  useLayoutEffect(() => {
    if (!open) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      back();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [open]);

  if (open) {
    return (
      <main class="popup detail-view">
        <nav class="detail-nav">
          <button ref={backButton} type="button" class="back" onClick={back}>
            ← {tr('back')}
          </button>
          <a href={env.referenceUrl(`#${open.code}`)} target="_blank" rel="noreferrer">
            {tr('openInReference')}
          </a>
        </nav>
        <CodeDetail entry={open} />
      </main>
    );
  }

  const listId = 'popup-results';
  const activeItem = list[active];
  return (
    <main class="popup">
      <div class="search-row">
        <input
          ref={input}
          type="search"
          class="search"
          // A type=search input is a searchbox unless declared a combobox, which the listbox needs.
          // oxlint-disable-next-line jsx-a11y/no-redundant-roles
          role="combobox"
          list={undefined}
          aria-expanded={list.length > 0}
          aria-controls={listId}
          aria-activedescendant={activeItem ? optionId(activeItem) : undefined}
          aria-autocomplete="list"
          aria-label={tr('searchLabel')}
          placeholder={tr('searchPlaceholder')}
          value={query}
          autoFocus
          spellcheck={false}
          autocomplete="off"
          onInput={(e) => {
            enterWaiting.current = false;
            setQuery(e.currentTarget.value);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <ClassChips value={filter} onChange={setFilter} />
      {error && <p class="error">{tr('errorBackground')}</p>}
      {!typed && filter === undefined && worthShowing(page) && (
        <ThisPage page={page} entries={known} onPick={show} />
      )}
      {!typed && home.recent.length > 0 && filter === undefined && (
        <section class="home-section">
          <h2>{tr('recent')}</h2>
          <p class="recent-row">
            {home.recent.map((e) => (
              <button
                key={e.code}
                type="button"
                class={`chip class-${Math.floor(e.code / 100)}`}
                onClick={() => show(e)}
              >
                {e.code}
              </button>
            ))}
            <button
              type="button"
              class="link"
              onClick={() => {
                setRecent([]);
                void env.saveRecent([]);
              }}
            >
              {tr('clearRecent')}
            </button>
          </p>
        </section>
      )}
      {!typed && filter === undefined && <h2 class="list-heading">{tr('popular')}</h2>}
      {list.length > 0 ? (
        <ResultList
          id={listId}
          label={tr('resultsLabel')}
          items={list}
          active={active}
          onPick={(i) => show(i.entry)}
          onHover={setActive}
        />
      ) : (
        typed &&
        response && (
          <NoResults api={env.api} query={effective} parsed={response.parsed} onPick={show} />
        )
      )}
      <HighlightSwitches settings={env.settings} save={env.saveSettings} host={env.host} />
    </main>
  );
}
