/**
 * Judges one candidate number: collects evidence from the words around it (a bounded window) and
 * from the text-wide context, then decides per sensitivity. Evidence comes in three strengths:
 * strong (unmistakable: reason phrase, status line, status name), medium (says HTTP but could
 * mislead alone only rarely: `error 404`, `404 errors`, `abort(403)`), and weak (verbs, articles,
 * particles, plural, a class mention nearby, the same code elsewhere), which a following
 * content word cancels ("returned 200 rows").
 */
import type { DetectorContext } from './detector-context.ts';
import {
  directiveBefore,
  proseBefore,
  requestLineBefore,
  statusBefore,
  vetoBefore,
} from './detector-left.ts';
import { codeShapes } from './detector-code.ts';
import { mailVeto } from './detector-mail.ts';
import { phraseBefore } from './detector-phrases.ts';
import { phraseFollows, statusAfter, vetoAfter, wordAfter } from './detector-right.ts';
import { isHangul, wordsAfter, wordsBefore, type Token } from './detector-text.ts';

export interface Evidence {
  strong: boolean;
  /** The strong evidence is a reason phrase (which outweighs a label word: `Page 404 Not Found`). */
  phrase: boolean;
  medium: number;
  weak: number;
  /** A content word follows, so weak evidence does not count. */
  blocked: boolean;
  /** A measure follows (`200 ms`): only strong evidence survives. */
  unit: boolean;
  /** A label word precedes (`port 443`, `line 215`): only a reason phrase survives. */
  label: boolean;
  veto: boolean;
  /** The strong evidence is a status line (`HTTP/1.1 404`, `"GET / HTTP/1.1" 404`). */
  statusLine: boolean;
  /** Right after another number (`404 512`): a field in a record, not prose. */
  afterNumber: boolean;
  /** Reads as a word in a sentence (after a space, an opening bracket or quote), not an argument. */
  prose: boolean;
}

export type Sensitivity = 'strict' | 'balanced';

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly code: number;
  readonly lineStart: number;
}

export function judge(text: string, c: Candidate, ctx: DetectorContext): Evidence {
  const before = wordsBefore(text, c.start, 5);
  const after = wordsAfter(text, c.end, 3);
  const ev: Evidence = {
    strong: false,
    phrase: false,
    medium: 0,
    weak: 0,
    blocked: false,
    unit: false,
    label: false,
    veto: false,
    afterNumber: false,
    statusLine: false,
    prose: isProse(text, c.start, before[0]),
  };
  phraseFollows(text, c.end, c.code, ev);
  if (phraseBefore(text, c.start, c.code)) ev.strong = ev.phrase = true;
  statusBefore(before, ev);
  directiveBefore(before, c.lineStart, text, ev);
  if (ctx.nearMethod(c.start)) requestLineBefore(text, c.start, c.lineStart, ev);
  codeShapes(text, c, before, ctx, ev);
  proseBefore(before, c.code, ev);
  // "There was a 502." — an article and the end of the clause: the code is the whole noun.
  if (
    /^an?$/.test(before[0]?.word ?? '') &&
    /^[ \t]*(?:[.!?;:)\n]|$)/.test(text.slice(c.end, c.end + 3))
  )
    ev.weak += 1;
  wordAfter(after, c.code, ev);
  statusAfter(after, ev);
  if (ctx.nearClass(c.start, Math.floor(c.code / 100))) ev.weak += 2;
  vetoBefore(text, c.start, before, ev);
  vetoAfter(text, c.end, ev);
  mailVeto(text, c, ctx, ev);
  return ev;
}

/** After a space (or a sentence end), `(`, a quote or `**`; but `max(200` or `f(a, 500)` are arguments. */
const PROSE_SEP = /^[.!?;]?[ \t\u00a0]*[("'\u201c\u2018\u300c\u300e[*>`]?$/;

function isProse(text: string, start: number, t0: Token | undefined): boolean {
  if (!t0) {
    const prev = text[start - 1] ?? '\n';
    return /[\s("'\u201c\u2018\u300c\u300e[*>`]/.test(prev) || isHangul(prev.charCodeAt(0));
  }
  if (!PROSE_SEP.test(t0.sep)) return false;
  return !(t0.sep === '(' && !isHangul(t0.raw.charCodeAt(t0.raw.length - 1)));
}

export function accepts(ev: Evidence, sensitivity: Sensitivity): boolean {
  if (ev.veto || (ev.label && !ev.phrase) || (ev.unit && !ev.strong)) return false;
  if (sensitivity === 'strict' || ev.afterNumber) return ev.strong;
  return ev.strong || ev.medium >= 2 || (!ev.blocked && ev.medium + ev.weak >= 2);
}
