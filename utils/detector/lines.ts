/**
 * The lines of one text as records or rows: each split into fields on first need and remembered,
 * with what a column reader asks of them (a known code at a field, the W3C `#Fields:` line above,
 * the header of a table). Every answer is cached, so a long log or table costs one walk.
 */
import { shapeOf, split, lastAtMost, type Fields } from './fields.ts';

/** Lines longer than this are not records or rows (minified data, a page's one long line). */
const MAX_LINE = 2000;
const RULE = /^[ \t|:+-]*-[ \t|:+-]*$/;

export interface Line {
  readonly line: string;
  readonly fields: Fields;
  /** Per field: the shape before its first digit run, and whether that run is a code. */
  readonly infos: ({ shape: string; code: boolean } | null)[];
}

export class TextLines {
  readonly #text: string;
  readonly #isKnown: (code: number) => boolean;
  #starts: number[] | undefined;
  readonly #cache = new Map<number, Line | null>();
  /** Lines that start with a W3C `#Fields:` header, in order (found on first need). */
  #fieldLines: number[] | undefined;
  /** Per line: the top line of the block of lines of its kind above it (its header), or -1. */
  readonly #tops = new Map<number, number>();

  constructor(text: string, isKnown: (code: number) => boolean) {
    this.#text = text;
    this.#isKnown = isKnown;
  }

  #lineStarts(): number[] {
    if (this.#starts) return this.#starts;
    const text = this.#text;
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return (this.#starts = starts);
  }

  /** Index of the line holding offset `pos`. */
  indexOf(pos: number): number {
    return Math.max(0, lastAtMost(this.#lineStarts(), pos));
  }

  /** Line `index` split into fields; null past the text or when too long to be a record. */
  at(index: number): Line | null {
    let entry = this.#cache.get(index);
    if (entry !== undefined) return entry;
    const all = this.#lineStarts();
    const from = all[index];
    const to = all[index + 1] ?? this.#text.length + 1;
    entry = null;
    if (from !== undefined && to - from <= MAX_LINE) {
      const line = this.#text.slice(from, to - 1).replace(/\r$/, '');
      entry = { line, fields: split(line), infos: [] };
    }
    this.#cache.set(index, entry);
    return entry;
  }

  /** Is there a known code at field `k` of line `entry`, after the same shape? null: another shape. */
  codeIn(entry: Line, k: number, shape: string): boolean | null {
    let info = entry.infos[k];
    if (info === undefined) {
      const field = entry.line.slice(entry.fields.starts[k] ?? 0, entry.fields.ends[k] ?? 0);
      const m = /\d+/.exec(field);
      info = m
        ? {
            shape: shapeOf(field.slice(0, m.index)),
            code: m[0].length === 3 && this.#isKnown(Number(m[0])),
          }
        : null;
      entry.infos[k] = info;
    }
    if (!info) return false;
    return info.shape === shape ? info.code : null;
  }

  /** The W3C `#Fields:` line at most 40 lines above line `index`, if any. */
  fieldsAbove(index: number): string | null {
    const text = this.#text;
    if (!this.#fieldLines) {
      this.#fieldLines = [];
      for (let i = text.indexOf('#Fields:'); i !== -1; i = text.indexOf('#Fields:', i + 1)) {
        if (i === 0 || text[i - 1] === '\n') this.#fieldLines.push(this.indexOf(i));
      }
    }
    const found = this.#fieldLines[lastAtMost(this.#fieldLines, index - 1)];
    return found !== undefined && index - found <= 40 ? (this.at(found)?.line ?? null) : null;
  }

  /**
   * The header of the table holding line `index`: the top line (not a rule) of the block of
   * lines of its kind above it. Remembered per line, so a long table costs one walk.
   */
  headerOf(index: number): Line | null {
    const tops = this.#tops;
    const path: number[] = [];
    let k = index;
    while (!tops.has(k)) {
      const above = k > 0 ? this.at(k - 1) : null;
      if (!above || above.fields.sep !== this.at(k)?.fields.sep) {
        tops.set(k, -1);
        break;
      }
      path.push(k);
      k--;
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const line = path[i] as number;
      const above = tops.get(line - 1) ?? -1;
      tops.set(line, above !== -1 ? above : this.#isRule(line - 1) ? -1 : line - 1);
    }
    const top = tops.get(index) ?? -1;
    return top === -1 ? null : this.at(top);
  }

  /** The line above the header of line `index`'s table: `Responses` over Swagger UI's table. */
  aboveHeader(index: number): string {
    const top = this.#tops.get(index) ?? -1;
    return top > 0 ? (this.at(top - 1)?.line ?? '') : '';
  }

  #isRule(index: number): boolean {
    return RULE.test(this.at(index)?.line ?? '');
  }
}
