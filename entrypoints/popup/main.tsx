import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LangContext } from '../../components/lang.ts';
import { PopupApp } from '../../components/PopupApp.tsx';
import '../../components/theme.css';
import { activeHost, loadPageEnv } from '../../utils/page-env.ts';
import { parseRecent, RECENT_KEY } from '../../utils/recent.ts';

const { settings, lang, api, save } = await loadPageEnv();
const host = await activeHost().catch(() => undefined);

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
      }}
    />
  </LangContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
