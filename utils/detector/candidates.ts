/**
 * Every candidate number of a text with its local features (`evidence.ts`) and its column's
 * (`columns.ts`), found in one pass (`scan.ts`), and the class tokens (`4xx`) the text shows.
 */
import { Columns } from './columns.ts';
import { createContext, type DetectorContext } from './context.ts';
import { judge } from './evidence.ts';
import { scan } from './scan.ts';
import { createLineCursor } from './text.ts';
import type { ClassMatch, Judged, Sensitivity } from './types.ts';

/** A hostile text stops being judged after this many numbers (the densest real page holds fewer). */
export const MAX_CANDIDATES = 1500;
/**
 * The clock is not read before this many numbers: a text of a real page is judged whole
 * however slow the machine or cold the code (a first run is interpreted, many times slower).
 */
const UNTIMED = 300;

export interface Candidates {
  readonly judged: Judged[];
  readonly classes: ClassMatch[];
}

/** Reads the candidates of `text` until `deadline` (a `performance.now()` time) or the cap. */
export function readCandidates(
  text: string,
  isKnown: (code: number) => boolean,
  sensitivity: Sensitivity,
  deadline: number,
): Candidates {
  const ctx = createContext(text, isKnown);
  const lineOf = createLineCursor(text);
  const columns = new Columns(text, isKnown);
  const judged: Judged[] = [];
  const classes: ClassMatch[] = [];
  const judgeAt = (start: number, code: number): Judged => {
    const c = { start, end: start + 3, code, lineStart: lineOf(start) };
    const ev = judge(text, c, ctx);
    columns.judge(c, ev);
    return { ...c, ev, z: 0, accepted: false };
  };
  // Past the budget the scan stops: a hostile page costs no more than this. The clock is read
  // once every 8 numbers.
  let full = false;
  scan(text, isKnown, lineOf, {
    full: () =>
      (full ||=
        judged.length >= MAX_CANDIDATES ||
        (judged.length >= UNTIMED && judged.length % 8 === 7 && performance.now() > deadline)),
    number: (start, code) => judged.push(judgeAt(start, code)),
    // `status codes 401,403`: the group's outer members read the context on either side.
    group: (starts, codes) => {
      const members: Judged[] = [];
      for (const [k, start] of starts.entries()) {
        members.push({ ...judgeAt(start, codes[k] ?? 0), group: members });
      }
      judged.push(...members);
    },
    classToken: (start) => {
      if (acceptsClass(text, start, ctx, sensitivity)) {
        const digit = Number(text[start]) as ClassMatch['digit'];
        classes.push({ start, end: start + 3, digit, kind: 'class' });
      }
    },
  });
  return { judged, classes };
}

/** Words that make a class token unmistakable in strict mode: `4xx errors`, `클라이언트 오류 (4xx)`. */
const CLASS_WORDS = /error|status|response|code|오류|에러|응답|상태/i;

function acceptsClass(text: string, start: number, ctx: DetectorContext, s: Sensitivity): boolean {
  // SMTP and FTP have reply classes too ("a 5xx reply"): not ours.
  if (ctx.nearSession(start) || ctx.closeMailTopic(start)) return false;
  return s === 'balanced' || CLASS_WORDS.test(text.slice(Math.max(0, start - 30), start + 33));
}
