import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LangContext } from '../../components/lang.ts';
import { PopupApp, type Preloaded } from './App.tsx';
import '../../components/theme.css';
import './this-page.css';
import { createDataApi } from '../../components/client.ts';
import { loadPageEnv, webHost } from '../../components/extension-page.ts';
import { popupTabId, takeExplainCode } from '../../utils/popup-start.ts';
import { sendMessage } from '../../utils/protocol.ts';
import { parseRecent, POPULAR, RECENT_KEY } from '../../utils/search/recent.ts';

/** How long the first render waits for the background's answers before it goes without them. */
const PRELOAD_WAIT_MS = 300;

// The background is asked first, before storage is read: a worker that was asleep starts
// meanwhile, and the first render has the lists, so they neither pop in nor move.
const api = createDataApi(browser.runtime);
const popular = api.getCodes(POPULAR);
const recent = browser.storage.local.get(RECENT_KEY).then((got) => parseRecent(got[RECENT_KEY]));
const recentEntries = recent.then((codes) => (codes.length > 0 ? api.getCodes(codes) : []));
const activeTab = browser.tabs
  .query({ active: true, currentWindow: true })
  .then(([tab]) => tab)
  .catch(() => undefined);
// The tab the popup is about: the active one, or `popup.html?tab=123` (see popupTabId).
const tabId = activeTab.then((tab) => popupTabId(location.search, tab));
const page = tabId.then((id) =>
  id === undefined ? null : sendMessage('tabStatus', { tabId: id }, browser.runtime),
);
const preloaded: Promise<Preloaded | undefined> = Promise.race([
  Promise.all([recent, popular, recentEntries, page.catch(() => null)]).then(
    ([codes, entries, more, status]) => ({
      recent: codes,
      entries: [...entries, ...more],
      page: status,
    }),
    () => undefined,
  ),
  new Promise<undefined>((resolve) => setTimeout(resolve, PRELOAD_WAIT_MS)),
]);

const [{ settings, lang, save }, tab, id, initialCode, first] = await Promise.all([
  loadPageEnv(api),
  activeTab,
  tabId,
  // A code the context menu's "Explain HTTP status" sent.
  takeExplainCode(browser.storage.session).catch(() => undefined),
  preloaded,
]);
const host = webHost(tab?.url);

render(
  <LangContext.Provider value={lang}>
    <PopupApp
      env={{
        api,
        settings,
        saveSettings: save,
        host,
        loadRecent: () => recent,
        saveRecent: (codes) => browser.storage.local.set({ [RECENT_KEY]: codes }),
        referenceUrl: (hash) => browser.runtime.getURL(`/reference.html${hash}`),
        close: () => window.close(),
        ...(id === undefined ? {} : { pageStatus: () => page }),
        ...(initialCode === undefined ? {} : { initialCode }),
        ...(first === undefined ? {} : { preloaded: first }),
      }}
    />
  </LangContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
