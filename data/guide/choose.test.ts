/** Invariants of the guided choice: a tree that ends in real codes, in both languages. */
import { describe, expect, it } from 'vitest';
import { getStatusCode } from '../index.ts';
import { CHOICE_QUESTIONS, CHOICE_ROOT } from './choose.ts';
import { choicePaths, isLeaf } from './test-choose-paths.ts';
import type { Bilingual, ChoiceLeaf, ChoiceQuestion } from './types.ts';

const byId = new Map(CHOICE_QUESTIONS.map((q) => [q.id, q]));

/** The questions met on the way from the root, each once. */
function reachable(): Set<string> {
  const found = new Set<string>();
  const visit = (id: string) => {
    if (found.has(id)) return;
    found.add(id);
    for (const a of byId.get(id)?.answers ?? []) if (!isLeaf(a.next)) visit(a.next);
  };
  visit(CHOICE_ROOT);
  return found;
}

const all = choicePaths();
const leaves = all.map((p) => p.leaf);
const texts: (readonly [string, Bilingual<string | undefined>])[] = CHOICE_QUESTIONS.flatMap(
  (q: ChoiceQuestion) => [
    [`${q.id}: question`, { en: q.en.question, ko: q.ko.question }] as const,
    ...(q.en.hint || q.ko.hint
      ? [[`${q.id}: hint`, { en: q.en.hint, ko: q.ko.hint }] as const]
      : []),
    ...q.answers.map((a) => [`${q.id}/${a.id}`, { en: a.en, ko: a.ko }] as const),
    ...q.answers
      .filter((a) => isLeaf(a.next))
      .map((a) => [`${q.id}/${a.id}: reason`, (a.next as ChoiceLeaf).reason] as const),
  ],
);

describe('the guided choice', () => {
  it('starts from a question that exists, and every question has a unique id', () => {
    expect(byId.has(CHOICE_ROOT)).toBe(true);
    expect(byId.size).toBe(CHOICE_QUESTIONS.length);
  });

  it('reaches every question from the root, without a cycle', () => {
    expect([...reachable()].sort()).toEqual(CHOICE_QUESTIONS.map((q) => q.id).sort());
    expect(all.length).toBeGreaterThan(0);
  });

  it.each(CHOICE_QUESTIONS.map((q) => [q.id, q] as const))(
    '%s has 2 to 6 answers with ids unique among them, fit for a URL',
    (_, q) => {
      expect(q.answers.length).toBeGreaterThanOrEqual(2);
      expect(q.answers.length).toBeLessThanOrEqual(6);
      const ids = q.answers.map((a) => a.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/u);
    },
  );

  it('is at most six questions deep', () => {
    expect(Math.max(...all.map((p) => p.ids.length))).toBeLessThanOrEqual(6);
  });

  it('ends at codes of the dataset, at least twenty different ones', () => {
    for (const leaf of leaves) expect(getStatusCode(leaf.code), `${leaf.code}`).toBeDefined();
    expect(new Set(leaves.map((l) => l.code)).size).toBeGreaterThanOrEqual(20);
  });

  it.each(
    [200, 201, 202, 204, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405, 406, 409, 410]
      .concat([412, 413, 415, 422, 428, 429, 500, 501, 502, 503, 504])
      .map((c) => [c]),
  )('reaches %i', (code) => {
    expect(leaves.some((l) => l.code === code)).toBe(true);
  });

  it.each(texts)('%s is written in both languages, differently', (_, text) => {
    expect(text.en?.trim()).toBeTruthy();
    expect(text.ko?.trim()).toBeTruthy();
    expect(text.ko).not.toBe(text.en);
    expect(text.ko).toMatch(/[가-힣]/u);
  });

  it('never reuses a reason for two leaves', () => {
    for (const lang of ['en', 'ko'] as const) {
      const reasons = leaves.map((l) => l.reason[lang]);
      expect(new Set(reasons).size).toBe(reasons.length);
    }
  });

  it('never leaves a question or an answer label longer than a line or two', () => {
    for (const [, text] of texts.filter(([name]) => !name.endsWith('reason'))) {
      expect((text.en ?? '').length).toBeLessThanOrEqual(130);
    }
  });
});
