/**
 * Lists of codes read as a whole: numbers first on their lines or alone in their cells, one
 * after the other. An application's own code list looks like this; a list of statuses names them.
 */
import { F } from './features.ts';
import type { Judged } from './types.ts';

/**
 * `400 … 401 … 402 …` first on their lines or alone in their cells, one after the other: an
 * enumerated list of some system's own codes more often than a list of statuses (which skips
 * codes, and names them when it does not).
 */
export function markSequences(judged: readonly Judged[]): void {
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
export function markUnnamedLists(judged: readonly Judged[]): void {
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
