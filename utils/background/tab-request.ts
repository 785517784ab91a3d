/**
 * What the record keeps of how a request was made: its method and a short kind of resource,
 * taken from `webRequest` details or read back from storage, never more than a few characters.
 */

/** The kinds of resource the popup names; every browser type falls into one. */
export const REQUEST_KINDS = [
  'document',
  'script',
  'stylesheet',
  'image',
  'font',
  'fetch',
  'media',
  'other',
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

// Chrome's and Firefox's `ResourceType` values; the others (websocket, ping, beacon, csp_report,
// object, web_manifest, …) are `other`.
const KIND_OF_TYPE: Readonly<Record<string, RequestKind>> = {
  main_frame: 'document',
  sub_frame: 'document',
  script: 'script',
  stylesheet: 'stylesheet',
  image: 'image',
  imageset: 'image',
  font: 'font',
  xmlhttprequest: 'fetch',
  media: 'media',
};

/** How a request was made, as the record keeps it; either may be unknown (older records). */
export interface RequestTraits {
  readonly method?: string;
  readonly type?: RequestKind;
}

/** The kind of a browser's resource type. */
export const kindOf = (type: string): RequestKind =>
  Object.hasOwn(KIND_OF_TYPE, type) ? (KIND_OF_TYPE[type] as RequestKind) : 'other';

export const isKind = (v: unknown): v is RequestKind => REQUEST_KINDS.includes(v as RequestKind);

/** An HTTP method as sent (a token: `GET`, `PROPFIND`, a script's `patch`), at most 20 letters. */
export const isMethod = (v: unknown): v is string =>
  typeof v === 'string' && /^[A-Za-z][A-Za-z-]{0,19}$/u.test(v);

/** The traits of a request the browser reported; a method that is no token is left out. */
export function traitsOf(details: {
  readonly method?: string;
  readonly type: string;
}): RequestTraits {
  const type = kindOf(details.type);
  return isMethod(details.method) ? { method: details.method, type } : { type };
}

/** Traits read back from storage: what is not one of ours is dropped. */
export function parseTraits(v: Record<string, unknown>): RequestTraits {
  const method = isMethod(v['method']) ? { method: v['method'] } : {};
  return isKind(v['type']) ? { ...method, type: v['type'] } : method;
}

/** A method alone, for a redirect or a page (always a document). */
export const methodOf = (v: unknown): { method?: string } => (isMethod(v) ? { method: v } : {});
