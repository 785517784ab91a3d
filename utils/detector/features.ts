/**
 * The kinds of evidence the detector weighs, one feature each. A candidate's features are a
 * vector of numbers (mostly 0 or 1); the model (`model.ts`) weighs them with weights fit on a
 * labelled corpus by `scripts/train-detector.ts`. A feature names a kind of evidence that holds
 * across sources, never a document. Adding or removing one here means training again (a test
 * checks the weights name exactly these features).
 */
export const FEATURES = [
  // Reason phrases: `404 Not Found`, `Not Found (404)`, `403 금지됨`, `429 Client Error`.
  'phraseAfter',
  'everydayPhrase',
  'phraseBefore',
  'classWording',
  // Status lines and records: `HTTP/1.1 404`, `"GET / HTTP/1.1" 404`, `GET /api 200`.
  'statusLine',
  'requestLine',
  // A name that holds a status: `status: 404`, `statusCode=404`, `"response_code": "503"`.
  'statusName',
  'statusKey',
  'statusLinked',
  'statusLinkedSoft',
  'statusPath',
  'httpBefore',
  'errorCode',
  // Code and configuration: `abort(403)`, `res.status(404)`, `error_page 404`, `200:`.
  'statusCall',
  'responseCall',
  'assertion',
  'comparison',
  'equality',
  'negated',
  'directive',
  'nginxReturn',
  'returnTuple',
  'responsesKey',
  'rewriteFlag',
  'statusNameAfter',
  'otherCall',
  'numericCall',
  // Words before: `error 404`, `redirect 301`, `nginx 502`, `Response 200`, `a 404`.
  'errorBefore',
  'redirectBefore',
  'serverBefore',
  'responseBefore',
  'codeKey',
  'article',
  'articleEnd',
  'serverVerb',
  'serverVerbArticle',
  'clientVerb',
  // Words after: `404 error`, `404s`, `404 에러`, `404가`, `404 page`.
  'follower',
  'follower2',
  'statusCodeAfter',
  'plural',
  'means',
  'fromServer',
  'koFollower',
  'koStatusCodeAfter',
  'koWhen',
  'particle',
  'particleFollower',
  'koVerb',
  'blocked',
  'koBlocked',
  'prose',
  // Structure: a column of statuses in lines of one shape, a header naming the column.
  'column',
  'otherColumn',
  'tableCell',
  'fieldHeader',
  'codeHeader',
  'otherHeader',
  'classNear',
  'lineStartDefinition',
  'sequence',
  'unnamedList',
  'constantAfter',
  // The code itself, and how much the text talks HTTP (`HTTP`, `status code`, request lines;
  // web words such as `server`, `API`, `요청`): a common code is a status on a page about HTTP,
  // much less on one about anything else. Each prior is weighed per level of talk.
  'tier1',
  'tier1Topic',
  'tier1Web',
  'tier2',
  'tier2Topic',
  'tier2Web',
  'rareTopic',
  'rareWeb',
  'tier1NoTopic',
  'tier2NoTopic',
  'round',
  'topicNone',
  'bareParticle',
  'otherNumbers',
  'otherDoc',
  'echo',
  // Against: a unit, a label, a sign, a range, another protocol, a field after a number.
  'measure',
  'unit',
  'koCounter',
  'identifier',
  'label',
  'nameBefore',
  'currency',
  'signBefore',
  'pathBefore',
  'hyphenGlued',
  'colonBefore',
  'numberAfter',
  'signAfter',
  'operator',
  'exit',
  'otherProtocol',
  'otherStatusLine',
  'afterNumber',
  'mailReply',
  'mailSession',
  'mailTopic',
  'codeOfOther',
  'otherKey',
  'flagBefore',
  'otherNeighbour',
  'koComparison',
] as const;

export type Feature = (typeof FEATURES)[number];

/** Index of each feature in a vector. */
export const F = Object.fromEntries(FEATURES.map((name, i) => [name, i])) as {
  readonly [K in Feature]: number;
};

/** A candidate's features, indexed by `F`. */
export type Evidence = Float64Array;

/** Vectors are cut from shared blocks: one allocation per 64 candidates, not one each. */
const BLOCK = 64;
let block = new Float64Array(0);
let used = BLOCK;

export const newEvidence = (): Evidence => {
  const n = FEATURES.length;
  if (used === BLOCK) {
    block = new Float64Array(BLOCK * n);
    used = 0;
  }
  used++;
  return block.subarray((used - 1) * n, used * n);
};

/** Features that say the number is something else: a candidate with one never borrows. */
export const AGAINST: readonly number[] = [
  F.measure,
  F.unit,
  F.koCounter,
  F.identifier,
  F.label,
  F.currency,
  F.signBefore,
  F.pathBefore,
  F.hyphenGlued,
  F.colonBefore,
  F.numberAfter,
  F.signAfter,
  F.operator,
  F.exit,
  F.otherProtocol,
  F.otherStatusLine,
  F.mailReply,
  F.mailSession,
  F.codeOfOther,
  F.otherKey,
  F.flagBefore,
  F.otherNeighbour,
  F.koComparison,
  F.numericCall,
];

export const hasAgainst = (ev: Evidence): boolean => AGAINST.some((f) => ev[f] !== 0);

/**
 * Evidence that the number is a quantity, a room, a path or another protocol's reply, which
 * no status has in the corpus: with one, what the page says about HTTP and which code it is
 * (the priors) are not weighed at all, so that a page full of HTTP talk cannot carry a price
 * in a table or `301호` across the line.
 */
const VETO: readonly number[] = [
  F.measure,
  F.unit,
  F.koCounter,
  F.identifier,
  F.currency,
  F.signBefore,
  F.pathBefore,
  F.hyphenGlued,
  F.numberAfter,
  F.operator,
  F.flagBefore,
  F.otherStatusLine,
  F.mailReply,
  F.mailSession,
  F.otherHeader,
  F.numericCall,
  F.koComparison,
];
const PRIORS: readonly number[] = [
  F.tier1,
  F.tier1Topic,
  F.tier1Web,
  F.tier2,
  F.tier2Topic,
  F.tier2Web,
  F.rareTopic,
  F.rareWeb,
  F.tier1NoTopic,
  F.tier2NoTopic,
  F.echo,
];

/** Clears the priors of a number vetoed as something else. */
export function applyVetoes(ev: Evidence): void {
  if (!VETO.some((f) => ev[f] !== 0)) return;
  for (const f of PRIORS) ev[f] = 0;
}
