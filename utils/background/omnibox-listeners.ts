/** Wires the omnibox keyword to the search index: suggestions while typing, a tab on Enter. */
import type { browser } from 'wxt/browser';
import type { Lang } from '../../data/types.ts';
import { getStatusCode } from '../../data/index.ts';
import type { SearchIndex, SearchResult } from '../search/search.ts';
import { listen } from '../listen.ts';
import {
  cleanQuery,
  defaultLine,
  openAction,
  referenceTarget,
  suggest,
  type OmniboxFlavor,
  type OmniboxHit,
} from './omnibox.ts';
import type { ReferencePage } from './reference-page.ts';

export interface OmniboxDeps {
  readonly omnibox: Pick<
    typeof browser.omnibox,
    'setDefaultSuggestion' | 'onInputStarted' | 'onInputChanged' | 'onInputEntered'
  >;
  readonly index: SearchIndex;
  readonly reference: Pick<ReferencePage, 'open'>;
  readonly flavor: OmniboxFlavor;
  readonly settings: { language(): Lang };
}

/** The search's hits with their entries. */
const hitsFor = (result: SearchResult): OmniboxHit[] =>
  result.hits.flatMap((h) => {
    const entry = getStatusCode(h.code);
    return entry ? [{ entry, meaning: h.meaning }] : [];
  });

export function listenToOmnibox(
  { omnibox, index, reference, flavor, settings }: OmniboxDeps,
  signal: AbortSignal,
): void {
  const setDefault = (description: string) => void omnibox.setDefaultSuggestion({ description });

  listen(omnibox.onInputStarted, signal, () => {
    index.prepare();
    setDefault(defaultLine([], settings.language(), '', flavor));
  });
  // The address bar takes text of any length and any character: both are made fit first.
  listen(omnibox.onInputChanged, signal, (typed, send) => {
    const lang = settings.language();
    const text = cleanQuery(typed);
    const result = index.search(text, 12);
    const hits = hitsFor(result);
    setDefault(defaultLine(hits, lang, text, flavor, result.parsed));
    send(suggest(hits, lang, text, flavor));
  });
  listen(omnibox.onInputEntered, signal, (typed, disposition) => {
    const text = cleanQuery(typed);
    const target = referenceTarget(text, index.search(text, 1).parsed);
    void reference.open(target, openAction(disposition));
  });
}
