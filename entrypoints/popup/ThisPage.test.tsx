// @vitest-environment happy-dom
/** The popup's "this page" section, alone and inside the popup, in both languages. */
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getStatusCode, STATUS_CODES } from '../../data/index.ts';
import type { StatusCode } from '../../data/types.ts';
import type { PageStatus } from '../../utils/background/tab-record.ts';
import { memoryApi, recordClipboard, renderTarget, settle } from '../../components/test-dom.tsx';
import { PopupApp } from './App.tsx';
import { loadPopupModel, type PopupData } from './model.ts';
import { popupModel } from './test-model.ts';
import { ThisPage } from './ThisPage.tsx';
import { FEW_FAILED } from './FailedRequests.tsx';

const entries = new Map(STATUS_CODES.map((e) => [e.code, e]));
const ORIGIN = 'https://shop.example';
const PAGE: PageStatus = {
  url: `${ORIGIN}/new`,
  status: 200,
  redirects: [
    { status: 301, url: `http://shop.example/old` },
    { status: 302, url: `${ORIGIN}/moved?token=…` },
  ],
  failed: [
    {
      code: 404,
      count: 9,
      urls: [
        { url: `${ORIGIN}/img/a.png`, count: 3, method: 'GET', type: 'image' },
        { url: `https://cdn.example.net/b.js`, count: 1, method: 'GET', type: 'script' },
      ],
    },
    { code: 590, count: 1, urls: [{ url: `${ORIGIN}/odd`, count: 1 }] },
  ],
  failedCount: 12,
};

const target = renderTarget();
const clipboard = recordClipboard();
const { show } = target;
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
    expect(steps).toEqual(['301http://shop.example/old', '302/moved?token=…', '200/new']);
  });

  it('shows the methods of the chain only when one is not GET', async () => {
    const posted = {
      ...PAGE,
      method: 'GET',
      redirects: [{ status: 303, url: `${ORIGIN}/checkout`, method: 'POST' }],
    };
    await show(lang, <ThisPage page={posted} entries={entries} onPick={() => {}} />);
    const methods = [...target.el.querySelectorAll('ol.page-list .req-method')];
    expect(methods.map((m) => m.textContent)).toEqual(['POST', 'GET']);
    await show(lang, <ThisPage page={PAGE} entries={entries} onPick={() => {}} />);
    expect(target.el.querySelector('ol.page-list .req-method')).toBeNull();
  });

  it('copies the chain as recorded, masked values and all, and says so', async () => {
    await show(lang, <ThisPage page={PAGE} entries={entries} onPick={() => {}} />);
    const copy = target.el.querySelector('.chain-copy') as HTMLButtonElement;
    expect(copy.getAttribute('aria-label')).toBe(
      ko ? '리다이렉션 경로 복사' : 'Copy the redirect chain',
    );
    await act(() => copy.click());
    await settle();
    expect(clipboard).toEqual([
      `301 http://shop.example/old → 302 ${ORIGIN}/moved?token=… → 200 ${ORIGIN}/new`,
    ]);
    expect(text('.page-part-head [role="status"]')).toBe(
      ko ? '리다이렉션 경로를 복사했습니다' : 'Copied the redirect chain',
    );
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
    const tags = [...(notFound?.querySelectorAll('.failed-request') ?? [])].map((row) =>
      [...row.querySelectorAll('.req-method, .req-type')].map((tag) => tag.textContent),
    );
    expect(tags).toEqual(
      ko
        ? [
            ['GET', '이미지'],
            ['GET', '스크립트'],
          ]
        : [
            ['GET', 'image'],
            ['GET', 'script'],
          ],
    );
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

  it('lists the first few failed requests, and every one behind a disclosure', async () => {
    const kinds = ['script', 'image', 'stylesheet', 'font', 'fetch', 'document', 'media', 'other'];
    const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];
    const many: PageStatus = {
      ...PAGE,
      failed: [404, 500, 503].map((code, g) => ({
        code,
        count: 5,
        urls: Array.from({ length: 5 }, (_, i) => ({
          url: `${ORIGIN}/r${g * 5 + i}`,
          count: 1,
          method: methods[i] as string,
          type: kinds[(g * 5 + i) % kinds.length] as never,
        })),
      })),
      failedCount: 15,
    };
    await show(lang, <ThisPage page={many} entries={entries} onPick={() => {}} />);
    const rows = () => target.el.querySelectorAll('.failed-request');
    const toggle = target.el.querySelector('.failed-toggle') as HTMLButtonElement;
    expect(rows()).toHaveLength(FEW_FAILED);
    expect(target.el.querySelectorAll('.failed-group')).toHaveLength(1);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toBe(ko ? '10개 더 보기' : 'Show 10 more');
    expect(target.el.querySelector(`#${toggle.getAttribute('aria-controls')}`)).toBe(
      target.el.querySelector('.failed-groups'),
    );
    await act(() => toggle.click());
    expect(rows()).toHaveLength(15);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe(ko ? '접기' : 'Show fewer');
    const types = [...target.el.querySelectorAll('.failed-request .req-type')].map(
      (t) => t.textContent,
    );
    expect(new Set(types)).toEqual(
      new Set(
        ko
          ? [
              '스크립트',
              '이미지',
              '스타일시트',
              '글꼴',
              '요청(fetch/XHR)',
              '문서',
              '미디어',
              '기타',
            ]
          : ['script', 'image', 'stylesheet', 'font', 'fetch/XHR', 'document', 'media', 'other'],
      ),
    );
    expect(rows()[14]?.querySelector('.req-method')?.textContent).toBe('PATCH');
    await act(() => toggle.click());
    expect(rows()).toHaveLength(FEW_FAILED);
  });

  it('opens the detail of a code it is clicked on', async () => {
    const onPick = vi.fn<(entry: StatusCode) => void>();
    await show(lang, <ThisPage page={PAGE} entries={entries} onPick={onPick} />);
    const button = target.el.querySelector('.failed-group button') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe(
      ko ? '404 찾을 수 없음 설명 보기' : 'Explain 404 Not Found',
    );
    expect(button.querySelector('svg.page-code-chevron')?.getAttribute('aria-hidden')).toBe('true');
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
