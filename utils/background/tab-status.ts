/**
 * What the browser saw of each tab's page, from `webRequest`-like events: the status of the
 * main document, the redirects that led to it and the requests on it that failed (4xx/5xx).
 * Pure bookkeeping in memory: events in, a small read-only view out. The caller wires the
 * events, forgets a tab when it closes, and may keep a snapshot in memory across restarts.
 */
import {
  addFailure,
  clipUrl,
  isRecord,
  list,
  MAX_REDIRECTS,
  newDoc,
  parseDoc,
  toPageStatus,
  type Doc,
  type Hop,
  type PageStatus,
} from './tab-record.ts';

/** The fields of `webRequest` event details that the bookkeeping reads. */
export interface RequestDetails {
  readonly requestId: string;
  readonly tabId: number;
  readonly frameId: number;
  readonly type: string;
  readonly url: string;
  readonly statusCode?: number | undefined;
  readonly statusLine?: string | undefined;
  readonly redirectUrl?: string | undefined;
  readonly error?: string | undefined;
  /** Chrome only; `prerender` for a page loaded ahead of time, not yet shown. */
  readonly documentLifecycle?: string | undefined;
  readonly responseHeaders?:
    readonly { readonly name: string; readonly value?: string | undefined }[] | undefined;
}

export type TabEvent =
  | {
      readonly kind: 'request' | 'redirect' | 'response' | 'completed' | 'error';
      readonly details: RequestDetails;
    }
  /**
   * The tab's address changed; `loading` when the browser says a document is loading. Firefox
   * tells a document shown again from its back/forward cache (loading) from a single-page
   * app's history change (not) this way; Chrome reports both as loading.
   */
  | {
      readonly kind: 'url';
      readonly tabId: number;
      readonly url: string;
      readonly loading: boolean;
    }
  | { readonly kind: 'removed'; readonly tabId: number };

export const MAX_TABS = 1000;
/** Documents of a tab kept besides the current one: those left behind and prerendered ones. */
const MAX_EARLIER = 3;
const MAX_NAVIGATIONS = 4;
/** Closed tabs remembered, so that their late events do not bring them back. */
const MAX_CLOSED = 200;

interface Navigation {
  requestId: string;
  url: string;
  redirects: Hop[];
  prerender: boolean;
}

interface Tab {
  current: Doc | undefined;
  earlier: Doc[];
  navigations: Navigation[];
}

/** The same document: equal up to the fragment. */
const sameDocument = (a: string | undefined, b: string): boolean =>
  a !== undefined && a.split('#')[0] === b.split('#')[0];

const isMainFrame = (d: RequestDetails) => d.type === 'main_frame';
/** A top-level page loaded ahead of time (Chrome gives it a frame id other than 0). */
const isPrerender = (d: RequestDetails) => d.frameId !== 0 || d.documentLifecycle === 'prerender';
/** Chrome's `net::ERR_ABORTED`, Firefox's `NS_BINDING_ABORTED`: stopped or replaced, no error page. */
const isAbort = (error = '') => /ABORT/u.test(error);

/**
 * Whether a main-frame response becomes the tab's page: 204 and 205 leave the old page in
 * place, and an attachment is downloaded.
 */
function becomesDocument(d: RequestDetails): boolean {
  if (d.statusCode === 204 || d.statusCode === 205) return false;
  const disposition = d.responseHeaders?.find(
    (h) => h.name.toLowerCase() === 'content-disposition',
  );
  return !/^\s*attachment/iu.test(disposition?.value ?? '');
}

/**
 * A redirect the server sent: 3xx, not one the browser made up itself (Chrome's `307
 * Internal Redirect` for HSTS and HTTPS upgrades).
 */
const isServerRedirect = (d: RequestDetails) =>
  d.statusCode !== undefined &&
  d.statusCode >= 300 &&
  d.statusCode <= 399 &&
  !/internal redirect/iu.test(d.statusLine ?? '');

/** What is kept across a restart of the background: each tab's documents, as plain data. */
export interface Snapshot {
  readonly version: 1;
  readonly tabs: readonly (readonly [number, { current: Doc | undefined; earlier: Doc[] }])[];
}

export interface TabStatusBook {
  /** Applies one event; the tab whose record changed, if any. */
  apply(event: TabEvent): number | undefined;
  /** The page status of a tab, when anything is known of it. */
  get(tabId: number): PageStatus | undefined;
  /** The tabs with a record. */
  tabs(): number[];
  snapshot(): Snapshot;
  /** Takes back a snapshot for the tabs that have no record yet; the tabs restored. */
  restore(stored: unknown): number[];
  /** Forgets every tab but these (the open ones). */
  retain(open: readonly number[]): void;
}

export function createTabStatusBook(): TabStatusBook {
  // Insertion order is recency: a tab touched is moved to the end, the oldest dropped past the cap.
  const tabs = new Map<number, Tab>();
  // Tab ids are not reused while the browser runs: a closed tab's late events are dropped.
  const closed = new Set<number>();

  const touch = (tabId: number): Tab => {
    const tab = tabs.get(tabId) ?? { current: undefined, earlier: [], navigations: [] };
    tabs.delete(tabId);
    tabs.set(tabId, tab);
    if (tabs.size > MAX_TABS) tabs.delete(tabs.keys().next().value as number);
    return tab;
  };
  const leave = (tab: Tab, doc: Doc | undefined) => {
    if (doc) tab.earlier = [doc, ...tab.earlier].slice(0, MAX_EARLIER);
  };
  const navigationOf = (tab: Tab | undefined, requestId: string) =>
    tab?.navigations.find((n) => n.requestId === requestId);
  const dropNavigation = (tab: Tab, requestId: string) => {
    tab.navigations = tab.navigations.filter((n) => n.requestId !== requestId);
  };

  function request(d: RequestDetails): number | undefined {
    const tab = touch(d.tabId);
    const known = navigationOf(tab, d.requestId);
    // Chrome announces each redirect target again with the same request id.
    if (known) {
      known.url = d.url;
      return undefined;
    }
    tab.navigations = [
      ...tab.navigations,
      { requestId: d.requestId, url: d.url, redirects: [], prerender: isPrerender(d) },
    ].slice(-MAX_NAVIGATIONS);
    return undefined;
  }

  function redirect(d: RequestDetails): number | undefined {
    const tab = touch(d.tabId);
    let nav = navigationOf(tab, d.requestId);
    if (!nav) {
      request(d);
      nav = navigationOf(tab, d.requestId) as Navigation;
    }
    if (isServerRedirect(d) && nav.redirects.length < MAX_REDIRECTS)
      nav.redirects.push({ status: d.statusCode as number, url: clipUrl(d.url) });
    nav.url = d.redirectUrl ?? nav.url;
    return undefined;
  }

  /**
   * A main-frame response. Without a navigation on record (the background started while it
   * was on its way) it is taken as it is, except at completion, when it was seen already.
   */
  function respond(d: RequestDetails, atCompletion = false): number | undefined {
    const tab = tabs.get(d.tabId);
    const nav = navigationOf(tab, d.requestId);
    const seen = [tab?.current, ...(tab?.earlier ?? [])].some(
      (doc) => doc?.requestId === d.requestId,
    );
    if (d.statusCode === undefined || seen || (atCompletion && !nav)) return undefined;
    const target = touch(d.tabId);
    dropNavigation(target, d.requestId);
    if (!becomesDocument(d)) return undefined;
    const doc = newDoc({
      requestId: d.requestId,
      url: clipUrl(d.url),
      status: d.statusCode,
      redirects: nav?.redirects ?? [],
    });
    if (nav?.prerender ?? isPrerender(d)) {
      // Shown later, if ever: the tab's address changes to it without a new request.
      leave(target, doc);
      return d.tabId;
    }
    leave(target, target.current);
    target.current = doc;
    return d.tabId;
  }

  function completed(d: RequestDetails): number | undefined {
    if (isMainFrame(d)) return respond(d, true);
    const status = d.statusCode ?? 0;
    if (status < 400 || status > 599 || d.documentLifecycle === 'prerender') return undefined;
    const tab = touch(d.tabId);
    // A page loaded before we started: its failures are still worth showing.
    tab.current ??= newDoc();
    addFailure(tab.current, status, d.url);
    return d.tabId;
  }

  function failed(d: RequestDetails): number | undefined {
    if (!isMainFrame(d)) return undefined;
    const tab = tabs.get(d.tabId);
    const nav = navigationOf(tab, d.requestId);
    if (!tab || !nav) return undefined;
    dropNavigation(tab, d.requestId);
    if (isAbort(d.error) || nav.prerender) return undefined;
    // The browser shows its own error page: no HTTP status to tell.
    leave(tab, tab.current);
    tab.current = undefined;
    return d.tabId;
  }

  function moved(tabId: number, url: string, loading: boolean): number | undefined {
    const tab = tabs.get(tabId);
    if (!tab) return undefined;
    // The new page's response is on its way; the address changed first.
    if (tab.navigations.some((n) => !n.prerender && sameDocument(n.url, url))) return undefined;
    const current = tab.current;
    if (current && (sameDocument(current.url, url) || sameDocument(current.at, url))) {
      current.at = url;
      return undefined;
    }
    // A document shown again without a request: back/forward cache, or an activated prerender.
    const back = loading ? tab.earlier.findIndex((d) => sameDocument(d.url, url)) : -1;
    if (back >= 0) {
      const [doc] = tab.earlier.splice(back, 1);
      leave(tab, current);
      tab.current = doc;
      return tabId;
    }
    // A history change within the page (a single-page app): same document, same status.
    if (current) current.at = url;
    return undefined;
  }

  function apply(event: TabEvent): number | undefined {
    if (event.kind === 'removed') {
      closed.add(event.tabId);
      if (closed.size > MAX_CLOSED) closed.delete(closed.values().next().value as number);
      return tabs.delete(event.tabId) ? event.tabId : undefined;
    }
    if (event.kind === 'url') return moved(event.tabId, event.url, event.loading);
    const d = event.details;
    // Requests of no tab (the browser's own, service workers'), or of a tab closed meanwhile.
    if (d.tabId < 0 || closed.has(d.tabId)) return undefined;
    if (event.kind === 'completed') return completed(d);
    if (event.kind === 'error') return failed(d);
    if (!isMainFrame(d)) return undefined;
    if (event.kind === 'request') return request(d);
    if (event.kind === 'redirect') return redirect(d);
    return respond(d);
  }

  return {
    apply,
    get: (tabId) => {
      const doc = tabs.get(tabId)?.current;
      return doc ? toPageStatus(doc) : undefined;
    },
    tabs: () => [...tabs.keys()],
    snapshot: () => ({
      version: 1,
      tabs: [...tabs].flatMap(([id, t]) =>
        t.current || t.earlier.length > 0
          ? [[id, { current: t.current, earlier: t.earlier }] as const]
          : [],
      ),
    }),
    restore: (stored) => {
      const restored: number[] = [];
      for (const [id, saved] of parseSnapshot(stored)) {
        if (tabs.has(id)) continue;
        tabs.set(id, { ...saved, navigations: [] });
        restored.push(id);
      }
      return restored;
    },
    retain: (open) => {
      const keep = new Set(open);
      // Deleting the entry being visited is safe in a Map's iteration.
      for (const id of tabs.keys()) if (!keep.has(id)) tabs.delete(id);
    },
  };
}

/** A snapshot read back: the tabs in it, each with its documents. */
function parseSnapshot(stored: unknown): [number, Omit<Tab, 'navigations'>][] {
  if (!isRecord(stored) || stored['version'] !== 1) return [];
  return list(stored['tabs'], MAX_TABS).flatMap((entry): [number, Omit<Tab, 'navigations'>][] => {
    if (!Array.isArray(entry) || !Number.isSafeInteger(entry[0]) || !isRecord(entry[1])) return [];
    const earlier = list(entry[1]['earlier'], MAX_EARLIER).flatMap((d) => parseDoc(d) ?? []);
    return [[entry[0] as number, { current: parseDoc(entry[1]['current']), earlier }]];
  });
}
