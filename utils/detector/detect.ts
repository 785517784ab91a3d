/**
 * Finds HTTP status codes mentioned in text. A three-digit number is a status only when its
 * context says HTTP (see `evidence.ts`); class tokens (`4xx`) are reported separately.
 * Pure and linear: one pass finds candidates (`scan.ts`), each judged on a bounded
 * window, then cheap passes let a code borrow evidence from the same code elsewhere in the text,
 * from its list neighbours and from the other rows of its table.
 *
 * Modules: `-scan` (candidates), `-evidence` (judging one candidate, using `-left`, `-code`,
 * `-phrases` and the word lists in `-words`), `-context` (text-wide markers, mail sessions),
 * `-lists` (lists and table columns), `-eval` (scoring against a labelled corpus).
 */
import { createContext, type DetectorContext } from './context.ts';
import {
  accepts,
  judge,
  type Candidate,
  type Evidence,
  type Sensitivity,
} from './evidence.ts';
import { propagateColumns, propagateHeaderCells, propagateLists } from './lists.ts';
import { scan } from './scan.ts';
import { createLineCursor } from './text.ts';

export type { Sensitivity } from './evidence.ts';

export interface CodeMatch {
  readonly start: number;
  readonly end: number;
  readonly code: number;
  readonly kind: 'code';
}
export interface ClassMatch {
  readonly start: number;
  readonly end: number;
  readonly digit: 1 | 2 | 3 | 4 | 5;
  readonly kind: 'class';
}
export type Match = CodeMatch | ClassMatch;

export interface DetectOptions {
  readonly sensitivity?: Sensitivity;
  /** Codes worth reporting; the content script passes the dataset's codes. */
  readonly isKnown?: (code: number) => boolean;
}

export interface Judged extends Candidate {
  ev: Evidence;
  accepted: boolean;
}

/** Matches sorted by start, never overlapping (candidates are disjoint digit runs). */
export function detect(text: string, options: DetectOptions = {}): Match[] {
  const sensitivity = options.sensitivity ?? 'balanced';
  const ctx = createContext(text);
  const lineOf = createLineCursor(text);
  const judged: Judged[] = [];
  const classes: ClassMatch[] = [];
  const judgeAt = (start: number, code: number): Judged => {
    const c = { start, end: start + 3, code, lineStart: lineOf(start) };
    const ev = judge(text, c, ctx);
    return { ...c, ev, accepted: accepts(ev, sensitivity) };
  };
  scan(text, options.isKnown ?? ((code) => code >= 100 && code <= 599), lineOf, {
    number: (start, code) => judged.push(judgeAt(start, code)),
    // `status codes 401,403`: the group's outer members read the context on either side; when
    // one of them is a status, all members are. Otherwise none is, nor may borrow evidence later.
    group: (starts, codes) => {
      const first = judgeAt(starts[0] ?? 0, codes[0] ?? 0);
      const last = judgeAt(starts.at(-1) ?? 0, codes.at(-1) ?? 0);
      const accepted = first.accepted || last.accepted;
      const ev = { ...first.ev, veto: !accepted };
      for (const [k, start] of starts.entries()) {
        judged.push({ ...first, start, end: start + 3, code: codes[k] ?? 0, ev, accepted });
      }
    },
    classToken: (start) => {
      if (acceptsClass(text, start, ctx, sensitivity)) {
        const digit = Number(text[start]) as ClassMatch['digit'];
        classes.push({ start, end: start + 3, digit, kind: 'class' });
      }
    },
  });
  if (sensitivity === 'balanced') {
    echoCodes(judged);
    propagateLists(text, judged);
    propagateColumns(text, judged);
    propagateHeaderCells(text, judged);
  }
  const codes: Match[] = judged
    .filter((j) => j.accepted)
    .map((j) => ({ start: j.start, end: j.end, code: j.code, kind: 'code' }));
  return [...codes, ...classes].sort((a, b) => a.start - b.start);
}

/** Words that make a class token unmistakable in strict mode: `4xx errors`, `클라이언트 오류 (4xx)`. */
const CLASS_WORDS = /error|status|response|code|오류|에러|응답|상태/i;

function acceptsClass(text: string, start: number, ctx: DetectorContext, s: Sensitivity): boolean {
  // SMTP and FTP have reply classes too ("a 5xx reply"): not ours.
  if (ctx.nearSession(start) || ctx.closeMailTopic(start)) return false;
  return s === 'balanced' || CLASS_WORDS.test(text.slice(Math.max(0, start - 30), start + 33));
}

/**
 * A bare repetition of a code already shown with evidence in the same text ("404 Not Found …
 * the 404 page … 404가 자주 발생") is that code again, if it reads as prose or has some
 * evidence of its own (`code=502`).
 */
function echoCodes(judged: readonly Judged[]): void {
  const seen = new Set(
    judged.filter((j) => j.accepted && (j.ev.strong || j.ev.medium)).map((j) => j.code),
  );
  for (const j of judged) {
    if (j.accepted || !seen.has(j.code) || j.ev.afterNumber || (!j.ev.prose && !j.ev.weak)) {
      continue;
    }
    j.ev.weak += 2;
    j.accepted = accepts(j.ev, 'balanced');
  }
}
