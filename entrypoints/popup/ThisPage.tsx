/**
 * The popup's "this page" section: the status of the page in the tab, with its name and
 * summary, the redirects that led to it (with a copy of the chain), and the requests on it that
 * failed, grouped by code, each with its method and kind. Each known code opens its detail.
 */
import type { Lang, StatusCode } from '../../data/types.ts';
import { chainText, shortUrl } from '../../utils/background/badge.ts';
import type { PageStatus } from '../../utils/background/tab-record.ts';
import { classKey, classOf } from '../../utils/status-class.ts';
import { colourClass } from '../../components/CodeBadge.tsx';
import { CopyButton } from '../../components/CopyButton.tsx';
import { useLang, useT } from '../../components/lang.ts';
import { CodeButton, FailedRequests, RequestTags } from './FailedRequests.tsx';

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
    if (!entry) return <span class={`code-badge ${colourClass(code)}`}>{code}</span>;
    const label = tr('explainCode', `${code} ${name(code)}`);
    return <CodeButton code={code} label={label} onClick={() => onPick(entry)} />;
  };
  const urlOf = (url: string) => (
    <span class="page-url" title={url} dir="ltr">
      {shortUrl(url, page.url)}
    </span>
  );

  const summary =
    page.status === undefined ? undefined : entries.get(page.status)?.meanings[0]?.[lang].summary;
  // Methods show in the chain only when one tells something (a form's POST answered 303).
  const methods = [...page.redirects, page].some(
    (s) => s.method !== undefined && s.method !== 'GET',
  );
  const step = (status: number | undefined, url: string, method: string | undefined) => (
    <>
      {status !== undefined && codeOf(status)}
      {methods && <RequestTags method={method} />}
      {urlOf(url)}
    </>
  );
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
          <div class="page-part-head">
            <h3>{tr('pageRedirects')}</h3>
            <CopyButton
              text={chainText(page)}
              label={tr('copyChain')}
              name={tr('copyChainName')}
              announce={tr('copyChainDone')}
              class="chain-copy"
            />
          </div>
          <p class="chain-line">
            {[...page.redirects.map((h) => h.status), page.status ?? '?'].join(' → ')}
          </p>
          <ol class="page-list">
            {page.redirects.map((hop, i) => (
              <li key={i}>{step(hop.status, hop.url, hop.method)}</li>
            ))}
            <li>{step(page.status, page.url, page.method)}</li>
          </ol>
        </div>
      )}
      {page.failedCount > 0 && (
        <FailedRequests page={page} codeOf={codeOf} name={name} urlOf={urlOf} />
      )}
    </section>
  );
}
