/**
 * The guided choice walked along a path of answer ids, and the hash that names the path
 * (`#choose/client/identity/yes`), so that a path can be linked to and the Back button undoes
 * an answer.
 */
import { CHOICE_QUESTIONS, CHOICE_ROOT } from '../../data/guide/choose.ts';
import type { ChoiceAnswer, ChoiceLeaf, ChoiceQuestion } from '../../data/guide/types.ts';

/** The id of the choice's heading on the reference page, and the first word of its hashes. */
export const CHOOSE_ID = 'choose';

/** An answer given, with the question it answered. */
export interface ChoiceStep {
  readonly question: ChoiceQuestion;
  readonly answer: ChoiceAnswer;
}

export interface ChoiceWalk {
  readonly steps: readonly ChoiceStep[];
  /** The answer ids of the steps: the part of the path that leads somewhere. */
  readonly path: readonly string[];
  /** Where the path ends: a question still to answer, or the code to send. */
  readonly at: { readonly question: ChoiceQuestion } | { readonly leaf: ChoiceLeaf };
}

const QUESTIONS = new Map(CHOICE_QUESTIONS.map((q) => [q.id, q]));

function question(id: string): ChoiceQuestion {
  const found = QUESTIONS.get(id);
  // data/guide/choose.test.ts proves every id named is a question.
  if (!found) throw new Error(`no question ${id}`);
  return found;
}

/** Follows the answers of a path from the root; an id no answer has ends the walk there. */
export function walkChoice(path: readonly string[]): ChoiceWalk {
  const steps: ChoiceStep[] = [];
  let current = question(CHOICE_ROOT);
  for (const id of path) {
    const answer = current.answers.find((a) => a.id === id);
    if (!answer) break;
    steps.push({ question: current, answer });
    if (typeof answer.next !== 'string') {
      return { steps, path: steps.map((s) => s.answer.id), at: { leaf: answer.next } };
    }
    current = question(answer.next);
  }
  return { steps, path: steps.map((s) => s.answer.id), at: { question: current } };
}

/** `#choose`, or `#choose/` and the answer ids joined by `/`. */
export function chooseHash(path: readonly string[]): string {
  return ['#' + CHOOSE_ID, ...path].join('/');
}

/** The answer ids a hash names (`[]` for `#choose`), or undefined for any other hash. */
export function parseChooseHash(hash: string): string[] | undefined {
  const match = /^#choose((?:\/[a-z0-9-]+)*)\/?$/u.exec(hash.trim());
  if (!match) return undefined;
  return (match[1] ?? '').split('/').filter((id) => id !== '');
}
