/**
 * The full reference page: the user's original listing (title, intro, a search box, every
 * code grouped by class), then the non-standard codes by vendor. Each code expands to its
 * full detail; `#404` opens 404 and `?q=` fills the search.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { StatusCode, StatusMeaning, VendorId } from '../../data/types.ts';
import { VENDORS } from '../../data/vendors.ts';
import type { DataApi } from '../../components/client.ts';
import type { MessageKey } from '../../utils/i18n.ts';
import { CodeBadge } from '../../components/CodeBadge.tsx';
import { CodeDetail, MeaningDetail } from '../../components/CodeDetail.tsx';
import { useLang, useT } from '../../components/lang.ts';
import { useSearch } from '../../components/use-search.ts';

const CLASSES: readonly { digit: number; key: MessageKey }[] = [
  { digit: 1, key: 'class1' },
  { digit: 2, key: 'class2' },
  { digit: 3, key: 'class3' },
  { digit: 4, key: 'class4' },
  { digit: 5, key: 'class5' },
];

export const entryId = (code: number, vendor?: VendorId): string =>
  vendor ? `code-${code}-${vendor}` : `code-${code}`;

function EntrySummary({ meaning: m }: { meaning: StatusMeaning }) {
  const lang = useLang();
  return (
    <summary>
      <CodeBadge code={m.code} />
      <span class="entry-title">
        <span class="name">{m[lang].name}</span>
        {lang === 'ko' && <span class="phrase">{m.phrase}</span>}
        {m.vendor && <span class="tag vendor">{VENDORS[m.vendor].name[lang]}</span>}
        <span class="entry-summary">{m[lang].summary}</span>
      </span>
    </summary>
  );
}

function CodeEntry({ entry, open }: { entry: StatusCode; open: boolean }) {
  return (
    <details id={entryId(entry.code)} data-code={entry.code} class="entry" open={open}>
      <EntrySummary meaning={entry.meanings[0]} />
      <div class="entry-body">
        <CodeDetail entry={entry} headingLevel={3} />
      </div>
    </details>
  );
}

function VendorEntry({ meaning, open }: { meaning: StatusMeaning; open: boolean }) {
  return (
    <details
      id={entryId(meaning.code, meaning.vendor)}
      data-code={meaning.code}
      class="entry"
      open={open}
    >
      <EntrySummary meaning={meaning} />
      <div class="entry-body">
        <MeaningDetail meaning={meaning} headingLevel={3} />
      </div>
    </details>
  );
}

interface Props {
  readonly api: DataApi;
  readonly initialQuery: string;
  /** The code named in the URL's hash, if any. */
  readonly target: number | undefined;
}

export function ReferenceApp({ api, initialQuery, target }: Props) {
  const tr = useT();
  const lang = useLang();
  const [all, setAll] = useState<StatusCode[] | undefined>(undefined);
  const [query, setQuery] = useState(initialQuery);
  const { response } = useSearch(api, query, 200);
  useEffect(() => {
    void api.listCodes().then(setAll);
  }, [api]);

  const vendors = useMemo(() => {
    const groups = new Map<VendorId, StatusMeaning[]>();
    for (const m of (all ?? []).flatMap((e) => e.meanings)) {
      if (!m.vendor) continue;
      groups.set(m.vendor, [...(groups.get(m.vendor) ?? []), m]);
    }
    return [...groups];
  }, [all]);

  const known = target === undefined || all === undefined || all.some((e) => e.code === target);
  const searching = query.trim() !== '';
  const hits = response?.hits ?? [];

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
          {CLASSES.some((c) => c.digit === Math.floor(target / 100)) &&
            tr(
              'unknownCodeClass',
              Math.floor(target / 100),
              tr(CLASSES[Math.floor(target / 100) - 1]?.key ?? 'class1'),
            )}
        </p>
      )}
      {all === undefined && <p>{tr('loading')}</p>}
      {searching ? (
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
      ) : (
        <>
          {CLASSES.map(({ digit, key }) => (
            <section key={digit} class="class-section" aria-labelledby={`class-${digit}xx`}>
              <h2 id={`class-${digit}xx`}>
                {digit}xx - {tr(key)}
              </h2>
              {(all ?? [])
                .filter(
                  (e) =>
                    Math.floor(e.code / 100) === digit && e.meanings[0].status !== 'non-standard',
                )
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
                    open={
                      m.code === target && all?.find((e) => e.code === target)?.meanings[0] === m
                    }
                  />
                ))}
              </section>
            ))}
          </section>
        </>
      )}
    </main>
  );
}
