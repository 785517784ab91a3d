/**
 * Wires `webRequest` (observation only: nothing is blocked or changed) and `tabs` events to
 * the per-tab bookkeeping, and shows each tab's page status on the toolbar badge.
 *
 * Chrome stops an idle service worker after about 30 seconds, and its memory with it; the
 * record is therefore mirrored to `storage.session`, which the browser keeps in memory only
 * (never on disk) and clears when it quits.
 */
import { BADGE_TEXT_COLOR, badgeFor } from './badge.ts';
import type { BadgeMode } from '../settings.ts';
import type { PageStatus } from './tab-record.ts';
import { createTabStatusBook, type RequestDetails, type TabEvent } from './tab-status.ts';

type RequestListener = (details: RequestDetails) => undefined;
type RequestFilter = { urls: string[]; types?: 'main_frame'[] };
interface RequestEvent {
  addListener(callback: RequestListener, filter: RequestFilter): void;
}

export interface WebRequestApi {
  readonly onBeforeRequest: RequestEvent;
  readonly onBeforeRedirect: RequestEvent;
  readonly onResponseStarted: {
    addListener(
      callback: RequestListener,
      filter: RequestFilter,
      extraInfoSpec: 'responseHeaders'[],
    ): void;
  };
  readonly onCompleted: RequestEvent;
  readonly onErrorOccurred: RequestEvent;
}

export interface TabsApi {
  readonly onUpdated: {
    addListener(
      callback: (
        tabId: number,
        change: { url?: string | undefined; status?: string | undefined },
      ) => void,
    ): void;
  };
  readonly onRemoved: { addListener(callback: (tabId: number) => void): void };
  readonly onReplaced?: { addListener(callback: (added: number, removed: number) => void): void };
  query(query: Record<string, never>): Promise<{ id?: number | undefined }[]>;
}

/** Optional throughout: Firefox for Android has no badge, Chrome before 110 no text colour. */
export interface BadgeApi {
  setBadgeText?(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor?(details: { tabId: number; color: string }): Promise<void>;
  setBadgeTextColor?(details: { tabId: number; color: string }): Promise<void>;
}

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface TabStatusDeps {
  readonly webRequest: WebRequestApi;
  readonly tabs: TabsApi;
  readonly action: BadgeApi;
  readonly session: SessionArea;
  readonly badgeMode: () => BadgeMode;
}

export interface TabStatus {
  get(tabId: number): PageStatus | undefined;
  /** Paints every known tab's badge again, after the badge setting changed. */
  refreshBadges(): void;
}

export const TAB_STATUS_KEY = 'tabStatus';
/** Milliseconds to gather changes before mirroring them to `storage.session`. */
const SAVE_DELAY = 250;
const ignore = () => undefined;

export function registerTabStatus(deps: TabStatusDeps): TabStatus {
  const { webRequest, tabs, action, session } = deps;
  const book = createTabStatusBook();
  /** The badge text last set per tab, so a burst of failed requests does not repaint it. */
  const painted = new Map<number, string>();

  const paint = (tabId: number, force = false) => {
    const badge = badgeFor(book.get(tabId)?.status, deps.badgeMode());
    if (!force && painted.get(tabId) === badge.text) return;
    painted.set(tabId, badge.text);
    // The tab may be gone by now: the browser refuses, and that is fine.
    void action.setBadgeText?.({ tabId, text: badge.text })?.catch(ignore);
    if (badge.text === '') return;
    void action.setBadgeBackgroundColor?.({ tabId, color: badge.color })?.catch(ignore);
    void action.setBadgeTextColor?.({ tabId, color: BADGE_TEXT_COLOR })?.catch(ignore);
  };

  let saving: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    saving ??= setTimeout(() => {
      saving = undefined;
      void session.set({ [TAB_STATUS_KEY]: book.snapshot() }).catch(ignore);
    }, SAVE_DELAY);
  };

  // Events wait until the record kept before a restart is back, so they apply on top of it.
  let waiting: (() => void)[] | undefined = [];
  const whenReady = (run: () => void) => (waiting ? waiting.push(run) : run());
  const apply = (event: TabEvent, force = false) =>
    whenReady(() => {
      const changed = book.apply(event);
      if (event.kind === 'removed') painted.delete(event.tabId);
      else if (changed !== undefined || force)
        paint(event.kind === 'url' ? event.tabId : event.details.tabId, force);
      if (changed !== undefined) save();
    });

  void Promise.all([
    session.get(TAB_STATUS_KEY).catch(() => ({}) as Record<string, unknown>),
    tabs.query({}).catch(() => undefined),
  ]).then(([stored, open]) => {
    book.restore(stored[TAB_STATUS_KEY]);
    if (open) book.retain(open.flatMap((t) => (t.id === undefined ? [] : [t.id])));
    const queued = waiting ?? [];
    waiting = undefined;
    for (const run of queued) run();
  });

  const all = { urls: ['<all_urls>'] };
  const pages = { urls: ['<all_urls>'], types: ['main_frame' as const] };
  const on =
    (kind: 'request' | 'redirect' | 'response' | 'completed' | 'error') =>
    (details: RequestDetails) => {
      if (details.tabId >= 0) apply({ kind, details });
      return undefined;
    };
  webRequest.onBeforeRequest.addListener(on('request'), pages);
  webRequest.onBeforeRedirect.addListener(on('redirect'), pages);
  // The headers tell a download (Content-Disposition: attachment) from a page.
  webRequest.onResponseStarted.addListener(on('response'), pages, ['responseHeaders']);
  // Every request, for the failed ones.
  webRequest.onCompleted.addListener(on('completed'), all);
  webRequest.onErrorOccurred.addListener(on('error'), pages);

  tabs.onUpdated.addListener((tabId, change) => {
    if (change.url === undefined && change.status === undefined) return;
    // Browsers clear a tab's badge when it navigates: it is painted again each time.
    if (change.url === undefined) whenReady(() => paint(tabId, true));
    else apply({ kind: 'url', tabId, url: change.url, loading: change.status === 'loading' }, true);
  });
  tabs.onRemoved.addListener((tabId) => apply({ kind: 'removed', tabId }));
  tabs.onReplaced?.addListener((_added, removed) => apply({ kind: 'removed', tabId: removed }));

  return {
    get: (tabId) => book.get(tabId),
    refreshBadges: () => whenReady(() => book.tabs().forEach((id) => paint(id, true))),
  };
}
