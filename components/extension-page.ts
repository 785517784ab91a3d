/** What every extension page needs at start: settings, the language, a data client. */
import { browser } from 'wxt/browser';
import type { Lang } from '../data/types.ts';
import { createDataApi, type DataApi } from './client.ts';
import { resolveLanguage, type Settings } from '../utils/settings.ts';
import { readSettings, watchSettings } from '../utils/settings-store.ts';

export interface PageEnv {
  readonly settings: Settings;
  readonly lang: Lang;
  readonly api: DataApi;
}

/** The language a page shows for these settings. */
export function languageOf(settings: Settings): Lang {
  return resolveLanguage(settings.language, browser.i18n.getUILanguage());
}

export async function loadPageEnv(api = createDataApi(browser.runtime)): Promise<PageEnv> {
  const settings = await readSettings();
  const lang = languageOf(settings);
  document.documentElement.lang = lang;
  return { settings, lang, api };
}

/**
 * The page's one subscription to the settings: it renders once in one language, so a change to
 * another language reloads it. Returns the unwatch function.
 */
export function reloadOnLanguageChange(
  current: Lang,
  reload = () => location.reload(),
): () => void {
  return watchSettings((next) => {
    if (languageOf(next) !== current) reload();
  });
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
