/**
 * What the words before a candidate number say: `HTTP/1.1 404`, `status: 404`, `error 404`,
 * `returned a 503`, `error_page 404`, `GET /api 200`, `status_code in (429, 503)` — or
 * `port 443`, `$404`, `I-405`, `area code 404`, `SIP/2.0 407`.
 */
import { METHODS } from './context.ts';
import { F, type Evidence } from './features.ts';
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
import type { Candidate } from './types.ts';
import * as W from './words.ts';

/** Punctuation that may join a name to its value: `status: 404`, `"status": 404`, `.status(404)`. */
const CONNECTOR = /^[ \t\u00a0"'`:=()[\]{}<>!?,*]{0,8}$/;
const SPACES = /^[ \t\u00a0]{1,3}$/;
const NUMBER = /^\d+$/;

/** `HTTPError: 429`, `HttpServerErrorException$InternalServerError: 500`, `StatusException`. */
const HTTP_ERROR_NAME = /^http.*(?:error|exception)|^status.*exception/;

/** A key that names a status without the exact shapes of `isStatusName`: `elb_status_code`. */
const statusKeyed = (word: string): boolean =>
  word.includes('status') && !/exit|signal|process/.test(word);

/** `HTTP/1.1 404`, `status: 404`, `status code 404`, `HTTP 404`, `error code 404`, `area code 404`. */
export function statusBefore(
  text: string,
  c: Candidate,
  ws: readonly Token[],
  exit: boolean,
  ev: Evidence,
): void {
  const [t0, t1] = ws;
  if (!t0) return;
  const { word, sep } = t0;
  const version = /^\d(?:\.\d)?$/.test(word) && /^"?[ \t]+$/.test(sep);
  if (version && t1?.sep === '/') {
    if (t1.word === 'http') ev[F.statusLine] = 1;
    else if (/^[a-z]{3,5}$/.test(t1.word)) ev[F.otherStatusLine] = 1; // `SIP/2.0 407`, `RTSP/1.0 200`
  }
  // `/status/503`, `…/HTTP/Status/408`: an endpoint or page named by its status.
  if (
    /(?:^|\/)(?:status(?:es)?|http|codes?|status_?codes?)\/$/i.test(
      text.slice(Math.max(0, c.start - 14), c.start),
    )
  ) {
    ev[F.statusPath] = 1;
  }
  if (!CONNECTOR.test(sep) || exit) return; // `exited with status 137`
  const codeOf = W.CODE_WORDS.has(W.stripParticle(word)) ? wordAcross(t1, SPACES) : '';
  if (
    W.isStatusName(word) ||
    W.CODE_OWNERS.has(codeOf) ||
    HTTP_ERROR_NAME.test(W.lastSegment(word))
  ) {
    ev[F.statusName] = 1;
  } else if (statusKeyed(word)) ev[F.statusKey] = 1;
  else if (
    (word === 'http' && /^[ \t:]*$/.test(sep)) ||
    (/^(?:error|code|response)$/.test(word) && t1?.word === 'http')
  ) {
    ev[F.httpBefore] = 1;
  } else linkedStatus(ws, ev);
  if (W.ERROR_WORDS.has(codeOf)) ev[F.errorCode] = 1;
  else if (codeOf && !W.CODE_OWNERS.has(codeOf)) ev[F.codeOfOther] = 1; // `area code 404`
}

/** `status code of 404`, `status is 404`; `status should 200` (looser). */
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
      ev[soft ? F.statusLinkedSoft : F.statusLinked] = 1;
      return;
    }
  }
}

/**
 * A status name earlier on the line, with only numbers and comparison words between:
 * `Response status: 500, expected: [204]`, `status_code in (429, 503)`, `expected HTTP 200, got 503`.
 */
export function comparisonBefore(
  text: string,
  c: Candidate,
  ws: readonly Token[],
  ev: Evidence,
): void {
  for (const [k, t] of ws.entries()) {
    if (k > 0 && (W.isStatusName(t.word) || statusKeyed(t.word) || t.word === 'http')) {
      if (!/[.;]\s|[!?]\s/.test(text.slice(t.start, c.start))) ev[F.comparison] = 1;
      return;
    }
    if (!NUMBER.test(t.word) && !W.COMPARISON_GLUE.has(t.word)) return;
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

/** Error and redirect words, servers, verbs, articles. */
export function proseBefore(text: string, ws: readonly Token[], c: Candidate, ev: Evidence): void {
  const [t0] = ws;
  if (!t0) return;
  const { word, sep } = t0;
  const w0 = W.stripParticle(word);
  if (W.ERROR_WORDS.has(w0) && /^[ \t:(!#\-[]{1,4}$/.test(sep)) ev[F.errorBefore] = 1;
  if (W.REDIRECT_WORDS.has(w0) && c.code >= 300 && c.code < 400 && /^[ \t:(]{1,3}$/.test(sep)) {
    ev[F.redirectBefore] = 1;
  }
  if (W.SERVERS.has(w0) && SPACES.test(sep)) ev[F.serverBefore] = 1;
  // `Response 200 (application/json)` (API Blueprint), `<Response [404]>` (Python requests).
  if ((w0 === 'response' || w0 === '응답') && /^[ \t:[(]{1,3}$/.test(sep)) ev[F.responseBefore] = 1;
  // `code=502`, `"code": 404`: a bare `code` is often an application's own code.
  if (word === 'code' && /^["']?[ \t]*[:=][ \t]*["']?$/.test(sep)) ev[F.codeKey] = 1;
  const article = /^an?$/.test(word);
  // "There was a 502." — an article and the end of the clause: the code is the whole noun.
  if (article && /^[ \t]*(?:[.!?;:)\n]|$)/.test(text.slice(c.end, c.end + 3))) ev[F.articleEnd] = 1;
  // `returned a 503`, "returns `404`", `returns **404**`: a quote, backtick or emphasis may open it.
  if (!/^[ \t\u00a0]{1,3}(?:["'`]|\*{1,2})?$/.test(sep)) return;
  if (article) ev[F.article] = 1;
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
  // A server verb and an article make the number a noun (a status), whatever word follows; a
  // count would not take `a` (`returned 200 rows`). Not after `with`: "answered with a 300 word essay".
  if (W.SERVER_VERBS.has(verb) || bare || (withed && W.WITH_VERBS.has(verb))) {
    ev[article && !withed ? F.serverVerbArticle : F.serverVerb] = 1;
  } else if (W.CLIENT_VERBS.has(verb)) ev[F.clientVerb] = 1;
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
  // `$404$` is LaTeX math, not a price.
  const math = prev === '$' && text.charAt(start + 3) === '$';
  if (/[$€£¥₩￦]/.test(prev) && !math) ev[F.currency] = 1;
  if (/[#№]/.test(prev)) ev[F.signBefore] = 1; // `#404`, an issue or a number
  // I-405, 747-400, P-256, 4.2-pre-314: a model, route or version.
  const non = /\bnon-$/i.test(text.slice(Math.max(0, start - 5), start));
  if (non)
    ev[F.negated] = 1; // `non-200 responses`
  else if (/[-\u2010-\u2014]/.test(prev) && glued(prev2)) ev[F.hyphenGlued] = 1;
  // `-401`, `(,-8)`: a negative number. `<500`, `>= 300`: a bound.
  else if (prev === '-' && /[(,=:[ ]/.test(text.charAt(start - 2))) ev[F.signBefore] = 1;
  if (/(?:^|[^a-z"'/])[<>]=?[ \t]?$/i.test(text.slice(Math.max(0, start - 4), start))) {
    ev[F.operator] = 1;
  }
  // `/404`, `pull/421`, `example.com/404`: a path, unless it names a status (`/status/404`); but
  // `TCP_MISS/200` (squid) is a field, left to the column it is in.
  if (prev === '/' && !isDigit(prev2) && !ev[F.statusPath]) {
    const token = text.slice(walk(text, start - 1, /\S/, 200, -1), start - 1);
    if (token === '' || /[/.]/.test(token)) ev[F.pathBefore] = 1;
  }
  // `tail -100`, `hey -n 200`, `--max 500`: a command-line argument.
  if (/(?:^|\s)(?:-|--?[A-Za-z][\w-]*[ =])$/.test(text.slice(Math.max(0, start - 24), start))) {
    ev[F.flagBefore] = 1;
  }
  // `500 == 201`, `!== 200`: a comparison, as tests and conditions write codes.
  if (
    /[=!]==?[ \t]*$/.test(text.slice(Math.max(0, start - 5), start)) ||
    /^[ \t]*[=!]==?[^>]/.test(text.slice(start + 3, start + 9))
  ) {
    ev[F.equality] = 1;
  }
  // events.js:215:7 a line number, host:443 a port; but `status:404`, `HTTPError:429`.
  const named = ev[F.statusName] || ev[F.statusKey] || ev[F.httpBefore] || ev[F.codeKey];
  // `(?:429|503)` is a regular expression's group, not a colon.
  const colonOf = text.charAt(start - 2);
  if (prev === ':' && /[^ \t?]/.test(colonOf) && !named) ev[F.colonBefore] = 1;
  const [t0, t1] = ws;
  if (!t0) return;
  const { word: w, raw, sep } = t0;
  const near = /^[ \t:=#.*(]{0,4}$/.test(sep);
  // Markdown emphasis around the number (`**404**`) is not a product (`x * 404`).
  const stars = /\*+$/.exec(sep)?.[0];
  const operator = stars && text.startsWith(stars, start + 3) ? sep.slice(0, -stars.length) : sep;
  // `port 443`, `over 500`, `up to 100`; `proxy_read_timeout 500s` by its last part; `No. 404`.
  const tail = w.slice(w.lastIndexOf('_') + 1);
  // … unless the words after say status: `Request 404 Not Found`, `every request 404s`.
  const statusAfter = ev[F.phraseAfter] || ev[F.plural] || ev[F.follower];
  if (near && W.IDENTIFIERS.has(W.stripParticle(w)) && !statusAfter) ev[F.identifier] = 1;
  else if (
    (near &&
      (W.LABELS.has(W.stripParticle(w)) ||
        W.SETTING_TAILS.has(tail) ||
        (w === 'to' && t1?.word === 'up'))) ||
    (W.NUMBER_ABBREVIATIONS.has(w) && sep.startsWith('.'))
  ) {
    ev[F.label] = 1;
  }
  // `Psalm 124`, `Kryo 585`, `Chrome 120`: a name the number belongs to.
  // `versionCode 503`, `maxRetries 500`: an identifier of something else.
  if (SPACES.test(sep) && /^(?:[A-Z][a-z]+|[a-z]+[A-Z][A-Za-z]*)$/.test(raw) && !W.isHttpWord(w)) {
    ev[F.nameBefore] = 1;
  }
  // `"requestSize": 100`, `time: 100`: a key of some other value.
  if (
    /^["'`]?[ \t]*[:=][ \t]*["'`]?$/.test(sep) &&
    /^[a-z_][\w.-]*$/i.test(raw) &&
    !W.isHttpWord(w) &&
    !named &&
    !ev[F.phraseAfter] &&
    !ev[F.rewriteFlag] &&
    !ev[F.follower] &&
    !ev[F.plural] &&
    !ev[F.errorBefore] &&
    !ev[F.responseBefore]
  ) {
    ev[F.otherKey] = 1;
  }
  if (exit) ev[F.exit] = 1;
  if (W.OTHER_PROTOCOLS.has(w) || W.OTHER_PROTOCOLS.has(t1?.word ?? '')) ev[F.otherProtocol] = 1;
  if (near && W.CURRENCY_WORDS.has(w)) ev[F.currency] = 1;
  // HAProxy and shell tests: `gt 100`, `-lt 500`.
  if (SPACES.test(sep) && /^(?:gt|lt|ge|le)$/.test(raw)) ev[F.operator] = 1;
  if (/[+*×]/.test(operator)) ev[F.operator] = 1;
  // `404 512` in a log line: the second number is a field (size), not prose.
  if (NUMBER.test(w) && TABS.test(sep)) ev[F.afterNumber] = 1;
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
