import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startHighlighter, type Highlighter } from '../../utils/highlighter.ts';
import { isContentMessage, sendMessage } from '../../utils/protocol.ts';
import {
  highlightsOn,
  loadSettings,
  parseSettings,
  SETTINGS_KEY,
  type Settings,
} from '../../utils/settings.ts';
import './style.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  // document_end: right after parsing, well before document_idle on large pages.
  runAt: 'document_end',
  async main(ctx) {
    let settings: Settings = await loadSettings(browser.storage.local);
    let running: Highlighter | undefined;
    const apply = () => {
      running?.stop();
      running = undefined;
      if (!highlightsOn(settings, location.host)) return;
      running = startHighlighter({
        win: window,
        sensitivity: settings.sensitivity,
        tooltipDelay: () => settings.tooltipDelay,
        describe: (codes) => sendMessage('describeCodes', { codes }, browser.runtime),
        openReference: (code) => void sendMessage('openReference', { code }, browser.runtime),
      });
    };
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !changes[SETTINGS_KEY]) return;
      const previous = settings;
      settings = parseSettings(changes[SETTINGS_KEY].newValue);
      const changed =
        highlightsOn(previous, location.host) !== highlightsOn(settings, location.host) ||
        previous.sensitivity !== settings.sensitivity ||
        // Tooltip text is fetched in the interface language: a new language starts afresh.
        previous.language !== settings.language;
      if (changed) apply();
    };
    const onMessage = (message: unknown) => {
      if (isContentMessage(message) && message.type === 'nextCode') running?.next();
    };
    browser.storage.onChanged.addListener(onStorage);
    browser.runtime.onMessage.addListener(onMessage);
    // Disabled, removed or updated extension: take every highlight and our host away.
    ctx.onInvalidated(() => {
      running?.stop();
      browser.storage.onChanged.removeListener(onStorage);
      browser.runtime.onMessage.removeListener(onMessage);
    });
    apply();
  },
});
