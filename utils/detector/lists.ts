/**
 * Codes travel in lists: `400, 401, 403`, `리디렉션(301, 302)`, `502/504`, `429 or 503`. When
 * one member of a list is a status with its own evidence, the others are too — unless their own
 * context says otherwise (a unit, a label, a veto). Likewise the rows of a status table.
 */
import type { Judged } from './detect.ts';
import { F } from './features.ts';
import { walk } from './text.ts';

/** May this candidate take the decision of its list or its table? */
type Eligible = (j: Judged) => boolean;

const JOINERS = new Set(', / & 、 · and or ,and ,or 및 또는 와 과 나 이나'.split(' '));

/** Hands each run of neighbours that `linked` joins to `visit`. */
function eachRun<T>(
  items: readonly T[],
  linked: (a: T, b: T) => boolean,
  visit: (run: T[]) => void,
) {
  let from = 0;
  for (let i = 1; i <= items.length; i++) {
    const a = items[i - 1];
    const b = items[i];
    if (a && b && linked(a, b)) continue;
    visit(items.slice(from, i));
    from = i;
  }
}

/**
 * Accepts every eligible member of a list that has an accepted member. Bare spaces do not join
 * (`404 512`); word joiners need a space after them (`404 and 500`, `301과 302`); `"400", "401"`
 * also joins.
 */
export function propagateLists(text: string, judged: readonly Judged[], eligible: Eligible): void {
  const joined = (a: Judged, b: Judged): boolean => {
    const between = text.slice(a.end, b.start);
    return (
      b.start - a.end <= 10 &&
      JOINERS.has(between.replace(/[ \t"'`*]/g, '')) &&
      /[,/&、·]|[ \t]$/.test(between)
    );
  };
  eachRun(judged, joined, (chain) => {
    if (chain.some((j) => j.accepted)) for (const j of chain) j.accepted ||= eligible(j);
  });
}

/** What may precede a code at the start of a table row or list item: `| `, `<td>`, `- `, `* `. */
const ROW_PREFIX = /^[ \t|*>#-]*$/;

/** The row shape of a line-initial code: its prefix and the kind of character after it. */
function rowKey(text: string, j: Judged): string | null {
  if (j.start - j.lineStart > 12) return null;
  const prefix = text.slice(j.lineStart, j.start);
  if (!ROW_PREFIX.test(prefix.replace(/<t[dh]>/i, ''))) return null;
  const next = text.charAt(walk(text, j.end, /[ \t*]/, Infinity)) || '\n';
  const kind = /[A-Za-z\uac00-\ud7a3]/.test(next) ? 'text' : next;
  return `${prefix.replace(/[ \t]+/g, ' ')}\u0000${kind}`;
}

/** The name of a status column: `Status`, `HTTP code`, `Response code`, `상태 코드`. */
const STATUS_NAME =
  '(?:(?:http[ \\t]*)?(?:status|response)(?:[ \\t]+code)?|http[ \\t]+code|(?:http[ \\t]*)?(?:상태|응답)[ \\t]*코드)';
/** A header whose first cell names a status column. */
const STATUS_HEADER = new RegExp(`^[ \\t|*#>-]*${STATUS_NAME}[ \\t]*(?:[|\\t\\r]|$)`, 'i');
/** A bare `Code` header: a status column only in a responses table (Swagger UI's `Code | Description`). */
const CODE_HEADER = /^[ \t|*#>-]*(?:code|코드)[ \t]*(?:[|\t\r]|$)/i;
/** A Markdown table's rule under its header: `|---|:---:|`. */
const RULE = /^[ \t|:+-]*-[ \t|:+-]*\r?$/;

/** The line before the one that starts at `lineStart`, without its break; none on the first. */
function lineBefore(text: string, lineStart: number): { start: number; line: string } | undefined {
  if (lineStart < 2) return undefined;
  const start = text.lastIndexOf('\n', lineStart - 2) + 1;
  return { start, line: text.slice(start, lineStart - 1) };
}

/** The line above the row that starts at `lineStart`, past a Markdown rule: the table's header. */
function headerAbove(text: string, lineStart: number): string {
  for (let above = lineBefore(text, lineStart); above; above = lineBefore(text, above.start)) {
    if (!RULE.test(above.line)) return above.line;
  }
  return '';
}

/** Is the run of rows starting with `first` under a header that names a status column? */
function underStatusHeader(text: string, first: Judged): boolean {
  const header = headerAbove(text, first.lineStart);
  return (
    STATUS_HEADER.test(header) ||
    (CODE_HEADER.test(header) &&
      /\bresponses\b/i.test(text.slice(Math.max(0, first.start - 3000), first.start)))
  );
}

/**
 * Rows of a status table or list (`| 400 | Invalid parameters |`, `<td>401</td>`, `- 404: …`)
 * share a shape. When a run of rows of one shape (each within 600 characters of the last) has a
 * member with a reason phrase, or starts under a header naming a status column (`| Status |
 * Meaning |`), the rest of the run are statuses too, even where the table's own wording is not
 * a registered phrase.
 */
export function propagateColumns(
  text: string,
  judged: readonly Judged[],
  eligible: Eligible,
): void {
  const rows = judged.flatMap((j) => {
    const key = rowKey(text, j);
    return key === null ? [] : [{ j, key }];
  });
  eachRun(
    rows,
    (a, b) => a.key === b.key && b.j.start - a.j.start < 600,
    (run) => {
      const first = run[0]?.j;
      if (
        first &&
        (run.some((r) => r.j.accepted && r.j.ev[F.phraseAfter]) ||
          underStatusHeader(text, first)) &&
        run.every((r) => eligible(r.j))
      ) {
        for (const r of run) r.j.accepted = true;
      }
    },
  );
}
