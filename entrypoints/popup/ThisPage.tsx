/**
 * The popup's "this page" section: the status of the page in the tab, with its name and
 * summary, the redirects that led to it, and the requests on it that failed, grouped by code.
 * Each known code opens its detail.
 */
import type { Lang, StatusCode } from '../../data/types.ts';
import { shortUrl } from '../../utils/background/badge.ts';
import type { FailedGroup, PageStatus } from '../../utils/background/tab-record.ts';
import { classKey, classOf } from '../../utils/status-class.ts';
import { colourClass } from '../../components/CodeBadge.tsx';
import { useLang, useT } from '../../components/lang.ts';

interface Props {
  readonly page: PageStatus;
  /** The known codes, to name them. */
  readonly entries: ReadonlyMap<number, StatusCode>;
  readonly onPick: (entry: StatusCode) => void;
}

/** A code's name in the language; for a number we do not know, the name of its class. */
function nameOf(code: number, entries: Props['entries'], lang: Lang, tr: ReturnType<typeof useT>) {
  const meaning = entries.get(code)?.meanings[0];
  if (meaning) return meaning[lang].name;
  const digit = classOf(code);
  return digit === undefined ? '' : tr(classKey(digit));
}

export function ThisPage({ page, entries, onPick }: Props) {
  const tr = useT();
  const lang = useLang();
  const name = (code: number) => nameOf(code, entries, lang, tr);

  /** A code coloured by class; a button to its detail when we know it. */
  const codeOf = (code: number) => {
    const entry = entries.get(code);
    const className = `code-badge ${colourClass(code)}`;
    if (!entry) return <span class={className}>{code}</span>;
    const label = tr('explainCode', `${code} ${name(code)}`);
    return (
      <button
        type="button"
        class={`${className} page-code`}
        aria-label={label}
        title={label}
        onClick={() => onPick(entry)}
      >
        {code}
      </button>
    );
  };
  const urlOf = (url: string) => (
    <span class="page-url" title={url} dir="ltr">
      {shortUrl(url, page.url)}
    </span>
  );
  const requests = (count: number) => (count === 1 ? tr('requestsOne') : tr('requestsMany', count));
  const groupOf = (group: FailedGroup) => {
    const listed = group.urls.reduce((n, u) => n + u.count, 0);
    return (
      <li key={group.code} class="failed-group">
        <div class="failed-head">
          {codeOf(group.code)}
          <span class="name">{name(group.code)}</span>
          <span class="count">{requests(group.count)}</span>
        </div>
        <ul class="page-list">
          {group.urls.map((u) => (
            <li key={u.url}>
              {urlOf(u.url)}
              {u.count > 1 && <span class="count">×{u.count}</span>}
            </li>
          ))}
        </ul>
        {group.count > listed && <p class="more">{tr('moreRequests', group.count - listed)}</p>}
      </li>
    );
  };

  const summary =
    page.status === undefined ? undefined : entries.get(page.status)?.meanings[0]?.[lang].summary;
  const listed = page.failed.reduce((n, g) => n + g.count, 0);
  return (
    <section class="this-page" aria-labelledby="this-page-heading">
      <h2 id="this-page-heading" class="list-heading">
        {tr('thisPage')}
      </h2>
      {page.status === undefined ? (
        <p class="muted">{tr('thisPageUnknown')}</p>
      ) : (
        <div class="page-status">
          {codeOf(page.status)}
          <div class="page-status-text">
            <span class="name">{name(page.status)}</span>
            {summary && <span class="result-summary">{summary}</span>}
          </div>
        </div>
      )}
      {page.redirects.length > 0 && page.url !== undefined && (
        <div class="page-part">
          <h3>{tr('pageRedirects')}</h3>
          <p class="chain-line">
            {[...page.redirects.map((h) => h.status), page.status ?? '?'].join(' → ')}
          </p>
          <ol class="page-list">
            {page.redirects.map((hop, i) => (
              <li key={i}>
                {codeOf(hop.status)}
                {urlOf(hop.url)}
              </li>
            ))}
            <li>
              {page.status !== undefined && codeOf(page.status)}
              {urlOf(page.url)}
            </li>
          </ol>
        </div>
      )}
      {page.failedCount > 0 && (
        <div class="page-part">
          <h3>{tr('pageFailed', page.failedCount)}</h3>
          <ul class="failed-groups">{page.failed.map(groupOf)}</ul>
          {page.failedCount > listed && (
            <p class="more">{tr('moreRequests', page.failedCount - listed)}</p>
          )}
        </div>
      )}
    </section>
  );
}
