/**
 * What the words before a candidate number say: `HTTP/1.1 404`, `status: 404`, `error 404`,
 * `returned a 503`, `res.status(404)`, `error_page 404` — or `port 443`, `$404`, `I-405`.
 */
import type { Evidence } from './detector-evidence.ts';
import { isAsciiLetter, isDigit, isHangul, isLineStart, type Token } from './detector-text.ts';
import * as W from './detector-words.ts';

/** Punctuation that may join a name to its value: `status: 404`, `"status": 404`, `.status(404)`. */
const CONNECTOR = /^[ \t\u00a0"'`:=()[\]{}<>!?,*]{0,8}$/;
const SPACES = /^[ \t\u00a0]{1,3}$/;
const HTTP_VERSION = /^\d(?:\.\d)?$/;
const NUMBER = /^\d+$/;

const word = (t: Token | undefined): string => t?.word ?? '';

/** Strong: a status line or a status name right before the number. */
export function statusBefore(ws: readonly Token[], ev: Evidence): void {
  const [t0, t1] = ws;
  if (!t0) return;
  if (
    HTTP_VERSION.test(t0.word) &&
    /^"?[ \t]+$/.test(t0.sep) &&
    word(t1) === 'http' &&
    t1?.sep === '/'
  ) {
    ev.strong = ev.statusLine = true;
    return;
  }
  if (!CONNECTOR.test(t0.sep)) return;
  if (ws.slice(0, 3).some((t) => W.EXIT_WORDS.has(t.word))) return; // `exited with status 137`
  const codeOf =
    W.CODE_WORDS.has(W.stripParticle(t0.word)) && t1 && SPACES.test(t1.sep) ? t1 : undefined;
  if (W.isStatusName(t0.word) || (codeOf && W.CODE_OWNERS.has(codeOf.word))) ev.strong = true;
  else if (t0.word === 'http' && /^[ \t:]*$/.test(t0.sep)) ev.strong = true;
  else if (isHttpErrorName(W.lastSegment(t0.word))) ev.strong = true;
  else if (/^(?:error|code|response)$/.test(t0.word) && word(t1) === 'http') ev.strong = true;
  else linkedStatus(ws, ev);
  if (!ev.strong && codeOf && W.ERROR_WORDS.has(codeOf.word)) ev.medium += 2;
}

/** `HTTPError: 429`, `HttpServerErrorException$InternalServerError: 500`, `StatusException`. */
function isHttpErrorName(name: string): boolean {
  const failure = name.includes('error') || name.includes('exception');
  return (
    (name.startsWith('http') && failure) ||
    (name.startsWith('status') && name.includes('exception'))
  );
}

/** `status code of 404`, `status is 404` (strong); `status should 200` (balanced). */
function linkedStatus(ws: readonly Token[], ev: Evidence): void {
  let soft = false;
  for (let k = 0; k < 2; k++) {
    const link = ws[k];
    const next = ws[k + 1];
    if (!link || !next) return;
    if (W.SOFT_LINKS.has(link.word)) soft = true;
    else if (!W.LINKS.has(link.word)) return;
    const owner = W.CODE_WORDS.has(W.stripParticle(next.word)) ? ws[k + 2] : undefined;
    if (W.isStatusName(next.word) || (owner && W.CODE_OWNERS.has(owner.word))) {
      if (soft) ev.medium += 2;
      else ev.strong = true;
      return;
    }
  }
}

/** `error_page 500 502 503 /50x.html;`, `ErrorDocument 404 /x`, `Redirect 301 /old /new`. */
const DIRECTIVES = new Set([
  'error_page',
  'errordocument',
  'redirect',
  'redirectmatch',
  'redirecttemp',
  'redirectpermanent',
]);

export function directiveBefore(
  ws: readonly Token[],
  lineStart: number,
  text: string,
  ev: Evidence,
): void {
  for (const t of ws) {
    if (NUMBER.test(t.word) && /^[ \t=]+$/.test(t.sep)) continue;
    if (
      DIRECTIVES.has(t.word) &&
      /^[ \t=]+$/.test(t.sep) &&
      isLineStart(text, t.start, lineStart)
    ) {
      ev.strong = true;
    }
    return;
  }
}

/** Medium and weak evidence: error and redirect words, verbs, articles. */
export function proseBefore(ws: readonly Token[], code: number, ev: Evidence): void {
  const [t0, t1] = ws;
  if (!t0) return;
  const w0 = W.stripParticle(t0.word);
  if (W.ERROR_WORDS.has(w0) && /^[ \t:(!#\-[]{1,4}$/.test(t0.sep)) ev.medium += 2;
  if (W.REDIRECT_WORDS.has(w0) && code >= 300 && code < 400 && /^[ \t:(]{1,3}$/.test(t0.sep)) {
    ev.medium += 2;
  }
  if (W.SERVERS.has(w0) && SPACES.test(t0.sep)) ev.medium += 2;
  // `Response 200 (application/json)` (API Blueprint), `<Response [404]>` (Python requests).
  if ((w0 === 'response' || w0 === '응답') && /^[ \t:[(]{1,3}$/.test(t0.sep)) ev.medium += 2;
  // `code=502`, `"code": 404`: a bare `code` is often an application's own code, so only weak.
  if (t0.word === 'code' && /^["']?[ \t]*[:=][ \t]*$/.test(t0.sep)) ev.weak += 1;
  // `returned a 503`, "returns `404`": a quote or backtick may open the code.
  if (!/^[ \t\u00a0]{1,3}["'`*]?$/.test(t0.sep)) return;
  let verb: Token | undefined = t0;
  if (W.DETERMINERS.has(t0.word)) {
    if (t0.word === 'a' || t0.word === 'an') ev.weak += 1;
    verb = t1 && SPACES.test(t1.sep) ? t1 : undefined;
  }
  // `returned a 429 once traffic resumed`: a server verb and an article make the number a noun
  // (a status), whatever word follows; a count would not take `a` (`returned 200 rows`).
  if (verb && verb !== t0 && (t0.word === 'a' || t0.word === 'an') && W.SERVER_VERBS.has(verb.word)) {
    ev.medium += 2;
  } else if (verb && W.SERVER_VERBS.has(verb.word)) ev.weak += 2;
  else if (verb && W.CLIENT_VERBS.has(verb.word)) ev.weak += 1;
}

const glued = (c: number): boolean => isAsciiLetter(c) || isDigit(c) || isHangul(c);

/** Reasons the number is something else: a price, port, label, line number, range, other protocol. */
export function vetoBefore(text: string, start: number, ws: readonly Token[], ev: Evidence): void {
  const prev = text.charCodeAt(start - 1);
  const prev2 = text.charCodeAt(start - 2);
  const before = text[start - 1] ?? '\n';
  if ('$€£¥₩￦#№'.includes(before)) ev.veto = true;
  // I-405, 747-400, P-256, 4.2-pre-314: a model, route or version, not a status.
  if ('-\u2010\u2011\u2012\u2013\u2014'.includes(before) && glued(prev2)) ev.veto = true;
  // /404 is a path; events.js:215:7 a line number; h3=":443" a port (unless `status:404`).
  if (prev === 47 && !isDigit(prev2)) ev.veto = true;
  const glueColon = prev === 58 && start >= 2 && prev2 !== 32 && prev2 !== 9;
  if (glueColon && !ev.strong && ev.medium === 0) ev.veto = true;
  const [t0, t1] = ws;
  if (!t0) return;
  const near = /^[ \t:=#.*(]{0,4}$/.test(t0.sep);
  // `port 443`, `line 215`; `proxy_read_timeout 500s` by its last part.
  const tail = t0.word.slice(t0.word.lastIndexOf('_') + 1);
  const abbreviation = W.NUMBER_ABBREVIATIONS.has(t0.word);
  if (near && (W.LABELS.has(t0.word) || W.SETTING_TAILS.has(tail))) ev.label = true;
  // `No. 404`, `nr. 301`, but "no 502s" is prose.
  if (abbreviation && t0.sep.startsWith('.')) ev.label = true;
  if (near && (W.QUANTITY.has(t0.word) || (t0.word === 'to' && word(t1) === 'up'))) ev.label = true;
  if (ws.slice(0, 3).some((t) => W.EXIT_WORDS.has(t.word))) ev.veto = true;
  if (W.OTHER_PROTOCOLS.has(t0.word) || W.OTHER_PROTOCOLS.has(word(t1))) ev.veto = true;
  if (near && W.CURRENCY_WORDS.has(t0.word)) ev.veto = true;
  if (/[+*×]/.test(t0.sep)) ev.veto = true;
  // `404 512` in a log line: the second number is a field (size), not prose.
  if (NUMBER.test(t0.word) && /^[ \t]+$/.test(t0.sep)) ev.afterNumber = true;
}

const METHODS = new Set([
  'GET',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'HEAD',
  'OPTIONS',
  'CONNECT',
  'TRACE',
]);

/**
 * Logs without the protocol (`GET /api/users 200 12.3 ms`, `"POST /login" 401`): a method and a
 * path right before the number make it the status field. Reads back at most ~300 characters.
 */
export function requestLineBefore(
  text: string,
  start: number,
  lineStart: number,
  ev: Evidence,
): void {
  let i = start;
  while (i > lineStart && start - i < 4 && ' \t"'.includes(text[i - 1] ?? '')) i--;
  const pathEnd = i;
  while (i > lineStart && pathEnd - i < 300 && !' \t"'.includes(text[i - 1] ?? ' ')) i--;
  const path = text.slice(i, Math.min(pathEnd, i + 8));
  if (!(path.startsWith('/') || /^https?:\/\//.test(path)) || text[i - 1] !== ' ') return;
  const methodEnd = i - 1;
  let m = methodEnd;
  while (m > lineStart && methodEnd - m < 7 && isAsciiLetter(text.charCodeAt(m - 1))) m--;
  const before = m > lineStart ? (text[m - 1] ?? ' ') : ' ';
  if (METHODS.has(text.slice(m, methodEnd)) && ' \t"|'.includes(before)) {
    ev.strong = ev.statusLine = true;
  }
}
