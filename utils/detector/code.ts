/**
 * Status codes in code and configuration: calls (`abort(403)`, `res.sendStatus(404)`,
 * `make_response(body, 404)`, `expect(res.status).toBe(200)`), returns (nginx `return 301 …;`,
 * Flask `return …, 403`), OpenAPI keys (`200:` under `responses:`) and Apache's `[R=301]`.
 */
import type { DetectorContext } from './context.ts';
import { F } from './features.ts';
import { BLANK, isLineStart, SPACE, TABS, walk, words, type Token } from './text.ts';
import type { Candidate, Evidence } from './types.ts';
import { isStatusName, lastSegment, set } from './words.ts';

/** First argument of these means a status: `abort(403)`, `res.sendStatus(404)`, `w.WriteHeader(500)`. */
const STATUS_CALLS = set(
  'abort errorhandler app_errorhandler error_handler register_error_handler senderror writehead ' +
    'writeheader http_response_code httpexception httperror responsestatusexception ' +
    'abortwithstatus abortwithstatusjson statuscode',
);
/** Any argument of these may be the status: `make_response(body, 404)`, `redirect(url, 301)`. */
const RESPONSE_CALLS = set(
  'make_response response httpresponse jsonresponse responseentity redirect json html send',
);
/** Calls that take a time, a size or an amount: never a status. */
const NUMERIC_CALLS = set(
  'settimeout setinterval sleep usleep delay wait timeout max min round floor ceil clamp range ' +
    'slice substr substring repeat padstart padend tofixed toprecision resize random randint ' +
    'limit take skip offset sample',
);
/** Assertions, when a status name is earlier on the line: `expect(res.status).toBe(200)`. */
const ASSERTS = set(
  'tobe toequal tostrictequal equal equals eql eq assertequal assertequals assert_equal ' +
    'assert_eq strictequal isequalto expect',
);

/** Adds what the code around the number says. */
export function codeShapes(
  text: string,
  c: Candidate,
  t0: Token | undefined,
  ctx: DetectorContext,
  ev: Evidence,
): void {
  const { start, end, lineStart } = c;
  // Only a number right after `(` or `,` can be a call argument; skip the walk otherwise.
  if (t0 && /[(,]/.test(t0.sep)) callEvidence(text, c, ev);
  const rest = text.slice(walk(text, end, BLANK, 8), end + 12);
  if (t0?.word === 'return' && TABS.test(t0.sep) && startsStatement(text, t0.start, lineStart)) {
    // nginx: `return 301 https://…;`, `return 444;`
    if (SPACE.test(text.charAt(end)) && /^(?:https?:|\/|\$|"|')/.test(rest)) ev[F.nginxReturn] = 1;
    else if (rest.startsWith(';') && ctx.nearNginx(start)) ev[F.nginxReturn] = 1;
  }
  // Flask: `return render_template(...), 403`
  if (
    t0 &&
    /^[)'"\]}]*,[ \t]*$/.test(t0.sep) &&
    /^[ \t\u00a0\r]{0,40}return[ \t]/.test(text.slice(lineStart, lineStart + 47)) &&
    /^(?:[\r\n#]|$)/.test(rest)
  ) {
    ev[F.returnTuple] = 1;
  }
  if (isKeyShaped(text, c) && ctx.underResponses(start)) ev[F.responsesKey] = 1;
  // Apache `RewriteRule … [R=301,L]`: the redirect flag's status.
  if (t0?.raw === 'R' && t0.sep === '=' && /[[,]/.test(text.charAt(t0.start - 1))) {
    ev[F.rewriteFlag] = 1;
  }
}

/** Is `pos` the start of a statement: first on its line or after `{` or `;`? */
function startsStatement(text: string, pos: number, lineStart: number): boolean {
  const i = walk(text, pos, SPACE, 20, -1, lineStart);
  return isLineStart(text, i, lineStart) || /[{;]/.test(text.charAt(i - 1));
}

/** `200:`, `'404':`, `"500": {` — a mapping key, first on its line or quoted. */
function isKeyShaped(text: string, c: Candidate): boolean {
  const prev = text.charAt(c.start - 1);
  const quoted = prev === '"' || prev === "'";
  if (!quoted && !isLineStart(text, c.start, c.lineStart)) return false;
  const after = text.slice(c.end, c.end + 3);
  return quoted ? after.startsWith(`${prev}:`) : after.startsWith(':') && !after.startsWith('::');
}

/**
 * The call whose argument list holds the number, on the same line (≤ 100 characters back), and
 * what its name says: a status setter (first argument), a response builder, an assertion.
 */
function callEvidence(text: string, c: Candidate, ev: Evidence): void {
  const { start, lineStart } = c;
  const from = Math.max(lineStart, start - 100);
  let depth = 0;
  let first = true;
  for (let i = start - 1; i >= from; i--) {
    const ch = text.charAt(i);
    if (')]}'.includes(ch)) depth++;
    else if (ch === ';') return;
    else if (ch === ',' && depth === 0) first = false;
    else if ('([{'.includes(ch) && depth-- === 0) {
      const t = ch === '(' ? words(text, i, 1, -1)[0] : undefined;
      if (!t || t.sep !== '') return;
      const callee = t.word;
      const name = lastSegment(callee);
      const dotted = text.charAt(t.start - 1) === '.' || callee.includes('.');
      const statusNamed = /status/.test(callee) && !/exit/.test(callee);
      if (first && (STATUS_CALLS.has(name) || statusNamed || isStatusName(name))) {
        ev[F.statusCall] = 1;
      } else if (
        RESPONSE_CALLS.has(name) ||
        callee === 'http.error' ||
        /(?:error|exception)$/.test(name) // `new AppError('Not here', 404)`
      ) {
        ev[F.responseCall] = 1; // Go `http.Error`
      } else if (ASSERTS.has(name)) {
        // supertest `.expect(200)`
        if (/status/i.test(text.slice(from, start)) || (name === 'expect' && dotted && first)) {
          ev[F.assertion] = 1;
        }
      } else if (NUMERIC_CALLS.has(name)) {
        ev[F.numericCall] = 1; // `setTimeout(done, 500)`, `Math.max(500, width)`
      } else if (/^[A-Za-z_$][\w$.]*$/.test(callee)) ev[F.otherCall] = 1; // `limit(100)`
      return;
    }
  }
}
