import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getStatusCode } from '../../data/index.ts';
import type { Disposition, Suggestion } from '../../utils/background/omnibox.ts';
import { EXPLAIN_KEY } from '../../utils/popup-start.ts';
import { SETTINGS_KEY } from '../../utils/settings.ts';
import type { RequestDetails } from '../../utils/background/tab-events.ts';
import { TAB_STATUS_KEY } from '../../utils/background/tab-tracker.ts';
import background from '../background.ts';

/**
 * fakeBrowser implements runtime, storage, tabs and the action's badge but not
 * `i18n.getUILanguage`, `omnibox`, `commands`, `webRequest`, `contextMenus`,
 * `action.openPopup` or `tabs.onReplaced` (they throw "not implemented"), so those are stubbed
 * here: the UI language is fixed, the omnibox, webRequest and context-menu listeners are
 * captured so the test can type into the address bar, load pages and click the menu, and the
 * keyboard-command and tab-replacement listeners are accepted and ignored.
 */
type WebRequestKind = 'request' | 'redirect' | 'response' | 'completed' | 'error';
interface CapturedOmnibox {
  inputChanged?: (text: string, suggest: (s: Suggestion[]) => void) => void;
  inputEntered?: (text: string, disposition: Disposition) => void;
  defaultSuggestion?: string;
  webRequest: Partial<Record<WebRequestKind, (details: RequestDetails) => void>>;
  menus: { id: string; title: string }[];
  menuClicked?: (info: { menuItemId: string | number; selectionText?: string }) => void;
  openPopup: ReturnType<typeof vi.fn<() => Promise<void>>>;
}

function stubMissingApis(uiLanguage: string): CapturedOmnibox {
  const captured: CapturedOmnibox = {
    webRequest: {},
    menus: [],
    openPopup: vi.fn<() => Promise<void>>(async () => undefined),
  };
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(uiLanguage);
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
  const events = {
    onBeforeRequest: 'request',
    onBeforeRedirect: 'redirect',
    onResponseStarted: 'response',
    onCompleted: 'completed',
    onErrorOccurred: 'error',
  } as const;
  for (const [event, kind] of Object.entries(events)) {
    const target = fakeBrowser.webRequest[event as keyof typeof events] as unknown as {
      addListener(cb: (details: RequestDetails) => void): void;
    };
    // An event can have several listeners (onResponseStarted: the page's, and every request's).
    vi.spyOn(target, 'addListener').mockImplementation((cb) => {
      const before = captured.webRequest[kind];
      captured.webRequest[kind] = before
        ? (details) => {
            before(details);
            cb(details);
          }
        : cb;
    });
  }
  const menus = fakeBrowser.contextMenus;
  vi.spyOn(menus, 'removeAll').mockImplementation(async () => {
    captured.menus = [];
  });
  vi.spyOn(menus, 'create').mockImplementation((props) => {
    captured.menus.push({ id: String(props.id), title: String(props.title) });
    return String(props.id);
  });
  vi.spyOn(menus, 'update').mockImplementation(async (id, props) => {
    const item = captured.menus.find((m) => m.id === id);
    if (item) item.title = String(props.title);
  });
  vi.spyOn(menus.onClicked, 'addListener').mockImplementation((cb) => {
    captured.menuClicked = cb as NonNullable<CapturedOmnibox['menuClicked']>;
  });
  vi.spyOn(fakeBrowser.action, 'openPopup').mockImplementation(captured.openPopup);
  vi.spyOn(fakeBrowser.tabs.onReplaced, 'addListener').mockImplementation(() => {});
  const { omnibox } = fakeBrowser;
  vi.spyOn(omnibox, 'setDefaultSuggestion').mockImplementation((s) => {
    captured.defaultSuggestion = s.description;
  });
  vi.spyOn(omnibox.onInputStarted, 'addListener').mockImplementation(() => {});
  vi.spyOn(omnibox.onInputChanged, 'addListener').mockImplementation((cb) => {
    captured.inputChanged = cb;
  });
  vi.spyOn(omnibox.onInputEntered, 'addListener').mockImplementation((cb) => {
    captured.inputEntered = cb as NonNullable<CapturedOmnibox['inputEntered']>;
  });
  return captured;
}

/** Lets the background's unawaited settings read finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function suggestionsFor(omnibox: CapturedOmnibox, text: string): Suggestion[] {
  let lines: Suggestion[] = [];
  omnibox.inputChanged?.(text, (s) => {
    lines = s;
  });
  return lines;
}

describe('background entrypoint', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('answers a search message with an envelope holding the hits and their entries', async () => {
    stubMissingApis('en-US');
    background.main?.();

    const actual = await fakeBrowser.runtime.sendMessage({
      type: 'search',
      data: { query: '404' },
    });

    expect(actual).toEqual({
      ok: true,
      value: {
        parsed: { kind: 'code', code: 404 },
        hits: [{ code: 404, meaning: 0, score: 1, entry: getStatusCode(404) }],
      },
    });
  });

  it.each([
    [
      { type: 'search', data: { query: 404 } },
      'search: query must be a string of at most 200 characters',
    ],
    [{ type: 'drop tables' }, 'unknown message type'],
  ])('refuses %j with an error envelope', async (input, expected) => {
    stubMissingApis('en-US');
    background.main?.();
    expect(await fakeBrowser.runtime.sendMessage(input)).toEqual({ ok: false, error: expected });
  });

  it('answers getCodes for a page', async () => {
    stubMissingApis('en-US');
    background.main?.();
    const actual = (await fakeBrowser.runtime.sendMessage({
      type: 'getCodes',
      data: { codes: [404, 999, 404] },
    })) as {
      ok: boolean;
      value: { code: number }[];
    };
    expect(actual.ok).toBe(true);
    expect(actual.value.map((c) => c.code)).toEqual([404]);
  });

  it('openReference opens the reference page at the code in a new tab', async () => {
    stubMissingApis('en-US');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    background.main?.();
    expect(
      await fakeBrowser.runtime.sendMessage({ type: 'openReference', data: { code: 429 } }),
    ).toEqual({
      ok: true,
      value: null,
    });
    expect(create).toHaveBeenCalledExactlyOnceWith({
      url: fakeBrowser.runtime.getURL('/reference.html#429'),
      active: true,
    });
  });

  it('describeCodes answers in the language of the stored settings', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'ko' } });
    stubMissingApis('en-US');
    background.main?.();
    await settle();
    const actual = (await fakeBrowser.runtime.sendMessage({
      type: 'describeCodes',
      data: { codes: [404] },
    })) as {
      ok: boolean;
      value: { lang: string; entries: { code: number }[] };
    };
    expect(actual.ok).toBe(true);
    expect(actual.value.lang).toBe('ko');
    expect(actual.value.entries.map((e) => e.code)).toEqual([404]);
  });

  it('omnibox: suggests in the browser language, then in the language the settings choose', async () => {
    const omnibox = stubMissingApis('en-US');
    background.main?.();
    await settle();
    expect(suggestionsFor(omnibox, 'http 404')[0]?.content).toBe('404 Not Found');
    expect(suggestionsFor(omnibox, '404')[0]?.description).not.toContain('찾을 수 없음');

    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'ko' } });
    expect(suggestionsFor(omnibox, '404')[0]?.description).toContain('찾을 수 없음');
  });

  it('omnibox: a stored language setting is used once read', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'ko' } });
    const omnibox = stubMissingApis('en-US');
    background.main?.();
    await settle();
    expect(suggestionsFor(omnibox, '404')[0]?.description).toContain('찾을 수 없음');
  });

  it('omnibox: Enter opens the reference page at the code', async () => {
    const omnibox = stubMissingApis('en-US');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    background.main?.();
    omnibox.inputEntered?.('http 404', 'newForegroundTab');
    expect(create).toHaveBeenCalledExactlyOnceWith({
      url: fakeBrowser.runtime.getURL('/reference.html#404'),
      active: true,
    });
  });
});

/** Starts the background and waits until the record kept before a restart is read. */
const start = async (uiLanguage = 'en-US') => {
  const captured = stubMissingApis(uiLanguage);
  background.main?.();
  await settle();
  return captured;
};
const badge = async (tabId: number) => ({
  text: await fakeBrowser.action.getBadgeText({ tabId }),
  color: await fakeBrowser.action.getBadgeBackgroundColor({ tabId }),
});
/** Asks the background as the popup does; a content script has the page's URL instead. */
const ask = (message: unknown, senderUrl = fakeBrowser.runtime.getURL('/popup.html')) =>
  new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, { url: senderUrl }, resolve);
  });
const tabStatus = (tabId: number) => ask({ type: 'tabStatus', data: { tabId } });

describe("background entrypoint: the page's own status", () => {
  const ORIGIN = 'https://shop.example';
  let seq = 0;
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const main = (tabId: number, requestId: string, path: string, statusCode?: number) => ({
    requestId,
    tabId,
    frameId: 0,
    type: 'main_frame',
    url: `${ORIGIN}${path}`,
    ...(statusCode === undefined ? {} : { statusCode }),
  });
  /** A page load through webRequest: its redirects, then the page. */
  function load(captured: CapturedOmnibox, tabId: number, ...steps: [number, string][]) {
    seq += 1;
    const id = `nav${seq}`;
    const [first] = steps;
    captured.webRequest.request?.(main(tabId, id, first?.[1] ?? '/'));
    steps.slice(0, -1).forEach(([status, path], i) => {
      const redirectUrl = `${ORIGIN}${steps[i + 1]?.[1]}`;
      captured.webRequest.redirect?.({ ...main(tabId, id, path, status), redirectUrl });
    });
    const [status, path] = steps.at(-1) ?? [200, '/'];
    captured.webRequest.response?.(main(tabId, id, path, status));
    captured.webRequest.completed?.(main(tabId, id, path, status));
  }
  const failed = (captured: CapturedOmnibox, tabId: number, path: string, statusCode: number) => {
    seq += 1;
    captured.webRequest.response?.({
      ...main(tabId, `sub${seq}`, path, statusCode),
      type: 'image',
    });
  };

  it('badges a page that did not simply load, coloured by class, and clears it after', async () => {
    const captured = await start();
    const { id } = await fakeBrowser.tabs.create({ url: `${ORIGIN}/` });
    const tabId = id as number;
    load(captured, tabId, [404, '/missing']);
    expect(await badge(tabId)).toEqual({ text: '404', color: [179, 89, 0, 255] });
    load(captured, tabId, [503, '/busy']);
    expect(await badge(tabId)).toEqual({ text: '503', color: [207, 34, 46, 255] });
    load(captured, tabId, [301, '/old'], [200, '/new']);
    expect((await badge(tabId)).text).toBe('');
  });

  it('follows the badge setting: always, never, auto', async () => {
    const captured = await start();
    load(captured, 1, [200, '/']);
    load(captured, 2, [404, '/x']);
    expect([(await badge(1)).text, (await badge(2)).text]).toEqual(['', '404']);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { badge: 'always' } });
    await settle();
    expect([(await badge(1)).text, (await badge(2)).text]).toEqual(['200', '404']);
    expect((await badge(1)).color).toEqual([26, 127, 55, 255]);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { badge: 'never' } });
    await settle();
    expect([(await badge(1)).text, (await badge(2)).text]).toEqual(['', '']);
  });

  it('keeps the status through a history change of a single-page app', async () => {
    const captured = await start();
    const { id } = await fakeBrowser.tabs.create({ url: `${ORIGIN}/app` });
    const tabId = id as number;
    load(captured, tabId, [404, '/app']);
    await fakeBrowser.tabs.update(tabId, { url: `${ORIGIN}/app/settings` });
    await settle();
    expect((await badge(tabId)).text).toBe('404');
    expect(await tabStatus(tabId)).toMatchObject({ ok: true, value: { status: 404 } });
  });

  it('counts a failing sub-request as its response starts, though the browser cancels its body', async () => {
    const captured = await start();
    load(captured, 6, [200, '/shop']);
    const sheet = { ...main(6, 'sub-aborted', '/style.css', 404), type: 'stylesheet' };
    captured.webRequest.response?.(sheet);
    captured.webRequest.error?.({ ...sheet, error: 'net::ERR_ABORTED' });
    const status = await tabStatus(6);
    expect(status).toMatchObject({ ok: true, value: { status: 200, failedCount: 1 } });
  });

  it("answers tabStatus to the popup: the page's status, redirects and failed requests", async () => {
    const captured = await start();
    load(captured, 4, [301, '/old'], [302, '/moved'], [200, '/new']);
    failed(captured, 4, '/a.png', 404);
    failed(captured, 4, '/api', 503);
    expect(await tabStatus(4)).toEqual({
      ok: true,
      value: {
        url: `${ORIGIN}/new`,
        status: 200,
        redirects: [
          { status: 301, url: `${ORIGIN}/old` },
          { status: 302, url: `${ORIGIN}/moved` },
        ],
        failed: [
          { code: 404, count: 1, urls: [{ url: `${ORIGIN}/a.png`, count: 1, type: 'image' }] },
          { code: 503, count: 1, urls: [{ url: `${ORIGIN}/api`, count: 1, type: 'image' }] },
        ],
        failedCount: 2,
      },
    });
    expect(await tabStatus(5)).toEqual({ ok: true, value: null });
  });

  it('refuses tabStatus to a content script: it would tell what other tabs loaded', async () => {
    const captured = await start();
    load(captured, 4, [404, '/secret']);
    expect(await ask({ type: 'tabStatus', data: { tabId: 4 } }, `${ORIGIN}/page`)).toEqual({
      ok: false,
      error: "tabStatus: only the extension's pages may ask",
    });
    expect(
      await fakeBrowser.runtime.sendMessage({ type: 'tabStatus', data: { tabId: 4 } }),
    ).toMatchObject({
      ok: false,
    });
  });

  it('forgets a tab when it closes', async () => {
    const captured = await start();
    const { id } = await fakeBrowser.tabs.create({ url: `${ORIGIN}/` });
    load(captured, id as number, [404, '/x']);
    // fakeBrowser's tabs.remove looks the window up by the tab's id; the event is what matters.
    await fakeBrowser.tabs.onRemoved.trigger(id as number, { isWindowClosing: false, windowId: 0 });
    expect(await tabStatus(id as number)).toEqual({ ok: true, value: null });
  });

  it('keeps the record in session memory across a restart of the background, for open tabs', async () => {
    const captured = await start();
    const open = await fakeBrowser.tabs.create({ url: `${ORIGIN}/` });
    load(captured, open.id as number, [301, '/a'], [410, '/gone']);
    load(captured, 999, [500, '/closed-meanwhile']);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const kept = await fakeBrowser.storage.session.get(TAB_STATUS_KEY);
    expect(kept[TAB_STATUS_KEY]).toBeDefined();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});

    // A new worker: same browser state, fresh memory.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.storage.onChanged.removeAllListeners();
    fakeBrowser.storage.local.onChanged.removeAllListeners();
    fakeBrowser.tabs.onUpdated.removeAllListeners();
    fakeBrowser.tabs.onRemoved.removeAllListeners();
    await start();
    expect(await tabStatus(open.id as number)).toMatchObject({
      ok: true,
      value: { status: 410, redirects: [{ status: 301, url: `${ORIGIN}/a` }] },
    });
    expect(await tabStatus(999)).toEqual({ ok: true, value: null });
  });

  it('adds "Explain HTTP status" for selected text, in the language of the settings', async () => {
    const captured = await start();
    expect(captured.menus).toEqual([{ id: 'explain-http-status', title: 'Explain HTTP status' }]);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'ko' } });
    await settle();
    expect(captured.menus[0]?.title).toBe('HTTP 상태 코드 설명 보기');
  });

  it('the menu opens the popup at the code in the selection', async () => {
    const captured = await start();
    captured.menuClicked?.({ menuItemId: 'explain-http-status', selectionText: 'HTTP/1.1 503' });
    await settle();
    expect(captured.openPopup).toHaveBeenCalledOnce();
    const stored = await fakeBrowser.storage.session.get(EXPLAIN_KEY);
    expect(stored[EXPLAIN_KEY]).toMatchObject({ code: 503 });
  });

  it('the menu opens the reference page where the popup cannot open', async () => {
    const captured = await start();
    captured.openPopup.mockRejectedValue(new Error('Could not find an active browser window.'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    captured.menuClicked?.({ menuItemId: 'explain-http-status', selectionText: '429' });
    captured.menuClicked?.({ menuItemId: 'explain-http-status', selectionText: 'too many' });
    captured.menuClicked?.({ menuItemId: 'something else', selectionText: '404' });
    await settle();
    expect(create.mock.calls.map(([props]) => props.url)).toEqual([
      fakeBrowser.runtime.getURL('/reference.html?q=too%20many'),
      fakeBrowser.runtime.getURL('/reference.html#429'),
    ]);
    expect(await fakeBrowser.storage.session.get(EXPLAIN_KEY)).toEqual({});
  });
});
