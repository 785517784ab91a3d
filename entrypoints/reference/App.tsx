/**
 * The full reference page: the user's original listing (title, intro, a search box, every
 * code grouped by class), then the non-standard codes by vendor. Each code expands to its
 * full detail; `#404` opens 404 and `?q=` fills the search.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { StatusCode, StatusMeaning, VendorId } from '../../data/types.ts';
import { VENDORS } from '../../data/vendors.ts';
import type { DataApi } from '../../components/client.ts';
import { useLang, useT } from '../../components/lang.ts';
import { useSearch } from '../../components/use-search.ts';
import type { SearchResponseHit } from '../../utils/protocol.ts';
import { CLASS_DIGITS, classKey, classOf } from '../../utils/status-class.ts';
import { CodeEntry, VendorEntry } from './entries.tsx';

interface Props {
  readonly api: DataApi;
  readonly initialQuery: string;
  /** The code named in the URL's hash, if any. */
  readonly target: number | undefined;
}

export function ReferenceApp({ api, initialQuery, target }: Props) {
  const tr = useT();
  const [all, setAll] = useState<StatusCode[] | undefined>(undefined);
  const [query, setQuery] = useState(initialQuery);
  const { response } = useSearch(api, query, 200);
  useEffect(() => {
    void api.listCodes().then(setAll);
  }, [api]);

  const known = target === undefined || all === undefined || all.some((e) => e.code === target);
  const targetClass = target === undefined ? undefined : classOf(target);
  return (
    <main class="reference">
      <header class="page-head">
        <h1>{tr('appTitle')}</h1>
        <p>{tr('appIntro')}</p>
        <input
          type="search"
          class="search"
          aria-label={tr('searchLabel')}
          placeholder={tr('searchPlaceholder')}
          value={query}
          spellcheck={false}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </header>
      {!known && target !== undefined && (
        <p class="notice" role="status">
          {tr('unknownCode', target)}{' '}
          {targetClass !== undefined &&
            tr('unknownCodeClass', targetClass, tr(classKey(targetClass)))}
        </p>
      )}
      {all === undefined && <p>{tr('loading')}</p>}
      {query.trim() !== '' ? (
        <Hits query={query} hits={response?.hits ?? []} />
      ) : (
        <Listing all={all ?? []} target={target} />
      )}
    </main>
  );
}

/** The codes that match the search; a single one opens. */
function Hits({ query, hits }: { query: string; hits: readonly SearchResponseHit[] }) {
  const tr = useT();
  return (
    <section aria-label={tr('resultsLabel')}>
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

/** Every code by class, then the non-standard ones by vendor; the target opens. */
function Listing({ all, target }: { all: readonly StatusCode[]; target: number | undefined }) {
  const tr = useT();
  const lang = useLang();
  const vendors = useMemo(() => {
    const groups = new Map<VendorId, StatusMeaning[]>();
    for (const m of all.flatMap((e) => e.meanings)) {
      if (!m.vendor) continue;
      groups.set(m.vendor, [...(groups.get(m.vendor) ?? []), m]);
    }
    return [...groups];
  }, [all]);
  const targetMeaning = all.find((e) => e.code === target)?.meanings[0];
  return (
    <>
      {CLASS_DIGITS.map((digit) => (
        <section key={digit} class="class-section" aria-labelledby={`class-${digit}xx`}>
          <h2 id={`class-${digit}xx`}>
            {digit}xx - {tr(classKey(digit))}
          </h2>
          {all
            .filter((e) => classOf(e.code) === digit && e.meanings[0].status !== 'non-standard')
            .map((e) => (
              <CodeEntry key={e.code} entry={e} open={e.code === target} />
            ))}
        </section>
      ))}
      <section class="class-section" aria-labelledby="vendors">
        <h2 id="vendors">{tr('vendorSection')}</h2>
        {vendors.map(([vendor, meanings]) => (
          <section key={vendor} class="vendor-group" aria-label={VENDORS[vendor].name[lang]}>
            <h3>{VENDORS[vendor].name[lang]}</h3>
            {meanings.map((m) => (
              <VendorEntry
                key={`${m.code}-${vendor}`}
                meaning={m}
                open={m.code === target && targetMeaning === m}
              />
            ))}
          </section>
        ))}
      </section>
    </>
  );
}
