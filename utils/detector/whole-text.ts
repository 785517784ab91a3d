/**
 * What the whole text, and the page before it, says about each candidate: how much it talks
 * HTTP (`topic.ts`), whether its code is shown outright elsewhere, the lists its codes form; then
 * the vetoes that clear the priors of a number shown to be something else.
 */
import { applyVetoes, F, hasAgainst } from './features.ts';
import { markSequences, markUnnamedLists } from './lists.ts';
import { readTopic, topicFeatures, type PageTally } from './topic.ts';
import type { Evidence, Judged } from './types.ts';

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

/** Adds the text-wide features to every candidate, and what the text said to `page`. */
export function weighWholeText(
  text: string,
  judged: readonly Judged[],
  isKnown: (code: number) => boolean,
  page: PageTally | undefined,
): void {
  const topic = readTopic(text, isKnown);
  const said = {
    ...topic,
    markers: topic.markers + (page?.markers ?? 0),
    web: topic.web + (page?.web ?? 0),
    other: topic.other + (page?.other ?? 0),
  };
  // How often each code is shown outright.
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
}

/** Most numbers are mail replies (`550 mailbox unavailable`): so are its `4xx` and `5xx`. */
export const mostlyMail = (judged: readonly Judged[]): boolean =>
  judged.filter((j) => MAIL.some((f) => j.ev[f] !== 0)).length * 2 > judged.length;
