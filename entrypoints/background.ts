import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { STATUS_CODES } from '../data/index.ts';
import type { Lang } from '../data/types.ts';
import { createHandlers } from '../utils/background-handlers.ts';
import { registerOmnibox } from '../utils/omnibox-listeners.ts';
import { dispatch, type ContentMessage } from '../utils/protocol.ts';
import { createSearchIndex } from '../utils/search.ts';
import { loadSettings, resolveLanguage, SETTINGS_KEY, parseSettings } from '../utils/settings.ts';

export default defineBackground(() => {
  // Built once per worker start; a sleeping worker wakes with it in a few milliseconds.
  const index = createSearchIndex(STATUS_CODES);
  let language: Lang = resolveLanguage('auto', browser.i18n.getUILanguage());
  const referenceUrl = browser.runtime.getURL('/reference.html');
  const handlers = createHandlers(index, {
    language: () => language,
    openReference: (code) =>
      void browser.tabs.create({ url: `${referenceUrl}#${code}`, active: true }),
  });

  void loadSettings(browser.storage.local).then((s) => {
    language = resolveLanguage(s.language, browser.i18n.getUILanguage());
  });
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    language = resolveLanguage(
      parseSettings(change.newValue).language,
      browser.i18n.getUILanguage(),
    );
  });

  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    void dispatch(handlers, message).then(sendResponse);
    return true;
  });

  // The keyboard command steps through the codes on the page: the top frame's content script does it.
  browser.commands.onCommand.addListener((command) => {
    if (command !== 'next-status-code') return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      const message: ContentMessage = { type: 'nextCode' };
      if (tab?.id !== undefined)
        void browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
    });
  });

  registerOmnibox({
    omnibox: browser.omnibox,
    tabs: browser.tabs,
    index,
    flavor: import.meta.env.FIREFOX ? 'plain' : 'markup',
    language: () => language,
    referenceUrl,
  });
});
