/**
 * Finds HTTP status codes mentioned in text. Pure and linear; a text goes through three steps:
 * `candidates.ts` finds the numbers in one pass and gives each its local features (`evidence.ts`
 * calls one file per kind of evidence) and its column's (`columns.ts`); `whole-text.ts` adds what
 * the text as a whole says (`topic.ts`); `decide` scores them with one function (`model.ts`).
 * Class tokens (`4xx`) are reported apart. docs/detector.md maps the files.
 */
import { readCandidates } from './candidates.ts';
import { score, TRAINED, type Model } from './model.ts';
import { isKnownCode } from './phrase-table.ts';
import type { PageTally } from './topic.ts';
import type { ClassMatch, Judged, Match, Sensitivity } from './types.ts';
import { mostlyMail, weighWholeText } from './whole-text.ts';

export type { Judged, Match, Sensitivity } from './types.ts';
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
  const isKnown = options.isKnown ?? isKnownCode;
  const sensitivity = options.sensitivity ?? 'balanced';
  const { judged, classes } = readCandidates(
    text,
    isKnown,
    sensitivity,
    options.deadline ?? Infinity,
  );
  weighWholeText(text, judged, isKnown, options.page);
  if (mostlyMail(judged)) classes.length = 0;
  return { judged, classes };
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
