/**
 * Shared by the component tests: a fresh element to render into for each test, a way to let
 * Preact effects and pending promises settle, search answers from the real index, the data API
 * built on them, and a clipboard that records what is written to it.
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';
import { getStatusCode, STATUS_CODES } from '../data/index.ts';
import type { Lang, StatusCode } from '../data/types.ts';
import type { DataApi } from './client.ts';
import { LangContext } from './lang.ts';
import type { SearchResponse } from '../utils/protocol.ts';
import { createSearchIndex } from '../utils/search/search.ts';

export interface RenderTarget {
  /** A new element in the document for each test, emptied after it. */
  readonly el: HTMLElement;
  /** Renders `node` into `el` in the language `lang`, and lets it settle. */
  show(lang: Lang, node: ComponentChild): Promise<void>;
}

export function renderTarget(): RenderTarget {
  let el = document.createElement('div');
  beforeEach(() => {
    el = document.createElement('div');
    document.body.append(el);
  });
  afterEach(() => {
    render(null, el);
    el.remove();
  });
  return {
    get el() {
      return el;
    },
    async show(lang, node) {
      await act(() => render(<LangContext.Provider value={lang}>{node}</LangContext.Provider>, el));
      await settle();
    },
  };
}

/** What the tests' clipboard was given, in order; emptied before each test. */
export function recordClipboard(): readonly string[] {
  const written: string[] = [];
  beforeEach(() => {
    written.length = 0;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
  });
  return written;
}

export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

const index = createSearchIndex(STATUS_CODES);

/** What the background answers to a search, computed in memory. */
export function searchResponse(query: string, limit?: number): SearchResponse {
  const { parsed, hits } = index.search(query, limit);
  return { parsed, hits: hits.map((h) => ({ ...h, entry: getStatusCode(h.code) as StatusCode })) };
}

/** The background's data API, answered in memory from the dataset; `more` replaces methods. */
export function memoryApi(more: Partial<DataApi> = {}): DataApi {
  return {
    search: async (query, limit) => searchResponse(query, limit),
    getCodes: async (codes) => codes.flatMap((c) => getStatusCode(c) ?? []),
    listCodes: async () => [...STATUS_CODES],
    tabStatus: async () => null,
    ...more,
  };
}
