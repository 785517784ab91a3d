/** What the toolbar badge and the popup's "this page" section make of a page's status. */
import type { BadgeMode } from '../settings.ts';
import type { PageStatus } from './tab-record.ts';

/** The class colours of the light theme (components/theme.css `--c1` … `--c5`), 1xx first. */
export const CLASS_COLORS = ['#5b5f97', '#1a7f37', '#0969da', '#b35900', '#cf222e'] as const;
export const BADGE_TEXT_COLOR = '#ffffff';

/**
 * A page that simply loaded: 2xx, or 304, where the browser revalidated its cached copy and
 * shows that.
 */
export const isPlainSuccess = (status: number): boolean =>
  (status >= 200 && status <= 299) || status === 304;

export interface Badge {
  readonly text: string;
  readonly color: string;
}

/** The badge for a page's final status; an empty text clears it. */
export function badgeFor(status: number | undefined, mode: BadgeMode): Badge {
  const color = CLASS_COLORS[Math.floor((status ?? 0) / 100) - 1];
  const shown =
    status !== undefined &&
    color !== undefined &&
    (mode === 'always' || (mode === 'auto' && !isPlainSuccess(status)));
  return shown ? { text: String(status), color } : { text: '', color: CLASS_COLORS[1] };
}

/** Whether the popup has anything to say about the page. */
export const worthShowing = (page: PageStatus | null | undefined): page is PageStatus =>
  page != null &&
  ((page.status !== undefined && !isPlainSuccess(page.status)) ||
    page.redirects.length > 0 ||
    page.failedCount > 0);

/**
 * A URL as short and readable as it can be: the path alone when it is on the page's own
 * origin, and percent-escapes decoded (`/%EC%83%81%ED%83%9C` → `/상태`) unless that would
 * hide what the URL is (escaped delimiters, control or direction characters).
 */
export function shortUrl(url: string, page: string | undefined): string {
  let short = url;
  try {
    const origin = page === undefined ? undefined : new URL(page).origin;
    if (origin !== undefined && url.startsWith(`${origin}/`)) short = url.slice(origin.length);
  } catch {
    // Not a URL (we know nothing of the page): shown as it is.
  }
  try {
    const decoded = decodeURI(short);
    return /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/u.test(decoded) ? short : decoded;
  } catch {
    return short;
  }
}
