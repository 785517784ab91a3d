/**
 * The HTTP header names the dataset speaks of, and where MDN explains them. A static list, so
 * that the pages do not load the dataset to know them; data/ has a test that keeps it complete.
 */
import type { Lang } from '../data/types.ts';

/** Names with a page in MDN's HTTP headers reference. */
const ON_MDN: readonly string[] = [
  'Accept',
  'Accept-Encoding',
  'Accept-Language',
  'Accept-Patch',
  'Accept-Post',
  'Accept-Ranges',
  'Allow',
  'Alt-Svc',
  'Authorization',
  'Cache-Control',
  'Connection',
  'Content-Encoding',
  'Content-Length',
  'Content-Range',
  'Content-Type',
  'Cookie',
  'Early-Data',
  'ETag',
  'Expect',
  'Host',
  'If-Match',
  'If-Modified-Since',
  'If-None-Match',
  'If-Range',
  'If-Unmodified-Since',
  'Last-Modified',
  'Link',
  'Location',
  'Proxy-Authenticate',
  'Proxy-Authorization',
  'Range',
  'Referer',
  'Retry-After',
  'Sec-WebSocket-Accept',
  'Server',
  'Server-Timing',
  'Set-Cookie',
  'Transfer-Encoding',
  'Upgrade',
  'User-Agent',
  'Vary',
  'Via',
  'WWW-Authenticate',
  'X-Forwarded-For',
];

/** Drafts, WebDAV and vendors' own headers: shown as code, with no page to link to. */
const ELSEWHERE: readonly string[] = [
  'A-IM',
  'Alternates',
  'DAV',
  'Delta-Base',
  'Depth',
  'IM',
  'If',
  'Lock-Token',
  'Ms-Echo-Reply',
  'Ms-Echo-Request',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'Shopify-Storefront-Buyer-IP',
  'Sunset',
  'TCN',
  'Timeout',
  'Upload-Complete',
  'Upload-Offset',
  'X-CSRF-TOKEN',
  'X-Esri-Authorization',
  'X-MS-Location',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
  'X-Request-Id',
  'X-XSRF-TOKEN',
];

const mdn = new Set(ON_MDN);

/** Every header name the text recognises, in canonical case. */
export const HEADER_NAMES: readonly string[] = [...ON_MDN, ...ELSEWHERE];

/** MDN's page for a header in the reader's language (MDN shows English where it has no Korean). */
export function headerUrl(name: string, lang: Lang): string | undefined {
  if (!mdn.has(name)) return undefined;
  const locale = lang === 'ko' ? 'ko' : 'en-US';
  return `https://developer.mozilla.org/${locale}/docs/Web/HTTP/Reference/Headers/${name}`;
}
