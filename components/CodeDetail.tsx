/** Everything about one code: each meaning with its explanation, causes, fixes and references. */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { StatusCode, StatusMeaning } from '../data/types.ts';
import { VENDORS } from '../data/vendors.ts';
import type { MessageKey } from '../utils/i18n.ts';
import { CodeBadge } from './CodeBadge.tsx';
import { ConfusedWith } from './ConfusedWith.tsx';
import { CodeSnippets } from './CodeSnippets.tsx';
import { CopyActions } from './CopyActions.tsx';
import { HeaderName, InlineText } from './InlineText.tsx';
import { useLang, useT } from './lang.ts';
import { RETRY_KEY } from './retry.ts';
import { SeveralMeanings } from './SeveralMeanings.tsx';
import './detail.css';

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
        <li key={item}>
          <InlineText text={item} />
        </li>
      ))}
    </ul>
  );
}

export function MeaningDetail({
  meaning: m,
  headingLevel = 2,
  headingId,
}: {
  meaning: StatusMeaning;
  headingLevel?: 2 | 3;
  /** Set when jump links lead to this meaning: its heading then takes focus. */
  headingId?: string | undefined;
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
          <Heading
            class="meaning-name"
            id={headingId}
            tabIndex={headingId === undefined ? undefined : -1}
          >
            {text.name}
          </Heading>
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
      <CopyActions meaning={m} />
      <p class="tags">
        <StatusTag meaning={m} />
        <span class="tag">{m.cacheable ? tr('cacheable') : tr('notCacheable')}</span>
        <span class="tag">{tr(RETRY_KEY[m.retry])}</span>
      </p>
      <ConfusedWith meaning={m} />
      <p class="summary">
        <InlineText text={text.summary} />
      </p>
      <Section title={tr('sectionWhat')}>
        <p>
          <InlineText text={text.detail} />
        </p>
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
        <p>
          <InlineText text={text.retryNote} />
        </p>
      </Section>
      {m.headers.length > 0 && (
        <Section title={tr('sectionHeaders')}>
          <p class="headers">
            {m.headers.map((h) => (
              <HeaderName key={h} name={h} />
            ))}
          </p>
        </Section>
      )}
      {m.status !== 'non-standard' && <CodeSnippets code={m.code} />}
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
    </article>
  );
}

/** All meanings of a number, the registered one first, with links to each when there are several. */
export function CodeDetail({
  entry,
  headingLevel = 2,
}: {
  entry: StatusCode;
  headingLevel?: 2 | 3;
}) {
  const base = useId();
  const several = entry.meanings.length > 1;
  const ids = entry.meanings.map((_, i) => `${base}-meaning-${i}`);
  return (
    <div class="code-detail">
      {several && <SeveralMeanings meanings={entry.meanings} headingIds={ids} />}
      {entry.meanings.map((m, i) => (
        <MeaningDetail
          key={`${m.code}-${i}`}
          meaning={m}
          headingLevel={headingLevel}
          headingId={several ? ids[i] : undefined}
        />
      ))}
    </div>
  );
}
