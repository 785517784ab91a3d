/** One code of the reference page: a <details> whose summary names it and whose body explains it. */
import type { StatusCode, StatusMeaning, VendorId } from '../../data/types.ts';
import { VENDORS } from '../../data/vendors.ts';
import { CodeBadge } from '../../components/CodeBadge.tsx';
import { CodeDetail, MeaningDetail } from '../../components/CodeDetail.tsx';
import { useLang } from '../../components/lang.ts';

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

export function CodeEntry({ entry, open }: { entry: StatusCode; open: boolean }) {
  return (
    <details id={entryId(entry.code)} data-code={entry.code} class="entry" open={open}>
      <EntrySummary meaning={entry.meanings[0]} />
      <div class="entry-body">
        <CodeDetail entry={entry} headingLevel={3} />
      </div>
    </details>
  );
}

export function VendorEntry({ meaning, open }: { meaning: StatusMeaning; open: boolean }) {
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
