/**
 * What the words around one candidate number say: its local features (see `features.ts`),
 * read in a bounded window so the work per candidate is constant. Whether they add up to a
 * status is the model's call (`model.ts`), not this file's.
 */
import { codeShapes } from './code.ts';
import { mailVeto, type DetectorContext } from './context.ts';
import { F, newEvidence, type Evidence } from './features.ts';
import {
  comparisonBefore,
  directiveBefore,
  proseBefore,
  requestLineBefore,
  statusBefore,
  vetoBefore,
} from './left.ts';
import { cjkAfter, cjkBefore, classWordingAfter, phraseAfter, phraseBefore } from './phrases.ts';
import { isCjk, isHangul, TABS, wordAcross, words, type Token } from './text.ts';
import type { Candidate } from './types.ts';
import * as W from './words.ts';

export function judge(text: string, c: Candidate, ctx: DetectorContext): Evidence {
  const { start, end, code, lineStart } = c;
  const ev = newEvidence();
  const before = words(text, start, 5, -1);
  const [u0, u1, u2] = words(text, end, 3);
  if (isProse(text, start, before[0])) ev[F.prose] = 1;
  const digit = Math.floor(code / 100);
  const phrase = phraseAfter(text, end, code);
  if (phrase === 2) ev[F.phraseAfter] = 1;
  else if (phrase === 1) ev[F.everydayPhrase] = 1;
  if (classWordingAfter(text, end, digit)) ev[F.classWording] = 1;
  if (phraseBefore(text, start, code)) ev[F.phraseBefore] = 1;
  const exit = before.slice(0, 3).some((t) => W.EXIT_WORDS.has(t.word));
  statusBefore(text, c, before, exit, ev);
  comparisonBefore(text, c, before, ev);
  if (directiveBefore(text, before, lineStart)) ev[F.directive] = 1;
  if (ctx.nearMethod(start) && requestLineBefore(text, c)) ev[F.requestLine] = 1;
  codeShapes(text, c, before[0], ctx, ev);
  proseBefore(text, before, c, ev);
  cjkBefore(text, start, ev);
  cjkAfter(text, end, ev);
  if (u0) wordAfter(u0, u1, u2, code, ev);
  // `assertEquals(200, response.getStatus())`: a status name right after, in the same call.
  if (u0 && /^,[ \t]*$/.test(u0.sep) && W.isStatusName(u0.word)) ev[F.statusNameAfter] = 1;
  if (ctx.nearClass(start, digit)) ev[F.classNear] = 1;
  vetoBefore(text, start, before, exit, ev);
  // `non-200 requests`: what is counted is the requests that were not 200.
  if (ev[F.negated] && ev[F.unit]) [ev[F.unit], ev[F.follower]] = [0, 1];
  // `:7` (line:column), `-499` (a range, a model), `..599`; `%`, `°`, `€`; `x 500`, `+ 9`.
  const after = text.slice(end, end + 4);
  // … and `203/EXEC` (systemd): a number glued to a name by a slash.
  if (/^(?:[:\-\u2010\u2011\u2013~]|\.\.)\d|^\/[A-Z]{2}/.test(after)) ev[F.numberAfter] = 1;
  if (/^[%°℃℉€$£¥₩]/.test(after) && !(after[0] === '$' && text[start - 1] === '$')) {
    ev[F.signAfter] = 1;
  }
  if (/^[ \t]?[+*×x][ \t]?\d/.test(after)) ev[F.operator] = 1;
  mailVeto(text, c, ctx, ev);
  if (isDefinition(text, c)) ev[F.lineStartDefinition] = 1;
  // `200 - KOELSA_SERVICE_ERROR`: an application's error constant named after the code (a
  // status's own, `404 NOT_FOUND`, is a reason phrase and counted above).
  if (
    !ev[F.phraseAfter] &&
    /^[\s|*`:(-]{1,6}[A-Z][A-Z0-9]*_[A-Z0-9_]+/.test(text.slice(c.end, c.end + 40))
  ) {
    ev[F.constantAfter] = 1;
  }
  codePrior(code, ev);
  return ev;
}

/** First on its line, then a separator and words: `404: Not Found`, `- 429 — too many`, `|400(…)|`. */
function isDefinition(text: string, c: Candidate): boolean {
  return (
    c.start - c.lineStart <= 16 &&
    /^[ \t]*(?:[-*•·>|#]+[ \t]*|\d{1,2}[.)][ \t]+)*[`*"']*$/.test(
      text.slice(c.lineStart, c.start),
    ) &&
    /^[`*"']*[ \t]*(?:[:|=(（\t]|[ \t][-–—][ \t])[ \t]*[`*"']*[A-Za-z\uac00-\ud7a3\u3040-\u9fff]/.test(
      text.slice(c.end, c.end + 12),
    )
  );
}

/** Codes met most as statuses, and the next most (general knowledge of logs and pages). */
const TIER1 = new Set([200, 301, 302, 304, 400, 401, 403, 404, 500, 502, 503, 504]);
const TIER2 = new Set([201, 204, 206, 307, 308, 405, 408, 409, 410, 413, 415, 422, 429, 499, 501]);

function codePrior(code: number, ev: Evidence): void {
  if (TIER1.has(code)) ev[F.tier1] = 1;
  else if (TIER2.has(code)) ev[F.tier2] = 1;
  if (code % 100 === 0) ev[F.round] = 1;
}

/** After a space (or a sentence end), `(`, a quote or `**`; but `max(200` or `f(a, 500)` are arguments. */
function isProse(text: string, start: number, t0: Token | undefined): boolean {
  if (!t0) {
    const prev = text.charAt(start - 1) || '\n';
    return (
      /[\s("'\u201c\u2018\u300c\u300e[*>`»]/.test(prev) ||
      isHangul(prev.charCodeAt(0)) ||
      isCjk(prev.charCodeAt(0))
    );
  }
  if (!/^[.!?;]?[ \t\u00a0]*[("'\u201c\u2018\u300c\u300e[*>`»]?$/.test(t0.sep)) return false;
  return !(t0.sep === '(' && !isHangul(t0.raw.charCodeAt(t0.raw.length - 1)));
}

/** What leaves the next word attached to the number: `404 error`, `**404** error`, `"404" error`. */
const ATTACHED = /^["'\u201d\u2019»]?[ \t\u00a0*`]{0,3}$/;

/**
 * The word right after the number: `404 error`, `404s`, `404 에러`, `404가` — or a unit that
 * makes it a quantity (`200 ms`, `500원`, `500 users`).
 */
function wordAfter(
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
    if (ATTACHED.test(sep)) korean(u0, u1, u2, code, ev);
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
    else if (W.MEASURES.has(w)) ev[F.measure] = 1;
    else if (W.UNITS.has(w)) ev[F.unit] = 1;
    else if (W.SECOND_FOLLOWERS.has(next)) ev[F.follower2] = 1;
    else if (!W.FUNCTION_WORDS.has(w)) ev[F.blocked] = 1;
    // `see 520 from Cloudflare`, `a 502 from nginx`: a server named right after.
    else if (w === 'from' && W.SERVERS.has(next)) ev[F.fromServer] = 1;
    // `A 304 means the copy is fresh`: a number being defined is a code more often than a count.
    else if (/^(?:means|meant|indicates)$/.test(w)) ev[F.means] = 1;
  }
}

const startsWithAny = (word: string, list: readonly string[]): boolean =>
  list.some((p) => word.startsWith(p));

/** A word after plain spaces, or nothing. */
const spaced = (t: Token | undefined): string => (t && /^[ \t]+$/.test(t.sep) ? t.raw : '');

const verbAt = (word: string): boolean =>
  startsWithAny(word, W.KO_VERBS) && !startsWithAny(word, W.KO_NOT_VERBS);

/**
 * `404 에러`, `404페이지`, `500원`, `200 명`, `404가 발생`, `503이 잠깐 떴다가`, `429로 막힙니다`,
 * `404 나와요`, `404일 때` — and `500을 넘으면`, `500이 나가요` (a count, money).
 */
function korean(
  u0: Token,
  u1: Token | undefined,
  u2: Token | undefined,
  code: number,
  ev: Evidence,
): void {
  const w = u0.raw;
  const glued = u0.sep === '';
  if (startsWithAny(w, W.KO_FOLLOWERS) || (code >= 400 && w.startsWith('페이지'))) {
    ev[F.koFollower] = 1;
    // `404 상태 코드`, `200 응답코드`: as unmistakable as `status code 404`.
    if (/^(?:상태|응답)코드/.test(w + spaced(u1))) ev[F.koStatusCodeAfter] = 1;
  } else if (verbAt(w)) {
    ev[F.koVerb] = 1; // `404 나와요`, `502 납니다`
  } else if (glued && w === '일' && u1 && /^(?:때|경우)/.test(u1.raw)) {
    ev[F.koWhen] = 1; // "when it is 404", not a day of the month
  } else if (glued && w === '도' && verbAt(spaced(u1))) {
    // `524도 보인다면`: the particle "also" before a verb, not degrees.
    ev[F.particle] = 1;
    ev[F.koVerb] = 1;
  } else if (glued ? startsWithAny(w, W.KO_COUNTERS) : W.KO_COUNTERS.includes(W.stripParticle(w))) {
    ev[F.koCounter] = 1;
  } else if (glued && W.KO_PARTICLES.has(w)) {
    ev[F.particle] = 1;
    // The verb right after, or after one adverb: `503이 잠깐 떴다가`, `429로 막힙니다`.
    for (const next of [spaced(u1), W.KO_ADVERBS.has(spaced(u1)) ? spaced(u2) : '']) {
      if (!next) continue;
      if (startsWithAny(next, W.KO_FOLLOWERS)) ev[F.particleFollower] = 1;
      else if (verbAt(next)) ev[F.koVerb] = 1;
      else if (startsWithAny(next, W.KO_COMPARISONS)) ev[F.koComparison] = 1;
    }
  } else if (glued) ev[F.koBlocked] = 1;
}
