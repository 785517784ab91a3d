/**
 * What the browser reports of a tab's requests and address, as the tab record reads it, and
 * the tests that tell one kind of report from another.
 */
import type { Browser } from 'wxt/browser';
import { classOf } from '../status-class.ts';

type Details = Browser.webRequest.WebRequestDetails;

/** The fields of `webRequest` event details that the bookkeeping reads. */
export type RequestDetails = Pick<Details, 'requestId' | 'tabId' | 'frameId' | 'url'> & {
  /** `main_frame`, `image`, …: any resource type a browser names. */
  readonly type: string;
} & Partial<
    // Chrome only; `prerender` for a page loaded ahead of time, not yet shown.
    Pick<Details, 'documentLifecycle'> &
      // Both browsers send it; tests and older events may not.
      Pick<Details, 'method'> &
      Pick<
        Browser.webRequest.OnBeforeRedirectDetails,
        'statusCode' | 'statusLine' | 'redirectUrl' | 'responseHeaders'
      > &
      Pick<Browser.webRequest.OnErrorOccurredDetails, 'error'> & {
        /** Firefox only: a request of a private window. */
        readonly incognito: boolean;
      }
  >;

export type TabEvent =
  | {
      /** `subresponse`: a response to any request but the page's own, as it starts. */
      readonly kind: 'request' | 'redirect' | 'response' | 'subresponse' | 'completed' | 'error';
      readonly details: RequestDetails;
    }
  /**
   * The tab's address changed; `loading` when a document loads (how Firefox tells a page back
   * from its cache from a single-page app's history change; Chrome says loading for both).
   */
  | {
      readonly kind: 'url';
      readonly tabId: number;
      readonly url: string;
      readonly loading: boolean;
    }
  /** The tab was closed or replaced. */
  | { readonly kind: 'removed'; readonly tabId: number }
  /** The tab is in an incognito window: nothing of it is kept. */
  | { readonly kind: 'incognito'; readonly tabId: number };

/** The tab an event is about. */
export const tabOf = (event: TabEvent): number => ('tabId' in event ? event : event.details).tabId;

/** The same document: equal up to the fragment. */
export const sameDocument = (a: string | undefined, b: string): boolean =>
  a !== undefined && a.split('#')[0] === b.split('#')[0];

export const isMainFrame = (d: RequestDetails) => d.type === 'main_frame';
/** A top-level page loaded ahead of time (Chrome gives it a frame id other than 0). */
export const isPrerender = (d: RequestDetails) =>
  d.frameId !== 0 || d.documentLifecycle === 'prerender';
/** Chrome's `net::ERR_ABORTED`, Firefox's `NS_BINDING_ABORTED`: stopped or replaced, no error page. */
export const isAbort = (error = '') => /ABORT/u.test(error);

/**
 * Whether a main-frame response becomes the tab's page: 204 and 205 leave the old page in
 * place, and an attachment is downloaded.
 */
export function becomesDocument(d: RequestDetails): boolean {
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
export const isServerRedirect = (d: RequestDetails) =>
  classOf(d.statusCode ?? 0) === 3 && !/internal redirect/iu.test(d.statusLine ?? '');

/** A request that failed on the server's word: 4xx or 5xx. */
export const isFailure = (status: number) => {
  const digit = classOf(status);
  return digit === 4 || digit === 5;
};
