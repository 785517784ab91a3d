/**
 * The content script's work, shared by the Chromium and Firefox entrypoints (which differ only
 * in their highlight stylesheet): settings, start and stop, and messages from the background.
 */
import { browser } from 'wxt/browser';
import type { PageContext } from './context.ts';
import { startHighlighter, type Highlighter } from './highlighter.ts';
import { isContentMessage, sendMessage } from '../protocol.ts';
import {
  highlightsOn,
  loadSettings,
  parseSettings,
  SETTINGS_KEY,
  type Settings,
} from '../settings.ts';
import { injectedExplainer } from '../tooltip/slot.ts';

/**
 * Runs from document_start, as soon as the settings are read: while the page loads, the
 * highlighter paints the top of what is parsed in the frames the browser renders meanwhile, and
 * starts in full at DOMContentLoaded. (Chromium injects document_end scripts only after the
 * page's first layout, 1–1.5 s after DOMContentLoaded on a page the size of the HTML standard,
 * and such a page is on screen seconds before its DOMContentLoaded: docs/performance.md.)
 */
export async function runContentScript(ctx: PageContext): Promise<void> {
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
      // Injected once per frame: a highlighter started again (the settings changed) finds it.
      loadExplainer: async () => {
        if (!injectedExplainer()) await sendMessage('injectTooltip', {}, browser.runtime);
        const create = injectedExplainer();
        if (!create) throw new Error('the tooltip script was not injected');
        return create;
      },
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
  // The reader scrolling or pointing at the page is when stale highlights would matter.
  const check = () => void ctx.isInvalid;
  const events = ['scroll', 'pointerover'] as const;
  for (const type of events)
    document.addEventListener(type, check, { capture: true, passive: true });
  ctx.onInvalidated(() => {
    running?.stop();
    running = undefined;
    for (const type of events) document.removeEventListener(type, check, { capture: true });
    browser.storage.onChanged.removeListener(onStorage);
    browser.runtime.onMessage.removeListener(onMessage);
  });
  apply();
}
