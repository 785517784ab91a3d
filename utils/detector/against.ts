/**
 * Evidence that the number is something else: a price, a port, a label, a line number, a range,
 * a path, a flag, a comparison, another protocol (`$404`, `port 443`, `Foo.java:422`, `-401`,
 * `tail -100`, `SMTP 550`), read from the characters and words around it.
 */
import * as A from './against-words.ts';
import { F } from './features.ts';
import {
  isAsciiLetter,
  isDigit,
  isHangul,
  NUMBER,
  SPACES,
  TABS,
  walk,
  type Token,
} from './text.ts';
import type { Candidate, Evidence } from './types.ts';
import { isHttpWord, stripParticle } from './words.ts';

const glued = (c: number): boolean => isAsciiLetter(c) || isDigit(c) || isHangul(c);

/** A name before the number already says it holds a status: `status:404`, `HTTPError:429`. */
const named = (ev: Evidence): boolean =>
  !!(ev[F.statusName] || ev[F.statusKey] || ev[F.httpBefore] || ev[F.codeKey]);

/** Reasons before the number that it is something else: signs first, then words. */
export function vetoBefore(
  text: string,
  start: number,
  ws: readonly Token[],
  exit: boolean,
  ev: Evidence,
): void {
  signsBefore(text, start, ev);
  const [t0, t1] = ws;
  if (t0) wordsBefore(text, start, t0, t1, exit, ev);
}

function signsBefore(text: string, start: number, ev: Evidence): void {
  const prev = text.charAt(start - 1);
  const prev2 = text.charCodeAt(start - 2);
  // `$404$` is LaTeX math, not a price.
  const math = prev === '$' && text.charAt(start + 3) === '$';
  if (/[$€£¥₩￦]/.test(prev) && !math) ev[F.currency] = 1;
  if (/[#№]/.test(prev)) ev[F.signBefore] = 1; // `#404`, an issue or a number
  // I-405, 747-400, P-256, 4.2-pre-314: a model, route or version.
  const non = /\bnon-$/i.test(text.slice(Math.max(0, start - 5), start));
  if (non)
    ev[F.negated] = 1; // `non-200 responses`
  else if (/[-\u2010-\u2014]/.test(prev) && glued(prev2)) ev[F.hyphenGlued] = 1;
  // `-401`, `(,-8)`: a negative number. `<500`, `>= 300`: a bound.
  else if (prev === '-' && /[(,=:[ ]/.test(text.charAt(start - 2))) ev[F.signBefore] = 1;
  if (/(?:^|[^a-z"'/])[<>]=?[ \t]?$/i.test(text.slice(Math.max(0, start - 4), start))) {
    ev[F.operator] = 1;
  }
  // `/404`, `pull/421`, `example.com/404`: a path, unless it names a status (`/status/404`); but
  // `TCP_MISS/200` (squid) is a field, left to the column it is in.
  if (prev === '/' && !isDigit(prev2) && !ev[F.statusPath]) {
    const token = text.slice(walk(text, start - 1, /\S/, 200, -1), start - 1);
    if (token === '' || /[/.]/.test(token)) ev[F.pathBefore] = 1;
  }
  // `tail -100`, `hey -n 200`, `--max 500`: a command-line argument.
  if (/(?:^|\s)(?:-|--?[A-Za-z][\w-]*[ =])$/.test(text.slice(Math.max(0, start - 24), start))) {
    ev[F.flagBefore] = 1;
  }
  // `500 == 201`, `!== 200`: a comparison, as tests and conditions write codes.
  if (
    /[=!]==?[ \t]*$/.test(text.slice(Math.max(0, start - 5), start)) ||
    /^[ \t]*[=!]==?[^>]/.test(text.slice(start + 3, start + 9))
  ) {
    ev[F.equality] = 1;
  }
  // events.js:215:7 a line number, host:443 a port; but `status:404`, `HTTPError:429`.
  // `(?:429|503)` is a regular expression's group, not a colon.
  const colonOf = text.charAt(start - 2);
  if (prev === ':' && /[^ \t?]/.test(colonOf) && !named(ev)) ev[F.colonBefore] = 1;
}

function wordsBefore(
  text: string,
  start: number,
  t0: Token,
  t1: Token | undefined,
  exit: boolean,
  ev: Evidence,
): void {
  const { word: w, raw, sep } = t0;
  const near = /^[ \t:=#.*(]{0,4}$/.test(sep);
  labelBefore(t0, t1, near, ev);
  // `Psalm 124`, `Kryo 585`, `Chrome 120`: a name the number belongs to.
  // `versionCode 503`, `maxRetries 500`: an identifier of something else.
  if (SPACES.test(sep) && /^(?:[A-Z][a-z]+|[a-z]+[A-Z][A-Za-z]*)$/.test(raw) && !isHttpWord(w)) {
    ev[F.nameBefore] = 1;
  }
  if (isOtherKey(t0, ev)) ev[F.otherKey] = 1;
  if (exit) ev[F.exit] = 1;
  if (A.OTHER_PROTOCOLS.has(w) || A.OTHER_PROTOCOLS.has(t1?.word ?? '')) ev[F.otherProtocol] = 1;
  if (near && A.CURRENCY_WORDS.has(w)) ev[F.currency] = 1;
  // HAProxy and shell tests: `gt 100`, `-lt 500`.
  if (SPACES.test(sep) && /^(?:gt|lt|ge|le)$/.test(raw)) ev[F.operator] = 1;
  // Markdown emphasis around the number (`**404**`) is not a product (`x * 404`).
  const stars = /\*+$/.exec(sep)?.[0];
  const operator = stars && text.startsWith(stars, start + 3) ? sep.slice(0, -stars.length) : sep;
  if (/[+*×]/.test(operator)) ev[F.operator] = 1;
  // `404 512` in a log line: the second number is a field (size), not prose.
  if (NUMBER.test(w) && TABS.test(sep)) ev[F.afterNumber] = 1;
}

/** `port 443`, `over 500`, `up to 100`; `proxy_read_timeout 500s` by its last part; `No. 404`. */
function labelBefore(t0: Token, t1: Token | undefined, near: boolean, ev: Evidence): void {
  const { word: w, sep } = t0;
  const tail = w.slice(w.lastIndexOf('_') + 1);
  // … unless the words after say status: `Request 404 Not Found`, `every request 404s`.
  const statusAfter = ev[F.phraseAfter] || ev[F.plural] || ev[F.follower];
  if (near && A.IDENTIFIERS.has(stripParticle(w)) && !statusAfter) ev[F.identifier] = 1;
  else if (
    (near &&
      (A.LABELS.has(stripParticle(w)) ||
        A.SETTING_TAILS.has(tail) ||
        (w === 'to' && t1?.word === 'up'))) ||
    (A.NUMBER_ABBREVIATIONS.has(w) && sep.startsWith('.'))
  ) {
    ev[F.label] = 1;
  }
}

/** `"requestSize": 100`, `time: 100`: a key of some other value. */
function isOtherKey(t0: Token, ev: Evidence): boolean {
  return (
    /^["'`]?[ \t]*[:=][ \t]*["'`]?$/.test(t0.sep) &&
    /^[a-z_][\w.-]*$/i.test(t0.raw) &&
    !isHttpWord(t0.word) &&
    !named(ev) &&
    !ev[F.phraseAfter] &&
    !ev[F.rewriteFlag] &&
    !ev[F.follower] &&
    !ev[F.plural] &&
    !ev[F.errorBefore] &&
    !ev[F.responseBefore]
  );
}

/** `:7` (line:column), `-499` (a range, a model), `..599`; `%`, `°`, `€`; `x 500`, `+ 9`. */
export function signsAfter(text: string, c: Candidate, ev: Evidence): void {
  const { start, end } = c;
  const after = text.slice(end, end + 4);
  // … and `203/EXEC` (systemd): a number glued to a name by a slash.
  if (/^(?:[:\-\u2010\u2011\u2013~]|\.\.)\d|^\/[A-Z]{2}/.test(after)) ev[F.numberAfter] = 1;
  if (/^[%°℃℉€$£¥₩]/.test(after) && !(after[0] === '$' && text[start - 1] === '$')) {
    ev[F.signAfter] = 1;
  }
  if (/^[ \t]?[+*×x][ \t]?\d/.test(after)) ev[F.operator] = 1;
}
