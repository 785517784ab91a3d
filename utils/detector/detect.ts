/**
 * Finds HTTP status codes mentioned in text. Pure and linear: one pass finds the candidates
 * (`scan.ts`), each gets its evidence features from a bounded window (`evidence.ts`) and from
 * the lines around it (`columns.ts`: a column of codes, the header naming it), then what the text
 * as a whole says (`topic.ts`); one scoring function decides (`model.ts`). Class tokens (`4xx`)
 * are reported apart.
 */
import { createColumns } from './columns.ts';
import { createContext, type DetectorContext } from './context.ts';
import { judge } from './evidence.ts';
import { applyVetoes, F, hasAgainst, type Evidence } from './features.ts';
import { score, TRAINED, type Model } from './model.ts';
import { isKnownCode } from './phrase-table.ts';
import { scan } from './scan.ts';
import { createLineCursor } from './text.ts';
import { readTopic, topicFeatures, type PageTally } from './topic.ts';
import type { Candidate, ClassMatch, Match, Sensitivity } from './types.ts';

export type { Match, Sensitivity } from './types.ts';
export { PageTally } from './topic.ts';

export interface DetectOptions {
  readonly sensitivity?: Sensitivity;
  /** Codes worth reporting; by default the dataset's codes, the ones we can explain. */
  readonly isKnown?: (code: number) => boolean;
  /** What the page said outside this text; the text's own evidence is added to it. */
  readonly page?: PageTally;
  /** Weights other than the trained ones (cross-validation). */
  readonly model?: Model;
  /**
   * Milliseconds the numbers of this text may take to judge (default `BUDGET_MS`); past it, the
   * rest of the text is left unmarked. `Infinity` for a result that never depends on the clock.
   */
  readonly budgetMs?: number;
}

/** A hostile text (thousands of numbers in one segment) stops being judged after this long. */
export const BUDGET_MS = 6;
/** …or after this many numbers, whichever comes first (the densest real page holds fewer). */
export const MAX_CANDIDATES = 1500;
/**
 * The clock is not read before this many numbers: a text of a real page is judged whole
 * however slow the machine or cold the code (a first run is interpreted, many times slower).
 */
const UNTIMED = 300;

export interface Judged extends Candidate {
  readonly ev: Evidence;
  /** Candidates of one comma group (`401,403`) share their decision. */
  readonly group?: readonly Judged[];
  z: number;
  accepted: boolean;
}

/** Features that show the code outright; a code shown so once is that code again elsewhere. */
const STRONG = [
  F.phraseAfter,
  F.phraseBefore,
  F.classWording,
  F.statusLine,
  F.requestLine,
  F.statusName,
  F.statusCall,
  F.directive,
  F.responsesKey,
  F.fieldHeader,
  F.statusCodeAfter,
  F.koStatusCodeAfter,
];
const MAIL = [F.mailReply, F.mailSession, F.mailTopic];
const isStrong = (ev: Evidence): boolean => STRONG.some((f) => ev[f] !== 0) && !hasAgainst(ev);

/** Matches sorted by start, never overlapping (candidates are disjoint digit runs). */
export function detect(text: string, options: DetectOptions = {}): Match[] {
  const budget = options.budgetMs ?? BUDGET_MS;
  const { judged, classes } = judgeText(text, { ...options, deadline: performance.now() + budget });
  decide(judged, options.model ?? TRAINED, options.sensitivity ?? 'balanced');
  const codes: Match[] = judged
    .filter((j) => j.accepted)
    .map((j) => ({ start: j.start, end: j.end, code: j.code, kind: 'code' }));
  return [...codes, ...classes].sort((a, b) => a.start - b.start);
}

/** Every candidate of `text` with its features (exported for training). */
export function judgeText(
  text: string,
  options: Pick<DetectOptions, 'isKnown' | 'page' | 'sensitivity'> & { deadline?: number } = {},
): { judged: Judged[]; classes: ClassMatch[] } {
  const deadline = options.deadline ?? Infinity;
  const isKnown = options.isKnown ?? isKnownCode;
  const ctx = createContext(text, isKnown);
  const lineOf = createLineCursor(text);
  const columns = createColumns(text, isKnown);
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
      if (acceptsClass(text, start, ctx, options.sensitivity ?? 'balanced')) {
        const digit = Number(text[start]) as ClassMatch['digit'];
        classes.push({ start, end: start + 3, digit, kind: 'class' });
      }
    },
  });
  // What the whole text (and the page before it) says; how often each code is shown outright.
  const topic = readTopic(text, isKnown);
  const page = options.page;
  const said = {
    ...topic,
    markers: topic.markers + (page?.markers ?? 0),
    web: topic.web + (page?.web ?? 0),
    other: topic.other + (page?.other ?? 0),
  };
  const shown = new Map<number, number>();
  let strongCount = 0;
  const strong = judged.map((j) => isStrong(j.ev));
  for (const [k, j] of judged.entries()) {
    if (!strong[k]) continue;
    strongCount++;
    shown.set(j.code, (shown.get(j.code) ?? 0) + 1);
  }
  markSequences(judged);
  markUnnamedLists(judged);
  for (const [k, j] of judged.entries()) {
    const elsewhere = (shown.get(j.code) ?? 0) - (strong[k] ? 1 : 0);
    topicFeatures(
      j.ev,
      said,
      strongCount + (page?.shown ?? 0),
      elsewhere > 0 || (page?.hasStrong(j.code) ?? false),
    );
    applyVetoes(j.ev);
  }
  page?.add(topic, shown.keys());
  // Most numbers are mail replies (`550 mailbox unavailable`): so are its `4xx` and `5xx`.
  const mail = judged.filter((j) => MAIL.some((f) => j.ev[f] !== 0)).length;
  if (mail * 2 > judged.length) classes.length = 0;
  return { judged, classes };
}

/**
 * `400 … 401 … 402 …` first on their lines or alone in their cells, one after the other: an
 * enumerated list of some system's own codes more often than a list of statuses (which skips
 * codes, and names them when it does not).
 */
function markSequences(judged: readonly Judged[]): void {
  for (let k = 1; k < judged.length; k++) {
    const a = judged[k - 1] as Judged;
    const b = judged[k] as Judged;
    if (b.code === a.code + 1 && b.start - a.start < 600 && isListed(a) && isListed(b)) {
      a.ev[F.sequence] = 1;
      b.ev[F.sequence] = 1;
    }
  }
}

const isListed = (j: Judged): boolean =>
  j.ev[F.lineStartDefinition] !== 0 || j.ev[F.tableCell] !== 0;
const NAMING = [F.phraseAfter, F.phraseBefore, F.fieldHeader, F.statusName, F.classWording];

/**
 * A list or table of three codes or more (first on their lines, or in one column) where no
 * row names its code as a status does (a reason phrase, a status column): an application's
 * own code list, not HTTP's.
 */
function markUnnamedLists(judged: readonly Judged[]): void {
  let from = 0;
  for (let k = 1; k <= judged.length; k++) {
    const a = judged[k - 1] as Judged;
    const b = judged[k];
    if (b && isListed(a) && isListed(b) && b.start - a.start < 600) continue;
    const run = judged.slice(from, k);
    from = k;
    if (run.length < 3 || !run.every(isListed)) continue;
    if (run.some((j) => NAMING.some((f) => j.ev[f] !== 0))) continue;
    for (const j of run) j.ev[F.unnamedList] = 1;
  }
}

/** Scores every candidate and decides; a comma group (`401,403`) shares one decision. */
export function decide(judged: Judged[], model: Model, sensitivity: Sensitivity): void {
  const threshold = model.thresholds[sensitivity];
  for (const j of judged) {
    j.z = score(model, j.ev);
    j.accepted = j.z >= threshold;
  }
  for (const j of judged) {
    if (j.group) j.accepted = j.group.some((m) => m.z >= threshold);
  }
}

/** Words that make a class token unmistakable in strict mode: `4xx errors`, `클라이언트 오류 (4xx)`. */
const CLASS_WORDS = /error|status|response|code|오류|에러|응답|상태/i;

function acceptsClass(text: string, start: number, ctx: DetectorContext, s: Sensitivity): boolean {
  // SMTP and FTP have reply classes too ("a 5xx reply"): not ours.
  if (ctx.nearSession(start) || ctx.closeMailTopic(start)) return false;
  return s === 'balanced' || CLASS_WORDS.test(text.slice(Math.max(0, start - 30), start + 33));
}
