/**
 * The content script's lifetime: it ends when the extension is disabled, removed or updated,
 * and then every listener registered with `signal` goes, and our highlights and tooltip with
 * them.
 *
 * A content script outlives its extension: once it is gone, `runtime.id` reads undefined (its
 * stylesheet is removed by the browser, so nothing shows, but our ranges and listeners remain).
 * `isInvalid` checks that; the content script asks before each reading (so a page that changes
 * gets no new highlights), before each call to the background (which would throw "Extension
 * context invalidated" into the page), and when the reader scrolls or points at the page.
 * Unlike WXT's content script context, it tells the page nothing (docs/performance.md).
 */
import { extension } from './extension.ts';

export class PageContext {
  readonly #controller = new AbortController();

  /** Aborted once the extension is found gone. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Runs `callback` once, when the extension is found gone. Returns a remover. */
  onInvalidated(callback: () => void): () => void {
    const signal = this.#controller.signal;
    signal.addEventListener('abort', callback, { once: true });
    return () => signal.removeEventListener('abort', callback);
  }

  get isInvalid(): boolean {
    if (!this.#controller.signal.aborted && extension().runtime?.id == null)
      this.#controller.abort();
    return this.#controller.signal.aborted;
  }
}
