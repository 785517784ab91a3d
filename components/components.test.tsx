// @vitest-environment happy-dom
/**
 * Components rendered in both languages, the way the popup and reference page use them, with
 * a data client that runs the real search index in memory.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { getStatusCode } from '../data/index.ts';
import type { Lang, StatusCode } from '../data/types.ts';
import { DEFAULT_SETTINGS } from '../utils/settings.ts';
import { CodeDetail } from './CodeDetail.tsx';
import { LangContext } from './lang.ts';
import { memoryApi, popupEnv, renderTarget, settle } from './test-dom.tsx';
import { OptionsApp, toHost } from '../entrypoints/options/App.tsx';
import { PopupApp } from '../entrypoints/popup/App.tsx';
import { ReferenceApp } from '../entrypoints/reference/App.tsx';

const api = memoryApi();

const target = renderTarget();

const show = async (lang: Lang, node: preact.ComponentChild) => {
  await act(() =>
    render(<LangContext.Provider value={lang}>{node}</LangContext.Provider>, target.el),
  );
  await settle();
};
const code = (n: number) => getStatusCode(n) as StatusCode;

describe.each(['en', 'ko'] as const)('in %s', (lang) => {
  const ko = lang === 'ko';

  it('the detail explains a code with causes, fixes, headers and links', async () => {
    await show(lang, <CodeDetail entry={code(429)} />);
    const text = target.el.textContent ?? '';
    expect(target.el.querySelector('h2')?.textContent).toBe(
      ko ? '요청이 너무 많음' : 'Too Many Requests',
    );
    expect(text).toContain(ko ? '흔한 원인' : 'Common causes');
    expect(text).toContain(ko ? '서버를 운영하는 쪽이라면' : 'If you run the server');
    expect(text).toContain('Retry-After');
    expect(text).toContain('RFC 6585 §4');
    expect(target.el.querySelector('a[href*="developer.mozilla.org"]')).not.toBeNull();
  });

  it('shows every meaning of a shared number, the registered one first', async () => {
    await show(lang, <CodeDetail entry={code(451)} />);
    const names = [...target.el.querySelectorAll('h2')].map((h) => h.textContent);
    expect(names).toHaveLength(2);
    expect(names[0]).toBe(ko ? '법적 사유로 이용할 수 없음' : 'Unavailable For Legal Reasons');
    expect(target.el.textContent).toContain(
      ko ? '비표준: Microsoft IIS' : 'Non-standard: Microsoft IIS',
    );
  });

  it('the popup searches as you type and opens the detail with Enter', async () => {
    const env = popupEnv({ api, host: 'example.com' });
    await show(lang, <PopupApp env={env} />);
    const input = target.el.querySelector('input[role="combobox"]') as HTMLInputElement;
    expect(input.getAttribute('aria-label')).toBe(ko ? '상태 코드 검색' : 'Search status codes');
    expect(target.el.textContent).toContain(
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

  it('the reference page lists every class under its heading, then vendors', async () => {
    await show(lang, <ReferenceApp api={api} initialQuery="" target={404} />);
    const headings = [...target.el.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings.slice(0, 5)).toEqual(
      ko
        ? [
            '1xx - 정보성',
            '2xx - 성공',
            '3xx - 리다이렉션',
            '4xx - 클라이언트 오류',
            '5xx - 서버 오류',
          ]
        : [
            '1xx - Informational',
            '2xx - Success',
            '3xx - Redirection',
            '4xx - Client error',
            '5xx - Server error',
          ],
    );
    expect((target.el.querySelector('#code-404') as HTMLDetailsElement).open).toBe(true);
    expect(target.el.querySelectorAll('details.entry[id^="code-"]').length).toBeGreaterThan(90);
  });

  it('the reference page says an unknown code is not registered', async () => {
    await show(lang, <ReferenceApp api={api} initialQuery="" target={299} />);
    expect(target.el.querySelector('.notice')?.textContent).toContain(
      ko ? '299는 등록된' : '299 is not a registered',
    );
  });

  it('options save what the user changes', async () => {
    const saved: object[] = [];
    await show(
      lang,
      <OptionsApp
        initial={DEFAULT_SETTINGS}
        save={async (change) => {
          saved.push(change);
          return { ...DEFAULT_SETTINGS, ...change };
        }}
      />,
    );
    expect(target.el.querySelector('h1')?.textContent).toBe(ko ? '설정' : 'Settings');
    const strict = target.el.querySelector('input[value="strict"]') as HTMLInputElement;
    await act(() => strict.click());
    await settle();
    expect(saved).toContainEqual({ sensitivity: 'strict' });
  });
});

describe('toHost', () => {
  it.each([
    ['example.com', 'example.com'],
    ['https://Example.com/path?q=1', 'example.com'],
    ['localhost:8080', undefined],
    ['sub.example.co.kr:8443', 'sub.example.co.kr:8443'],
    ['', undefined],
    ['not a host', undefined],
  ])('%j → %j', (input, expected) => {
    expect(toHost(input)).toBe(expected);
  });
});
