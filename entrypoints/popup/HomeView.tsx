/**
 * What the popup shows before anything is typed: what happened to the tab's page, then one
 * list of the recent lookups and the common codes (or, with the non-standard filter, every
 * non-standard code).
 */
import type { StatusCode } from '../../data/types.ts';
import { useT } from '../../components/lang.ts';
import type { ResultItem } from '../../components/ResultList.tsx';
import { worthShowing } from '../../utils/background/badge.ts';
import type { PageStatus } from '../../utils/background/tab-record.ts';
import { Results } from './SearchView.tsx';
import { ThisPage } from './ThisPage.tsx';

/** Ids of the headings that label the list's two groups. */
const RECENT_HEADING = 'recent-heading';
const COMMON_HEADING = 'common-heading';

interface Props {
  readonly list: readonly ResultItem[];
  readonly active: number;
  readonly onPick: (entry: StatusCode) => void;
  readonly onHover: (index: number) => void;
  /** A class filter is on: only its list shows. */
  readonly filtered: boolean;
  readonly page: PageStatus | null;
  readonly known: ReadonlyMap<number, StatusCode>;
  readonly onClearRecent: () => void;
}

export function HomeView({ filtered, page, known, onClearRecent, ...results }: Props) {
  const tr = useT();
  const { list, onPick } = results;
  const recent = list.filter((item) => item.from === 'recent');
  const common = list.filter((item) => item.from !== 'recent');
  const sections = filtered
    ? [{ items: list }]
    : [
        ...(recent.length > 0 ? [{ items: recent, labelId: RECENT_HEADING }] : []),
        { items: common, labelId: COMMON_HEADING, heading: tr('popular') },
      ];
  return (
    <>
      {!filtered && worthShowing(page) && <ThisPage page={page} entries={known} onPick={onPick} />}
      {recent.length > 0 && (
        // Outside the list, with its button: a listbox holds nothing but options.
        <div class="list-head">
          <h2 id={RECENT_HEADING} class="list-heading">
            {tr('recent')}
          </h2>
          <button type="button" class="link" onClick={onClearRecent}>
            {tr('clearRecent')}
          </button>
        </div>
      )}
      <Results {...results} sections={sections} />
    </>
  );
}
