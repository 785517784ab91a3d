/**
 * English prose around the number: HTTP words before it (`error 404`, `redirect 301`, `nginx 502`,
 * `returned a 503`, `got a 429`) and the word after it (`404 error`, `404s`, `502 gateway error`)
 * — or a unit after it that makes it a quantity (`200 ms`, `500 users`). Korean: `korean.ts`.
 */
import { classOf } from '../status-class.ts';
import * as A from './against-words.ts';
import { F } from './features.ts';
import { koreanAfter } from './korean.ts';
import { isHangul, SPACES, TABS, wordAcross, type Token } from './text.ts';
import type { Candidate, Evidence } from './types.ts';
import * as W from './words.ts';

/** Error and redirect words, servers, verbs, articles. */
export function proseBefore(text: string, ws: readonly Token[], c: Candidate, ev: Evidence): void {
  const [t0] = ws;
  if (!t0) return;
  const { word, sep } = t0;
  const w0 = W.stripParticle(word);
  if (W.ERROR_WORDS.has(w0) && /^[ \t:(!#\-[]{1,4}$/.test(sep)) ev[F.errorBefore] = 1;
  if (W.REDIRECT_WORDS.has(w0) && classOf(c.code) === 3 && /^[ \t:(]{1,3}$/.test(sep)) {
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

/** What leaves the next word attached to the number: `404 error`, `**404** error`, `"404" error`. */
const ATTACHED = /^["'\u201d\u2019»]?[ \t\u00a0*`]{0,3}$/;

/**
 * The word right after the number: `404 error`, `404s`, `404 에러`, `404가` — or a unit that
 * makes it a quantity (`200 ms`, `500원`, `500 users`).
 */
export function wordAfter(
  u0: Token,
  u1: Token | undefined,
  u2: Token | undefined,
  code: number,
  ev: Evidence,
): void {
  const { word: w, raw, sep } = u0;
  const follower = W.FOLLOWERS.has(w) || (w === 'page' && code >= 400);
  if (/^(?:s|ing|ed)$/.test(raw) && /^['\u2019]?$/.test(sep)) {
    // `404s`, `502's`, `404ing`: people pluralise and verb error codes, rarely other numbers.
    ev[F.plural] = 1;
  } else if (isHangul(raw.charCodeAt(0))) {
    if (ATTACHED.test(sep)) koreanAfter(u0, u1, u2, code, ev);
  } else if (sep === '-') {
    // `a 100-continue expectation`, `a 200-page report`: a compound modifier, unless `404-error`.
    ev[follower ? F.follower : F.blocked] = 1;
  } else if (ATTACHED.test(sep)) {
    // A second word counts only after plain spaces: `404 status code`, `502 gateway error`.
    const next = wordAcross(u1, TABS);
    if (w === 'status' && next === 'code') ev[F.statusCodeAfter] = 1;
    if (/^\d/.test(w)) return;
    if (follower) ev[F.follower] = 1;
    // `status=402 bytes=95`: the word after is the next key, not a unit.
    else if (u1 && /^[=:]/.test(u1.sep)) return;
    else if (A.MEASURES.has(w)) ev[F.measure] = 1;
    else if (A.UNITS.has(w)) ev[F.unit] = 1;
    else if (W.SECOND_FOLLOWERS.has(next)) ev[F.follower2] = 1;
    else if (!W.FUNCTION_WORDS.has(w)) ev[F.blocked] = 1;
    // `see 520 from Cloudflare`, `a 502 from nginx`: a server named right after.
    else if (w === 'from' && W.SERVERS.has(next)) ev[F.fromServer] = 1;
    // `A 304 means the copy is fresh`: a number being defined is a code more often than a count.
    else if (/^(?:means|meant|indicates)$/.test(w)) ev[F.means] = 1;
  }
}
