/**
 * Lines of HTTP messages, logs and server configuration, read before the number: status lines
 * (`HTTP/1.1 404`, or another protocol's `SIP/2.0 407`), request lines without the protocol
 * (`GET /api/users 200`) and directives (`error_page 404`, `ErrorDocument 404`).
 */
import { METHODS } from './context.ts';
import { F } from './features.ts';
import { isLineStart, NUMBER, walk, type Token } from './text.ts';
import type { Candidate, Evidence } from './types.ts';

/** `HTTP/1.1 404`, `"HTTP/2" 200`; `SIP/2.0 407`, `RTSP/1.0 200` are other protocols' replies. */
export function statusLineBefore(ws: readonly Token[], ev: Evidence): void {
  const [t0, t1] = ws;
  if (!t0) return;
  const version = /^\d(?:\.\d)?$/.test(t0.word) && /^"?[ \t]+$/.test(t0.sep);
  if (version && t1?.sep === '/') {
    if (t1.word === 'http') ev[F.statusLine] = 1;
    else if (/^[a-z]{3,5}$/.test(t1.word)) ev[F.otherStatusLine] = 1;
  }
}

/** `error_page 500 502 503 /50x.html;`, `ErrorDocument 404 /x`, `Redirect 301 /old /new`. */
export function directiveBefore(text: string, ws: readonly Token[], lineStart: number): boolean {
  const t = ws.find((w) => !(NUMBER.test(w.word) && /^[ \t=]+$/.test(w.sep)));
  return (
    !!t &&
    /^(?:error_page|errordocument|redirect(?:match|temp|permanent)?)$/.test(t.word) &&
    /^[ \t=]+$/.test(t.sep) &&
    isLineStart(text, t.start, lineStart)
  );
}

const METHOD = new RegExp(`^(?:${METHODS})$`);

/**
 * Logs without the protocol (`GET /api/users 200 12.3 ms`, `"POST /login" 401`): a method and a
 * path right before the number make it the status field. Reads back at most ~300 characters.
 */
export function requestLineBefore(text: string, c: Candidate): boolean {
  const { start, lineStart } = c;
  const pathEnd = walk(text, start, /[ \t"]/, 4, -1, lineStart);
  const i = walk(text, pathEnd, /[^ \t"]/, 300, -1, lineStart);
  const path = text.slice(i, Math.min(pathEnd, i + 8));
  if (!/^(?:\/|https?:\/\/)/.test(path) || text.charAt(i - 1) !== ' ') return false;
  const m = walk(text, i - 1, /[A-Za-z]/, 7, -1, lineStart);
  return (
    METHOD.test(text.slice(m, i - 1)) && (m === lineStart || /[ \t"|]/.test(text.charAt(m - 1)))
  );
}
