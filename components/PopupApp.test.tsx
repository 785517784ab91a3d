// @vitest-environment happy-dom
/** The popup's keyboard flow when the background is slow to answer. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { getStatusCode, STATUS_CODES } from '../data/index.ts';
import type { StatusCode } from '../data/types.ts';
import type { DataApi } from '../utils/client.ts';
import type { SearchResponse } from '../utils/protocol.ts';
import { createSearchIndex } from '../utils/search.ts';
import { DEFAULT_SETTINGS } from '../utils/settings.ts';
import { LangContext } from './lang.ts';
import { PopupApp } from './PopupApp.tsx';

const index = createSearchIndex(STATUS_CODES);
const answer = (query: string, limit?: number): SearchResponse => {
  const { parsed, hits } = index.search(query, limit);
  return { parsed, hits: hits.map((h) => ({ ...h, entry: getStatusCode(h.code) as StatusCode })) };
};

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});
const settle = async () => {
  for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
};

it('Enter pressed before the answer to what was typed opens the result once it comes', async () => {
  let release: (() => void) | undefined;
  const api: DataApi = {
    search: async (query, limit) =>
      query === '404'
        ? new Promise((resolve) => {
            release = () => resolve(answer(query, limit));
          })
        : answer(query, limit),
    getCodes: async (codes) => codes.flatMap((c) => getStatusCode(c) ?? []),
    listCodes: async () => [...STATUS_CODES],
  };
  await act(() =>
    render(
      <LangContext.Provider value="en">
        <PopupApp
          env={{
            api,
            settings: DEFAULT_SETTINGS,
            saveSettings: async (change) => ({ ...DEFAULT_SETTINGS, ...change }),
            host: undefined,
            loadRecent: async () => [],
            saveRecent: async () => undefined,
            referenceUrl: (hash) => `reference.html${hash}`,
            close: () => undefined,
          }}
        />
      </LangContext.Provider>,
      root,
    ),
  );
  await settle();
  const input = root.querySelector('input[role="combobox"]') as HTMLInputElement;
  await act(() => {
    input.value = '404';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
  await settle();
  expect(root.querySelector('.detail-view')).toBeNull();
  release?.();
  await settle();
  expect(root.querySelector('.detail-view h2')?.textContent).toBe('Not Found');
});
