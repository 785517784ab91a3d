/**
 * Judges one candidate number: collects evidence from the words around it (a bounded window) and
 * from the text-wide context, then decides per sensitivity. Evidence comes in three strengths:
 * strong (unmistakable: reason phrase, status line, status name), medium (says HTTP but could
 * mislead alone only rarely: `error 404`, `404 errors`, `abort(403)`), and weak (verbs, articles,
 * particles, plural, a class mention nearby, the same code elsewhere), which a following
 * content word cancels ("returned 200 rows"). Positive evidence is collected first: the vetoes
 * of `vetoBefore` and `mailVeto` weigh what was found.
 */
import { codeShapes } from './code.ts';
import { mailVeto, type DetectorContext } from './context.ts';
import {
  directiveBefore,
  proseBefore,
  requestLineBefore,
  statusBefore,
  vetoBefore,
} from './left.ts';
import { classWordingAfter, phraseAfter, phraseBefore } from './phrases.ts';
import { isHangul, TABS, wordAcross, words, type Token } from './text.ts';
import * as W from './words.ts';

export interface Evidence {
  strong?: boolean;
  /** The strong evidence is a reason phrase (which outweighs a label word: `Page 404 Not Found`). */
  phrase?: boolean;
  /** The strong evidence is a status line (`HTTP/1.1 404`, `"GET / HTTP/1.1" 404`). */
  statusLine?: boolean;
  medium?: boolean;
  weak: number;
  /** A content word follows, so weak evidence does not count. */
  blocked?: boolean;
  /** A measure follows (`200 ms`): only strong evidence survives. */
  unit?: boolean;
  /** A label word precedes (`port 443`, `line 215`): only a reason phrase survives. */
  label?: boolean;
  veto?: boolean;
  /** Right after another number (`404 512`): a field in a record, not prose. */
  afterNumber?: boolean;
  /** Reads as a word in a sentence (after a space, an opening bracket or quote), not an argument. */
  prose?: boolean;
}

export type Sensitivity = 'strict' | 'balanced';

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly code: number;
  readonly lineStart: number;
}

export function judge(text: string, c: Candidate, ctx: DetectorContext): Evidence {
  const { start, end, code, lineStart } = c;
  const before = words(text, start, 5, -1);
  const [u0, u1] = words(text, end, 2);
  const ev: Evidence = { weak: 0, prose: isProse(text, start, before[0]) };
  const digit = Math.floor(code / 100);
  const phrase = phraseAfter(text, end, code);
  if (phrase === 2 || classWordingAfter(text, end, digit) || phraseBefore(text, start, code)) {
    ev.strong = ev.phrase = true;
  } else if (phrase) ev.weak += 1;
  const exit = before.slice(0, 3).some((t) => W.EXIT_WORDS.has(t.word));
  statusBefore(before, exit, ev);
  if (directiveBefore(text, before, lineStart)) ev.strong = true;
  if (ctx.nearMethod(start) && requestLineBefore(text, c)) ev.strong = ev.statusLine = true;
  codeShapes(text, c, before[0], ctx, ev);
  proseBefore(text, before, c, ev);
  if (u0) wordAfter(u0, u1, code, ev);
  // `assertEquals(200, response.getStatus())`: a status name right after, in the same call.
  if (u0 && /^,[ \t]*$/.test(u0.sep) && W.isStatusName(u0.word)) ev.medium = true;
  if (ctx.nearClass(start, digit)) ev.weak += 2;
  vetoBefore(text, start, before, exit, ev);
  // `:7` (line:column), `-499` (range, model), `%`, `°`, `€`, `x 500`, `+ 9`: not a status.
  if (
    /^(?:(?:[:\-\u2010\u2011\u2013~]|\.\.)\d|[%°℃℉€$£¥₩]|[ \t]?[+*×x][ \t]?\d)/.test(
      text.slice(end, end + 4),
    )
  ) {
    ev.veto = true;
  }
  mailVeto(text, c, ctx, ev);
  return ev;
}

/** After a space (or a sentence end), `(`, a quote or `**`; but `max(200` or `f(a, 500)` are arguments. */
function isProse(text: string, start: number, t0: Token | undefined): boolean {
  if (!t0) {
    const prev = text.charAt(start - 1) || '\n';
    return /[\s("'\u201c\u2018\u300c\u300e[*>`]/.test(prev) || isHangul(prev.charCodeAt(0));
  }
  if (!/^[.!?;]?[ \t\u00a0]*[("'\u201c\u2018\u300c\u300e[*>`]?$/.test(t0.sep)) return false;
  return !(t0.sep === '(' && !isHangul(t0.raw.charCodeAt(t0.raw.length - 1)));
}

export function accepts(ev: Evidence, sensitivity: Sensitivity): boolean {
  if (ev.veto || (ev.label && !ev.phrase) || (ev.unit && !ev.strong)) return false;
  if (sensitivity === 'strict' || ev.afterNumber) return !!ev.strong;
  return !!ev.strong || !!ev.medium || (!ev.blocked && ev.weak >= 2);
}

/** What leaves the next word attached to the number: `404 error`, `**404** error`, `"404" error`. */
const ATTACHED = /^["'\u201d\u2019]?[ \t\u00a0*`]{0,3}$/;

/**
 * The word right after the number: `404 error`, `404s`, `404 에러`, `404가` — or a unit that
 * makes it a quantity (`200 ms`, `500원`, `500 users`).
 */
function wordAfter(u0: Token, u1: Token | undefined, code: number, ev: Evidence): void {
  const { word: w, raw, sep } = u0;
  const follower = W.FOLLOWERS.has(w) || (w === 'page' && code >= 400);
  if (raw === 's' && /^['\u2019]?$/.test(sep)) {
    // `404s`, `502's`: people pluralise error codes ("we get 502s"), rarely other numbers.
    ev.weak += code >= 400 ? 2 : 1;
  } else if (isHangul(raw.charCodeAt(0))) {
    if (ATTACHED.test(sep)) korean(u0, u1, code, ev);
  } else if (sep === '-') {
    // `a 100-continue expectation`, `a 200-page report`: a compound modifier, unless `404-error`.
    if (follower) ev.medium = true;
    else ev.blocked = true;
  } else if (ATTACHED.test(sep)) {
    // A second word counts only after plain spaces: `404 status code`, `502 gateway error`.
    const next = wordAcross(u1, TABS);
    if (w === 'status' && next === 'code') ev.strong = true;
    if (/^\d/.test(w)) return;
    if (follower) ev.medium = true;
    else if (W.UNITS.has(w)) ev.unit = true;
    else if (W.SECOND_FOLLOWERS.has(next)) ev.medium = true;
    else if (!W.FUNCTION_WORDS.has(w)) ev.blocked = true;
    // `see 520 from Cloudflare`, `a 502 from nginx`: a server named right after.
    else if (w === 'from' && W.SERVERS.has(next)) ev.weak += 1;
    // `A 304 means the copy is fresh`: a number being defined is a code more often than a count.
    else if (/^(?:means|meant|indicates)$/.test(w)) ev.weak += 1;
  }
}

const startsWithAny = (word: string, list: readonly string[]): boolean =>
  list.some((p) => word.startsWith(p));

/** `404 에러`, `404페이지` (error codes only), `500원`, `200 명`, `404가 발생`, `404일 때`. */
function korean(u0: Token, u1: Token | undefined, code: number, ev: Evidence): void {
  const w = u0.raw;
  const glued = u0.sep === '';
  if (startsWithAny(w, W.KO_FOLLOWERS) || (code >= 400 && w.startsWith('페이지'))) {
    ev.medium = true;
    // `404 상태 코드`, `200 응답코드`: as unmistakable as `status code 404`.
    if (/^(?:상태|응답)코드/.test(w + (u1 && /^[ \t]$/.test(u1.sep) ? u1.raw : '')))
      ev.strong = true;
  } else if (glued && w === '일' && u1 && /^(?:때|경우)/.test(u1.raw)) {
    ev.weak += 1; // "when it is 404", not a day of the month
  } else if (glued ? startsWithAny(w, W.KO_COUNTERS) : W.KO_COUNTERS.includes(W.stripParticle(w))) {
    ev.unit = true;
  } else if (glued && W.KO_PARTICLES.has(w)) {
    ev.weak += 1;
    if (u1 && TABS.test(u1.sep) && startsWithAny(u1.raw, W.KO_FOLLOWERS)) ev.medium = true;
  } else if (glued) ev.blocked = true;
}
