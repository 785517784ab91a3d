/**
 * Status codes in code and configuration: calls (`abort(403)`, `res.sendStatus(404)`,
 * `make_response(body, 404)`, `expect(res.status).toBe(200)`), returns (nginx `return 301 …;`,
 * Flask `return …, 403`), OpenAPI keys (`200:` under `responses:`) and Apache's `[R=301]`.
 */
import type { DetectorContext } from './detector-context.ts';
import type { Candidate, Evidence } from './detector-evidence.ts';
import {
  isLineStart,
  lineStartsWith,
  skipSpaces,
  wordsBefore,
  type Token,
} from './detector-text.ts';
import { isStatusName, lastSegment } from './detector-words.ts';

/** Adds what the code around the number says. */
export function codeShapes(
  text: string,
  c: Candidate,
  before: readonly Token[],
  ctx: DetectorContext,
  ev: Evidence,
): void {
  const t0 = before[0];
  // Only a number right after `(` or `,` can be a call argument; skip the walk otherwise.
  const call = t0 && /[(,]/.test(t0.sep) ? enclosingCall(text, c.start, c.lineStart) : null;
  if (call) callEvidence(text, c, call, ev);
  const rest = text.slice(skipSpaces(text, c.end), c.end + 12);
  if (
    t0?.word === 'return' &&
    /^[ \t]+$/.test(t0.sep) &&
    startsStatement(text, t0.start, c.lineStart)
  ) {
    // nginx: `return 301 https://…;`, `return 444;`
    if (/^[ \t]/.test(text.slice(c.end, c.end + 1)) && /^(?:https?:|\/|\$|"|')/.test(rest))
      ev.strong = true;
    else if (rest.startsWith(';') && ctx.nearNginx(c.start)) ev.medium += 2;
  }
  // Flask: `return render_template(...), 403`
  if (t0 && /^[)'"\]}]*,[ \t]*$/.test(t0.sep) && lineStartsWith(text, c.lineStart, 'return')) {
    if (rest === '' || /^[\r\n#]/.test(rest)) ev.medium += 2;
  }
  if (isKeyShaped(text, c) && ctx.underResponses(c.start)) ev.strong = true;
  // Apache `RewriteRule … [R=301,L]`: the redirect flag's status.
  if (t0?.raw === 'R' && t0.sep === '=' && '[,'.includes(text[t0.start - 1] ?? ' ')) ev.medium += 2;
}

/** Is `pos` the start of a statement: first on its line or after `{` or `;`? */
function startsStatement(text: string, pos: number, lineStart: number): boolean {
  let i = pos;
  while (i > lineStart && pos - i < 20 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return isLineStart(text, i, lineStart) || text[i - 1] === '{' || text[i - 1] === ';';
}

/** `200:`, `'404':`, `"500": {` — a mapping key, first on its line or quoted. */
function isKeyShaped(text: string, c: Candidate): boolean {
  const prev = text[c.start - 1] ?? '';
  const quoted = prev === '"' || prev === "'";
  if (!quoted && !isLineStart(text, c.start, c.lineStart)) return false;
  const after = text.slice(c.end, c.end + 3);
  return quoted ? after.startsWith(`${prev}:`) : after.startsWith(':') && !after.startsWith('::');
}

interface Call {
  readonly name: string;
  readonly dotted: boolean;
  readonly first: boolean;
}

/** The call whose argument list holds the number, on the same line (≤ 100 characters back). */
function enclosingCall(text: string, start: number, lineStart: number): Call | null {
  let depth = 0;
  let first = true;
  for (let i = start - 1; i >= Math.max(lineStart, start - 100); i--) {
    const ch = text[i];
    if (ch === ')' || ch === ']' || ch === '}') depth++;
    else if (ch === ';') return null;
    else if (ch === ',' && depth === 0) first = false;
    else if (ch === '(' || ch === '[' || ch === '{') {
      if (depth > 0) depth--;
      else {
        const name = ch === '(' ? wordsBefore(text, i, 1)[0] : undefined;
        if (!name || name.sep !== '') return null;
        return {
          name: name.word,
          dotted: text[name.start - 1] === '.' || name.word.includes('.'),
          first,
        };
      }
    }
  }
  return null;
}

/** First argument of these means a status: `abort(403)`, `res.sendStatus(404)`, `w.WriteHeader(500)`. */
const STATUS_CALLS = new Set([
  'abort',
  'errorhandler',
  'app_errorhandler',
  'error_handler',
  'register_error_handler',
  'senderror',
  'writehead',
  'writeheader',
  'http_response_code',
  'httpexception',
  'httperror',
  'responsestatusexception',
  'abortwithstatus',
  'abortwithstatusjson',
  'statuscode',
]);
/** Any argument of these may be the status: `make_response(body, 404)`, `redirect(url, 301)`. */
const RESPONSE_CALLS = new Set([
  'make_response',
  'response',
  'httpresponse',
  'jsonresponse',
  'responseentity',
  'redirect',
  'json',
  'html',
]);
/** Assertions, when a status name is earlier on the line: `expect(res.status).toBe(200)`. */
const ASSERTS = new Set([
  'tobe',
  'toequal',
  'tostrictequal',
  'equal',
  'equals',
  'eql',
  'eq',
  'assertequal',
  'assertequals',
  'assert_equal',
  'assert_eq',
  'strictequal',
  'isequalto',
  'expect',
]);

function callEvidence(text: string, c: Candidate, call: Call, ev: Evidence): void {
  const name = lastSegment(call.name);
  const statusNamed = /status/.test(call.name) && !/exit/.test(call.name);
  if (call.first && (STATUS_CALLS.has(name) || statusNamed || isStatusName(name))) ev.strong = true;
  else if (RESPONSE_CALLS.has(name) || call.name === 'http.error')
    ev.medium += 2; // Go `http.Error`
  else if (ASSERTS.has(name)) {
    const line = text.slice(Math.max(c.lineStart, c.start - 100), c.start);
    if (/status/i.test(line)) ev.medium += 2;
    else if (name === 'expect' && call.dotted && call.first) ev.medium += 2; // supertest `.expect(200)`
  }
}
