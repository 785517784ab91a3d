/**
 * Codes travel in lists: `400, 401, 403`, `리디렉션(301, 302)`, `502/504`, `429 or 503`. When
 * one member of a list is a status with its own evidence, the others are too — unless their own
 * context says otherwise (a unit, a label, a veto).
 */
import type { Judged } from './detector.ts';

const JOINERS = new Set([
  ',',
  '/',
  '&',
  '、',
  '·',
  'and',
  'or',
  ',and',
  ',or',
  '및',
  '또는',
  '와',
  '과',
  '나',
  '이나',
]);

/** Are two neighbouring candidates members of one list? Bare spaces do not join (`404 512`). */
function joined(text: string, a: Judged, b: Judged): boolean {
  if (b.start - a.end > 10) return false;
  const between = text.slice(a.end, b.start);
  // Word joiners need a space after them: `404 and 500`, `301과 302`; `"400", "401"` also joins.
  return (
    JOINERS.has(between.replace(/[ \t"'`*]/g, '')) &&
    (/[,/&、·]/.test(between) || /[ \t]$/.test(between))
  );
}

const eligible = (j: Judged): boolean => !j.ev.veto && !j.ev.unit && (!j.ev.label || j.ev.phrase);

/** Accepts every eligible member of a list that has an accepted member. */
export function propagateLists(text: string, judged: Judged[]): void {
  let from = 0;
  for (let i = 1; i <= judged.length; i++) {
    const a = judged[i - 1];
    const b = judged[i];
    if (a && b && joined(text, a, b)) continue;
    const chain = judged.slice(from, i);
    if (chain.length > 1 && chain.some((j) => j.accepted)) {
      for (const j of chain) if (!j.accepted && eligible(j)) j.accepted = true;
    }
    from = i;
  }
}

/** What may precede a code at the start of a table row or list item: `| `, `<td>`, `- `, `* `. */
const ROW_PREFIX = /^[ \t|*>#-]*$/;
const CELL = /<t[dh]>/i;

/** The row shape of a line-initial code: its prefix and the kind of character after it. */
function rowKey(text: string, j: Judged): string | null {
  if (j.start - j.lineStart > 12) return null;
  const prefix = text.slice(j.lineStart, j.start);
  if (!ROW_PREFIX.test(prefix.replace(CELL, ''))) return null;
  let k = j.end;
  while (text[k] === ' ' || text[k] === '\t' || text[k] === '*') k++;
  const next = text[k] ?? '\n';
  const kind = /[A-Za-z\uac00-\ud7a3]/.test(next) ? 'text' : next;
  return `${prefix.replace(/[ \t]+/g, ' ')}\u0000${kind}`;
}

/**
 * Rows of a status table or list (`| 400 | Invalid parameters |`, `<td>401</td>`, `- 404: …`)
 * share a shape. When a run of rows of one shape has a member with a reason phrase, the rest of
 * the run are statuses too, even where the table's own wording is not a registered phrase.
 */
export function propagateColumns(text: string, judged: Judged[]): void {
  const rows = judged.flatMap((j) => {
    const key = rowKey(text, j);
    return key === null ? [] : [{ j, key }];
  });
  let from = 0;
  for (let i = 1; i <= rows.length; i++) {
    const a = rows[i - 1];
    const b = rows[i];
    if (a && b && a.key === b.key && b.j.start - a.j.start < 600) continue;
    const run = rows.slice(from, i).map((r) => r.j);
    if (run.length > 1 && run.some((j) => j.accepted && j.ev.phrase) && run.every(eligible)) {
      for (const j of run) j.accepted = true;
    }
    from = i;
  }
}
