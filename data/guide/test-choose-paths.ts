/**
 * For the tests: every path through the guided choice, from the root question to a leaf, as the
 * answer ids the URL joins. Throws on a cycle or on an answer naming no question.
 */
import { CHOICE_QUESTIONS, CHOICE_ROOT } from './choose.ts';
import type { ChoiceAnswer, ChoiceLeaf } from './types.ts';

export interface ChoicePath {
  readonly ids: readonly string[];
  readonly leaf: ChoiceLeaf;
}

const byId = new Map(CHOICE_QUESTIONS.map((q) => [q.id, q]));

export const isLeaf = (next: ChoiceAnswer['next']): next is ChoiceLeaf => typeof next !== 'string';

export function choicePaths(
  id = CHOICE_ROOT,
  seen: readonly string[] = [],
  ids: readonly string[] = [],
): ChoicePath[] {
  if (seen.includes(id)) throw new Error(`cycle: ${[...seen, id].join(' → ')}`);
  const question = byId.get(id);
  if (!question) throw new Error(`no question ${id}`);
  return question.answers.flatMap((a) =>
    isLeaf(a.next)
      ? [{ ids: [...ids, a.id], leaf: a.next }]
      : choicePaths(a.next, [...seen, id], [...ids, a.id]),
  );
}
