// @vitest-environment happy-dom
/** The popup's "this page" section, alone and inside the popup, in both languages. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getStatusCode, STATUS_CODES } from '../../data/index.ts';
import type { Lang, StatusCode } from '../../data/types.ts';
import type { PageStatus } from '../../utils/background/tab-record.ts';
import { LangContext } from '../../components/lang.ts';
import { memoryApi, renderTarget, settle } from '../../components/test-dom.tsx';
import { PopupApp } from './App.tsx';
import { loadPopupModel, type PopupData } from './model.ts';
import { popupModel } from './test-model.ts';
import { ThisPage } from './ThisPage.tsx';

const entries = new Map(STATUS_CODES.map((e) => [e.code, e]));
const ORIGIN = 'https://shop.example';
const PAGE: PageStatus = {
  url: `${ORIGIN}/new`,
  status: 200,
  redirects: [
    { status: 301, url: `http://shop.example/old` },
    { status: 302, url: `${ORIGIN}/moved` },
  ],
  failed: [
    {
      code: 404,
      count: 9,
      urls: [
        { url: `${ORIGIN}/img/a.png`, count: 3 },
        { url: `https://cdn.example.net/b.js`, count: 1 },
      ],
    },
    { code: 590, count: 1, urls: [{ url: `${ORIGIN}/odd`, count: 1 }] },
  ],
  failedCount: 12,
};

const target = renderTarget();
const show = async (lang: Lang, node: preact.ComponentChild) => {
  await act(() =>
    render(<LangContext.Provider value={lang}>{node}</LangContext.Provider>, target.el),
  );
  await settle();
};
const text = (selector: string) => target.el.querySelector(selector)?.textContent ?? '';

describe.each(['en', 'ko'] as const)('in %s', (lang) => {
  const ko = lang === 'ko';

  it("names the page's status and says what it means", async () => {
    await show(
      lang,
      <ThisPage page={{ ...PAGE, status: 503 }} entries={entries} onPick={() => {}} />,
    );
    expect(text('h2')).toBe(ko ? '이 페이지' : 'This page');
    expect(text('.page-status')).toContain('503');
    expect(text('.page-status .name')).toBe(ko ? '서비스를 사용할 수 없음' : 'Service Unavailable');
    expect(text('.page-status .result-summary')).toBe(
      getStatusCode(503)?.meanings[0]?.[lang].summary,
    );
  });

  it('shows the redirect chain, each step with its URL', async () => {
    await show(lang, <ThisPage page={PAGE} entries={entries} onPick={() => {}} />);
    expect(text('.chain-line')).toBe('301 → 302 → 200');
    const steps = [...target.el.querySelectorAll('ol.page-list li')].map((li) => li.textContent);
    expect(steps).toEqual(['301http://shop.example/old', '302/moved', '200/new']);
  });

  it('groups the failed requests by code, with counts, and says how many are not listed', async () => {
    await show(lang, <ThisPage page={PAGE} entries={entries} onPick={() => {}} />);
    expect(text('.page-part:last-child h3')).toBe(ko ? '실패한 요청 12개' : 'Failed requests (12)');
    const [notFound, odd] = target.el.querySelectorAll('.failed-group');
    expect(notFound?.querySelector('.failed-head')?.textContent).toBe(
      ko ? '404찾을 수 없음요청 9개' : '404Not Found9 requests',
    );
    expect([...(notFound?.querySelectorAll('.page-url') ?? [])].map((u) => u.textContent)).toEqual([
      '/img/a.png',
      'https://cdn.example.net/b.js',
    ]);
    expect(notFound?.textContent).toContain('×3');
    expect(notFound?.querySelector('.more')?.textContent).toBe(
      ko ? '그 밖의 요청 5개' : '5 more not listed',
    );
    // 590 is no code we know: its class names it, and it opens nothing.
    expect(odd?.querySelector('.failed-head')?.textContent).toBe(
      ko ? '590서버 오류요청 1개' : '590Server error1 request',
    );
    expect(odd?.querySelector('button')).toBeNull();
    expect(target.el.querySelector('.page-part:last-child > .more')?.textContent).toBe(
      ko ? '그 밖의 요청 2개' : '2 more not listed',
    );
  });

  it('opens the detail of a code it is clicked on', async () => {
    const onPick = vi.fn<(entry: StatusCode) => void>();
    await show(lang, <ThisPage page={PAGE} entries={entries} onPick={onPick} />);
    const button = target.el.querySelector('.failed-group button') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe(
      ko ? '404 찾을 수 없음 설명 보기' : 'Explain 404 Not Found',
    );
    await act(() => button.click());
    expect(onPick).toHaveBeenCalledExactlyOnceWith(getStatusCode(404));
  });

  it('asks for a reload when the page loaded before the extension started', async () => {
    const page = { ...PAGE, url: undefined, status: undefined, redirects: [] };
    await show(lang, <ThisPage page={page} entries={entries} onPick={() => {}} />);
    expect(text('.muted')).toBe(
      ko
        ? '페이지를 새로고침하면 상태 코드를 볼 수 있습니다.'
        : 'Reload the page to see its status code.',
    );
  });
});

describe('in the popup', () => {
  const api = memoryApi({ search: async () => ({ parsed: { kind: 'empty' }, hits: [] }) });
  const popup = (data: Partial<PopupData>) => (
    <PopupApp
      model={popupModel({ host: 'shop.example', data: { recent: [418], ...data } })}
      api={api}
    />
  );
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('shows the section above the popular codes when there is something to say', async () => {
    await show('en', popup({ page: { ...PAGE, status: 404 } }));
    const section = target.el.querySelector('.this-page');
    expect(section).not.toBeNull();
    const list = target.el.querySelector('[role="listbox"]');
    expect(section?.compareDocumentPosition(list as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it.each([
    ['a page that simply loaded', { ...PAGE, redirects: [], failed: [], failedCount: 0 }],
    ['nothing known', null],
  ])('leaves it out for %s', async (_, page) => {
    await show('en', popup({ page }));
    expect(target.el.querySelector('.this-page')).toBeNull();
  });

  it('opens the code the context menu sent, and adds it to the recent lookups', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ko-KR');
    await fakeBrowser.storage.local.set({ recent: [418] });
    await fakeBrowser.storage.session.set({ explain: { code: 503, at: Date.now() } });
    const saveRecent = vi.spyOn(fakeBrowser.storage.local, 'set');
    const model = await loadPopupModel(api);
    await show(model.lang, <PopupApp model={model} api={api} />);
    expect(text('h2')).toBe('서비스를 사용할 수 없음');
    expect(saveRecent).toHaveBeenCalledExactlyOnceWith({ recent: [503, 418] });
  });
});
