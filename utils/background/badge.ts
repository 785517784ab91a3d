/** What the toolbar badge and the popup's "this page" section make of a page's status. */
import type { BadgeMode } from '../settings.ts';
import { CLASS_COLORS, classOf } from '../status-class.ts';
import type { PageStatus } from './tab-record.ts';

export const BADGE_TEXT_COLOR = '#ffffff';

/**
 * A page that simply loaded: 2xx, or 304, where the browser revalidated its cached copy and
 * shows that.
 */
export const isPlainSuccess = (status: number): boolean => classOf(status) === 2 || status === 304;

export interface Badge {
  readonly text: string;
  readonly color: string;
}

/** The badge for a page's final status; an empty text clears it. */
export function badgeFor(status: number | undefined, mode: BadgeMode): Badge {
  const digit = classOf(status ?? 0);
  const shown =
    status !== undefined &&
    digit !== undefined &&
    (mode === 'always' || (mode === 'auto' && !isPlainSuccess(status)));
  return shown
    ? { text: String(status), color: CLASS_COLORS[digit] }
    : { text: '', color: CLASS_COLORS[2] };
}

/** Whether the popup has anything to say about the page. */
export const worthShowing = (page: PageStatus | null | undefined): page is PageStatus =>
  page != null &&
  ((page.status !== undefined && !isPlainSuccess(page.status)) ||
    page.redirects.length > 0 ||
    page.failedCount > 0);

/**
 * A URL as short as it reads: the path alone on the page's origin, escapes decoded (`/상태`)
 * unless that would hide what it is (escaped delimiters, control or direction characters).
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

/**
 * The redirect chain as one line to paste into a ticket or a chat: each step's status and URL
 * as the record holds it (query values masked), `301 https://a.example/ → 200 https://b.example/`.
 */
export const chainText = (page: PageStatus): string =>
  [...page.redirects, { status: page.status ?? '?', url: page.url ?? '' }]
    .map((step) => `${step.status} ${step.url}`.trim())
    .join(' → ');
