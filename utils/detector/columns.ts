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

/** Index of the last of the ascending `values` that is at most `x`; -1 when none is. */
function lastAtMost(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? 0) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The field holding offset `at`, or -1 (between fields). */
function fieldAt(fields: Fields, at: number): number {
  const k = lastAtMost(fields.starts, at);
  return k !== -1 && at < (fields.ends[k] ?? 0) ? k : -1;
}

/** A field's shape before the number: `TCP_MISS/` → `a/`, `"` → `"`, nothing → ``. */
const shapeOf = (s: string): string =>
  s
    .trim()
    .replace(/[A-Za-z_]+/g, 'a')
    .replace(/\d+/g, '0');

const STATUS_NAME =
  /status|(?:http|response|resp)[ _-]?code|상태[ \t]*코드|응답[ \t]*코드|ステータス|状态码|狀態碼/i;
/** A column of quantities: money, counts, sizes, times. */
const QUANTITY =
  /price|cost|amount|fee|total|qty|quantity|count|size|bytes|duration|latency|elapsed|\((?:ms|s|kb|mb|gb|%|usd|krw|\$|원)\)|가격|금액|요금|비용|수량|개수|크기|용량|시간|인원|점수|매출|원\)/i;
const RESPONSES = /^[ \t#*]*(?:responses|응답)[ \t:*]*$/i;
const CODE_NAME = /^(?:code|codes|코드|http)$/i;
const RULE = /^[ \t|:+-]*-[ \t|:+-]*$/;

interface Line {
  readonly line: string;
  readonly fields: Fields;
  /** Per field: the shape before its first digit run, and whether that run is a code. */
  readonly infos: ({ shape: string; code: boolean } | null)[];
}

export function createColumns(text: string, isKnown: (code: number) => boolean) {
  let starts: number[] | undefined;
  const cache = new Map<number, Line | null>();

  const lineStarts = (): number[] => {
    if (starts) return starts;
    starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  };
  /** Index of the line holding offset `pos`. */
  const indexOf = (pos: number): number => Math.max(0, lastAtMost(lineStarts(), pos));
  const lineAt = (index: number): Line | null => {
    let entry = cache.get(index);
    if (entry !== undefined) return entry;
    const all = lineStarts();
    const from = all[index];
    const to = all[index + 1] ?? text.length + 1;
    entry = null;
    if (from !== undefined && to - from <= MAX_LINE) {
      const line = text.slice(from, to - 1).replace(/\r$/, '');
      entry = { line, fields: split(line), infos: [] };
    }
    cache.set(index, entry);
    return entry;
  };

  /** Is there a known code at field `k` of line `entry`, after the same shape? null: another shape. */
  const codeIn = (entry: Line, k: number, shape: string): boolean | null => {
    let info = entry.infos[k];
    if (info === undefined) {
      const field = entry.line.slice(entry.fields.starts[k] ?? 0, entry.fields.ends[k] ?? 0);
      const m = /\d+/.exec(field);
      info = m
        ? {
            shape: shapeOf(field.slice(0, m.index)),
            code: m[0].length === 3 && isKnown(Number(m[0])),
          }
        : null;
      entry.infos[k] = info;
    }
    if (!info) return false;
    return info.shape === shape ? info.code : null;
  };

  /** Lines that start with a W3C `#Fields:` header, in order (found on first need). */
  let fieldLines: number[] | undefined;
  /** The W3C `#Fields:` line at most 40 lines above line `index`, if any. */
  const fieldsAbove = (index: number): string | null => {
    if (!fieldLines) {
      fieldLines = [];
      for (let i = text.indexOf('#Fields:'); i !== -1; i = text.indexOf('#Fields:', i + 1)) {
        if (i === 0 || text[i - 1] === '\n') fieldLines.push(indexOf(i));
      }
    }
    const found = fieldLines[lastAtMost(fieldLines, index - 1)];
    return found !== undefined && index - found <= 40 ? (lineAt(found)?.line ?? null) : null;
  };

  /** Per line: the top line of the block of lines of its kind above it (its header), or -1. */
  const tops = new Map<number, number>();
  const isRule = (index: number): boolean => RULE.test(lineAt(index)?.line ?? '');
  /**
   * The header of the table holding line `index`: the top line (not a rule) of the block of
   * lines of its kind above it. Remembered per line, so a long table costs one walk.
   */
  const headerOf = (index: number): Line | null => {
    const path: number[] = [];
    let k = index;
    while (!tops.has(k)) {
      const above = k > 0 ? lineAt(k - 1) : null;
      if (!above || above.fields.sep !== lineAt(k)?.fields.sep) {
        tops.set(k, -1);
        break;
      }
      path.push(k);
      k--;
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const line = path[i] as number;
      const above = tops.get(line - 1) ?? -1;
      tops.set(line, above !== -1 ? above : isRule(line - 1) ? -1 : line - 1);
    }
    const top = tops.get(index) ?? -1;
    return top === -1 ? null : lineAt(top);
  };
  /** The line above the header of line `index`'s table: `Responses` over Swagger UI's table. */
  const aboveHeader = (index: number): string => {
    const top = tops.get(index) ?? -1;
    return top > 0 ? (lineAt(top - 1)?.line ?? '') : '';
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
      const count = fields.starts.length;
      const slack = Math.max(2, count / 4);
      for (let d = -REACH; d <= REACH; d++) {
        const other = d === 0 ? null : lineAt(index + d);
        if (!other || other.fields.sep !== fields.sep) continue;
        const n = other.fields.starts.length;
        if (n <= k || Math.abs(n - count) > slack) continue;
        const found = codeIn(other, k, shape);
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
      const w3c = fields.sep === ' ' ? fieldsAbove(index) : null;
      if (w3c !== null) {
        const name = w3c.slice(8).trim().split(/ +/)[k] ?? '';
        ev[STATUS_NAME.test(name) ? F.fieldHeader : F.otherHeader] = 1;
      }
      if (fields.sep === ' ') return;
      ev[F.tableCell] = 1;
      const header = headerOf(index);
      if (header === null) return;
      const cells = header.fields;
      const name = header.line
        .slice(cells.starts[k] ?? 0, cells.ends[k] ?? 0)
        .replace(/[*`_#]/g, '')
        .trim();
      // A bare `Code` under `Responses` (Swagger UI, OpenAPI renderers) names statuses too.
      if (STATUS_NAME.test(name)) ev[F.fieldHeader] = 1;
      else if (CODE_NAME.test(name) && RESPONSES.test(aboveHeader(index))) ev[F.fieldHeader] = 1;
      else if (CODE_NAME.test(name)) ev[F.codeHeader] = 1;
      else if (QUANTITY.test(name))
        ev[F.measure] = 1; // `| Price |`, `| 가격(원) |`, `| Size (KB) |`
      else if (/\p{L}/u.test(name)) ev[F.otherHeader] = 1; // `| Room |`, `| Area Code |`
    },
  };
}
