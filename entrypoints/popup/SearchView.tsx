/**
 * The popup's search: the search box with its class chips, and the results of what was typed
 * (or near matches when nothing matches).
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { StatusCode } from '../../data/types.ts';
import { ClassChips, type ClassFilter } from '../../components/ClassChips.tsx';
import type { DataApi } from '../../components/client.ts';
import { useT } from '../../components/lang.ts';
import { NoResults } from '../../components/NoResults.tsx';
import { optionId, ResultList, type ResultItem } from '../../components/ResultList.tsx';
import type { SearchResponse } from '../../utils/protocol.ts';

/** The id of the results listbox, which the search box controls. */
const LIST_ID = 'popup-results';

interface BoxProps {
  readonly query: string;
  readonly filter: ClassFilter;
  readonly list: readonly ResultItem[];
  readonly active: number;
  readonly onQuery: (query: string) => void;
  readonly onFilter: (filter: ClassFilter) => void;
  readonly onKeyDown: (e: KeyboardEvent) => void;
}

export function SearchBox({ query, filter, list, active, onQuery, onFilter, onKeyDown }: BoxProps) {
  const tr = useT();
  const input = useRef<HTMLInputElement>(null);
  // `autofocus` works only when a page loads: coming back from a detail, focus comes here, in a
  // layout effect so that keys typed right after the view appears already reach it.
  useLayoutEffect(() => input.current?.focus(), []);
  const activeItem = list[active];
  return (
    <>
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
          aria-controls={LIST_ID}
          aria-activedescendant={activeItem ? optionId(activeItem) : undefined}
          aria-autocomplete="list"
          aria-label={tr('searchLabel')}
          placeholder={tr('searchPlaceholder')}
          value={query}
          autoFocus
          spellcheck={false}
          autocomplete="off"
          onInput={(e) => onQuery(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <ClassChips value={filter} onChange={onFilter} />
    </>
  );
}

interface ResultsProps {
  readonly list: readonly ResultItem[];
  readonly active: number;
  readonly onPick: (entry: StatusCode) => void;
  readonly onHover: (index: number) => void;
}

/** The results listbox, the same in the home view and the search view. */
export function Results({ list, active, onPick, onHover }: ResultsProps) {
  const tr = useT();
  if (list.length === 0) return null;
  return (
    <ResultList
      id={LIST_ID}
      label={tr('resultsLabel')}
      items={list}
      active={active}
      onPick={(item) => onPick(item.entry)}
      onHover={onHover}
    />
  );
}

interface ViewProps extends ResultsProps {
  readonly api: DataApi;
  /** What the search was asked. */
  readonly query: string;
  readonly response: SearchResponse | undefined;
}

/** The results of what was typed; when there are none, what might have been meant. */
export function SearchView({ api, query, response, ...results }: ViewProps) {
  if (results.list.length > 0) return <Results {...results} />;
  if (!response) return null;
  return <NoResults api={api} query={query} parsed={response.parsed} onPick={results.onPick} />;
}
