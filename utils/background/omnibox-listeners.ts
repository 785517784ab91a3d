/** Wires the omnibox keyword to the search index: suggestions while typing, a tab on Enter. */
import type { Lang } from '../../data/types.ts';
import { getStatusCode } from '../../data/index.ts';
import {
  defaultLine,
  openAction,
  referenceTarget,
  suggest,
  type Disposition,
  type OmniboxFlavor,
  type OmniboxHit,
  type Suggestion,
} from './omnibox.ts';
import type { SearchIndex } from '../search/search.ts';

export interface OmniboxApi {
  setDefaultSuggestion(s: { description: string }): void;
  onInputStarted: { addListener(cb: () => void): void };
  onInputChanged: {
    addListener(cb: (text: string, suggest: (s: Suggestion[]) => void) => void): void;
  };
  onInputEntered: { addListener(cb: (text: string, disposition: Disposition) => void): void };
}

export interface TabsApi {
  update(props: { url: string }): Promise<unknown>;
  create(props: { url: string; active: boolean }): Promise<unknown>;
}

export interface OmniboxDeps {
  readonly omnibox: OmniboxApi;
  readonly tabs: TabsApi;
  readonly index: SearchIndex;
  readonly flavor: OmniboxFlavor;
  readonly language: () => Lang;
  readonly referenceUrl: string;
}

export function registerOmnibox({
  omnibox,
  tabs,
  index,
  flavor,
  language,
  referenceUrl,
}: OmniboxDeps): void {
  const hitsFor = (text: string): OmniboxHit[] =>
    index.search(text, 12).hits.flatMap((h) => {
      const entry = getStatusCode(h.code);
      return entry ? [{ entry, meaning: h.meaning }] : [];
    });

  omnibox.onInputStarted.addListener(() => {
    index.prepare();
    omnibox.setDefaultSuggestion({ description: defaultLine([], language(), '', flavor) });
  });
  omnibox.onInputChanged.addListener((text, send) => {
    const lang = language();
    const hits = hitsFor(text);
    omnibox.setDefaultSuggestion({ description: defaultLine(hits, lang, text, flavor) });
    send(suggest(hits, lang, text, flavor));
  });
  omnibox.onInputEntered.addListener((text, disposition) => {
    const url = `${referenceUrl}${referenceTarget(text)}`;
    const action = openAction(disposition);
    void (action.kind === 'update'
      ? tabs.update({ url })
      : tabs.create({ url, active: action.active }));
  });
}
