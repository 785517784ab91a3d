/**
 * A comparison as a table: one column per code, one row per aspect (meaning, whose move, the
 * method on a redirect, cached by default, retry, who sends it), then "which one" in a
 * sentence per code and the sources. Codes go across so that two to five of them fit a popup.
 */
import type { Comparison, Fault, RedirectMethod, Sender } from '../data/guide/types.ts';
import type { ComparedCode } from '../utils/compare/compare.ts';
import type { MessageKey } from '../utils/i18n.ts';
import { CodeBadge } from './CodeBadge.tsx';
import { InlineText } from './InlineText.tsx';
import { useLang, useT } from './lang.ts';
import { RETRY_KEY } from './retry.ts';
import './comparison.css';

const FAULT: Record<Fault, MessageKey> = {
  none: 'faultNone',
  client: 'faultClient',
  server: 'faultServer',
  upstream: 'faultUpstream',
  'client-gone': 'faultClientGone',
};
const METHOD: Record<RedirectMethod, MessageKey> = {
  kept: 'methodKept',
  'post-may-become-get': 'methodPostMayBecomeGet',
  'becomes-get': 'methodBecomesGet',
};
const SENDER: Record<Sender, MessageKey> = {
  app: 'senderApp',
  'web-server': 'senderWebServer',
  proxy: 'senderProxy',
  'load-balancer': 'senderLoadBalancer',
  cdn: 'senderCdn',
  browser: 'senderBrowser',
};

interface Props {
  readonly columns: readonly ComparedCode[];
  readonly comparison: Comparison | undefined;
  readonly headingLevel: 2 | 3;
  readonly headingId?: string;
}

export function ComparisonTable({ columns, comparison, headingLevel, headingId }: Props) {
  const tr = useT();
  const lang = useLang();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const codes = columns.map((c) => c.code).join(' · ');
  const aspect = (key: MessageKey, cell: (c: ComparedCode) => string) => (
    <tr>
      <th scope="row">{tr(key)}</th>
      {columns.map((c) => (
        <td key={c.code}>
          <InlineText text={cell(c)} />
        </td>
      ))}
    </tr>
  );
  const written = columns.filter((c) => c.text !== undefined);
  return (
    <section class="comparison" lang={lang} aria-labelledby={headingId}>
      <Heading id={headingId} tabIndex={headingId === undefined ? undefined : -1}>
        {comparison ? comparison[lang].title : tr('compareHeading', codes)}
      </Heading>
      <p class="comparison-summary">
        <InlineText text={comparison ? comparison[lang].summary : tr('compareUnwritten')} />
      </p>
      <div
        class="comparison-scroll"
        // Scrolls sideways when five codes do not fit: focusable, so the keyboard can scroll it.
        // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="region"
        aria-label={tr('compareTableLabel', codes)}
      >
        <table>
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">{tr('compareAspect')}</span>
              </th>
              {columns.map((c) => (
                <th key={c.code} scope="col">
                  <CodeBadge code={c.code} />
                  <span class="comparison-name">{c.meaning[lang].name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {aspect('compareMeaning', (c) => c.text?.meaning ?? c.meaning[lang].summary)}
            {aspect('compareFault', (c) => tr(FAULT[c.fault]))}
            {columns.some((c) => c.method) &&
              aspect('compareMethod', (c) => (c.method ? tr(METHOD[c.method]) : '—'))}
            {aspect('compareCache', (c) => tr(c.meaning.cacheable ? 'yes' : 'no'))}
            {aspect('compareRetry', (c) => tr(RETRY_KEY[c.meaning.retry]))}
            {columns.some((c) => c.senders) &&
              aspect('compareSenders', (c) =>
                (c.senders ?? []).map((s) => tr(SENDER[s])).join(', '),
              )}
          </tbody>
        </table>
      </div>
      {written.length > 0 && <UseWhen columns={written} level={headingLevel} />}
      {comparison && <Sources comparison={comparison} />}
    </section>
  );
}

function UseWhen({ columns, level }: { columns: readonly ComparedCode[]; level: 2 | 3 }) {
  const tr = useT();
  const Heading = level === 2 ? 'h3' : 'h4';
  return (
    <>
      <Heading>{tr('compareUseWhen')}</Heading>
      <ul class="comparison-use">
        {columns.map((c) => (
          <li key={c.code}>
            <CodeBadge code={c.code} /> <InlineText text={c.text?.useWhen ?? ''} />
          </li>
        ))}
      </ul>
    </>
  );
}

function Sources({ comparison }: { comparison: Comparison }) {
  const tr = useT();
  return (
    <p class="comparison-sources">
      <span>{tr('compareSources')}: </span>
      {comparison.sources.map((s) => (
        <a key={s.url} href={s.url} target="_blank" rel="noreferrer">
          {s.title}
          {s.section ? ` §${s.section}` : ''}
        </a>
      ))}
    </p>
  );
}
