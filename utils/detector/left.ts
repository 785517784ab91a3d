/**
 * What the words before a candidate number say: `HTTP/1.1 404`, `status: 404`, `error 404`,
 * `returned a 503`, `error_page 404`, `GET /api 200` — or `port 443`, `$404`, `I-405`.
 */
import { METHODS } from './context.ts';
import type { Candidate, Evidence } from './evidence.ts';
import {
  isAsciiLetter,
  isDigit,
  isHangul,
  isLineStart,
  TABS,
  walk,
  wordAcross,
  type Token,
} from './text.ts';
import * as W from './words.ts';

/** Punctuation that may join a name to its value: `status: 404`, `"status": 404`, `.status(404)`. */
const CONNECTOR = /^[ \t\u00a0"'`:=()[\]{}<>!?,*]{0,8}$/;
const SPACES = /^[ \t\u00a0]{1,3}$/;
const NUMBER = /^\d+$/;

/** `HTTPError: 429`, `HttpServerErrorException$InternalServerError: 500`, `StatusException`. */
const HTTP_ERROR_NAME = /^http.*(?:error|exception)|^status.*exception/;

/** Strong: a status line or a status name right before the number; `error code 404` is medium. */
export function statusBefore(ws: readonly Token[], exit: boolean, ev: Evidence): void {
  const [t0, t1] = ws;
  if (!t0) return;
  const { word, sep } = t0;
  const version = /^\d(?:\.\d)?$/.test(word) && /^"?[ \t]+$/.test(sep);
  if (version && t1?.word === 'http' && t1.sep === '/') ev.strong = ev.statusLine = true;
  if (!CONNECTOR.test(sep) || exit) return; // `exited with status 137`
  const codeOf = W.CODE_WORDS.has(W.stripParticle(word)) ? wordAcross(t1, SPACES) : '';
  if (
    W.isStatusName(word) ||
    W.CODE_OWNERS.has(codeOf) ||
    (word === 'http' && /^[ \t:]*$/.test(sep)) ||
    HTTP_ERROR_NAME.test(W.lastSegment(word)) ||
    (/^(?:error|code|response)$/.test(word) && t1?.word === 'http')
  ) {
    ev.strong = true;
  } else linkedStatus(ws, ev);
  if (W.ERROR_WORDS.has(codeOf)) ev.medium = true;
}

/** `status code of 404`, `status is 404` (strong); `status should 200` (balanced). */
function linkedStatus(ws: readonly Token[], ev: Evidence): void {
  let soft = false;
  for (let k = 0; k < 2; k++) {
    const link = ws[k]?.word ?? '';
    const next = ws[k + 1]?.word;
    if (next === undefined) return;
    if (W.SOFT_LINKS.has(link)) soft = true;
    else if (!W.LINKS.has(link)) return;
    const owner = W.CODE_WORDS.has(W.stripParticle(next)) ? (ws[k + 2]?.word ?? '') : '';
    if (W.isStatusName(next) || W.CODE_OWNERS.has(owner)) {
      if (soft) ev.medium = true;
      else ev.strong = true;
      return;
    }
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

/** Medium and weak evidence: error and redirect words, servers, verbs, articles. */
export function proseBefore(text: string, ws: readonly Token[], c: Candidate, ev: Evidence): void {
  const [t0] = ws;
  if (!t0) return;
  const { word, sep } = t0;
  const w0 = W.stripParticle(word);
  if (
    (W.ERROR_WORDS.has(w0) && /^[ \t:(!#\-[]{1,4}$/.test(sep)) ||
    (W.REDIRECT_WORDS.has(w0) && c.code >= 300 && c.code < 400 && /^[ \t:(]{1,3}$/.test(sep)) ||
    (W.SERVERS.has(w0) && SPACES.test(sep)) ||
    // `Response 200 (application/json)` (API Blueprint), `<Response [404]>` (Python requests).
    ((w0 === 'response' || w0 === '응답') && /^[ \t:[(]{1,3}$/.test(sep))
  ) {
    ev.medium = true;
  }
  // `code=502`, `"code": 404`: a bare `code` is often an application's own code, so only weak.
  if (word === 'code' && /^["']?[ \t]*[:=][ \t]*$/.test(sep)) ev.weak += 1;
  const article = /^an?$/.test(word);
  // "There was a 502." — an article and the end of the clause: the code is the whole noun.
  if (article && /^[ \t]*(?:[.!?;:)\n]|$)/.test(text.slice(c.end, c.end + 3))) ev.weak += 1;
  // `returned a 503`, "returns `404`", `returns **404**`: a quote, backtick or emphasis may open
  // the code.
  if (!/^[ \t\u00a0]{1,3}(?:["'`]|\*{1,2})?$/.test(sep)) return;
  if (article) ev.weak += 1;
  // The verb, past an article or `with` (`returned a 503`, `responds with 404`), and past `with
  // a` and a `back` or `out` before it (`fails with a 500`, `comes back with a 401`).
  const across = (k: number): string => (k === 0 ? word : wordAcross(ws[k], SPACES));
  let at = W.DETERMINERS.has(word) ? 1 : 0;
  if (article && across(1) === 'with') at = 2;
  const withed = at === 2 || word === 'with';
  if (withed && /^(?:back|out)$/.test(across(at))) at++;
  const verb = across(at);
  // `should return 200 only when`, `to return 404`: the bare verb after a modal or `to`, not
  // ending a statement (`return 100;` is code).
  const bare =
    verb === 'return' && W.FUNCTION_WORDS.has(across(at + 1)) && text.charAt(c.end) !== ';';
  // `returned a 429 once traffic resumed`: a server verb and an article make the number a noun
  // (a status), whatever word follows; a count would not take `a` (`returned 200 rows`). Not
  // after `with`: "answered with a 300 word essay".
  if (W.SERVER_VERBS.has(verb) || bare || (withed && W.WITH_VERBS.has(verb))) {
    ev.weak += 2;
    if (article && !withed) ev.medium = true;
  } else if (W.CLIENT_VERBS.has(verb)) ev.weak += 1;
}

const glued = (c: number): boolean => isAsciiLetter(c) || isDigit(c) || isHangul(c);

/** Reasons the number is something else: a price, port, label, line number, range, other protocol. */
export function vetoBefore(
  text: string,
  start: number,
  ws: readonly Token[],
  exit: boolean,
  ev: Evidence,
): void {
  const prev = text.charAt(start - 1);
  const prev2 = text.charCodeAt(start - 2);
  // I-405, 747-400, P-256, 4.2-pre-314: a model, route or version, not a status.
  // /404 is a path; events.js:215:7 a line number; h3=":443" a port (unless `status:404`).
  if (
    /[$€£¥₩￦#№]/.test(prev) ||
    (/[-\u2010-\u2014]/.test(prev) && glued(prev2)) ||
    (prev === '/' && !isDigit(prev2)) ||
    (prev === ':' && /[^ \t]/.test(text.charAt(start - 2)) && !ev.strong && !ev.medium)
  ) {
    ev.veto = true;
  }
  const [t0, t1] = ws;
  if (!t0) return;
  const { word: w, sep } = t0;
  const near = /^[ \t:=#.*(]{0,4}$/.test(sep);
  // Markdown emphasis around the number (`**404**`) is not a product (`x * 404`).
  const stars = /\*+$/.exec(sep)?.[0];
  const operator = stars && text.startsWith(stars, start + 3) ? sep.slice(0, -stars.length) : sep;
  // `port 443`, `over 500`, `up to 100`; `proxy_read_timeout 500s` by its last part; `No. 404`,
  // `nr. 301`, but "no 502s" is prose.
  const tail = w.slice(w.lastIndexOf('_') + 1);
  if (
    (near && (W.LABELS.has(w) || W.SETTING_TAILS.has(tail) || (w === 'to' && t1?.word === 'up'))) ||
    (W.NUMBER_ABBREVIATIONS.has(w) && sep.startsWith('.'))
  ) {
    ev.label = true;
  }
  if (
    exit ||
    W.OTHER_PROTOCOLS.has(w) ||
    W.OTHER_PROTOCOLS.has(t1?.word ?? '') ||
    (near && W.CURRENCY_WORDS.has(w)) ||
    /[+*×]/.test(operator)
  ) {
    ev.veto = true;
  }
  // `404 512` in a log line: the second number is a field (size), not prose.
  if (NUMBER.test(w) && TABS.test(sep)) ev.afterNumber = true;
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
