import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { STATUS_CODES } from '../data/index.ts';
import { ExplainMenu } from '../utils/background/explain-menu.ts';
import { createHandlers } from '../utils/background/handlers.ts';
import { LiveSettings } from '../utils/background/live-settings.ts';
import { answerMessages, listenToCommands } from '../utils/background/messages.ts';
import { listenToOmnibox } from '../utils/background/omnibox-listeners.ts';
import { ReferencePage } from '../utils/background/reference-page.ts';
import { listenToTabs } from '../utils/background/tab-listeners.ts';
import { TabTracker } from '../utils/background/tab-tracker.ts';
import { toolbarAction } from '../utils/background/toolbar.ts';
import { createSearchIndex } from '../utils/search/search.ts';
import { textIndexSnapshot } from '../utils/search/text-index-snapshot.ts';

// What the worker keeps and why: docs/background.md.
export default defineBackground(() => {
  // The worker lives until the browser stops it: nothing aborts, but one abort would undo it all.
  const { signal } = new AbortController();
  const settings = new LiveSettings(browser.i18n.getUILanguage());
  const reference = new ReferencePage(browser.tabs, browser.runtime.getURL('/reference.html'));
  // Costs nothing until a search needs it: the text index is restored, from the build's
  // snapshot, on demand.
  const index = createSearchIndex(STATUS_CODES, textIndexSnapshot);
  const action = toolbarAction();
  const { session } = browser.storage;

  const tabStatus = new TabTracker({ action, session, tabs: browser.tabs, settings }, signal);
  listenToTabs(tabStatus, browser, signal);
  const menus = browser.contextMenus;
  const menu = new ExplainMenu({ menus, action, session, reference, settings }, signal);
  settings.follow(signal, (next, previous) => {
    if (next.badge !== previous.badge) tabStatus.refreshBadges();
    if (next.language !== previous.language) menu.retitle();
  });

  const handlers = createHandlers({ index, settings, reference, pages: tabStatus });
  answerMessages(handlers, browser.runtime, signal);
  listenToCommands(browser, signal);
  const flavor = import.meta.env.FIREFOX ? 'plain' : 'markup';
  listenToOmnibox({ omnibox: browser.omnibox, index, reference, flavor, settings }, signal);
});
