// @vitest-environment happy-dom
/** The popup's keyboard flow when the background is slow to answer. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, it } from 'vitest';
import { getStatusCode, STATUS_CODES } from '../data/index.ts';
import type { DataApi } from '../utils/client.ts';
import { DEFAULT_SETTINGS } from '../utils/settings.ts';
import { LangContext } from './lang.ts';
import { renderTarget, searchResponse, settle } from './test-dom.tsx';
import { PopupApp } from './PopupApp.tsx';

const target = renderTarget();

it('Enter pressed before the answer to what was typed opens the result once it comes', async () => {
  let release: (() => void) | undefined;
  const api: DataApi = {
    search: async (query, limit) =>
      query === '404'
        ? new Promise((resolve) => {
            release = () => resolve(searchResponse(query, limit));
          })
        : searchResponse(query, limit),
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
      target.el,
    ),
  );
  await settle();
  const input = target.el.querySelector('input[role="combobox"]') as HTMLInputElement;
  await act(() => {
    input.value = '404';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
  await settle();
  expect(target.el.querySelector('.detail-view')).toBeNull();
  release?.();
  await settle();
  expect(target.el.querySelector('.detail-view h2')?.textContent).toBe('Not Found');
});
