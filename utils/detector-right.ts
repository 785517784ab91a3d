/**
 * What follows a candidate number: a reason phrase (`404 Not Found`), a word that says HTTP
 * (`404 error`, `404 에러`, `404s`), a Korean particle (`404가`) — or a unit that makes it a
 * quantity (`200 ms`, `500원`, `500 users`), a line:column pair, a range or another number.
 */
import type { Evidence } from './detector-evidence.ts';
import { classWordingAfter, phraseAfter } from './detector-phrases.ts';
import { isHangul, type Token } from './detector-text.ts';
import * as W from './detector-words.ts';

/** What leaves the next word attached to the number: `404 error`, `**404** error`, `"404" error`. */
const ATTACHED = /^["'\u201d\u2019]?[ \t\u00a0*`]{0,3}$/;

export function phraseFollows(text: string, end: number, code: number, ev: Evidence): void {
  const phrase = phraseAfter(text, end, code);
  if (phrase === 'exact' || classWordingAfter(text, end, code)) {
    ev.strong = true;
    ev.phrase = true;
  } else if (phrase === 'everyday') ev.weak += 1;
}

/** `:7` (line:column), `-499` (range, model), `%`, `°`, `€`, `x 500`, `+ 9`: not a status. */
export function vetoAfter(text: string, end: number, ev: Evidence): void {
  const next = text[end] ?? '\n';
  const rest = text.slice(end, end + 4);
  if (/^(?:[:\-\u2010\u2011\u2013~]|\.\.)\d/.test(rest)) ev.veto = true;
  if ('%°℃℉€$£¥₩'.includes(next)) ev.veto = true;
  if (/^[ \t]?[+*×x][ \t]?\d/.test(rest)) ev.veto = true;
}

/** The word right after the number: English or Korean, glued or after a space. */
export function wordAfter(ws: readonly Token[], code: number, ev: Evidence): void {
  const [u0, u1] = ws;
  if (!u0) return;
  if (u0.raw === 's' && (u0.sep === '' || u0.sep === "'" || u0.sep === '\u2019')) {
    // `404s`, `502's`: people pluralise error codes ("we get 502s"), rarely other numbers.
    ev.weak += code >= 400 ? 2 : 1;
    return;
  }
  if (isHangul(u0.raw.charCodeAt(0))) {
    korean(u0, u1, code, ev);
    return;
  }
  const w = u0.word;
  if (u0.sep === '-') {
    // `a 100-continue expectation`, `a 200-page report`: a compound modifier, unless `404-error`.
    if (W.FOLLOWERS.has(w) || (w === 'page' && code >= 400)) ev.medium += 2;
    else ev.blocked = true;
    return;
  }
  if (!ATTACHED.test(u0.sep)) return;
  if (w === 'status' && u1?.word === 'code' && /^[ \t]+$/.test(u1.sep)) ev.strong = true;
  if (/^\d/.test(w)) return;
  if (W.FOLLOWERS.has(w)) ev.medium += 2;
  else if (w === 'page' && code >= 400) ev.medium += 2;
  else if (W.UNITS.has(w)) ev.unit = true;
  else if (u1 && /^[ \t]+$/.test(u1.sep) && W.SECOND_FOLLOWERS.has(u1.word)) ev.medium += 2;
  else if (!W.FUNCTION_WORDS.has(w)) ev.blocked = true;
}

const startsWithAny = (word: string, list: readonly string[]): boolean =>
  list.some((p) => word.startsWith(p));

/** `404 에러`, `404페이지` (error codes only), `500원`, `200 명`, `404가 발생`. */
function korean(u0: Token, u1: Token | undefined, code: number, ev: Evidence): void {
  const w = u0.raw;
  const glued = u0.sep === '';
  if (!glued && !ATTACHED.test(u0.sep)) return;
  if (startsWithAny(w, W.KO_FOLLOWERS) || (code >= 400 && w.startsWith(W.KO_PAGE))) {
    ev.medium += 2;
    // `404 상태 코드`, `200 응답코드`: as unmistakable as `status code 404`.
    const full =
      w.startsWith('상태') || w.startsWith('응답')
        ? w + (u1 && /^[ \t]$/.test(u1.sep) ? u1.raw : '')
        : '';
    if (/^(?:상태|응답)코드/.test(full)) ev.strong = true;
  } else if (glued && w === '일' && u1 && /^(?:때|경우)/.test(u1.raw)) {
    ev.weak += 1; // `404일 때`, `404일 경우`: "when it is 404", not a day of the month
  } else if (glued ? startsWithAny(w, W.KO_COUNTERS) : W.KO_COUNTERS.includes(W.stripParticle(w))) {
    ev.unit = true;
  } else if (glued && W.KO_PARTICLES.has(w)) {
    ev.weak += 1;
    if (u1 && /^[ \t]+$/.test(u1.sep) && startsWithAny(u1.raw, W.KO_FOLLOWERS)) ev.medium += 2;
  } else if (glued) {
    ev.blocked = true;
  }
}

/** `assertEquals(200, response.getStatus())`: a status name right after, in the same call. */
export function statusAfter(ws: readonly Token[], ev: Evidence): void {
  const [u0] = ws;
  if (u0 && /^,[ \t]*$/.test(u0.sep) && W.isStatusName(u0.word.replace(/\(\)$/, '')))
    ev.medium += 2;
}
