/**
 * What the browser saw of each tab's page (status, redirects, failed requests), as pure
 * bookkeeping in memory: events in, a small read-only view out (docs/background.md).
 */
import type { PageStatus } from './tab-record.ts';
import { isFailure, isMainFrame, tabOf, type RequestDetails, type TabEvent } from './tab-events.ts';
import { TabPages } from './tab-pages.ts';
import {
  MAX_SNAPSHOT_SIZE,
  MAX_TABS,
  parseSnapshot,
  type SavedTab,
  type Snapshot,
} from './tab-snapshot.ts';

/** Closed tabs remembered, so that their late events do not bring them back. */
const MAX_CLOSED = 200;

export class TabStatusBook {
  // Insertion order is recency: a tab touched is moved to the end, the oldest dropped past the cap.
  readonly #tabs = new Map<number, TabPages>();
  // Tab ids are not reused while the browser runs: a closed tab's late events are dropped.
  readonly #closed = new Set<number>();
  // Tabs of incognito windows: nothing of them is kept, in memory or in the snapshot.
  readonly #incognito = new Set<number>();

  /** Applies one event; the tab whose record changed, if any. */
  apply(event: TabEvent): number | undefined {
    if (event.kind === 'removed') return this.#remove(event.tabId);
    if (event.kind === 'incognito' || ('details' in event && event.details.incognito))
      return this.#hide(tabOf(event));
    if (this.#incognito.has(tabOf(event))) return undefined;
    if (event.kind === 'url')
      return this.#tabs.get(event.tabId)?.move(event.url, event.loading) ? event.tabId : undefined;
    const d = event.details;
    // Requests of no tab (the browser's own, service workers'), or of a tab closed meanwhile.
    if (d.tabId < 0 || this.#closed.has(d.tabId)) return undefined;
    if (event.kind === 'subresponse') return isMainFrame(d) ? undefined : this.#failure(d);
    if (event.kind === 'completed') return isMainFrame(d) ? this.#respond(d) : undefined;
    if (!isMainFrame(d)) return undefined;
    if (event.kind === 'error') return this.#tabs.get(d.tabId)?.fail(d) ? d.tabId : undefined;
    if (event.kind === 'request') this.#touch(d.tabId).request(d);
    else if (event.kind === 'redirect') this.#touch(d.tabId).redirect(d);
    else return this.#respond(d);
    return undefined;
  }

  /** The page status of a tab, when anything is known of it. */
  get(tabId: number): PageStatus | undefined {
    return this.#tabs.get(tabId)?.status();
  }

  /** The tabs with a record. */
  tabs(): number[] {
    return [...this.#tabs.keys()];
  }

  /** The tabs worth keeping, the most recently active first kept, within `budget` characters. */
  snapshot(budget = MAX_SNAPSHOT_SIZE): Snapshot {
    const tabs: [number, SavedTab][] = [];
    let size = 0;
    for (const [id, pages] of [...this.#tabs].reverse()) {
      const saved = pages.saved();
      if (!saved) continue;
      size += JSON.stringify(saved).length + 16;
      if (size > budget) break;
      tabs.push([id, saved]);
    }
    return { version: 1, tabs: tabs.reverse() };
  }

  /** Takes back a snapshot for the tabs that have no record yet; the tabs restored. */
  restore(stored: unknown): number[] {
    const restored: number[] = [];
    for (const [id, saved] of parseSnapshot(stored)) {
      if (this.#tabs.has(id)) continue;
      this.#tabs.set(id, new TabPages(saved));
      restored.push(id);
    }
    return restored;
  }

  /** Forgets every tab but these (the open ones); whether any was forgotten. */
  retain(open: readonly number[]): boolean {
    const keep = new Set(open);
    const before = this.#tabs.size;
    // Deleting the entry being visited is safe in a Map's iteration.
    for (const id of this.#tabs.keys()) if (!keep.has(id)) this.#tabs.delete(id);
    return this.#tabs.size < before;
  }

  #touch(tabId: number): TabPages {
    const pages = this.#tabs.get(tabId) ?? new TabPages();
    this.#tabs.delete(tabId);
    this.#tabs.set(tabId, pages);
    if (this.#tabs.size > MAX_TABS) this.#tabs.delete(this.#tabs.keys().next().value as number);
    return pages;
  }

  #hide(tabId: number): number | undefined {
    this.#incognito.add(tabId);
    if (this.#incognito.size > MAX_TABS)
      this.#incognito.delete(this.#incognito.values().next().value as number);
    return this.#tabs.delete(tabId) ? tabId : undefined;
  }

  #remove(tabId: number): number | undefined {
    this.#incognito.delete(tabId);
    this.#closed.add(tabId);
    if (this.#closed.size > MAX_CLOSED)
      this.#closed.delete(this.#closed.values().next().value as number);
    return this.#tabs.delete(tabId) ? tabId : undefined;
  }

  /**
   * A main-frame response, at its start or its completion, taken unless it is old news (a tab
   * never seen has none).
   */
  #respond(d: RequestDetails): number | undefined {
    if (!(this.#tabs.get(d.tabId) ?? new TabPages()).accepts(d)) return undefined;
    return this.#touch(d.tabId).respond(d) ? d.tabId : undefined;
  }

  /** A sub-request's failure, counted as its response starts: Chrome may cancel the body after. */
  #failure(d: RequestDetails): number | undefined {
    const status = d.statusCode ?? 0;
    if (!isFailure(status) || d.documentLifecycle === 'prerender') return undefined;
    this.#touch(d.tabId).addFailure(status, d);
    return d.tabId;
  }
}
