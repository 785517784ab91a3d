/**
 * Words that make a number next to them something else than a status: what it identifies
 * (`port 443`), a label or bound (`over 500`), a setting's measure, an exit code, another
 * protocol, money, units and counted things. Compared lower-case.
 */
import { set } from './words.ts';

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
