/**
 * The full reference page: the user's original listing (title, intro, a search box, every
 * code grouped by class), the codes often confused (`#compare-401-403`), then the non-standard
 * codes by vendor, under a sticky bar that jumps to each. Each code expands to its full detail;
 * `#404` opens 404 and `?q=` fills the search. Last comes the guided choice of a code to send
 * (`#choose`).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { StatusCode, StatusMeaning, VendorId } from '../../data/types.ts';
import { VENDORS } from '../../data/vendors.ts';
import type { DataApi } from '../../components/client.ts';
import { useLang, useT } from '../../components/lang.ts';
import { useSearch } from '../../components/use-search.ts';
import type { SearchResponse } from '../../utils/protocol.ts';
import { ComparisonPanel } from '../../components/ComparisonPanel.tsx';
import { Comparisons } from './Comparisons.tsx';
import { CLASS_DIGITS, classKey, classOf } from '../../utils/status-class.ts';
import { Choose } from './Choose.tsx';
import { CodeEntry, VendorEntry } from './entries.tsx';
import { classSectionId, JumpBar, vendorSectionId, VENDORS_ID } from './jump-bar.tsx';

interface Props {
  readonly api: DataApi;
  readonly initialQuery: string;
  /** The code named in the URL's hash, if any. */
  readonly target: number | undefined;
  /** The vendor named in the hash (`#code-499-nginx`), if any. */
  readonly vendor?: VendorId | undefined;
  /** The codes named in the hash (`#compare-401-403`), if any. */
  readonly compare?: readonly number[] | undefined;
  /** The guided choice's answers named in the hash (`#choose/…`), if any. */
  readonly choose?: readonly string[] | undefined;
}

/** The vendors of the non-standard meanings, in the dataset's order, each with its meanings. */
function byVendor(all: readonly StatusCode[]): [VendorId, StatusMeaning[]][] {
  const groups = new Map<VendorId, StatusMeaning[]>();
  for (const m of all.flatMap((e) => e.meanings)) {
    if (m.vendor) groups.set(m.vendor, [...(groups.get(m.vendor) ?? []), m]);
  }
  return [...groups];
}

export function ReferenceApp(props: Props) {
  const { api, initialQuery, target, vendor, compare, choose } = props;
  const tr = useT();
  const [all, setAll] = useState<StatusCode[] | undefined>(undefined);
  const [query, setQuery] = useState(initialQuery);
  const { response } = useSearch(api, query, 200);
  useEffect(() => {
    void api.listCodes().then(setAll);
  }, [api]);

  const vendors = useMemo(() => byVendor(all ?? []), [all]);
  const byCode = useMemo(() => new Map((all ?? []).map((e) => [e.code, e])), [all]);
  const searching = query.trim() !== '';
  const known = target === undefined || all === undefined || all.some((e) => e.code === target);
  const targetClass = target === undefined ? undefined : classOf(target);
  return (
    <main class="reference">
      <header class="page-intro">
        <h1>{tr('appTitle')}</h1>
        <p>{tr('appIntro')}</p>
      </header>
      <div class="page-head">
        <input
          type="search"
          class="search"
          aria-label={tr('searchLabel')}
          placeholder={tr('searchPlaceholder')}
          value={query}
          spellcheck={false}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        {!searching && all !== undefined && <JumpBar vendors={vendors.map(([v]) => v)} />}
      </div>
      {!known && target !== undefined && (
        <p class="notice" role="status">
          {tr('unknownCode', target)}{' '}
          {targetClass !== undefined &&
            tr('unknownCodeClass', targetClass, tr(classKey(targetClass)))}
        </p>
      )}
      {all === undefined && <p>{tr('loading')}</p>}
      {searching ? (
        <Hits api={api} query={query} response={response} />
      ) : (
        <Listing all={all ?? []} vendors={vendors} target={target} vendor={vendor}>
          {all !== undefined && <Comparisons api={api} asked={compare} known={byCode} />}
        </Listing>
      )}
      {!searching && all !== undefined && <Choose path={choose} all={all} />}
    </main>
  );
}

interface HitsProps {
  readonly api: DataApi;
  readonly query: string;
  readonly response: SearchResponse | undefined;
}

/** The codes that match the search, under their comparison when codes were compared; a single one opens. */
function Hits({ api, query, response }: HitsProps) {
  const tr = useT();
  const hits = response?.hits ?? [];
  const parsed = response?.parsed;
  return (
    <section aria-label={tr('resultsLabel')}>
      {parsed?.kind === 'compare' && <ComparisonPanel api={api} codes={parsed.codes} />}
      <p class="count" role="status">
        {hits.length > 0 ? tr('resultCount', hits.length) : tr('noResults', query.trim())}
      </p>
      {hits.map((h) =>
        h.meaning === 0 ? (
          <CodeEntry key={`${h.code}`} entry={h.entry} open={hits.length === 1} />
        ) : (
          <VendorEntry
            key={`${h.code}-${h.meaning}`}
            meaning={h.entry.meanings[h.meaning] ?? h.entry.meanings[0]}
            open={false}
          />
        ),
      )}
    </section>
  );
}

interface ListingProps {
  readonly all: readonly StatusCode[];
  /** Shown after the classes, before the vendors: the comparisons. */
  readonly children?: ComponentChildren;
  readonly vendors: readonly [VendorId, StatusMeaning[]][];
  readonly target: number | undefined;
  readonly vendor: VendorId | undefined;
}

/** Every code by class, then the non-standard ones by vendor; the target opens. */
function Listing({ all, vendors, target, vendor, children }: ListingProps) {
  const tr = useT();
  const lang = useLang();
  const first = all.find((e) => e.code === target)?.meanings[0];
  const opens = (m: StatusMeaning) =>
    m.code === target && (vendor === undefined ? m === first : m.vendor === vendor);
  return (
    <>
      {CLASS_DIGITS.map((digit) => (
        <section key={digit} class="class-section" aria-labelledby={classSectionId(digit)}>
          <h2 id={classSectionId(digit)} tabIndex={-1}>
            {digit}xx - {tr(classKey(digit))}
          </h2>
          {all
            .filter((e) => classOf(e.code) === digit && e.meanings[0].status !== 'non-standard')
            .map((e) => (
              <CodeEntry key={e.code} entry={e} open={e.code === target && !vendor} />
            ))}
        </section>
      ))}
      {children}
      <section class="class-section" aria-labelledby={VENDORS_ID}>
        <h2 id={VENDORS_ID} tabIndex={-1}>
          {tr('vendorSection')}
        </h2>
        {vendors.map(([id, meanings]) => (
          <section key={id} class="vendor-group" aria-labelledby={vendorSectionId(id)}>
            <h3 id={vendorSectionId(id)} tabIndex={-1}>
              {VENDORS[id].name[lang]}
            </h3>
            {meanings.map((m) => (
              <VendorEntry key={`${m.code}-${id}`} meaning={m} open={opens(m)} />
            ))}
          </section>
        ))}
      </section>
    </>
  );
}
