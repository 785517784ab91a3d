/**
 * A name before the number that holds a status: `status: 404`, `res.statusCode = 404`,
 * `status code 404`, `HTTP 404`, `error code 404`, `/status/503`, `status is 404`, and a status
 * name earlier on the line with only numbers and comparison words between
 * (`status_code in (429, 503)`). `area code 404` names something else.
 */
import { F } from './features.ts';
import { NUMBER, SPACES, wordAcross, type Token } from './text.ts';
import type { Candidate, Evidence } from './types.ts';
import * as W from './words.ts';

/** Punctuation that may join a name to its value: `status: 404`, `"status": 404`, `.status(404)`. */
const CONNECTOR = /^[ \t\u00a0"'`:=()[\]{}<>!?,*]{0,8}$/;

/** `HTTPError: 429`, `HttpServerErrorException$InternalServerError: 500`, `StatusException`. */
const HTTP_ERROR_NAME = /^http.*(?:error|exception)|^status.*exception/;

/** A key that names a status without the exact shapes of `isStatusName`: `elb_status_code`. */
const statusKeyed = (word: string): boolean =>
  word.includes('status') && !/exit|signal|process/.test(word);

/** `status: 404`, `status code 404`, `HTTP 404`, `error code 404`, `area code 404`. */
export function statusBefore(
  text: string,
  c: Candidate,
  ws: readonly Token[],
  exit: boolean,
  ev: Evidence,
): void {
  const [t0, t1] = ws;
  if (!t0) return;
  const { word, sep } = t0;
  // `/status/503`, `…/HTTP/Status/408`: an endpoint or page named by its status.
  if (
    /(?:^|\/)(?:status(?:es)?|http|codes?|status_?codes?)\/$/i.test(
      text.slice(Math.max(0, c.start - 14), c.start),
    )
  ) {
    ev[F.statusPath] = 1;
  }
  if (!CONNECTOR.test(sep) || exit) return; // `exited with status 137`
  const codeOf = W.CODE_WORDS.has(W.stripParticle(word)) ? wordAcross(t1, SPACES) : '';
  if (
    W.isStatusName(word) ||
    W.CODE_OWNERS.has(codeOf) ||
    HTTP_ERROR_NAME.test(W.lastSegment(word))
  ) {
    ev[F.statusName] = 1;
  } else if (statusKeyed(word)) ev[F.statusKey] = 1;
  else if (
    (word === 'http' && /^[ \t:]*$/.test(sep)) ||
    (/^(?:error|code|response)$/.test(word) && t1?.word === 'http')
  ) {
    ev[F.httpBefore] = 1;
  } else linkedStatus(ws, ev);
  if (W.ERROR_WORDS.has(codeOf)) ev[F.errorCode] = 1;
  else if (codeOf && !W.CODE_OWNERS.has(codeOf)) ev[F.codeOfOther] = 1; // `area code 404`
}

/** `status code of 404`, `status is 404`; `status should 200` (looser). */
function linkedStatus(ws: readonly Token[], ev: Evidence): void {
  let soft = false;
  for (let k = 0; k < 2; k++) {
    const link = ws[k]?.word ?? '';
    const next = ws[k + 1]?.word;
    if (next === undefined) return;
    if (W.SOFT_LINKS.has(link)) soft = true;
    else if (!W.LINKS.has(link)) return;
    const owner = W.CODE_WORDS.has(W.stripParticle(next)) ? (ws[k + 2]?.word ?? '') : '';
    if (W.isStatusName(next) || W.CODE_OWNERS.has(owner)) {
      ev[soft ? F.statusLinkedSoft : F.statusLinked] = 1;
      return;
    }
  }
}

/**
 * A status name earlier on the line, with only numbers and comparison words between:
 * `Response status: 500, expected: [204]`, `status_code in (429, 503)`, `expected HTTP 200, got 503`.
 */
export function comparisonBefore(
  text: string,
  c: Candidate,
  ws: readonly Token[],
  ev: Evidence,
): void {
  for (const [k, t] of ws.entries()) {
    if (k > 0 && (W.isStatusName(t.word) || statusKeyed(t.word) || t.word === 'http')) {
      if (!/[.;]\s|[!?]\s/.test(text.slice(t.start, c.start))) ev[F.comparison] = 1;
      return;
    }
    if (!NUMBER.test(t.word) && !W.COMPARISON_GLUE.has(t.word)) return;
  }
}
