/** For the tests that read every sentence of the dataset: the prose of a meaning's text. */
import type { MeaningText } from './types.ts';

/** Summary, explanation, retry note, causes and fixes: what the detail shows as sentences. */
export const proseOf = (t: MeaningText): string[] => [
  t.summary,
  t.detail,
  t.retryNote,
  ...(t.causes ?? []),
  ...(t.clientFixes ?? []),
  ...(t.serverFixes ?? []),
];
