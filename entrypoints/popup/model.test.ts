/** What the popup learns as it opens, from a fake browser and an in-memory background. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getStatusCode } from '../../data/index.ts';
import type { StatusCode } from '../../data/types.ts';
import { memoryApi } from '../../components/test-dom.tsx';
import type { PageStatus } from '../../utils/background/tab-record.ts';
import { COMMON_CODES } from '../../utils/search/recent.ts';
import { COMMON_ENTRIES } from './common-entries.ts';
import { loadPopupModel, OWN_DATA } from './model.ts';

const PAGE: PageStatus = {
  url: 'https://shop.example/cart',
  status: 503,
  redirects: [],
  failed: [],
  failedCount: 0,
};
const entry = (code: number) => getStatusCode(code) as StatusCode;
const codes = (entries: readonly StatusCode[]) => entries.map((e) => e.code);

/** A focused window whose active tab shows `url`; its tab id. */
async function activeTab(url: string): Promise<number> {
  const { id: windowId } = (await fakeBrowser.windows.create({ focused: true })) ?? {};
  const tab = await fakeBrowser.tabs.create({ url, active: true, windowId: windowId as number });
  return tab.id as number;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});

describe('loadPopupModel', () => {
  it('learns the settings, the tab, its page and the lists before the first paint', async () => {
    const tabId = await activeTab('https://shop.example/cart');
    await fakeBrowser.storage.local.set({ recent: [418, 404], settings: { language: 'ko' } });
    const asked: number[] = [];
    const wanted: number[] = [];
    const api = memoryApi({
      tabStatus: async (id) => (asked.push(id), PAGE),
      getCodes: async (asks) => (wanted.push(...asks), asks.map(entry)),
    });
    const model = await loadPopupModel(api);
    // The common codes come with the popup: the background is asked for the others alone.
    expect(wanted).toEqual([418]);
    expect(model.lang).toBe('ko');
    expect(model.settings.language).toBe('ko');
    expect(model.host).toBe('shop.example');
    expect(asked).toEqual([tabId]);
    expect(model.later).toBeUndefined();
    expect(model.data.page).toEqual(PAGE);
    expect(model.data.recent).toEqual([418, 404]);
    expect(codes(model.data.entries)).toEqual([...COMMON_CODES, 418]);
    expect(model.data.explain).toBeUndefined();
  });

  it('takes the language of the browser when the setting is automatic', async () => {
    vi.mocked(fakeBrowser.i18n.getUILanguage).mockReturnValue('ko-KR');
    expect((await loadPopupModel(memoryApi())).lang).toBe('ko');
  });

  it('knows no host for a page that is not on the web, and no page without a tab', async () => {
    await activeTab('chrome://extensions/');
    expect((await loadPopupModel(memoryApi())).host).toBeUndefined();
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    const model = await loadPopupModel(memoryApi({ tabStatus: async () => PAGE }));
    expect(model.host).toBeUndefined();
    expect(model.data.page).toBeNull();
  });

  it('opens at the code the context menu sent, recorded as the newest lookup', async () => {
    await fakeBrowser.storage.local.set({ recent: [418] });
    await fakeBrowser.storage.session.set({ explain: { code: 503, at: Date.now() } });
    const model = await loadPopupModel(memoryApi());
    expect(model.data.explain).toEqual(entry(503));
    expect(model.data.recent).toEqual([503, 418]);
    expect(await fakeBrowser.storage.local.get('recent')).toEqual({ recent: [503, 418] });
    expect(await fakeBrowser.storage.session.get('explain')).toEqual({});
  });

  it('leaves empty what the background fails to answer, and keeps the rest', async () => {
    await activeTab('https://shop.example/');
    await fakeBrowser.storage.local.set({ recent: [418] });
    const api = memoryApi({
      getCodes: async () => {
        throw new Error('no answer');
      },
      tabStatus: async () => PAGE,
    });
    const model = await loadPopupModel(api);
    expect(model.data).toEqual({
      recent: [418],
      entries: COMMON_ENTRIES,
      page: PAGE,
      explain: undefined,
    });
    expect(model.host).toBe('shop.example');
  });

  it('paints the common codes at once when the background is slow, and brings the rest later', async () => {
    await activeTab('https://shop.example/');
    await fakeBrowser.storage.local.set({ recent: [418] });
    let answer: (() => void) | undefined;
    const api = memoryApi({
      tabStatus: () =>
        new Promise((resolve) => {
          answer = () => resolve(PAGE);
        }),
    });
    const started = Date.now();
    const model = await loadPopupModel(api);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(model.data).toEqual(OWN_DATA);
    expect(codes(model.data.entries)).toEqual(COMMON_CODES);
    answer?.();
    const later = await model.later;
    expect(later?.page).toEqual(PAGE);
    expect(later?.recent).toEqual([418]);
    expect(codes(later?.entries ?? [])).toEqual([...COMMON_CODES, 418]);
  });
});
