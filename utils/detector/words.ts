/**
 * Word lists for the detector's context rules, English and Korean. Compared lower-case.
 * Grouped by what a word next to a number says about it.
 */

/** Space-separated words; `answer/s/ed` stands for `answer answers answered`. */
const list = (words: string): string[] =>
  words.split(' ').flatMap((word) => {
    const [stem = '', ...endings] = word.split('/');
    return [stem, ...endings.map((ending) => stem + ending)];
  });

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
  return { has: (word) => (built ??= new Set(list(words))).has(word) };
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

/**
 * Words that name what the number identifies: `port 443`, `line 215`, `Row 12`, `issue 404`,
 * `Interstate 405`, `버스 401`. A status is never one of these.
 */
export const IDENTIFIERS = set(
  'ports listen expose line/s ln col column row id uid gid pid issue/s pr pull ticket chapter ' +
    'section room route interstate highway hwy flight model series version ver build rev ' +
    'revision release episode ep invoice account channel boeing airbus rfc iso cve zip tel ' +
    'phone ext floor request job task attempt 포트 번호 라인 줄 노선 버스 차량 국도',
);
/**
 * Words that make the number a label or a quantity, less surely: `over 500`, `more than 200`,
 * `level 3`, `page 12`. Setting names are read by their last part.
 */
export const LABELS = set(
  'num number page step i us sr v level lvl rank vol volume grade width height weight total ' +
    'price cost/s year day order item stock rating score index kb x errno signal sig pin area ' +
    'duration period expires over under about around ' +
    '가격 월세 보증금 요금 금액 인구 점수 등급 지역 ' +
    'approximately approx roughly nearly almost than least most upto per every each some only ' +
    '약 총 최대 최소',
);
/** Last parts of setting names that hold a measure: `proxy_read_timeout 500s`, `max_body_size 100`. */
export const SETTING_TAILS = set(
  'timeout delay ttl interval age sleep wait size length limit port max min count bytes ms sec/s ' +
    'seconds',
);
/** Abbreviations of "number", a label only with their dot: `No. 404`. */
export const NUMBER_ABBREVIATIONS = set('no nr nos');

/** Process exit codes and errno: `exit code 137`, `exit status 1`, `errno 110`. */
export const EXIT_WORDS = set(
  'exit/ed/ing exitcode exit_code exit_status errno signal killed sigkill returncode rc 종료',
);
/** Another protocol named right before: `SMTP error 550`, `FTP 530`. */
export const OTHER_PROTOCOLS = set(
  'smtp esmtp lmtp ftp ftps sftp imap pop pop3 mail sendmail postfix exim 메일',
);
/** Currency words before the number. */
export const CURRENCY_WORDS = set('usd us$ krw eur gbp jpy rs inr price 가격');

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
/** Measures and counted things: `200 ms`, `500 users`, `425 degree`, `250 calories`. */
/** Units of measure and money: `200 ms`, `500 MB`, `200 won`. A status is never one. */
export const MEASURES = set(
  'px pt em rem vh vw ms msec s sec/s second/s min/s minute/s h hr/s hour/s day/s week/s ' +
    'month/s year/s kb mb gb tb kib mib gib b byte/s bit/s bps kbps mbps hz khz mhz ghz k m km mi ' +
    'mile/s ft feet inch/es cm mm lb/s kg g mg oz t ton/s tonne/s degree/s deg cal kcal calorie/s ' +
    'w kw v mah dpi fps rpm dollar/s usd euros eur won yen krw percent',
);
/** Things counted: `500 users`, `200 rows`, `100 connections` (yet `non-200 requests`). */
export const UNITS = set(
  'user/s people persons items rows lines times requests words matches hits unit/s copies ' +
    'pieces orders visitors downloads customers boxes packages tickets ' +
    'characters chars passengers employees members points records results files entries tokens ' +
    'steps connection/s thread/s worker/s process/es ' +
    'instance/s node/s machine/s pod/s container/s replica/s attempt/s retry retries iteration/s ' +
    'sample/s test/s concurrent parallel vus rps qps',
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

/**
 * Korean words after the number that say HTTP: `404 에러`, `500 오류`, `404 응답`, `404 발생`.
 * Read as prefixes, so no `/` endings here, and a plain split is enough.
 */
export const KO_FOLLOWERS = (
  '에러 오류 응답 상태 코드 리다이렉트 리디렉션 발생 정상 뜨 뜬 뜸 뜹 떠 떴 반환 리턴 돌려 받 던지 던져 ' +
  '내려 뱉'
).split(' ');
/**
 * Colloquial verbs of a status that shows up, after the number or its particle: `502가 계속
 * 납니다`, `404 나와요`, `429로 막힙니다`, `403이 떨어져요`. `나가` (money going out) is not one.
 */
export const KO_VERBS = (
  '나와 나옵 나오 나왔 나요 납니 나는 나네 나서 나고 났 난다 막히 막혀 막힙 막혔 떨어 튀어 찍히 찍혀 ' +
  '찍힙 찍혔 생기 생겨 생깁 생겼 걸리 걸려 걸립 걸렸 보이 보인 보여 보입 보였 사라지 사라져 사라집 사라졌 뱉 터지 터져 터집 터졌 리턴 ' +
  '반환 거부 실패 응답'
).split(' ');
export const KO_NOT_VERBS = ['나가', '나갑', '나갔', '나간'];
/** An adverb between a particle and its verb: `503이 잠깐 떴다가`, `502가 계속 납니다`. */
export const KO_ADVERBS = set(
  '잠깐 계속 자꾸 가끔 또 다시 갑자기 바로 자주 항상 계속해서 간헐적으로 종종 여전히 계속적으로',
);
/** A count compared, not a status: `요청이 500을 넘으면`, `500 이상`. */
export const KO_COMPARISONS =
  '넘 초과 이상 이하 미만 넘어 넘었 돌파 달성 정도 가량 안팎 내외 남짓 차이 늘 줄'.split(' ');

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
/** Korean counters and measures: `500원`, `200명`, `100개`, `300 이상`. */
export const KO_COUNTERS = (
  '원 명 개 년 월 일 시 분 초 회 건 장 권 대 살 세 점 위 층 호 편 곳 달러 만 억 천 배 킬로 그램 ' +
  '칼로리 미터 바이트 줄 번 퍼센트 이상 이하 미만 초과 여 가량 정도 도'
).split(' ');
/** Particles that make the bare number a noun: `404가`, `404를`, `404입니다`. */
export const KO_PARTICLES = set(
  '가 이 는 은 를 을 로 으로 에 에서 의 와 과 만 까지 부터 라는 란 이란 라고 이라고 나 이나 랑 이랑 처럼 ' +
    '입니다 이다 이며 이고 인 면 이면 라면 이라면 일까 일까요 인가 인가요 이죠 이야 이에요',
);
