/**
 * Structure shared by lines: records of a log (any format: combined, W3C, CloudFront, ALB,
 * squid, HAProxy), rows of a table (tabs or `|`), items of a list of codes. A status is a
 * field that holds a known code on line after line, at the same place in lines of one shape; a
 * size or a time is not. A header naming the column (`sc-status`, `| Status code |`) says so
 * outright.
 */
import { F, type Evidence } from './features.ts';
import type { Candidate } from './types.ts';

/** Lines compared above and below a candidate's line. */
const REACH = 12;
/** Lines longer than this are not records or rows (minified data, a page's one long line). */
const MAX_LINE = 2000;

interface Fields {
  /** `\t`, `|` or ` ` (runs of spaces, quoted strings and brackets kept whole). */
  readonly sep: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** Splits a line into fields. */
function split(line: string): Fields {
  const sep = line.includes('\t') ? '\t' : (line.match(/\|/g)?.length ?? 0) >= 2 ? '|' : ' ';
  const starts: number[] = [];
  const ends: number[] = [];
  if (sep !== ' ') {
    let from = 0;
    for (let at = line.indexOf(sep); ; at = line.indexOf(sep, from)) {
      starts.push(from);
      ends.push(at === -1 ? line.length : at);
      if (at === -1) break;
      from = at + 1;
    }
    return { sep, starts, ends };
  }
  for (let i = 0; i < line.length;) {
    while (line[i] === ' ') i++;
    if (i >= line.length) break;
    const start = i;
    const close = line[i] === '"' ? '"' : line[i] === '[' ? ']' : line[i] === '{' ? '}' : '';
    if (close) {
      const end = line.indexOf(close, i + 1);
      i = end === -1 ? line.length : end + 1;
    }
    while (i < line.length && line[i] !== ' ') i++;
    starts.push(start);
    ends.push(i);
  }
  return { sep, starts, ends };
}

/** The field holding offset `at`, or -1 (between fields). */
function fieldAt(fields: Fields, at: number): number {
  let lo = 0;
  let hi = fields.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((fields.starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return (fields.starts[lo] ?? Infinity) <= at && at < (fields.ends[lo] ?? 0) ? lo : -1;
}

/** A field's shape before the number: `TCP_MISS/` → `a/`, `"` → `"`, nothing → ``. */
const shapeOf = (s: string): string =>
  s
    .trim()
    .replace(/[A-Za-z_]+/g, 'a')
    .replace(/\d+/g, '0');

const STATUS_NAME =
  /status|(?:http|response|resp)[ _-]?code|상태[ \t]*코드|응답[ \t]*코드|ステータス|状态码|狀態碼/i;
const CODE_NAME = /^(?:code|codes|코드|http)$/i;
const RULE = /^[ \t|:+-]*-[ \t|:+-]*$/;

export function createColumns(text: string, isKnown: (code: number) => boolean) {
  let starts: number[] | undefined;
  const cache = new Map<number, { line: string; fields: Fields } | null>();

  const lineStarts = (): number[] => {
    if (starts) return starts;
    starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  };
  /** Index of the line starting at `lineStart`. */
  const indexOf = (lineStart: number): number => {
    const all = lineStarts();
    let lo = 0;
    let hi = all.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((all[mid] ?? 0) <= lineStart) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const lineAt = (index: number): { line: string; fields: Fields } | null => {
    let entry = cache.get(index);
    if (entry !== undefined) return entry;
    const all = lineStarts();
    const from = all[index];
    const to = all[index + 1] ?? text.length + 1;
    entry = null;
    if (from !== undefined && to - from <= MAX_LINE) {
      const line = text.slice(from, to - 1).replace(/\r$/, '');
      entry = { line, fields: split(line) };
    }
    cache.set(index, entry);
    return entry;
  };

  /** Is there a known code standing alone at `offset` of `field` (after the same shape)? */
  const codeIn = (line: string, from: number, to: number, shape: string): boolean | null => {
    const field = line.slice(from, to);
    const m = /\d/.exec(field);
    if (!m) return false;
    if (shapeOf(field.slice(0, m.index)) !== shape) return null;
    const digits = /^\d+/.exec(field.slice(m.index))?.[0] ?? '';
    return digits.length === 3 && isKnown(Number(digits));
  };

  /** The header of the table holding line `index`: the top of its block of lines of one kind. */
  const headerOf = (index: number, sep: string): string | null => {
    let top: string | null = null;
    for (let k = index - 1; k >= 0 && k >= index - 400; k--) {
      const entry = lineAt(k);
      if (!entry || entry.fields.sep !== sep) break;
      if (!RULE.test(entry.line)) top = entry.line;
    }
    return top;
  };

  return {
    /** Adds the column and header features of `c`. */
    judge(c: Candidate, ev: Evidence): void {
      const index = indexOf(c.lineStart);
      const entry = lineAt(index);
      if (!entry) return;
      const { line, fields } = entry;
      const at = c.start - c.lineStart;
      const k = fieldAt(fields, at);
      if (k === -1) return;
      const from = fields.starts[k] ?? 0;
      const before = line.slice(from, at);
      const shape = shapeOf(before);
      // Markup copied with the text counts as nothing: `| <b>404</b> |`.
      const alone = /^[ \t"'`*]*$/.test(before.replace(/<\/?[a-z][^<>]*>/gi, ''));
      // The same field of the lines around, in lines of the same kind and about the same length.
      let known = 0;
      let seen = 0;
      for (let d = -REACH; d <= REACH; d++) {
        const other = d === 0 ? null : lineAt(index + d);
        if (!other || other.fields.sep !== fields.sep) continue;
        const n = other.fields.starts.length;
        if (n <= k || Math.abs(n - fields.starts.length) > Math.max(2, fields.starts.length / 4)) {
          continue;
        }
        const found = codeIn(
          other.line,
          other.fields.starts[k] ?? 0,
          other.fields.ends[k] ?? 0,
          shape,
        );
        if (found === null) continue;
        seen++;
        if (found) known++;
      }
      if (seen >= 2 && fields.starts.length >= 2) {
        ev[F.column] = known / seen;
        // Mostly other numbers in this field (`212 … 0 … 430 … 30021`): a count or a time.
        ev[F.otherColumn] = 1 - known / seen;
      }
      if (!alone) return;
      // A header naming the field: W3C `#Fields: … sc-status …`, a table's `| Status code |`.
      for (let d = 1; d <= 40 && fields.sep === ' '; d++) {
        const above = lineAt(index - d);
        if (!above?.line.startsWith('#Fields:')) continue;
        const name = above.line.slice(8).trim().split(/ +/)[k] ?? '';
        ev[STATUS_NAME.test(name) ? F.fieldHeader : F.otherHeader] = 1;
        break;
      }
      if (fields.sep === ' ') return;
      ev[F.tableCell] = 1;
      const header = headerOf(index, fields.sep);
      if (header === null) return;
      const cells = split(header);
      if (cells.sep !== fields.sep) return;
      const name = header
        .slice(cells.starts[k] ?? 0, cells.ends[k] ?? 0)
        .replace(/[*`_#]/g, '')
        .trim();
      if (STATUS_NAME.test(name)) ev[F.fieldHeader] = 1;
      else if (CODE_NAME.test(name)) ev[F.codeHeader] = 1;
      else if (/\p{L}/u.test(name)) ev[F.otherHeader] = 1; // `| Price |`, `| Area Code |`
    },
  };
}

