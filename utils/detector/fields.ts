/**
 * A line of a record or a row split into fields: by tabs, by `|`, or by runs of spaces (quoted
 * strings and brackets kept whole), and the shape of a field before its number.
 */

export interface Fields {
  /** `\t`, `|` or ` ` (runs of spaces, quoted strings and brackets kept whole). */
  readonly sep: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** Splits a line into fields. */
export function split(line: string): Fields {
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
export function lastAtMost(values: readonly number[], x: number): number {
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
export function fieldAt(fields: Fields, at: number): number {
  const k = lastAtMost(fields.starts, at);
  return k !== -1 && at < (fields.ends[k] ?? 0) ? k : -1;
}

/** A field's shape before the number: `TCP_MISS/` → `a/`, `"` → `"`, nothing → ``. */
export const shapeOf = (s: string): string =>
  s
    .trim()
    .replace(/[A-Za-z_]+/g, 'a')
    .replace(/\d+/g, '0');
