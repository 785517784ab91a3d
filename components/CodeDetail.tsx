/** Everything about one code: each meaning with its explanation, causes, fixes and references. */
import type { ComponentChildren } from 'preact';
import type { RetryAdvice, StatusCode, StatusMeaning } from '../data/types.ts';
import { VENDORS } from '../data/vendors.ts';
import type { MessageKey } from '../utils/i18n.ts';
import { CodeBadge } from './CodeBadge.tsx';
import { CopyButton } from './CopyButton.tsx';
import { useLang, useT } from './lang.ts';

const RETRY: Record<RetryAdvice, MessageKey> = {
  'not-needed': 'retryNotNeeded',
  follow: 'retryFollow',
  'after-change': 'retryAfterChange',
  'after-delay': 'retryAfterDelay',
  'idempotent-only': 'retryIdempotentOnly',
  never: 'retryNever',
};

export function StatusTag({ meaning }: { meaning: StatusMeaning }) {
  const tr = useT();
  const lang = useLang();
  const s = meaning.status;
  if (s === 'non-standard') {
    const vendor = meaning.vendor ? VENDORS[meaning.vendor].name[lang] : '';
    return <span class="tag vendor">{tr('statusNonStandard', vendor)}</span>;
  }
  const key: MessageKey =
    s === 'permanent'
      ? 'statusPermanent'
      : s === 'temporary'
        ? 'statusTemporary'
        : s === 'unused'
          ? 'statusUnused'
          : s === 'deprecated'
            ? 'statusDeprecated'
            : 'statusObsoleted';
  return <span class={`tag status-${s}`}>{tr(key)}</span>;
}

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="detail-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function List({ items }: { items: readonly string[] | undefined }) {
  if (!items || items.length === 0) return null;
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function MeaningDetail({
  meaning: m,
  headingLevel = 2,
}: {
  meaning: StatusMeaning;
  headingLevel?: 2 | 3;
}) {
  const tr = useT();
  const lang = useLang();
  const text = m[lang];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const spec = `${m.spec.title}${m.spec.section ? ` §${m.spec.section}` : ''}`;
  return (
    <article class="meaning" lang={lang}>
      <header class="meaning-head">
        <CodeBadge code={m.code} size="large" />
        <div>
          <Heading class="meaning-name">{text.name}</Heading>
          {lang === 'ko' && (
            <p class="meaning-phrase" lang="en">
              {m.phrase}
            </p>
          )}
          {m.formerPhrases && m.formerPhrases.length > 0 && (
            <p class="former" lang="en">
              {m.formerPhrases.join(' · ')}
            </p>
          )}
        </div>
      </header>
      <p class="tags">
        <StatusTag meaning={m} />
        <span class="tag">{m.cacheable ? tr('cacheable') : tr('notCacheable')}</span>
        <span class="tag">{tr(RETRY[m.retry])}</span>
      </p>
      <p class="summary">{text.summary}</p>
      <Section title={tr('sectionWhat')}>
        <p>{text.detail}</p>
      </Section>
      {text.causes && (
        <Section title={tr('sectionCauses')}>
          <List items={text.causes} />
        </Section>
      )}
      {text.clientFixes && (
        <Section title={tr('sectionClientFixes')}>
          <List items={text.clientFixes} />
        </Section>
      )}
      {text.serverFixes && (
        <Section title={tr('sectionServerFixes')}>
          <List items={text.serverFixes} />
        </Section>
      )}
      <Section title={tr('sectionRetry')}>
        <p>{text.retryNote}</p>
      </Section>
      {m.headers.length > 0 && (
        <Section title={tr('sectionHeaders')}>
          <p class="headers">
            {m.headers.map((h) => (
              <code key={h}>{h}</code>
            ))}
          </p>
        </Section>
      )}
      <Section title={tr('sectionSpec')}>
        <p class="links">
          <a href={m.spec.url} target="_blank" rel="noreferrer">
            {spec}
          </a>
          {m.mdn && (
            <a href={m.mdn} target="_blank" rel="noreferrer">
              {tr('mdn')}
            </a>
          )}
        </p>
      </Section>
      <p class="copy-row">
        <CopyButton text={String(m.code)} />
        <CopyButton text={`${m.code} ${m.phrase}`} />
      </p>
    </article>
  );
}

/** All meanings of a number, the registered one first. */
export function CodeDetail({
  entry,
  headingLevel = 2,
}: {
  entry: StatusCode;
  headingLevel?: 2 | 3;
}) {
  const tr = useT();
  const count = entry.meanings.length;
  return (
    <div class="code-detail">
      {count > 1 && <p class="several">{tr('severalMeanings', count)}</p>}
      {entry.meanings.map((m, i) => (
        <MeaningDetail key={`${m.code}-${i}`} meaning={m} headingLevel={headingLevel} />
      ))}
    </div>
  );
}
