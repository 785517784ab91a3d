/** The reference page, opened at a code (`#404`) or a search (`?q=…`). */
import type { browser } from 'wxt/browser';

/** In the current tab, or in a new one (in front or behind). */
export type OpenAction = { kind: 'update' } | { kind: 'create'; active: boolean };

const IN_FRONT: OpenAction = { kind: 'create', active: true };

export class ReferencePage {
  readonly #tabs: Pick<typeof browser.tabs, 'create' | 'update'>;
  readonly #url: string;

  constructor(tabs: Pick<typeof browser.tabs, 'create' | 'update'>, url: string) {
    this.#tabs = tabs;
    this.#url = url;
  }

  /** Opens the page at `target` (`#404`, `?q=…` or nothing), in a new tab in front unless told. */
  open(target: string, how: OpenAction = IN_FRONT): Promise<unknown> {
    const url = `${this.#url}${target}`;
    return how.kind === 'update'
      ? this.#tabs.update({ url })
      : this.#tabs.create({ url, active: how.active });
  }
}
