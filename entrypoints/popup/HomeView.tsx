/**
 * What the popup shows before anything is typed: what happened to the tab's page, the recent
 * lookups and the popular codes (or, with the non-standard filter, every non-standard code).
 */
import type { StatusCode } from '../../data/types.ts';
import { colourClass } from '../../components/CodeBadge.tsx';
import { useT } from '../../components/lang.ts';
import type { ResultItem } from '../../components/ResultList.tsx';
import { worthShowing } from '../../utils/background/badge.ts';
import type { PageStatus } from '../../utils/background/tab-record.ts';
import { Results } from './SearchView.tsx';
import { ThisPage } from './ThisPage.tsx';

interface Props {
  readonly list: readonly ResultItem[];
  readonly active: number;
  readonly onPick: (entry: StatusCode) => void;
  readonly onHover: (index: number) => void;
  /** A class filter is on: only its list shows. */
  readonly filtered: boolean;
  readonly page: PageStatus | null;
  readonly known: ReadonlyMap<number, StatusCode>;
  readonly recent: readonly StatusCode[];
  readonly onClearRecent: () => void;
}

export function HomeView({ filtered, page, known, recent, onClearRecent, ...results }: Props) {
  const tr = useT();
  const { onPick } = results;
  return (
    <>
      {!filtered && worthShowing(page) && <ThisPage page={page} entries={known} onPick={onPick} />}
      {!filtered && recent.length > 0 && (
        <section class="home-section">
          <h2>{tr('recent')}</h2>
          <p class="recent-row">
            {recent.map((e) => (
              <button
                key={e.code}
                type="button"
                class={`chip ${colourClass(e.code)}`}
                onClick={() => onPick(e)}
              >
                {e.code}
              </button>
            ))}
            <button type="button" class="link" onClick={onClearRecent}>
              {tr('clearRecent')}
            </button>
          </p>
        </section>
      )}
      {!filtered && <h2 class="list-heading">{tr('popular')}</h2>}
      <Results {...results} />
    </>
  );
}
