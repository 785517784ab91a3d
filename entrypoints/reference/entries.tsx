/**
 * One code of the reference page: a <details> whose summary names it and whose body explains it,
 * with a button beside it that copies the link to it.
 */
import type { ComponentChildren } from 'preact';
import type { StatusCode, StatusMeaning, VendorId } from '../../data/types.ts';
import { VENDORS } from '../../data/vendors.ts';
import { CodeBadge } from '../../components/CodeBadge.tsx';
import { CodeDetail, MeaningDetail } from '../../components/CodeDetail.tsx';
import { CopyButton } from '../../components/CopyButton.tsx';
import { InlineText } from '../../components/InlineText.tsx';
import { useLang, useT } from '../../components/lang.ts';

export const entryId = (code: number, vendor?: VendorId): string =>
  vendor ? `code-${code}-${vendor}` : `code-${code}`;

/** `…/reference.html#404`, or the entry's id for a vendor's meaning (`#code-499-nginx`). */
export function entryLink(code: number, vendor?: VendorId): string {
  const page = `${location.origin}${location.pathname}`;
  return `${page}#${vendor ? entryId(code, vendor) : code}`;
}

function EntrySummary({ meaning: m }: { meaning: StatusMeaning }) {
  const lang = useLang();
  return (
    <summary>
      <CodeBadge code={m.code} />
      <span class="entry-title">
        <span class="name">{m[lang].name}</span>
        {lang === 'ko' && (
          <span class="phrase" lang="en">
            {m.phrase}
          </span>
        )}
        {m.vendor && <span class="tag vendor">{VENDORS[m.vendor].name[lang]}</span>}
        <span class="entry-summary">
          <InlineText text={m[lang].summary} links={false} />
        </span>
      </span>
    </summary>
  );
}

interface EntryProps {
  readonly meaning: StatusMeaning;
  /** Set for a vendor's own entry: its link then names that meaning. */
  readonly vendor?: VendorId | undefined;
  readonly open: boolean;
  readonly children: ComponentChildren;
}

/** The copy-link button sits outside the <details>: a control inside <summary> is not allowed. */
function Entry({ meaning: m, vendor, open, children }: EntryProps) {
  const tr = useT();
  const lang = useLang();
  const name = `${m.code} ${m[lang].name}`;
  return (
    <div class="entry-row">
      <details id={entryId(m.code, vendor)} data-code={m.code} class="entry" open={open}>
        <EntrySummary meaning={m} />
        <div class="entry-body">{children}</div>
      </details>
      <CopyButton
        class="entry-link"
        text={entryLink(m.code, vendor)}
        label={tr('copyLink')}
        name={tr('copyLinkTo', name)}
        announce={tr('copyLinkDone', name)}
      />
    </div>
  );
}

export function CodeEntry({ entry, open }: { entry: StatusCode; open: boolean }) {
  return (
    <Entry meaning={entry.meanings[0]} open={open}>
      <CodeDetail entry={entry} headingLevel={3} />
    </Entry>
  );
}

export function VendorEntry({ meaning, open }: { meaning: StatusMeaning; open: boolean }) {
  return (
    <Entry meaning={meaning} vendor={meaning.vendor} open={open}>
      <MeaningDetail meaning={meaning} headingLevel={3} />
    </Entry>
  );
}
