/**
 * Shared by the component tests: a fresh element to render into for each test, a way to let
 * Preact effects and pending promises settle, search answers from the real index, and the
 * data API built on them.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';
import { getStatusCode, STATUS_CODES } from '../data/index.ts';
import type { StatusCode } from '../data/types.ts';
import type { DataApi } from './client.ts';
import type { SearchResponse } from '../utils/protocol.ts';
import { createSearchIndex } from '../utils/search/search.ts';

/** `target.el` is a new element in the document for each test, emptied after it. */
export function renderTarget(): { readonly el: HTMLElement } {
  const target = { el: document.createElement('div') };
  beforeEach(() => {
    target.el = document.createElement('div');
    document.body.append(target.el);
  });
  afterEach(() => {
    render(null, target.el);
    target.el.remove();
  });
  return target;
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
