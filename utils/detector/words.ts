/**
 * Words that speak of HTTP next to a number (names, errors, verbs, servers, followers), and the
 * word sets they are kept in. Compared lower-case. Words that make a number something else are
 * in `against-words.ts`; Korean words after a number in `korean.ts`.
 */

/**
 * Space-separated words; `answer/s/ed` stands for `answer answers answered`. A loop, not
 * `flatMap` and spreads: every frame with a number builds these sets (docs/performance.md).
 */
function build(words: string): Set<string> {
  const built = new Set<string>();
  for (const word of words.split(' ')) {
    const cut = word.indexOf('/');
    if (cut < 0) {
      built.add(word);
      continue;
    }
    const stem = word.slice(0, cut);
    built.add(stem);
    for (const ending of word.slice(cut + 1).split('/')) built.add(stem + ending);
  }
  return built;
}

/** A word list asked only whether it has a word. */
export interface WordSet {
  has(word: string): boolean;
}

/**
 * A set of `words`, built on first use: a page with no number that could be a status (most
 * pages) never pays for it (docs/performance.md, "start-up").
 */
export const set = (words: string): WordSet => {
  let built: ReadonlySet<string> | undefined;
  return { has: (word) => (built ??= build(words)).has(word) };
};

/** Names that hold a status: `status`, `res.statusCode`, `status_code`, `getStatus()`, `http_code`. */
const STATUS_NAME =
  /^(?:get|set|send|with|http|res(?:p(?:onse)?)?|server|return|expected|actual)?_?status(?:_?(?:code|int|value|line))?$|^(?:http|resp(?:onse)?|status|return)_?code$|^(?:상태|응답)코드$/;

/** Korean particles that attach to a noun; dropped before comparing Korean keywords. */
export const stripParticle = (word: string): string =>
  word.length > 2 && /[는은가이를을의로에도만와과]$/.test(word) ? word.slice(0, -1) : word;

/** `a.b.status` → `status`; Korean particles dropped (`코드는` → `코드`). */
export const lastSegment = (word: string): string =>
  stripParticle(word.slice(word.lastIndexOf('.') + 1));

export const isStatusName = (word: string): boolean => STATUS_NAME.test(lastSegment(word));

/** `status code 404`, `응답 코드 404`: the word before `code`. */
export const CODE_OWNERS = set('status response http 상태 응답 http상태');
export const CODE_WORDS = set('code/s 코드');

/** Between a status name and the number: `status of 404`, `status code is 404`. */
export const LINKS = set('is was equal/s to be are were 는 은 가 이');
/**
 * Looser links, balanced mode only: `status code of 404`, `status should 200` (strict mode
 * does not trust "the status of 300 orders").
 */
export const SOFT_LINKS = set(
  'of should must will would return/s/ed becomes became being been not expect/ed got gets',
);

/** `error 404`, `ERROR 404: Not Found`, `npm ERR! 404`, `에러 404`. */
export const ERROR_WORDS = set(
  'error/s err 에러 오류 에러코드 오류코드 erro/s erreur/s fehler errore lỗi fout hata ошибка',
);

/** `리디렉션(301, 302)`, `redirect 301`: a redirect word before a 3xx code. */
export const REDIRECT_WORDS = set('redirect/s/ion 리디렉션 리다이렉트 리다이렉션 리디렉트');

/** Verbs a server does to a status: `returned a 503`, `responds with 404`, `throws 500`. */
export const SERVER_VERBS = set(
  'returns returned returning respond/s/ed/ing throw/s/n/ing threw serve/s/d serving ' +
    'fail/s/ed/ing raise/s/d answer/s/ed/ing',
);
/** More verbs a server does, only before `with`: `comes back with a 401`, `errors out with a 503`. */
export const WITH_VERBS = set(
  'come/s came coming error/s/ed/ing die/s/d dying reply replies replied',
);
/**
 * Verbs a client does (`got a 429`, `getting 502s`, `receive a 502`): weaker, because people also
 * get, hit and receive quantities ("hit 500 followers").
 */
export const CLIENT_VERBS = set(
  'got get/s getting gave give/s giving hit/s hitting receive/s/d receiving send/s/ing sent ' +
    'yield/s/ed see/ing saw show/s/ed/n/ing',
);
export const DETERMINERS = set('a an the this that your my our their another any with by 하는');

/** `404 error`, `500 responses`, `301 redirect`, `404 status`: a word after that says HTTP. */
export const FOLLOWERS = set(
  'error/s err response/s status/es code/s redirect/s/ion handler/s handling http',
);
/** The second word after the number that still says HTTP: `502 gateway error`, `404 page errors`. */
export const SECOND_FOLLOWERS = set('error/s response/s status');
/** Servers and proxies named before a code: `nginx 404`, `Cloudflare 522`, `the ELB 502s`. */
export const SERVERS = set(
  'nginx apache httpd iis cloudflare cloudfront varnish tomcat haproxy traefik envoy elb alb ' +
    'gunicorn uwsgi akamai fastly wordpress',
);
/** Words that may follow a status in a sentence without making it a quantity. */
export const FUNCTION_WORDS = set(
  'is was are were be been will would should could can may might must mean/s/t indicate/s ' +
    'and or but if when then that which who for from to on in at by with instead because so as ' +
    'after before while until unless since during whenever here there now again back too also ' +
    'only just not no ' +
    'page/s happen/s/ed occur/s occurred appear/s/ed show/s/ed/n come/s came ' +
    'keep/s kept persist/s/ed usually typically generally often always never still ' +
    'even ever already later earlier anyway though either today yesterday all both',
);

/** Between a status name and the number it is compared with: `status_code in (429, 503)`. */
export const COMPARISON_GLUE = set(
  'in is was expected expect got get gets equal equals to be not or and of actual but instead ' +
    'received receive returned return returns should must',
);

/** Words that belong to HTTP talk, never a name a number belongs to (`Error 404`, `Status 200`). */
export const isHttpWord = (word: string): boolean =>
  ERROR_WORDS.has(word) ||
  isStatusName(word) ||
  SERVERS.has(word) ||
  FOLLOWERS.has(word) ||
  SERVER_VERBS.has(word) ||
  CLIENT_VERBS.has(word) ||
  /^(?:http|https|code|gives|gave|returns|got)$/.test(word);
