// @vitest-environment happy-dom
/** The popup: searching with the keyboard, in both languages, and when the background is slow. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { getStatusCode } from '../../data/index.ts';
import { LangContext } from '../../components/lang.ts';
import { memoryApi, renderTarget, searchResponse, settle } from '../../components/test-dom.tsx';
import { COMMON_CODES } from '../../utils/search/recent.ts';
import { PopupApp } from './App.tsx';
import type { PopupData } from './model.ts';
import { NO_DATA, popupModel } from './test-model.ts';

const target = renderTarget();
const { show } = target;

describe.each(['en', 'ko'] as const)('in %s', (lang) => {
  const ko = lang === 'ko';

  it('searches as you type and opens the detail with Enter', async () => {
    await show(lang, <PopupApp model={popupModel({ host: 'example.com' })} api={memoryApi()} />);
    const input = target.el.querySelector('input[role="combobox"]') as HTMLInputElement;
    expect(input.getAttribute('aria-label')).toBe(ko ? '상태 코드 검색' : 'Search status codes');
    const site = target.el.querySelector('input[role="switch"]');
    expect(site?.getAttribute('aria-label')).toBe(
      ko ? 'example.com에서 상태 코드 강조 표시' : 'Highlight codes on example.com',
    );
    await act(() => {
      input.value = ko ? '너무 많은' : 'too many';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle();
    const first = target.el.querySelector('[role="option"]');
    expect(first?.textContent).toContain('429');
    expect(input.getAttribute('aria-activedescendant')).toBe(first?.id);
    await act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await settle();
    expect(target.el.querySelector('h2')?.textContent).toBe(
      ko ? '요청이 너무 많음' : 'Too Many Requests',
    );
  });
});

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
        <PopupApp model={popupModel()} api={api} />
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
      <PopupApp model={popupModel({ data: { recent: [418], entries } })} api={api} />
    </LangContext.Provider>,
    target.el,
  );
  // Synchronously, before any effect or answer: the recent lookups first, then the common codes.
  expect([...target.el.querySelectorAll('[role="option"]')].map((o) => o.id)).toEqual([
    'result-recent-418-0',
    'result-200-0',
    'result-404-0',
  ]);
  await settle();
  expect(asked.flat()).not.toContain(404);
  expect(asked.flat()).toContain(500);
  expect(target.el.querySelectorAll('[role="option"]').length).toBeGreaterThan(2);
});

it('shows what missed the first paint once it comes, without asking for it again', async () => {
  const asked: number[][] = [];
  const api = memoryApi({
    getCodes: async (codes) => {
      asked.push([...codes]);
      return codes.flatMap((c) => getStatusCode(c) ?? []);
    },
  });
  let bring: ((data: PopupData) => void) | undefined;
  const later = new Promise<PopupData>((resolve) => (bring = resolve));
  await show('en', <PopupApp model={popupModel({ later })} api={api} />);
  expect(target.el.querySelectorAll('[role="option"]')).toHaveLength(0);
  expect(asked).toEqual([]);
  const entries = COMMON_CODES.flatMap((c) => getStatusCode(c) ?? []);
  bring?.({ ...NO_DATA, recent: [404], entries });
  await settle();
  expect(target.el.querySelectorAll('[role="option"]')).toHaveLength(COMMON_CODES.length + 1);
  expect(target.el.querySelector('[role="option"]')?.id).toBe('result-recent-404-0');
  expect(asked).toEqual([]);
});

it('Escape in a detail goes back to the search, which keeps its query and focus', async () => {
  await show('en', <PopupApp model={popupModel()} api={memoryApi()} />);
  const input = () => target.el.querySelector('input[role="combobox"]') as HTMLInputElement;
  await act(() => {
    input().value = 'teapot';
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
  await act(() => {
    input().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
  expect(document.activeElement?.className).toBe('back');
  await act(() => {
    dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  });
  expect(target.el.querySelector('.detail-view')).toBeNull();
  expect(input().value).toBe('teapot');
  expect(document.activeElement).toBe(input());
});
