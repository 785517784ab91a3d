import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getStatusCode, STATUS_CODES } from '../data/index.ts';
import { createHandlers } from '../utils/background/handlers.ts';
import { explainSelection, registerExplainMenu } from '../utils/background/explain-menu.ts';
import { t } from '../utils/i18n.ts';
import { registerOmnibox } from '../utils/background/omnibox-listeners.ts';
import { dispatch, originOf, type ContentMessage } from '../utils/protocol.ts';
import { createSearchIndex } from '../utils/search/search.ts';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  parseSettings,
  resolveLanguage,
  SETTINGS_KEY,
  type Settings,
} from '../utils/settings.ts';
import { registerTabStatus } from '../utils/background/tab-listeners.ts';
import { TOOLTIP_SCRIPT } from '../utils/tooltip/slot.ts';

const openTab = (url: string) => browser.tabs.create({ url, active: true });

export default defineBackground(() => {
  // Costs nothing until a search needs it: the text index is built on demand (utils/search/search.ts).
  const index = createSearchIndex(STATUS_CODES);
  let settings: Settings = DEFAULT_SETTINGS;
  const language = () => resolveLanguage(settings.language, browser.i18n.getUILanguage());
  const extensionBase = browser.runtime.getURL('/');
  const referenceUrl = browser.runtime.getURL('/reference.html');
  // Firefox builds are Manifest V2, where the toolbar button is `browserAction` (with promises,
  // and openPopup, as `action` has them).
  const action = (
    import.meta.env.MANIFEST_VERSION === 2 ? browser.browserAction : browser.action
  ) as typeof browser.action;

  const tabStatus = registerTabStatus({
    webRequest: browser.webRequest,
    tabs: browser.tabs,
    action,
    session: browser.storage.session,
    badgeMode: () => settings.badge,
  });
  const menu = registerExplainMenu(
    browser.contextMenus,
    () => t(language(), 'explainSelection'),
    (selection) =>
      void explainSelection(selection, {
        session: browser.storage.session,
        openPopup: typeof action.openPopup === 'function' ? () => action.openPopup() : undefined,
        openTab,
        referenceUrl,
        known: (code) => getStatusCode(code) !== undefined,
      }),
  );
  const handlers = createHandlers(index, {
    language,
    openReference: (code) => void openTab(`${referenceUrl}#${code}`),
    pageStatus: (tabId) => tabStatus.get(tabId),
    // At once, even while the page still loads (the reader can point at a code before that).
    injectTooltip: async (tabId, frameId) => {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: [TOOLTIP_SCRIPT],
        injectImmediately: true,
      });
    },
  });

  const useSettings = (next: Settings) => {
    const before = settings;
    settings = next;
    if (next.badge !== before.badge) tabStatus.refreshBadges();
    if (next.language !== before.language) menu.retitle();
  };
  void loadSettings(browser.storage.local).then(useSettings);
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) useSettings(parseSettings(change.newValue));
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void dispatch(handlers, message, originOf(sender, extensionBase)).then(sendResponse);
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
    language,
    referenceUrl,
  });
});
