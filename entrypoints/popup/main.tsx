import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LangContext } from '../../components/lang.ts';
import { PopupApp } from '../../components/PopupApp.tsx';
import '../../components/theme.css';
import '../../components/this-page.css';
import { loadPageEnv, webHost } from '../../utils/page-env.ts';
import { popupTabId, takeExplainCode } from '../../utils/popup-start.ts';
import { sendMessage } from '../../utils/protocol.ts';
import { parseRecent, RECENT_KEY } from '../../utils/recent.ts';

const { settings, lang, api, save } = await loadPageEnv();
const [activeTab, initialCode] = await Promise.all([
  browser.tabs
    .query({ active: true, currentWindow: true })
    .then(([tab]) => tab)
    .catch(() => undefined),
  // A code the context menu's "Explain HTTP status" sent.
  takeExplainCode(browser.storage.session).catch(() => undefined),
]);
const host = webHost(activeTab?.url);
// The tab the popup is about: the active one, or `popup.html?tab=123` (see popupTabId).
const tabId = popupTabId(location.search, activeTab);

render(
  <LangContext.Provider value={lang}>
    <PopupApp
      env={{
        api,
        settings,
        saveSettings: save,
        host,
        loadRecent: async () =>
          parseRecent((await browser.storage.local.get(RECENT_KEY))[RECENT_KEY]),
        saveRecent: (codes) => browser.storage.local.set({ [RECENT_KEY]: codes }),
        referenceUrl: (hash) => browser.runtime.getURL(`/reference.html${hash}`),
        close: () => window.close(),
        ...(tabId === undefined
          ? {}
          : { pageStatus: () => sendMessage('tabStatus', { tabId }, browser.runtime) }),
        ...(initialCode === undefined ? {} : { initialCode }),
      }}
    />
  </LangContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
