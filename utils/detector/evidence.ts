/**
 * What the words around one candidate number say: its local features (see `features.ts`), one
 * kind of evidence after another, each read in a bounded window so the work per candidate is
 * constant. Later kinds read earlier ones (a unit is no unit after `non-`), so the order matters.
 * Whether they add up to a status is the model's call (`model.ts`), not this file's.
 */
import { classOf } from '../status-class.ts';
import { signsAfter, vetoBefore } from './against.ts';
import { EXIT_WORDS } from './against-words.ts';
import { codeShapes } from './code.ts';
import { mailVeto, type DetectorContext } from './context.ts';
import { F, newEvidence } from './features.ts';
import { cjkAfter, cjkBefore, reasonPhrases } from './phrases.ts';
import { proseBefore, wordAfter } from './prose.ts';
import { directiveBefore, requestLineBefore, statusLineBefore } from './records.ts';
import { comparisonBefore, statusBefore } from './status-name.ts';
import { isCjk, isHangul, words, type Token } from './text.ts';
import type { Candidate, Evidence } from './types.ts';
import { isStatusName } from './words.ts';

export function judge(text: string, c: Candidate, ctx: DetectorContext): Evidence {
  const { start, end, code, lineStart } = c;
  const ev = newEvidence();
  const before = words(text, start, 5, -1);
  const [u0, u1, u2] = words(text, end, 3);
  if (isProse(text, start, before[0])) ev[F.prose] = 1;
  reasonPhrases(text, c, ev);
  const exit = before.slice(0, 3).some((t) => EXIT_WORDS.has(t.word));
  statusLineBefore(before, ev);
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
  if (u0 && /^,[ \t]*$/.test(u0.sep) && isStatusName(u0.word)) ev[F.statusNameAfter] = 1;
  if (ctx.nearClass(start, classOf(code))) ev[F.classNear] = 1;
  vetoBefore(text, start, before, exit, ev);
  // `non-200 requests`: what is counted is the requests that were not 200.
  if (ev[F.negated] && ev[F.unit]) [ev[F.unit], ev[F.follower]] = [0, 1];
  signsAfter(text, c, ev);
  mailVeto(text, c, ctx, ev);
  if (isDefinition(text, c)) ev[F.lineStartDefinition] = 1;
  // `200 - KOELSA_SERVICE_ERROR`: an application's error constant named after the code (a
  // status's own, `404 NOT_FOUND`, is a reason phrase and counted above).
  if (
    !ev[F.phraseAfter] &&
    /^[\s|*`:(-]{1,6}[A-Z][A-Z0-9]*_[A-Z0-9_]+/.test(text.slice(end, end + 40))
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
