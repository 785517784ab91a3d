/** What every extension page needs at start: settings, the language, a data client. */
import { browser } from 'wxt/browser';
import type { Lang } from '../data/types.ts';
import { createDataApi, type DataApi } from './client.ts';
import {
  loadSettings,
  parseSettings,
  resolveLanguage,
  saveSettings,
  SETTINGS_KEY,
  type Settings,
} from '../utils/settings.ts';

export interface PageEnv {
  readonly settings: Settings;
  readonly lang: Lang;
  readonly api: DataApi;
  readonly save: (change: Partial<Settings>) => Promise<Settings>;
}

export async function loadPageEnv(api = createDataApi(browser.runtime)): Promise<PageEnv> {
  const settings = await loadSettings(browser.storage.local);
  const lang = resolveLanguage(settings.language, browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  return {
    settings,
    lang,
    api,
    save: (change) => saveSettings(browser.storage.local, change),
  };
}

/** The host name of a tab's URL when it shows a web page. */
export function webHost(tabUrl: string | undefined): string | undefined {
  if (!tabUrl) return undefined;
  try {
    const url = new URL(tabUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host : undefined;
  } catch {
    // URL.canParse would say it more shortly, but only from Chrome 120; we support 105.
    return undefined;
  }
}

interface StorageEvents {
  onChanged: {
    addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}

/** Calls back when the stored language setting changes to one that differs from `current`. */
export function onLanguageChange(
  storage: StorageEvents,
  current: Lang,
  callback: () => void,
): void {
  storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    const next = resolveLanguage(
      parseSettings(change.newValue).language,
      browser.i18n.getUILanguage(),
    );
    if (next !== current) callback();
  });
}
