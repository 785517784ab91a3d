/**
 * Word lists for the detector's context rules, English and Korean. Compared lower-case.
 * Grouped by what a word next to a number says about it.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Names that hold a status: `status`, `res.statusCode`, `status_code`, `getStatus()`, `http_code`. */
const STATUS_NAME =
  /^(?:get|set|send|with|http|response|res|resp|server|return|expected|actual)?_?status(?:_?code|_?int|_?value|_?line)?$|^(?:http|response|resp|status|return)_?code$|^httpstatus(?:code)?$|^(?:상태|응답)코드$/;

/** `a.b.status` → `status`; Korean particles dropped (`코드는` → `코드`). */
export function lastSegment(word: string): string {
  const seg = word.slice(word.lastIndexOf('.') + 1);
  return stripParticle(seg);
}

export function isStatusName(word: string): boolean {
  return STATUS_NAME.test(lastSegment(word));
}

/** Korean particles that attach to a noun; dropped before comparing Korean keywords. */
const PARTICLE_SUFFIX = /(?:는|은|가|이|를|을|의|로|에|도|만|와|과)$/;

export function stripParticle(word: string): string {
  return word.length > 2 && PARTICLE_SUFFIX.test(word) ? word.slice(0, -1) : word;
}

/** `status code 404`, `응답 코드 404`: the word before `code`. */
export const CODE_OWNERS = set('status response http 상태 응답 http상태');
export const CODE_WORDS = set('code codes 코드');

/** Between a status name and the number: `status of 404`, `status code is 404`. */
export const LINKS = set('is was equals equal to be are were = 는 은 가 이');
/**
 * Looser links, balanced mode only: `status code of 404`, `status should 200` (strict mode
 * does not trust "the status of 300 orders").
 */
export const SOFT_LINKS = set(
  'of should must will would returned returns return becomes became being been not expected ' +
    'expect got gets',
);

/** `error 404`, `ERROR 404: Not Found`, `npm ERR! 404`, `에러 404`. */
export const ERROR_WORDS = set('error err 에러 오류 에러코드 오류코드');

/** `리디렉션(301, 302)`, `redirect 301`: a redirect word before a 3xx code. */
export const REDIRECT_WORDS = set(
  'redirect redirects redirection 리디렉션 리다이렉트 리다이렉션 리디렉트',
);

/** Verbs a server does to a status: `returned a 503`, `responds with 404`, `throws 500`. */
export const SERVER_VERBS = set(
  'returns returned returning respond responds responded responding throw throws threw thrown ' +
    'throwing serve serves served serving fail fails failed failing raise raises raised answer ' +
    'answers answered',
);
/**
 * Verbs a client does (`got a 429`, `getting 502s`, `receive a 502`): weaker, because people also
 * get, hit and receive quantities ("hit 500 followers").
 */
export const CLIENT_VERBS = set(
  'got get gets getting gave give gives giving hit hits hitting receive receives received ' +
    'receiving send sends sent sending yield yields yielded see seeing saw',
);
export const DETERMINERS = set('a an the this that your my our their another any with by 하는');

/** Words that make the number a label, not a status: `port 443`, `line 215`, `Interstate 405`. */
export const LABELS = set(
  'port ports listen expose line lines ln col column row id uid gid pid num number issue ' +
    'issues pr pull ticket page chapter section sec step room route interstate highway hwy i us ' +
    'sr flight model series version ver v build rev revision release level lvl rank vol volume ' +
    'episode ep grade size width height weight length max min limit timeout delay count total ' +
    'price cost costs year day order invoice account item stock rating score channel boeing ' +
    'airbus index rfc iso cve kb x size errno signal sig pin zip area tel phone ext floor ' +
    'age ttl sleep wait interval duration period expires 포트 번호 가격 라인 줄',
);
/** Last parts of setting names that hold a measure: `proxy_read_timeout 500s`, `max_body_size 100`. */
export const SETTING_TAILS = set(
  'timeout delay ttl interval age sleep wait size length limit port max min count bytes ms sec secs seconds',
);
/** Abbreviations of "number", a label only with their dot: `No. 404`. */
export const NUMBER_ABBREVIATIONS = set('no nr nos');

/** Words that make it a quantity: `over 500`, `more than 200`, `up to 100`, `~300`. */
export const QUANTITY = set(
  'over under about around approximately approx roughly nearly almost than least most upto ' +
    'per every each some only 약 총 최대 최소',
);
/** Process exit codes and errno: `exit code 137`, `exit status 1`, `errno 110`. */
export const EXIT_WORDS = set(
  'exit exited exiting exitcode exit_code exit_status errno signal killed sigkill returncode rc 종료',
);
/** Another protocol named right before: `SMTP error 550`, `FTP 530`. */
export const OTHER_PROTOCOLS = set(
  'smtp esmtp lmtp ftp ftps sftp imap pop pop3 mail sendmail postfix exim 메일',
);
/** Currency words before the number. */
export const CURRENCY_WORDS = set('usd us$ krw eur gbp jpy rs inr price 가격');

/** `404 error`, `500 responses`, `301 redirect`, `404 status`: a word after that says HTTP. */
export const FOLLOWERS = set(
  'error errors err response responses status statuses code codes redirect redirects redirection ' +
    'handler handlers http',
);
/** The second word after the number that still says HTTP: `502 gateway error`, `404 page errors`. */
export const SECOND_FOLLOWERS = set('error errors response responses status');
/** Servers and proxies named before a code: `nginx 404`, `Cloudflare 522`, `the ELB 502s`. */
export const SERVERS = set(
  'nginx apache httpd iis cloudflare cloudfront varnish tomcat haproxy traefik envoy elb alb ' +
    'gunicorn uwsgi akamai fastly wordpress',
);
/** Measures and counted things: `200 ms`, `500 users`, `425 degree`, `250 calories`. */
export const UNITS = set(
  'px pt em rem vh vw ms msec s sec secs second seconds min mins minute minutes h hr hrs hour ' +
    'hours day days week weeks month months year years kb mb gb tb kib mib gib b byte bytes bit ' +
    'bits bps kbps mbps hz khz mhz ghz k m km mi mile miles ft feet inch inches cm mm lb lbs kg g ' +
    'mg oz t ton tons tonne tonnes degree degrees deg cal kcal calorie calories w kw v mah dpi fps ' +
    'rpm users user people persons items rows lines times requests words characters chars ' +
    'passengers employees members points records results files entries tokens steps ' +
    'dollars dollar usd euros eur won yen krw percent',
);
/** Words that may follow a status in a sentence without making it a quantity. */
export const FUNCTION_WORDS = set(
  'is was are were be been will would should could can may might must means meant indicates ' +
    'and or but if when then that which who for from to on in at by with instead because so as ' +
    'after before while until unless here there now again back too also only just not no ' +
    'page pages error errors happen happens happened occur occurs occurred appear appears ' +
    'appeared mean show shows showed shown come comes came keep keeps kept persist persists ' +
    'persisted indicate usually typically generally often always never still even ever already ' +
    'later earlier anyway though either today yesterday all both',
);

/** Korean words after the number that say HTTP: `404 에러`, `500 오류`, `404 페이지`, `404 발생`. */
export const KO_FOLLOWERS = [
  '에러',
  '오류',
  '응답',
  '상태',
  '코드',
  '리다이렉트',
  '리디렉션',
  '발생',
  '뜨',
  '뜬',
  '뜸',
  '뜹',
  '떠',
  '떴',
  '반환',
  '리턴',
  '돌려',
  '받',
  '던지',
  '던져',
  '내려',
  '뱉',
];
export const KO_PAGE = '페이지';
/** Korean counters and measures: `500원`, `200명`, `100개`, `300 이상`. */
export const KO_COUNTERS = [
  '원',
  '명',
  '개',
  '년',
  '월',
  '일',
  '시',
  '분',
  '초',
  '회',
  '건',
  '장',
  '권',
  '대',
  '살',
  '세',
  '점',
  '위',
  '층',
  '호',
  '편',
  '곳',
  '달러',
  '만',
  '억',
  '천',
  '배',
  '킬로',
  '그램',
  '칼로리',
  '미터',
  '바이트',
  '줄',
  '번',
  '퍼센트',
  '이상',
  '이하',
  '미만',
  '초과',
  '여',
  '가량',
  '정도',
  '도',
];
/** Particles that make the bare number a noun: `404가`, `404를`, `404입니다`. */
export const KO_PARTICLES = set(
  '가 이 는 은 를 을 로 으로 에 에서 의 와 과 만 까지 부터 라는 란 이란 라고 이라고 나 이나 랑 이랑 처럼 ' +
    '입니다 이다 이며 이고 인 면 이면 라면 이라면',
);
