/** The reference page, opened at a code (`#404`) or a search (`?q=…`). */
import type { browser } from 'wxt/browser';

/** In the current tab, or in a new one (in front or behind). */
export type OpenAction = { kind: 'update' } | { kind: 'create'; active: boolean };

const IN_FRONT: OpenAction = { kind: 'create', active: true };

type Tabs = Pick<typeof browser.tabs, 'create' | 'update'>;

/** A page's requests: at most one a second is heard, and a few new tabs a minute are opened. */
const GAP_MS = 1000;
const WINDOW_MS = 60_000;
const NEW_TABS_PER_WINDOW = 3;

/** What one tab's page asked for: when (within the window), and the tab opened last for it. */
interface Requests {
  readonly at: number[];
  shown: number | undefined;
}

export class ReferencePage {
  readonly #tabs: Tabs;
  readonly #url: string;
  readonly #now: () => number;
  readonly #bySource = new Map<number, Requests>();

  constructor(tabs: Tabs, url: string, now: () => number = Date.now) {
    this.#tabs = tabs;
    this.#url = url;
    this.#now = now;
  }

  /** Opens the page at `target` (`#404`, `?q=…` or nothing), in a new tab in front unless told. */
  open(target: string, how: OpenAction = IN_FRONT): Promise<unknown> {
    const url = `${this.#url}${target}`;
    return how.kind === 'update'
      ? this.#tabs.update({ url })
      : this.#tabs.create({ url, active: how.active });
  }

  /**
   * Opens the page at `target` for a web page's request (the tooltip's link), which the page's
   * own script might repeat: per `source` tab, a request within a second of the last is
   * dropped, and past a few a minute the tab opened last is brought back at the new target.
   */
  async openFor(source: number, target: string): Promise<void> {
    const now = this.#now();
    this.#forget(now);
    const requests = this.#bySource.get(source) ?? { at: [], shown: undefined };
    const last = requests.at.at(-1);
    if (last !== undefined && now - last < GAP_MS) return;
    requests.at.push(now);
    this.#bySource.set(source, requests);
    const url = `${this.#url}${target}`;
    if (requests.at.length > NEW_TABS_PER_WINDOW && requests.shown !== undefined) {
      // Closed since, it is opened again: still never more than one tab a second.
      const shown = await this.#tabs
        .update(requests.shown, { url, active: true })
        .catch(() => undefined);
      if (shown) return;
    }
    requests.shown = (await this.#tabs.create({ url, active: true })).id;
  }

  /** Tabs whose last request left the window are forgotten. */
  #forget(now: number): void {
    for (const [source, { at }] of this.#bySource) {
      while (at.length > 0 && now - (at[0] as number) >= WINDOW_MS) at.shift();
      if (at.length === 0) this.#bySource.delete(source);
    }
  }
}
