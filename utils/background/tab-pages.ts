/**
 * One tab's pages: the one shown, those left behind or loaded ahead of time (which the tab may
 * show again without a request), and the navigations on their way (docs/background.md).
 */
import {
  addFailure,
  MAX_REDIRECTS,
  newDoc,
  toPageStatus,
  type Doc,
  type PageStatus,
} from './tab-record.ts';
import {
  becomesDocument,
  isAbort,
  isPrerender,
  isServerRedirect,
  sameDocument,
  type RequestDetails,
} from './tab-events.ts';
import {
  MAX_EARLIER,
  MAX_NAVIGATIONS,
  type SavedTab,
  type SavedNavigation as Navigation,
} from './tab-snapshot.ts';
import { methodOf, traitsOf } from './tab-request.ts';
import { recordUrl } from './tab-url.ts';

export class TabPages {
  #current: Doc | undefined;
  #earlier: Doc[];
  #navigations: Navigation[];
  // Responses that were not documents (204, 205, downloads): their completion is no news either.
  #answered: string[];

  constructor(saved: Partial<SavedTab> = {}) {
    this.#current = saved.current;
    this.#earlier = saved.earlier ?? [];
    this.#navigations = saved.navigations ?? [];
    this.#answered = saved.answered ?? [];
  }

  status(): PageStatus | undefined {
    return this.#current ? toPageStatus(this.#current) : undefined;
  }

  /**
   * What is worth keeping across a restart, navigations on their way included (a worker may be
   * stopped between two redirects); undefined when there is nothing.
   */
  saved(): SavedTab | undefined {
    const saved = {
      current: this.#current,
      earlier: this.#earlier,
      navigations: this.#navigations,
      answered: this.#answered,
    };
    return saved.current || [saved.earlier, saved.navigations].some((l) => l.length > 0)
      ? saved
      : undefined;
  }

  request(d: RequestDetails): void {
    const known = this.#navigation(d.requestId);
    const url = recordUrl(d.url);
    // Chrome announces each redirect target again with the same request id.
    if (known) {
      known.url = url;
      return;
    }
    this.#navigations = [
      ...this.#navigations,
      { requestId: d.requestId, url, redirects: [], prerender: isPrerender(d) },
    ].slice(-MAX_NAVIGATIONS);
  }

  redirect(d: RequestDetails): void {
    let nav = this.#navigation(d.requestId);
    if (!nav) {
      this.request(d);
      nav = this.#navigation(d.requestId) as Navigation;
    }
    if (isServerRedirect(d) && nav.redirects.length < MAX_REDIRECTS)
      nav.redirects.push({
        status: d.statusCode as number,
        url: recordUrl(d.url),
        ...methodOf(d.method),
      });
    if (d.redirectUrl !== undefined) nav.url = recordUrl(d.redirectUrl);
  }

  /**
   * Whether a main-frame response is news: one not taken yet. One with no navigation on record
   * (the worker started meanwhile) is taken as it is, at its start or, when the worker started
   * after that, at its completion.
   */
  accepts(d: RequestDetails): boolean {
    const seen = [this.#current, ...this.#earlier].some((doc) => doc?.requestId === d.requestId);
    return d.statusCode !== undefined && !seen && !this.#answered.includes(d.requestId);
  }

  /** Takes a main-frame response the tab `accepts`; whether its record changed. */
  respond(d: RequestDetails): boolean {
    const nav = this.#navigation(d.requestId);
    this.#drop(d.requestId);
    if (!becomesDocument(d)) {
      this.#answered = [...this.#answered, d.requestId].slice(-MAX_NAVIGATIONS);
      return false;
    }
    const doc = newDoc({
      requestId: d.requestId,
      url: recordUrl(d.url),
      status: d.statusCode,
      ...methodOf(d.method),
      redirects: nav?.redirects ?? [],
    });
    if (nav?.prerender ?? isPrerender(d)) {
      // Shown later, if ever: the tab's address changes to it without a new request.
      this.#leave(doc);
      return true;
    }
    this.#leave(this.#current);
    this.#current = doc;
    return true;
  }

  addFailure(status: number, d: RequestDetails): void {
    // A page loaded before we started: its failures are still worth showing.
    this.#current ??= newDoc();
    addFailure(this.#current, status, d.url, traitsOf(d));
  }

  /** A main-frame request failed; whether the record changed. */
  fail(d: RequestDetails): boolean {
    const nav = this.#navigation(d.requestId);
    if (!nav) return false;
    this.#drop(d.requestId);
    if (isAbort(d.error) || nav.prerender) return false;
    // The browser shows its own error page: no HTTP status to tell.
    this.#leave(this.#current);
    this.#current = undefined;
    return true;
  }

  /** The tab's address changed; whether it now shows another document. */
  move(address: string, loading: boolean): boolean {
    // Compared with, and kept as, what the record holds.
    const url = recordUrl(address);
    // The new page's response is on its way; the address changed first.
    if (this.#navigations.some((n) => !n.prerender && sameDocument(n.url, url))) return false;
    const current = this.#current;
    if (current && (sameDocument(current.url, url) || sameDocument(current.at, url))) {
      current.at = url;
      return false;
    }
    // A document shown again without a request: back/forward cache, or an activated prerender.
    const back = loading ? this.#earlier.findIndex((doc) => sameDocument(doc.url, url)) : -1;
    if (back >= 0) {
      const [doc] = this.#earlier.splice(back, 1);
      this.#leave(current);
      this.#current = doc;
      return true;
    }
    // A history change within the page (a single-page app): same document, same status.
    if (current) current.at = url;
    return false;
  }

  #navigation(requestId: string): Navigation | undefined {
    return this.#navigations.find((n) => n.requestId === requestId);
  }

  #drop(requestId: string): void {
    this.#navigations = this.#navigations.filter((n) => n.requestId !== requestId);
  }

  #leave(doc: Doc | undefined): void {
    if (doc) this.#earlier = [doc, ...this.#earlier].slice(0, MAX_EARLIER);
  }
}
