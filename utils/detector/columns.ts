/**
 * Structure shared by lines: records of a log (any format: combined, W3C, CloudFront, ALB,
 * squid, HAProxy), rows of a table (tabs or `|`), items of a list of codes. A status is a
 * field that holds a known code on line after line, at the same place in lines of one shape; a
 * size or a time is not. A header naming the column (`sc-status`, `| Status code |`) says so
 * outright.
 */
import { F } from './features.ts';
import { fieldAt, shapeOf, type Fields } from './fields.ts';
import { TextLines, type Line } from './lines.ts';
import type { Candidate, Evidence } from './types.ts';

/** Lines compared above and below a candidate's line. */
const REACH = 12;

const STATUS_NAME =
  /status|(?:http|response|resp)[ _-]?code|상태[ \t]*코드|응답[ \t]*코드|ステータス|状态码|狀態碼/i;
/** A column of quantities: money, counts, sizes, times. */
const QUANTITY =
  /price|cost|amount|fee|total|qty|quantity|count|size|bytes|duration|latency|elapsed|\((?:ms|s|kb|mb|gb|%|usd|krw|\$|원)\)|가격|금액|요금|비용|수량|개수|크기|용량|시간|인원|점수|매출|원\)/i;
const RESPONSES = /^[ \t#*]*(?:responses|응답)[ \t:*]*$/i;
const CODE_NAME = /^(?:code|codes|코드|http)$/i;

export class Columns {
  readonly #lines: TextLines;

  constructor(text: string, isKnown: (code: number) => boolean) {
    this.#lines = new TextLines(text, isKnown);
  }

  /** Adds the column and header features of `c`. */
  judge(c: Candidate, ev: Evidence): void {
    const index = this.#lines.indexOf(c.lineStart);
    const entry = this.#lines.at(index);
    if (!entry) return;
    const { line, fields } = entry;
    const at = c.start - c.lineStart;
    const k = fieldAt(fields, at);
    if (k === -1) return;
    const before = line.slice(fields.starts[k] ?? 0, at);
    this.#column(index, entry, k, shapeOf(before), ev);
    // Markup copied with the text counts as nothing: `| <b>404</b> |`.
    if (/^[ \t"'`*]*$/.test(before.replace(/<\/?[a-z][^<>]*>/gi, ''))) {
      this.#header(index, fields, k, ev);
    }
  }

  /** The same field of the lines around, in lines of the same kind and about the same length. */
  #column(index: number, entry: Line, k: number, shape: string, ev: Evidence): void {
    const { fields } = entry;
    let known = 0;
    let seen = 0;
    const count = fields.starts.length;
    const slack = Math.max(2, count / 4);
    for (let d = -REACH; d <= REACH; d++) {
      const other = d === 0 ? null : this.#lines.at(index + d);
      if (!other || other.fields.sep !== fields.sep) continue;
      const n = other.fields.starts.length;
      if (n <= k || Math.abs(n - count) > slack) continue;
      const found = this.#lines.codeIn(other, k, shape);
      if (found === null) continue;
      seen++;
      if (found) known++;
    }
    if (seen >= 2 && fields.starts.length >= 2) {
      ev[F.column] = known / seen;
      // Mostly other numbers in this field (`212 … 0 … 430 … 30021`): a count or a time.
      ev[F.otherColumn] = 1 - known / seen;
    }
  }

  /** A header naming the field: W3C `#Fields: … sc-status …`, a table's `| Status code |`. */
  #header(index: number, fields: Fields, k: number, ev: Evidence): void {
    const w3c = fields.sep === ' ' ? this.#lines.fieldsAbove(index) : null;
    if (w3c !== null) {
      const name = w3c.slice(8).trim().split(/ +/)[k] ?? '';
      ev[STATUS_NAME.test(name) ? F.fieldHeader : F.otherHeader] = 1;
    }
    if (fields.sep === ' ') return;
    ev[F.tableCell] = 1;
    const header = this.#lines.headerOf(index);
    if (header === null) return;
    const cells = header.fields;
    const name = header.line
      .slice(cells.starts[k] ?? 0, cells.ends[k] ?? 0)
      .replace(/[*`_#]/g, '')
      .trim();
    // A bare `Code` under `Responses` (Swagger UI, OpenAPI renderers) names statuses too.
    if (STATUS_NAME.test(name)) ev[F.fieldHeader] = 1;
    else if (CODE_NAME.test(name) && RESPONSES.test(this.#lines.aboveHeader(index))) {
      ev[F.fieldHeader] = 1;
    } else if (CODE_NAME.test(name)) ev[F.codeHeader] = 1;
    else if (QUANTITY.test(name))
      ev[F.measure] = 1; // `| Price |`, `| 가격(원) |`, `| Size (KB) |`
    else if (/\p{L}/u.test(name)) ev[F.otherHeader] = 1; // `| Room |`, `| Area Code |`
  }
}
