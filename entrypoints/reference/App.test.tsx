// @vitest-environment happy-dom
/** The reference page in both languages, with the real search index in memory. */
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { memoryApi, recordClipboard, renderTarget, settle } from '../../components/test-dom.tsx';
import { ReferenceApp } from './App.tsx';

const api = memoryApi();
const $ = (selector: string) => target.el.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...target.el.querySelectorAll<HTMLElement>(selector)];

/** The copy-link button beside the entry with this id. */
const copyLinkOf = (id: string) =>
  $(`#${id}`)?.parentElement?.querySelector<HTMLElement>(':scope > .entry-link');

const clipboard = recordClipboard();
const target = renderTarget();
const { show } = target;

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

  it('jumps to every class and vendor from its bar, moving focus to the heading', async () => {
    await show(lang, <ReferenceApp api={api} initialQuery="" target={undefined} />);
    const bar = $('nav.jump-bar') as HTMLElement;
    expect(bar.getAttribute('aria-label')).toBe(ko ? '구역으로 이동' : 'Jump to a section');
    const links = [...bar.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href')).slice(0, 8)).toEqual([
      '#class-1xx',
      '#class-2xx',
      '#class-3xx',
      '#class-4xx',
      '#class-5xx',
      '#comparisons',
      '#choose',
      '#vendors',
    ]);
    expect(links[5]?.textContent).toBe(ko ? '자주 헷갈리는 코드' : 'Codes often confused');
    expect(links[6]?.textContent).toBe(ko ? '코드 고르기' : 'Which code?');
    expect(links[7]?.textContent).toBe(ko ? '비표준' : 'Non-standard');
    // One link per vendor group on the page, in its order.
    const groups = $$('.vendor-group > h3');
    expect(links.slice(8).map((a) => a.textContent)).toEqual(groups.map((h) => h.textContent));
    for (const link of links) {
      await act(() => link.click());
      expect(document.activeElement?.id).toBe(link.getAttribute('href')?.slice(1));
    }
  });

  it('hides the jump bar while searching: the sections are not there', async () => {
    await show(lang, <ReferenceApp api={api} initialQuery="rate limit" target={undefined} />);
    expect($('nav.jump-bar')).toBeNull();
  });

  it('copies the link to an entry: the number, or the id of a vendor’s entry', async () => {
    await show(lang, <ReferenceApp api={api} initialQuery="" target={undefined} />);
    const page = `${location.origin}${location.pathname}`;
    expect(copyLinkOf('code-404')?.getAttribute('aria-label')).toBe(
      ko ? '404 찾을 수 없음 링크 복사' : 'Copy link to 404 Not Found',
    );
    await act(() => copyLinkOf('code-404')?.click());
    await act(() => copyLinkOf('code-499-nginx')?.click());
    await settle();
    expect(clipboard).toEqual([`${page}#404`, `${page}#code-499-nginx`]);
    expect(copyLinkOf('code-404')?.nextElementSibling?.textContent).toBe(
      ko ? '404 찾을 수 없음 링크를 복사했습니다' : 'Link to 404 Not Found copied',
    );
  });

  it('opens the vendor entry a copied link names, and only that one', async () => {
    await show(lang, <ReferenceApp api={api} initialQuery="" target={499} vendor="esri" />);
    const open = $$('details.entry[open]').map((d) => d.id);
    expect(open).toEqual(['code-499-esri']);
  });

  it('keeps the heading of each meaning of a shared number in its entry', async () => {
    await show(lang, <ReferenceApp api={api} initialQuery="" target={451} />);
    const entry = $('#code-451') as HTMLElement;
    expect([...entry.querySelectorAll('.meaning-name')].map((h) => h.textContent)).toEqual(
      ko
        ? ['법적 사유로 이용할 수 없음', 'Exchange 리다이렉션']
        : ['Unavailable For Legal Reasons', 'Redirect'],
    );
  });
});
