/**
 * Address-bar suggestions for the keyword `http`, as pure functions: what each line says (the
 * match marked where the browser reads markup: Chrome) and where Enter goes.
 */
import type { Browser } from 'wxt/browser';
import { plainText } from '../../data/markup.ts';
import type { Lang, StatusCode } from '../../data/types.ts';
import { VENDORS } from '../../data/vendors.ts';
import { comparisonHash } from '../compare/compare.ts';
import { t } from '../i18n.ts';
import { MAX_QUERY } from '../protocol.ts';
import { normalize, parseQuery, type ParsedQuery } from '../search/query.ts';
import type { OpenAction } from './reference-page.ts';

/** Chrome renders `<match>`/`<dim>` markup in descriptions; Firefox shows plain text. */
export type OmniboxFlavor = 'markup' | 'plain';

export type Suggestion = Browser.omnibox.SuggestResult;

export interface OmniboxHit {
  readonly entry: StatusCode;
  readonly meaning: number;
}

// Everything but XML 1.0's characters: Chrome rejects an omnibox line holding one (U+0001,
// U+FFFE), and a lone surrogate (which a `u` pattern sees as one) makes encodeURIComponent throw.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Typed or selected text fit to search for: XML's characters only, at most MAX_QUERY long. */
export function cleanQuery(text: string): string {
  const query = text.replace(NOT_XML, '').slice(0, MAX_QUERY);
  // Never cut a character in half.
  return /[\uD800-\uDBFF]$/u.test(query) ? query.slice(0, -1) : query;
}

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/gu,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`,
  );
}

/** One line: `404 Not Found — 찾을 수 없음: summary` (Korean) or `404 Not Found: summary`. */
export function describeHit(
  hit: OmniboxHit,
  lang: Lang,
  query: string,
  flavor: OmniboxFlavor,
): string {
  const m = hit.entry.meanings[hit.meaning] ?? hit.entry.meanings[0];
  const vendor = m.vendor ? ` (${VENDORS[m.vendor].name[lang]})` : '';
  const title = `${m.code} ${m.phrase}${lang === 'ko' ? ` — ${m.ko.name}` : ''}${vendor}`;
  const summary = plainText(m[lang].summary);
  if (flavor === 'plain') return `${title}: ${summary}`;
  return `${markMatches(title, query)}: <dim>${escapeXml(summary)}</dim>`;
}

/** Escapes the text and wraps the parts the query matched in `<match>`. */
export function markMatches(text: string, query: string): string {
  const parsed = parseQuery(query);
  const needles =
    parsed.kind === 'code'
      ? [String(parsed.code)]
      : parsed.kind === 'compare'
        ? parsed.codes.map(String)
        : parsed.kind === 'prefix'
          ? [parsed.prefix]
          : parsed.kind === 'text'
            ? normalize(query)
                .split(' ')
                .filter((w) => w.length > 0)
            : [];
  const lower = text.toLowerCase();
  const marked: boolean[] = Array.from({ length: text.length }, () => false);
  for (const needle of needles) {
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      // Numbers are marked only where a code starts, so `40` marks the `40` of `404`, once.
      if (parsed.kind !== 'text' && at !== 0) break;
      marked.fill(true, at, at + needle.length);
    }
  }
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const opens = marked[i] && !marked[i - 1];
    const closes = marked[i] && !marked[i + 1];
    out += `${opens ? '<match>' : ''}${escapeXml(text[i] as string)}${closes ? '</match>' : ''}`;
  }
  return out;
}

/** The suggestions for a query: one line per code, best first. */
export function suggest(
  hits: readonly OmniboxHit[],
  lang: Lang,
  query: string,
  flavor: OmniboxFlavor,
  limit = 6,
): Suggestion[] {
  const seen = new Set<number>();
  const lines: Suggestion[] = [];
  for (const hit of hits) {
    if (seen.has(hit.entry.code) || lines.length >= limit) continue;
    seen.add(hit.entry.code);
    const m = hit.entry.meanings[hit.meaning] ?? hit.entry.meanings[0];
    lines.push({
      content: `${m.code} ${m.phrase}`,
      description: describeHit(hit, lang, query, flavor),
    });
  }
  return lines;
}

/** The line shown above the suggestions when the typed text alone is the best answer. */
export function defaultLine(
  hits: readonly OmniboxHit[],
  lang: Lang,
  query: string,
  flavor: OmniboxFlavor,
  /** How the search read the query (`unauthorized vs forbidden` compares). */
  parsed: ParsedQuery = parseQuery(query),
): string {
  const plain =
    parsed.kind === 'empty'
      ? t(lang, 'omniboxDefault')
      : parsed.kind === 'compare'
        ? t(lang, 'omniboxCompare', parsed.codes.join(' · '))
        : parsed.kind === 'code' && hits.length === 0
          ? t(lang, 'omniboxUnknownCode', parsed.code)
          : hits.length === 0
            ? t(lang, 'omniboxNoMatch', query.trim())
            : t(lang, 'omniboxDefault');
  return flavor === 'markup' ? escapeXml(plain) : plain;
}

/**
 * Where Enter goes: a code opens at that code (even an unregistered one), codes compared at
 * their comparison; text is searched.
 */
export function referenceTarget(text: string, parsed: ParsedQuery = parseQuery(text)): string {
  if (parsed.kind === 'code') return `#${parsed.code}`;
  if (parsed.kind === 'compare') return `#${comparisonHash(parsed.codes)}`;
  if (parsed.kind === 'empty') return '';
  return `?q=${encodeURIComponent(text.trim())}`;
}

export type Disposition = `${Browser.omnibox.OnInputEnteredDisposition}`;

/** How to open a URL for an omnibox disposition. */
export function openAction(disposition: Disposition): OpenAction {
  if (disposition === 'currentTab') return { kind: 'update' };
  return { kind: 'create', active: disposition === 'newForegroundTab' };
}
