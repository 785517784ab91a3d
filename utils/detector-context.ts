/**
 * Text-wide context for the detector, built in one pass per marker kind before candidates are
 * judged: where SMTP/FTP sessions are talked about (see `detector-mail.ts`), where nginx
 * configuration is, where OpenAPI `responses` start, and where class tokens (`4xx`) are.
 * Each kind is found in one regular-expression pass, made on first use; queries of one kind
 * must come at non-decreasing positions.
 */
import { SESSION_MARKERS, TOPIC_MARKERS } from './detector-mail.ts';
import { createProximity, positionsOf } from './detector-text.ts';

/** Directives that only nginx configuration has, for `return 444;`. */
const NGINX =
  /\b(?:location|server_name|listen|proxy_pass|error_page|try_files|nginx|rewrite)\b|\bserver ?\{/g;

/** A request method and a space: a request line may be on the way (`GET /api 200 12 ms`). */
const METHODS = /\b(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|CONNECT|TRACE) /g;

/** OpenAPI / Swagger: numeric keys under `responses:` are status codes. */
const RESPONSES = /\bresponses\b/g;

/** Class tokens (`4xx`), by the same boundary rule as the scanner. */
const CLASS_TOKENS = /(?<![A-Za-z0-9_.])[1-5][xX]{2}(?![A-Za-z0-9_])/g;

export interface DetectorContext {
  /** A mail/FTP transcript marker within a few lines. */
  readonly nearSession: (pos: number) => boolean;
  /** A mail/FTP topic word (`SMTP`, `FTP`) within a few lines, and within the sentence. */
  readonly nearMailTopic: (pos: number) => boolean;
  readonly closeMailTopic: (pos: number) => boolean;
  readonly nearNginx: (pos: number) => boolean;
  /** A request method in the preceding ~300 characters. */
  readonly nearMethod: (pos: number) => boolean;
  /** `responses` occurs in the preceding few thousand characters. */
  readonly underResponses: (pos: number) => boolean;
  /** A class token of `digit` (`5xx` for 502) within the sentence around `pos`. */
  readonly nearClass: (pos: number, digit: number) => boolean;
}

/** Runs `make` on first use only: a text whose numbers need no judging never pays for the pass. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function createContext(text: string): DetectorContext {
  const byDigit = lazy(() => {
    const lists: number[][] = [[], [], [], [], []];
    for (const pos of positionsOf(text, CLASS_TOKENS)) lists[text.charCodeAt(pos) - 49]?.push(pos);
    return lists;
  });
  const near = (positions: () => readonly number[], before: number, after: number) => {
    const query = lazy(() => createProximity(positions(), before, after));
    return (pos: number) => query()(pos);
  };
  const session = lazy(() => positionsOf(text, SESSION_MARKERS));
  const topic = lazy(() => positionsOf(text, TOPIC_MARKERS));
  const classes = [0, 1, 2, 3, 4].map((d) => near(() => byDigit()[d] ?? [], 100, 100));
  return {
    nearSession: near(session, 240, 240),
    nearMailTopic: near(topic, 240, 240),
    closeMailTopic: near(topic, 80, 80),
    nearNginx: near(
      lazy(() => positionsOf(text, NGINX)),
      400,
      400,
    ),
    nearMethod: near(
      lazy(() => positionsOf(text, METHODS)),
      320,
      0,
    ),
    underResponses: near(
      lazy(() => positionsOf(text, RESPONSES)),
      3000,
      0,
    ),
    nearClass: (pos, digit) => classes[digit - 1]?.(pos) ?? false,
  };
}
