/**
 * The popup's search: the search box with its class chips, and the results of what was typed
 * (with how it was read when that was not as typed, or near matches when nothing matches).
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { StatusCode } from '../../data/types.ts';
import { ClassChips, type ClassFilter } from '../../components/ClassChips.tsx';
import type { DataApi } from '../../components/client.ts';
import { useT } from '../../components/lang.ts';
import { NoResults } from '../../components/NoResults.tsx';
import {
  optionId,
  ResultList,
  type ResultItem,
  type ResultSection,
} from '../../components/ResultList.tsx';
import type { QueryReading } from '../../utils/search/query.ts';
import { hasHangul } from '../../utils/search/words.ts';
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
  /** Opens the comparison of these codes (the row of a `401 vs 403` search). */
  readonly onCompare?: (codes: readonly number[]) => void;
}

/** The results listbox, the same in the home view and the search view: `list` in sections. */
export function Results({
  list,
  sections = [{ items: list }],
  active,
  onPick,
  onHover,
  onCompare,
}: ResultsProps & { readonly sections?: readonly ResultSection[] }) {
  const tr = useT();
  if (list.length === 0) return null;
  return (
    <ResultList
      id={LIST_ID}
      label={tr('resultsLabel')}
      sections={sections}
      active={active}
      onPick={(item) => (item.compare ? onCompare?.(item.compare) : onPick(item.entry))}
      onHover={onHover}
    />
  );
}

/**
 * Says how the query was read when the results come from another reading than the one typed;
 * a status region, always present, so that a screen reader hears the change.
 */
export function ReadingNote({ reading }: { readonly reading: QueryReading | undefined }) {
  const tr = useT();
  const key =
    reading?.kind === 'typo'
      ? 'readAsTypo'
      : hasHangul(reading?.text ?? '')
        ? 'readAsKoreanLayout'
        : 'readAsEnglishLayout';
  return (
    <p class="reading-note" role="status">
      {reading && tr(key, reading.text)}
    </p>
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
  const parsed = response?.parsed;
  const found = results.list.length > 0;
  return (
    <>
      <ReadingNote reading={found && parsed?.kind === 'text' ? parsed.readAs : undefined} />
      {found ? (
        <Results {...results} />
      ) : (
        response && (
          <NoResults api={api} query={query} parsed={response.parsed} onPick={results.onPick} />
        )
      )}
    </>
  );
}
