// @vitest-environment happy-dom
/** The popup's keyboard flow when the background is slow to answer. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, it } from 'vitest';
import { getStatusCode } from '../../data/index.ts';
import { LangContext } from '../../components/lang.ts';
import {
  memoryApi,
  popupEnv,
  renderTarget,
  searchResponse,
  settle,
} from '../../components/test-dom.tsx';
import { PopupApp } from './App.tsx';

const target = renderTarget();

it('Enter pressed before the answer to what was typed opens the result once it comes', async () => {
  let release: (() => void) | undefined;
  const api = memoryApi({
    search: async (query, limit) =>
      query === '404'
        ? new Promise((resolve) => {
            release = () => resolve(searchResponse(query, limit));
          })
        : searchResponse(query, limit),
  });
  await act(() =>
    render(
      <LangContext.Provider value="en">
        <PopupApp env={popupEnv({ api })} />
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

it('renders what was preloaded in its first render, and asks only for what is missing', async () => {
  const asked: number[][] = [];
  const api = memoryApi({
    getCodes: async (codes) => {
      asked.push([...codes]);
      return codes.flatMap((c) => getStatusCode(c) ?? []);
    },
  });
  const entries = [200, 404, 418].flatMap((c) => getStatusCode(c) ?? []);
  render(
    <LangContext.Provider value="en">
      <PopupApp
        env={popupEnv({
          api,
          loadRecent: async () => [418],
          preloaded: { recent: [418], entries, page: null },
        })}
      />
    </LangContext.Provider>,
    target.el,
  );
  // Synchronously, before any effect or answer.
  expect([...target.el.querySelectorAll('[role="option"]')].map((o) => o.id)).toEqual([
    'result-200-0',
    'result-404-0',
  ]);
  expect(target.el.querySelector('.recent-row')?.textContent).toContain('418');
  await settle();
  expect(asked.flat()).not.toContain(404);
  expect(asked.flat()).toContain(500);
  expect(target.el.querySelectorAll('[role="option"]').length).toBeGreaterThan(2);
});
