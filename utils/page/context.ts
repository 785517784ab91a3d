/**
 * The content script's context: tells it when the extension was disabled, removed or updated,
 * so it can take its highlights and tooltip away.
 *
 * Stands in for WXT's `ContentScriptContext` in our builds (a Vite alias in wxt.config.ts; WXT's
 * content script wrapper constructs it and passes it to `main`). Two reasons:
 * - Privacy: WXT's announces every start to the page, with `window.postMessage` and a
 *   document event that any page script can read, which tells a page the extension is there.
 *   Ours sends nothing.
 * - Size: WXT's brings a location watcher, timers and logging we do not use (2.9 KB of a
 *   content script with a 30 KB budget).
 *
 * A content script outlives its extension: once it is gone, `runtime.id` reads undefined (its
 * stylesheet is removed by the browser, so nothing shows, but our ranges and listeners remain).
 * `isInvalid` checks that; the content script asks when the reader scrolls or points at the page.
 */
import { browser } from 'wxt/browser';

/** What the content script needs of its context (WXT's class has it too, for tests). */
export interface PageContext {
  onInvalidated(callback: () => void): () => void;
  readonly isInvalid: boolean;
}

/** WXT's wrapper constructs it with the entrypoint's name and options, which it does not need. */
export class ContentScriptContext implements PageContext {
  readonly #callbacks = new Set<() => void>();
  #invalid = false;

  /** Runs `callback` once, when the extension is found gone. Returns a remover. */
  onInvalidated(callback: () => void): () => void {
    this.#callbacks.add(callback);
    return () => this.#callbacks.delete(callback);
  }

  get isInvalid(): boolean {
    if (!this.#invalid && browser.runtime?.id == null) {
      this.#invalid = true;
      for (const callback of this.#callbacks) callback();
      this.#callbacks.clear();
    }
    return this.#invalid;
  }
}
