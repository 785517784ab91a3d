/**
 * One page's record: its status, the redirects that led to it and its failed requests, kept
 * small (capped lists, URLs in the form of `recordUrl`), shown read-only, and read back from a
 * snapshot.
 */
import { methodOf, parseTraits, type RequestTraits } from './tab-request.ts';
import { recordUrl } from './tab-url.ts';

/** One redirect on the way to the page: the status, the URL that answered it, the method. */
export interface Hop {
  readonly status: number;
  readonly url: string;
  readonly method?: string;
}

/** Requests to one URL, made the same way (method and kind), that failed with one code. */
export interface FailedUrl extends RequestTraits {
  readonly url: string;
  readonly count: number;
}

/** The failed requests of one status code; `urls` is capped, `count` counts them all. */
export interface FailedGroup {
  readonly code: number;
  readonly count: number;
  readonly urls: readonly FailedUrl[];
}

export interface PageStatus {
  /** The URL the page loaded from, after redirects; undefined when it loaded before we started. */
  readonly url: string | undefined;
  readonly status: number | undefined;
  /** The method of the page's request (after redirects: a POST answered 303 loads with GET). */
  readonly method?: string | undefined;
  readonly redirects: readonly Hop[];
  /** By code, ascending; at most MAX_GROUPS codes. */
  readonly failed: readonly FailedGroup[];
  /** Every failed request, also those of codes past the cap. */
  readonly failedCount: number;
}

export const MAX_REDIRECTS = 20;
export const MAX_GROUPS = 10;
/**
 * Failed URLs kept per page, across its codes; each code keeps its first besides, so a page
 * holds at most MAX_URLS + MAX_GROUPS of them (about 20 KB at the longest URLs).
 */
export const MAX_URLS = 30;

interface Group {
  code: number;
  count: number;
  urls: FailedUrl[];
}

/** A page's record as the background keeps it (mutable; `PageStatus` is what it shows). */
export interface Doc {
  requestId: string | undefined;
  url: string | undefined;
  /** The address after history changes within the document. */
  at: string | undefined;
  status: number | undefined;
  method: string | undefined;
  redirects: Hop[];
  failed: Group[];
  failedCount: number;
}

export const newDoc = (fields: Partial<Doc> = {}): Doc => ({
  requestId: undefined,
  url: undefined,
  at: undefined,
  status: undefined,
  method: undefined,
  redirects: [],
  failed: [],
  failedCount: 0,
  ...fields,
});

/** Whether one more URL fits: a code's first always does, the others within MAX_URLS a page. */
const roomFor = (kept: number, group: Group) => group.urls.length === 0 || kept < MAX_URLS;
const urlsOf = (groups: readonly Group[]) => groups.reduce((n, g) => n + g.urls.length, 0);

export function addFailure(doc: Doc, code: number, url: string, traits: RequestTraits): void {
  doc.failedCount += 1;
  let group = doc.failed.find((g) => g.code === code);
  if (!group) {
    if (doc.failed.length >= MAX_GROUPS) return;
    group = { code, count: 0, urls: [] };
    doc.failed.push(group);
  }
  group.count += 1;
  const clipped = recordUrl(url);
  const seen = group.urls.findIndex(
    (u) => u.url === clipped && u.method === traits.method && u.type === traits.type,
  );
  const before = group.urls[seen];
  if (before) group.urls[seen] = { ...before, count: before.count + 1 };
  else if (roomFor(urlsOf(doc.failed), group))
    group.urls.push({ url: clipped, count: 1, ...traits });
}

/** A record as the popup reads it: copied, failures by code. */
export const toPageStatus = (doc: Doc): PageStatus => ({
  url: doc.url,
  status: doc.status,
  method: doc.method,
  redirects: doc.redirects.map((h) => ({ ...h })),
  failed: doc.failed
    .map((g) => ({ code: g.code, count: g.count, urls: g.urls.map((u) => ({ ...u })) }))
    .sort((a, b) => a.code - b.code),
  failedCount: doc.failedCount,
});

// Reading a record back: it is our own data, but storage may hold anything.
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStatus = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 100 && (v as number) <= 999;
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;
const optional = <T>(v: unknown, ok: (x: unknown) => x is T): T | undefined =>
  ok(v) ? v : undefined;
const isString = (v: unknown): v is string => typeof v === 'string';
const urlOf = (v: unknown): string | undefined => (isString(v) ? recordUrl(v) : undefined);
export const list = (v: unknown, cap: number): unknown[] =>
  Array.isArray(v) ? v.slice(0, cap) : [];

/** Redirects read back from storage; the broken ones dropped. */
export const parseHops = (v: unknown): Hop[] =>
  list(v, MAX_REDIRECTS).flatMap((h) =>
    isRecord(h) && isStatus(h['status']) && isString(h['url'])
      ? [{ status: h['status'], url: recordUrl(h['url']), ...methodOf(h['method']) }]
      : [],
  );

/** Failed requests read back from storage, within the caps; the broken parts dropped. */
function parseFailed(v: unknown): Group[] {
  const groups: Group[] = [];
  for (const g of list(v, MAX_GROUPS)) {
    if (!isRecord(g) || !isStatus(g['code']) || !isCount(g['count'])) continue;
    const group: Group = { code: g['code'], count: g['count'], urls: [] };
    groups.push(group);
    for (const u of list(g['urls'], MAX_URLS))
      if (
        isRecord(u) &&
        isString(u['url']) &&
        isCount(u['count']) &&
        roomFor(urlsOf(groups), group)
      )
        group.urls.push({ url: recordUrl(u['url']), count: u['count'], ...parseTraits(u) });
  }
  return groups;
}

/** A record read back from storage; the broken parts dropped. */
export function parseDoc(v: unknown): Doc | undefined {
  if (!isRecord(v)) return undefined;
  const failed = parseFailed(v['failed']);
  return newDoc({
    requestId: optional(v['requestId'], isString),
    url: urlOf(v['url']),
    at: urlOf(v['at']),
    status: optional(v['status'], isStatus),
    ...methodOf(v['method']),
    redirects: parseHops(v['redirects']),
    failed,
    failedCount: Math.max(
      optional(v['failedCount'], isCount) ?? 0,
      failed.reduce((n, g) => n + g.count, 0),
    ),
  });
}
