/**
 * The "this page" section's pieces: a code as a button to its detail, a request's method and
 * kind, and the failed requests, the first few shown and the rest behind a disclosure.
 */
import type { ComponentChild } from 'preact';
import { useId, useState } from 'preact/hooks';
import { colourClass } from '../../components/CodeBadge.tsx';
import { useT } from '../../components/lang.ts';
import type { MessageKey } from '../../utils/i18n.ts';
import type { FailedGroup, PageStatus } from '../../utils/background/tab-record.ts';
import type { RequestKind } from '../../utils/background/tab-request.ts';

/** Failed requests shown before the list is expanded. */
export const FEW_FAILED = 5;

/** A status code coloured by its class that opens its detail: it looks and acts as a button. */
export function CodeButton(props: { code: number; label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      class={`code-badge ${colourClass(props.code)} page-code`}
      aria-label={props.label}
      title={props.label}
      onClick={props.onClick}
    >
      {props.code}
      <svg class="page-code-chevron" viewBox="0 0 8 12" aria-hidden="true">
        <path d="M2 2l4 4-4 4" fill="none" stroke="currentColor" stroke-width="1.8" />
      </svg>
    </button>
  );
}

const KIND_KEYS: Readonly<Record<RequestKind, MessageKey>> = {
  document: 'kindDocument',
  script: 'kindScript',
  stylesheet: 'kindStylesheet',
  image: 'kindImage',
  font: 'kindFont',
  fetch: 'kindFetch',
  media: 'kindMedia',
  other: 'kindOther',
};

/** How a request was made: its method (never translated) and the kind of what it asked for. */
export function RequestTags({
  method,
  type,
}: {
  method?: string | undefined;
  type?: RequestKind | undefined;
}) {
  const tr = useT();
  return (
    <>
      {method !== undefined && (
        <span class="req-method" title={tr('requestMethodTitle')}>
          {method}
        </span>
      )}
      {type !== undefined && (
        <span class="req-type" title={tr('requestKindTitle')}>
          {tr(KIND_KEYS[type])}
        </span>
      )}
    </>
  );
}

interface Props {
  readonly page: PageStatus;
  readonly codeOf: (code: number) => ComponentChild;
  readonly name: (code: number) => string;
  readonly urlOf: (url: string) => ComponentChild;
}

/** How many rows of each group show when at most `limit` rows do. */
function rowsShown(groups: readonly FailedGroup[], limit: number): number[] {
  let left = limit;
  return groups.map((g) => {
    const shown = Math.min(g.urls.length, left);
    left -= shown;
    return shown;
  });
}

const sum = <T,>(items: readonly T[], of: (item: T) => number) =>
  items.reduce((n, item) => n + of(item), 0);

export function FailedRequests({ page, codeOf, name, urlOf }: Props) {
  const tr = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const foldable = sum(page.failed, (g) => g.urls.length) > FEW_FAILED;
  const whole = open || !foldable;
  const shown = rowsShown(page.failed, whole ? Infinity : FEW_FAILED);
  // Requests, not rows: a row stands for every request to its URL.
  const hidden = sum(
    page.failed.map((g, i) => g.urls.slice(shown[i])),
    (urls) => sum(urls, (u) => u.count),
  );
  const requests = (count: number) => (count === 1 ? tr('requestsOne') : tr('requestsMany', count));

  const groupOf = (group: FailedGroup, rows: number) => {
    const recorded = sum(group.urls, (u) => u.count);
    return (
      <li key={group.code} class="failed-group">
        <div class="failed-head">
          {codeOf(group.code)}
          <span class="name">{name(group.code)}</span>
          <span class="count">{requests(group.count)}</span>
        </div>
        <ul class="page-list">
          {group.urls.slice(0, rows).map((u) => (
            <li key={`${u.method} ${u.type} ${u.url}`} class="failed-request">
              <RequestTags {...u} />
              {urlOf(u.url)}
              {u.count > 1 && <span class="count">×{u.count}</span>}
            </li>
          ))}
        </ul>
        {rows === group.urls.length && group.count > recorded && (
          <p class="more">{tr('moreRequests', group.count - recorded)}</p>
        )}
      </li>
    );
  };

  const listed = sum(page.failed, (g) => g.count);
  return (
    <div class="page-part">
      <h3>{tr('pageFailed', page.failedCount)}</h3>
      <ul class="failed-groups" id={id}>
        {page.failed.map((g, i) => (whole || (shown[i] ?? 0) > 0) && groupOf(g, shown[i] ?? 0))}
      </ul>
      {foldable && (
        <button
          type="button"
          class="failed-toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          <svg class="failed-toggle-icon" viewBox="0 0 12 8" aria-hidden="true">
            <path d="M2 2l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.8" />
          </svg>
          {open ? tr('showFewerFailed') : tr('showMoreFailed', hidden)}
        </button>
      )}
      {whole && page.failedCount > listed && (
        <p class="more">{tr('moreRequests', page.failedCount - listed)}</p>
      )}
    </div>
  );
}
