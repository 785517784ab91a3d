/**
 * The tab record kept live: events applied as they come, each tab's badge painted, and the
 * record mirrored to `storage.session`, where a restarted worker finds it (docs/background.md).
 */
import type { Browser, browser } from 'wxt/browser';
import type { BadgeMode } from '../settings.ts';
import type { PageStatus } from './tab-record.ts';
import { tabOf, type TabEvent } from './tab-events.ts';
import { MAX_SNAPSHOT_SIZE } from './tab-snapshot.ts';
import { TabStatusBook } from './tab-status.ts';
import { BadgePainter, type BadgeApi } from './toolbar.ts';

export const TAB_STATUS_KEY = 'tabStatus';
/** Milliseconds to gather changes before mirroring them to `storage.session`. */
const SAVE_DELAY = 250;

export interface TabTrackerDeps {
  readonly action: BadgeApi;
  readonly session: Pick<Browser.storage.StorageArea, 'get' | 'set'>;
  /** To forget, after a restart, the tabs closed meanwhile. */
  readonly tabs: Pick<typeof browser.tabs, 'query'>;
  readonly settings: { readonly badge: BadgeMode };
}

export class TabTracker {
  readonly #book = new TabStatusBook();
  readonly #badges: BadgePainter;
  readonly #session: TabTrackerDeps['session'];
  readonly #signal: AbortSignal;
  #saving: ReturnType<typeof setTimeout> | undefined;
  // Events wait until the record kept before a restart is back, so they apply on top of it.
  #waiting: (() => void)[] | undefined = [];

  constructor({ action, session, tabs, settings }: TabTrackerDeps, signal: AbortSignal) {
    this.#badges = new BadgePainter(action, settings);
    this.#session = session;
    this.#signal = signal;
    signal.addEventListener('abort', () => clearTimeout(this.#saving), { once: true });
    void this.#restore(tabs);
  }

  get(tabId: number): PageStatus | undefined {
    return this.#book.get(tabId);
  }

  /** Applies an event; `repaint` paints the tab's badge even when its record did not change. */
  apply(event: TabEvent, repaint = false): void {
    this.#whenReady(() => {
      const changed = this.#book.apply(event);
      if (event.kind === 'removed') this.#badges.forget(event.tabId);
      else if (changed !== undefined || repaint) this.#paint(tabOf(event), repaint);
      // A navigation on its way is kept too: the worker may stop before it ends.
      if (changed !== undefined || event.kind === 'request' || event.kind === 'redirect')
        this.#save();
    });
  }

  /** Paints a tab's badge again: browsers clear it when the tab navigates. */
  repaint(tabId: number): void {
    this.#whenReady(() => this.#paint(tabId, true));
  }

  /** Paints every known tab's badge again, after the badge setting changed. */
  refreshBadges(): void {
    this.#whenReady(() => this.#book.tabs().forEach((id) => this.#paint(id, true)));
  }

  #paint(tabId: number, force: boolean): void {
    this.#badges.paint(tabId, this.#book.get(tabId)?.status, force);
  }

  #whenReady(run: () => void): void {
    if (this.#waiting) this.#waiting.push(run);
    else run();
  }

  #save(): void {
    if (this.#signal.aborted) return;
    this.#saving ??= setTimeout(() => {
      this.#saving = undefined;
      void this.#write();
    }, SAVE_DELAY);
  }

  /**
   * Mirrors the book; when the browser refuses (its quota), again with fewer tabs, the least
   * recently active dropped, down to none rather than leave an old mirror in place.
   */
  async #write(): Promise<void> {
    for (const budget of [MAX_SNAPSHOT_SIZE, MAX_SNAPSHOT_SIZE / 8, MAX_SNAPSHOT_SIZE / 64, 0]) {
      try {
        await this.#session.set({ [TAB_STATUS_KEY]: this.#book.snapshot(budget) });
        return;
      } catch {
        // Tried again below with a smaller budget.
      }
    }
  }

  async #restore(tabs: TabTrackerDeps['tabs']): Promise<void> {
    const [stored, open] = await Promise.all([
      this.#session.get(TAB_STATUS_KEY).catch(() => ({}) as Record<string, unknown>),
      tabs.query({}).catch(() => undefined),
    ]);
    this.#book.restore(stored[TAB_STATUS_KEY]);
    // Tabs closed while no worker ran (closing one may be what started this one) leave the
    // mirror too: their `removed` events, queued below, find no record left to drop.
    if (open && this.#book.retain(open.flatMap((t) => (t.id === undefined ? [] : [t.id]))))
      this.#save();
    for (const tab of open ?? [])
      if (tab.incognito && tab.id !== undefined)
        this.#book.apply({ kind: 'incognito', tabId: tab.id });
    const queued = this.#waiting ?? [];
    this.#waiting = undefined;
    for (const run of queued) run();
  }
}
