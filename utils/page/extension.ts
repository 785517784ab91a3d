/**
 * The extension's API as the content script reaches it, looked up on first use. wxt/browser
 * reads `browser.runtime.id` as its module loads, which makes Chromium build the runtime
 * binding (0.4–0.5 ms) in every frame before anything needs it (docs/performance.md, _Round two_).
 */
import type { WxtBrowser } from 'wxt/browser';

/** The API's type, as wxt/browser declares it. */
export type Extension = WxtBrowser;

const global = (name: 'browser' | 'chrome') =>
  (globalThis as unknown as Record<string, { storage?: unknown } | undefined>)[name];

/**
 * `browser` when it is the extension's (a page's element with the id `browser` is a global
 * too, and has no `storage`), else `chrome`.
 */
export function extension(): Extension {
  const named = global('browser');
  return (typeof named?.storage === 'object' ? named : global('chrome')) as Extension;
}
