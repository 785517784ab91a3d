/**
 * Wires `webRequest` (observation only: nothing is blocked or changed) and `tabs` events to the
 * tab record, until the signal aborts.
 */
import type { browser } from 'wxt/browser';
import { listen } from '../listen.ts';
import type { RequestDetails, TabEvent } from './tab-events.ts';
import type { TabTracker } from './tab-tracker.ts';

type RequestKind = Exclude<TabEvent['kind'], 'url' | 'removed' | 'incognito'>;

export interface TabEventSources {
  readonly webRequest: Pick<
    typeof browser.webRequest,
    'onBeforeRequest' | 'onBeforeRedirect' | 'onResponseStarted' | 'onCompleted' | 'onErrorOccurred'
  >;
  readonly tabs: Pick<typeof browser.tabs, 'onCreated' | 'onUpdated' | 'onRemoved'> &
    Partial<Pick<typeof browser.tabs, 'onReplaced'>>;
}

export function listenToTabs(
  tracker: Pick<TabTracker, 'apply' | 'repaint'>,
  { webRequest, tabs }: TabEventSources,
  signal: AbortSignal,
): void {
  const all = { urls: ['<all_urls>'] };
  const pages = { urls: ['<all_urls>'], types: ['main_frame' as const] };
  const on = (kind: RequestKind) => (details: RequestDetails) => {
    if (details.tabId >= 0) tracker.apply({ kind, details });
    return undefined;
  };
  listen(webRequest.onBeforeRequest, signal, on('request'), pages);
  listen(webRequest.onBeforeRedirect, signal, on('redirect'), pages);
  // The headers tell a download (Content-Disposition: attachment) from a page.
  listen(webRequest.onResponseStarted, signal, on('response'), pages, ['responseHeaders']);
  // Every other request, for the failed ones: at its response's start, since Chrome may cancel
  // a failing response's body (net::ERR_ABORTED) and then never reports it completed.
  listen(webRequest.onResponseStarted, signal, on('subresponse'), all);
  listen(webRequest.onCompleted, signal, on('completed'), pages);
  listen(webRequest.onErrorOccurred, signal, on('error'), pages);

  // Incognito tabs are told apart as soon as they open, and on each change (Chrome's requests
  // do not say; Firefox's say `incognito` too, read by the book).
  listen(tabs.onCreated, signal, (tab) => {
    if (tab.incognito && tab.id !== undefined) tracker.apply({ kind: 'incognito', tabId: tab.id });
  });
  listen(tabs.onUpdated, signal, (tabId, change, tab) => {
    if (tab?.incognito) tracker.apply({ kind: 'incognito', tabId });
    else if (change.url !== undefined)
      tracker.apply(
        { kind: 'url', tabId, url: change.url, loading: change.status === 'loading' },
        true,
      );
    // Browsers clear a tab's badge when it navigates: it is painted again each time.
    else if (change.status !== undefined) tracker.repaint(tabId);
  });
  listen(tabs.onRemoved, signal, (tabId) => tracker.apply({ kind: 'removed', tabId }));
  if (tabs.onReplaced)
    listen(tabs.onReplaced, signal, (_added, removed) =>
      tracker.apply({ kind: 'removed', tabId: removed }),
    );
}
