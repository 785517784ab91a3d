// @vitest-environment happy-dom
/** The reference page in both languages, with the real search index in memory. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../data/types.ts';
import { LangContext } from '../../components/lang.ts';
import { memoryApi, renderTarget, settle } from '../../components/test-dom.tsx';
import { ReferenceApp } from './App.tsx';

const api = memoryApi();
const target = renderTarget();
const show = async (lang: Lang, node: preact.ComponentChild) => {
  await act(() =>
    render(<LangContext.Provider value={lang}>{node}</LangContext.Provider>, target.el),
  );
  await settle();
};

describe.each(['en', 'ko'] as const)('in %s', (lang) => {
  const ko = lang === 'ko';

  it('lists every class under its heading, then vendors', async () => {
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

  it('says an unknown code is not registered', async () => {
    await show(lang, <ReferenceApp api={api} initialQuery="" target={299} />);
    expect(target.el.querySelector('.notice')?.textContent).toContain(
      ko ? '299는 등록된' : '299 is not a registered',
    );
  });
});
