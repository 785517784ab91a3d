/**
 * Types of the status-code dataset.
 *
 * Sources: the IANA "Hypertext Transfer Protocol (HTTP) Status Code Registry",
 * RFC 9110 (HTTP Semantics) and the RFCs it names, and the public documentation of the
 * vendors whose non-standard codes appear in logs (nginx, Cloudflare, Microsoft IIS,
 * AWS Elastic Load Balancing, Laravel, Twitter, Esri, Apache/cPanel, Spring).
 * Every sentence in the dataset is our own wording.
 */

export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];

/**
 * Where a meaning stands in the IANA registry.
 * - permanent: registered for good.
 * - temporary: a provisional registration (for example a draft that has not become an RFC).
 * - unused: the number is reserved and must not be sent (306, 418).
 * - deprecated: still registered but its use is discouraged (305 Use Proxy).
 * - obsoleted: the registration's specification was made historic (510 Not Extended).
 * - non-standard: not in the registry at all; used by one vendor's software.
 */
export type RegistryStatus =
  'permanent' | 'temporary' | 'unused' | 'deprecated' | 'obsoleted' | 'non-standard';

/** Vendors whose own codes show up in logs and error pages. */
export type VendorId =
  | 'nginx'
  | 'cloudflare'
  | 'iis'
  | 'aws-elb'
  | 'laravel'
  | 'twitter'
  | 'esri'
  | 'apache'
  | 'spring'
  | 'shopify'
  | 'pantheon'
  | 'gears'
  | 'proxies';

/**
 * Whether repeating the same request can help.
 * - not-needed: the request worked (1xx/2xx/304); nothing to repeat.
 * - follow: repeat it at the URL the response names (redirects).
 * - after-change: repeating it unchanged gives the same answer; fix the request first.
 * - after-delay: try again later, honouring Retry-After or with exponential backoff.
 * - idempotent-only: a retry is safe for idempotent methods (GET, PUT, DELETE); for POST it
 *   may repeat a side effect.
 * - never: retrying is pointless (the resource is gone, or the request was refused for good).
 */
export type RetryAdvice =
  'not-needed' | 'follow' | 'after-change' | 'after-delay' | 'idempotent-only' | 'never';

/** A specification or documentation reference. */
export interface SpecRef {
  /** Document name as people cite it: `RFC 9110`, `RFC 6585`, `nginx documentation`. */
  readonly title: string;
  /** Section number without the § sign (`15.5.5`), where the document has one. */
  readonly section?: string;
  /** Link to the section itself, https only. */
  readonly url: string;
}

/** Text of one meaning in one language, written by us. */
export interface MeaningText {
  /**
   * Name shown to the user. English: the reason phrase (same as `phrase`).
   * Korean: the Korean name (the seed page's names for 1xx/2xx where they are right).
   */
  readonly name: string;
  /** One sentence, like the seed page's lines. */
  readonly summary: string;
  /** A fuller explanation: two to five sentences. */
  readonly detail: string;
  /** 4xx/5xx: common reasons this response is sent. */
  readonly causes?: readonly string[];
  /** 4xx/5xx: what the person calling the API or loading the page can do. */
  readonly clientFixes?: readonly string[];
  /** 4xx/5xx: what the person running the server can do. */
  readonly serverFixes?: readonly string[];
  /** One sentence on retrying, consistent with `retry`. */
  readonly retryNote: string;
  /** Extra search words people type for this code (not repeating the name). */
  readonly keywords: readonly string[];
}

/** One meaning of a status-code number. Most numbers have one; some have several. */
export interface StatusMeaning {
  readonly code: number;
  /** English reason phrase: the registry's current name, or the vendor's own name. */
  readonly phrase: string;
  /** Former official names, kept searchable (`Payload Too Large`, `Moved Temporarily`). */
  readonly formerPhrases?: readonly string[];
  readonly status: RegistryStatus;
  /** Present exactly when `status` is `non-standard`. */
  readonly vendor?: VendorId;
  /** Related header field names, canonical case (`Retry-After`, `WWW-Authenticate`). */
  readonly headers: readonly string[];
  /** Defining specification (standard codes) or the vendor's documentation. */
  readonly spec: SpecRef;
  /** MDN page, where MDN has one for this code. */
  readonly mdn?: string;
  /** Heuristically cacheable by default (RFC 9110 §15.1). */
  readonly cacheable: boolean;
  readonly retry: RetryAdvice;
  readonly en: MeaningText;
  readonly ko: MeaningText;
}

/** A number with all its meanings, the registered one first. */
export interface StatusCode {
  readonly code: number;
  readonly meanings: readonly [StatusMeaning, ...StatusMeaning[]];
}
