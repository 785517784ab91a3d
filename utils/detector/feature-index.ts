/**
 * The kinds of evidence the detector weighs, one feature each, by its index in a candidate's
 * vector (`features.ts`); the build writes these constants in place, so no names ship. A feature
 * names a kind of evidence, never a document; adding or removing one means training again (a
 * test checks the weights name exactly these features, in this order).
 */
// Reason phrases: `404 Not Found`, `Not Found (404)`, `403 금지됨`, `429 Client Error`.
export const phraseAfter = 0;
export const everydayPhrase = 1;
export const phraseBefore = 2;
export const classWording = 3;
// Status lines and records: `HTTP/1.1 404`, `"GET / HTTP/1.1" 404`, `GET /api 200`.
export const statusLine = 4;
export const requestLine = 5;
// A name that holds a status: `status: 404`, `statusCode=404`, `"response_code": "503"`.
export const statusName = 6;
export const statusKey = 7;
export const statusLinked = 8;
export const statusLinkedSoft = 9;
export const statusPath = 10;
export const httpBefore = 11;
export const errorCode = 12;
// Code and configuration: `abort(403)`, `res.status(404)`, `error_page 404`, `200:`.
export const statusCall = 13;
export const responseCall = 14;
export const assertion = 15;
export const comparison = 16;
export const equality = 17;
export const negated = 18;
export const directive = 19;
export const nginxReturn = 20;
export const returnTuple = 21;
export const responsesKey = 22;
export const rewriteFlag = 23;
export const statusNameAfter = 24;
export const otherCall = 25;
export const numericCall = 26;
// Words before: `error 404`, `redirect 301`, `nginx 502`, `Response 200`, `a 404`.
export const errorBefore = 27;
export const redirectBefore = 28;
export const serverBefore = 29;
export const responseBefore = 30;
export const codeKey = 31;
export const article = 32;
export const articleEnd = 33;
export const serverVerb = 34;
export const serverVerbArticle = 35;
export const clientVerb = 36;
// Words after: `404 error`, `404s`, `404 에러`, `404가`, `404 page`.
export const follower = 37;
export const follower2 = 38;
export const statusCodeAfter = 39;
export const plural = 40;
export const means = 41;
export const fromServer = 42;
export const koFollower = 43;
export const koStatusCodeAfter = 44;
export const koWhen = 45;
export const particle = 46;
export const particleFollower = 47;
export const koVerb = 48;
export const blocked = 49;
export const koBlocked = 50;
export const prose = 51;
// Structure: a column of statuses in lines of one shape, a header naming the column.
export const column = 52;
export const otherColumn = 53;
export const tableCell = 54;
export const fieldHeader = 55;
export const codeHeader = 56;
export const otherHeader = 57;
export const classNear = 58;
export const lineStartDefinition = 59;
export const sequence = 60;
export const unnamedList = 61;
export const constantAfter = 62;
// The code itself, and how much the text talks HTTP (`HTTP`, `status code`, request lines;
// web words such as `server`, `API`, `요청`): a common code is a status on a page about HTTP,
// much less on one about anything else. Each prior is weighed per level of talk.
export const tier1 = 63;
export const tier1Topic = 64;
export const tier1Web = 65;
export const tier2 = 66;
export const tier2Topic = 67;
export const tier2Web = 68;
export const rareTopic = 69;
export const rareWeb = 70;
export const tier1NoTopic = 71;
export const tier2NoTopic = 72;
export const round = 73;
export const topicNone = 74;
export const bareParticle = 75;
export const otherNumbers = 76;
export const otherDoc = 77;
export const echo = 78;
// Against: a unit, a label, a sign, a range, another protocol, a field after a number.
export const measure = 79;
export const unit = 80;
export const koCounter = 81;
export const identifier = 82;
export const label = 83;
export const nameBefore = 84;
export const currency = 85;
export const signBefore = 86;
export const pathBefore = 87;
export const hyphenGlued = 88;
export const colonBefore = 89;
export const numberAfter = 90;
export const signAfter = 91;
export const operator = 92;
export const exit = 93;
export const otherProtocol = 94;
export const otherStatusLine = 95;
export const afterNumber = 96;
export const mailReply = 97;
export const mailSession = 98;
export const mailTopic = 99;
export const codeOfOther = 100;
export const otherKey = 101;
export const flagBefore = 102;
export const koComparison = 103;

/** How many features there are: the length of every vector. */
export const FEATURE_COUNT = 104;
