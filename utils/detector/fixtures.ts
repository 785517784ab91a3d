/**
 * The detector's specification as tables, written by us: texts with the expected matches
 * marked («404» a status code, ‹4xx› a class token), and texts where nothing may match. The
 * unit tests assert every row; `scripts/train-detector.ts` also learns from them, beside the
 * development corpus, so the weights keep what the tables say.
 */

import type { Match } from './types.ts';

/**
 * Inputs are written with the expected matches marked: «404» for a status code, ‹4xx› for a
 * class token. Every case asserts the whole result, so unmarked numbers must not match.
 */
export function parseMarked(marked: string): { text: string; expected: Match[] } {
  const expected: Match[] = [];
  let text = '';
  let open = -1;
  for (const ch of marked) {
    if (ch === '«' || ch === '‹') open = text.length;
    else if (ch === '»')
      expected.push({
        start: open,
        end: text.length,
        code: Number(text.slice(open)),
        kind: 'code',
      });
    else if (ch === '›') {
      const digit = Number(text[open]) as 1 | 2 | 3 | 4 | 5;
      expected.push({ start: open, end: text.length, digit, kind: 'class' });
    } else text += ch;
  }
  return { text, expected };
}

/** English mentions, balanced sensitivity. */
export const ENGLISH: readonly (readonly [string])[] = [
  // reason phrases, current and former names
  ['«404» Not Found'],
  ['The server said «413» Payload Too Large.'],
  ['«302» Moved Temporarily'],
  ['Request «404» Not Found'],
  ['IIS answered HTTP Error «403».14 - Forbidden for the folder.'],
  ['Every request «404»s after the deploy.'],
  ['«422» Unprocessable Entity'],
  ['«503» Service Unavailable'],
  ['GET https://example.com/api «404» (Not Found)'],
  ['npm ERR! «404» Not Found - GET https://registry.npmjs.org/x'],
  ['Spring says «404» NOT_FOUND'],
  ['Laravel: «419» | Page Expired'],
  ['nginx returned «499» Client Closed Request'],
  ['Cloudflare «522» Connection timed out'],
  ['Not Found («404»)'],
  // status lines and logs
  ['HTTP/1.1 «404» Not Found'],
  ['< HTTP/2 «200»'],
  ['1.2.3.4 - - [10/Oct/2021:13:55:36 +0000] "GET /login HTTP/1.1" «404» 512'],
  ['"POST /api HTTP/1.0" «500» 0 "-" "curl/8.0"'],
  // status names
  ['HTTP «404»'],
  ['HTTP status «404»'],
  ['status «404»'],
  ['Status: «429» Too Many Requests'],
  ['the status code «404» means'],
  ['it returned a status code of «404»'],
  ['the server sent an HTTP response «500»'],
  ['+ Response «201» (application/json)'],
  ['>>> requests.get(url)\n<Response [«404»]>'],
  ['Failed to load resource: the server responded with a status of «404» (Not Found)'],
  ['xhr.js:247 POST http://localhost:3000/api/login «401» (Unauthorized)'],
  ['Error code: «500»'],
  ['HttpServerErrorException$InternalServerError: «500» : [no body]'],
  ['Readiness probe failed: HTTP probe failed with statuscode: «503»'],
  ['{"http.status_code": «200», "duration": 120}'],
  ['statusCode: «404»'],
  ['if status_code=«404»:'],
  ['{"status": «404», "error": "x"}'],
  ['?status=«404»'],
  ['res.status(«404»).send()'],
  ['ctx.sendStatus(«401»)'],
  ['if response.status_code == «404»:'],
  ['Request failed with status code «404»'],
  ['requests.exceptions.HTTPError: «429» Client Error: Too Many Requests for URL'],
  ['Server returned HTTP response code: «403» for URL'],
  ['the status was «500»'],
  ['test("response status should «200»")'],
  // code and config
  ['abort(«403»)'],
  ['@app.errorhandler(«404»)\ndef not_found(e):'],
  ["    return render_template('404.html'), «404»"],
  ['expect(response.status).toBe(«200»);'],
  ["request(app)\n  .get('/')\n  .expect(«200»)"],
  ['error_page «404» /404.html;'],
  ['error_page «500» «502» «503» «504» /50x.html;'],
  ['server {\n  listen 80;\n  return «444»;\n}'],
  ['return «301» https://$host$request_uri;'],
  ["responses:\n  «200»:\n    description: OK\n  '«404»':\n    description: missing"],
  ['Responses:\n  «201»:\n    description: Created\n  «409»:\n    description: Taken'],
  // a table under a header naming its status column, or `Code` in a responses table
  [
    '| Status | Meaning |\n|---|---|\n| «200» | The order was found. |\n| «404» | No order with that id. |',
  ],
  ['HTTP code\tWhen\n«200»\tThe upload is stored\n«413»\tThe file is over the limit'],
  ['| 상태 코드 | 설명 |\n| --- | --- |\n| «200» | 조회 성공 |\n| «401» | 토큰 만료 |'],
  ['Responses\nCode\tDescription\n«200»\tsuccessful operation\n«400»\tInvalid ID supplied'],
  // a status column anywhere in the table
  [
    '| Method | Path | Status |\n|---|---|---|\n| GET | /orders | «200» |\n| POST | /orders | «201» |',
  ],
  ['Method\tPath\tHTTP status\nGET\t/orders/1\t«404»\nDELETE\t/orders/1\t«204»'],
  // Markdown emphasis around the number
  ['The API returns **«404»** when the order does not exist.'],
  ['Status: **«503»**'],
  ['"responses": {\n  "«201»": {"description": "Created"}'],
  ['<tr><td>«401»</td>\n<td>Unauthorized</td></tr>'],
  ['| «403» | Forbidden |'],
  // prose
  ['I keep getting error «404» on this page'],
  ['a «404» error'],
  ['We are seeing «429» errors.'],
  ['the upstream returned a «503»'],
  ['then it returned a «429» once traffic resumed'],
  // a server verb before `with a`, `back with a`, `out with a`
  ['The API responds with a «404» when the id is unknown.'],
  ['The request fails with a «500» whenever the cache is cold.'],
  ['Every call comes back with a «401» since yesterday.'],
  ['It errors out with a «503» during deploys.'],
  ['DevTools lists it as «307» Internal Redirect'],
  ['The ALB log shows the target answering «200» while clients get errors'],
  ['The health check should return «200» only when the database is reachable.'],
  ['WordPress shows a «404» for every page after migrating.'],
  ['If you see «520» from Cloudflare, check your origin logs.'],
  ['A «304» means the cached copy is still fresh.'],
  ['I got a «429» from the API'],
  ['There was a «502».'],
  ['it responds with «401» when the token expired'],
  ['our monitoring shows lots of «404»s'],
  ['the server throws «500» when the body is empty'],
  ['a custom «404» page'],
  ['status codes «400», «401» and «403» all mean a client error'],
  ['redirect «301» to the new domain'],
  ['‹5xx› errors such as «502» happen when the upstream dies'],
  ['«404» Not Found first, then every bare «404» later in the text'],
  ['status codes «401»,«403» are returned'],
  ['Returns `«404»` if the pet does not exist'],
  ['Response codes: `«200»`, `«400»`, `«401»`'],
  ['HTTP/1.1 «500» Internal Server Error\nsetTimeout(done, 500); Math.max(500, width);'],
  ['"GET / HTTP/1.1" «200» 1024 "http://example.com/" "curl/8.0"'],
  ['«400»Bad RequestThe server →«401»UnauthorizedAuthentication'],
  ['HTTP«404» Not Found'],
  ['we have been seeing a number of «502» HTTP responses'],
  ["for «502»'s experienced by the ALB"],
  ['a «502» gateway error'],
  ['nginx «504» checklist'],
  ['code=«502» 32 ua=Mozilla/5.0 after a «502» Bad Gateway'],
  ['GET /api/users «200» 12.345 ms - 532'],
  ['RewriteRule ^old$ /new [R=«301»,L]'],
  ['location / { return «301» https://example.com$request_uri; }'],
  [
    '| Code | Description |\n|---|---|\n«400» | The request did not pass validation. |\n«401» | Authorization failed. |\n«429» | Too many requests; slow down. |',
  ],
];

/** Korean mentions, balanced sensitivity. */
export const KOREAN: readonly (readonly [string])[] = [
  ['로그인 설정을 바꿨습니다.«302»가 사라지니 «403»이 나타났어요.'],
  ['«404» 에러가 발생했습니다'],
  ['«500» 오류의 정의'],
  ['«404»에러'],
  ['HTTP 상태 코드 «404»는'],
  ['상태 코드가 «500»이면'],
  ['응답 코드 «200»'],
  ['에러 «404»'],
  ['지속적으로 «404» 페이지가 존재할 경우'],
  ['«404» 상태 코드는 리소스를 찾지 못했다는 뜻'],
  ['리디렉션(«301», «302»)을 설정하지 않아서'],
  ['클라이언트 오류 (‹4xx›)'],
  ['«404» Not Found는 흔한 오류입니다. 로그를 통해 «404»가 자주 발생하는 URL 확인'],
  ['«503»이 뜹니다'],
  ['서버가 «500»을 반환하면 재시도합니다'],
  ['이 API는 «429»를 돌려줍니다'],
  ['«403» 금지됨 또는 «404» 찾을 수 없음'],
  // a Korean name before the number
  ['게이트웨이 타임아웃(«504»)이 자주 납니다'],
  ['찾을 수 없음 («404»)'],
  ['«404» 오류가 나면 HTTP 상태가 «404»일 때 빈 목록을 보여준다'],
  ['응답 코드가 «200»이 아니면 예외를 던집니다'],
  ['«401» 에러를 받으면 재발급 → 또 «401» → 로그아웃'],
];

/** Numbers that are not status codes, whatever the sensitivity. */
export const NOT_CODES: readonly (readonly [string])[] = [
  ['Request 207 failed after 207 ms; Job 404 was retried.'],
  ['Version 1.404 is out; see section 2.500.14 of the manual.'],
  ['In 2024 at 10:30 we sold 3 items'],
  ['It costs $404 or ₩500 or 500원 or 400€ or USD 500 or 300 dollars'],
  ['width: 404px; font-weight: 500; line-height: 120%;'],
  ['font-weight: 400;'],
  ['Alt-Svc: h3=":443"; ma=3600'],
  ['forward port 587 or port 995'],
  ['listen 443 ssl;'],
  ['version 1.404 and v2.500'],
  ['ID 404 was deleted'],
  ['see issue #404'],
  ['at emit (events.js:215:7)'],
  ['error on line 215'],
  ['we have 500 users and 200 requests'],
  ['it took 500 ms, then 200ms'],
  ['I-405 and I\u2011110 and the 405'],
  ['The Boeing 747-400 carries 416 passengers'],
  ['bake in a 425 degree oven; 250 calories, 270 mg sodium'],
  ['upstream timed out (110: Connection timed out)'],
  ['stopped with exit code 137'],
  ['exit status 255'],
  ['the container exited with status 137'],
  ['console.error("request took", 300, "ms")'],
  ['"price": 549,\n"stock": 123,'],
  ['Content-Length: 178'],
  ['ECDH P-256 256 bits'],
  ['page size up to 100'],
  ['(max 100)'],
  ['more than 500 errors were logged'],
  ['UniversalFeedParser/4.2-pre-314-svn'],
  ['128 + 9'],
  ['a 500 x 500 image'],
  ['Interstate 405 (California)'],
  ['US 101 in Sherman Oaks, SR 480'],
  ['400-499 range'],
  ['the query returned 200 rows'],
  ['it has 300 pages'],
  ['  return 100;'],
  ['Found 302 results'],
  ['100 continue to the next step'],
  ['500명이 참석했고 300개가 팔렸다'],
  ['가격은 500원입니다'],
  ['정가 599,000원에서 할인된 419,300원, 총 129명 구매'],
  ['서울 강남구 테헤란로 427, 5층 501호, 201동 302호'],
  ['이 책은 총 320페이지이며 400쪽 분량, 버스 402번, 국도 301호선'],
  ['키 180cm, 혈압 120/80, 2023년 5월 15일'],
  ['Chrome 120 broke scrolling'],
  ['/404 is our custom route'],
  ['Fixes #404. See PR 429 and issue 301.'],
  ['File "app.py", line 404, in <module>'],
  ['The S&P 500 fell 0.4% while the Nasdaq 100 rose.'],
  ['Room 301, Building 200. Gate 204. Suite 200.'],
  ['a 100-continue expectation and a 200-page report'],
  ['Values outside the range 100..599 are invalid'],
  ['proxy_read_timeout 500s; keepalive_timeout 120s;'],
  ['1,500 requests and 374,000 visits and 123,456,789'],
  ['Fahrenheit 451 is a novel; Apollo 13; 300 Spartans'],
  ['The temperature hit 104. He got 300 yards and received 250 applications.'],
  ['errors/404.html and error_404 and HTTP404 and 404.html'],
  // a bare `Code` column outside a responses table; a status column's header not right above
  ['| Code | Item |\n|---|---|\n| 404 | Blue shirt |\n| 210 | Red scarf |'],
  ['| Status | Meaning |\n|---|---|\n| draft | Not sent |\n| 250 ms | timed out |'],
  // a number under a column that is not a status's, or not alone in its cell
  ['| Item | Price | Stock |\n|---|---|---|\n| shirt | 200 | 404 |'],
  ['| Order | Status |\n|---|---|\n| 1001 | shipped, 300 left |'],
  ['Status\tCount\nopen\t201\nclosed\t404'],
  // products, not emphasis
  ['3 * 404 = 1212, total = price * 300'],
  // a bare `return` in prose, `shows a`, `from`: the next word still decides
  ['He will return 300 books to the library, and the chart shows a 200 point gain.'],
  ['Trains from Seoul to Busan ran 500 from Monday to Friday.'],
  ['A score of 300 means a perfect game, and 200 means you bowled well.'],
  // a one-word Korean name before a number counts things
  ['성공 200건, 충돌 409건, 실패 3건'],
  // after `with a`, a word that is not a status's makes it a quantity
  ['She answered with a 300 word essay.'],
  ['We ended the year with a 200 percent increase and came back with a 300 seat hall.'],
];

/** Unmistakable mentions: found in strict mode too. */
export const STRICT: readonly (readonly [string])[] = [
  ['HTTP/1.1 «404» Not Found'],
  ['«404» Not Found'],
  ['status: «404»'],
  ['Request failed with status code «500»'],
  ['"GET / HTTP/1.1" «200» 1024'],
  ['상태 코드 «404»'],
  ['«404» 상태 코드는'],
  ['res.status(«201»)'],
  ['‹4xx› errors'],
  ['status codes: 27726 ‹2xx›, 0 ‹3xx›'],
];

/** Found in balanced mode only: weak evidence is not enough for strict. */
export const BALANCED_ONLY: readonly (readonly [string])[] = [
  ['error 404 on the page'],
  ['we saw a 503 again'],
  ['404 에러가 발생'],
  ['codes 400, 401 and 403'],
  ['we get 404s'],
  ['5xx'],
];

const SMTP = [
  '220 smtp.example.org ESMTP Postfix',
  'EHLO client.example.com',
  '250-smtp.example.org',
  '250-SIZE 10240000',
  '250-STARTTLS',
  '250 SMTPUTF8',
  'MAIL FROM:<a@example.com>',
  '250 2.1.0 Ok',
  'RCPT TO:<b@example.com>',
  '550 5.1.1 <b@example.com>: Recipient address rejected: User unknown',
  '421 Service not available, closing transmission channel',
  'QUIT',
  '221 2.0.0 Bye',
].join('\n');
const FTP = [
  'Status: Connected, waiting for welcome message',
  'Reply: 220 (vsFTPd 3.0.3)',
  'Command: USER anonymous',
  'Reply: 331 Please specify the password.',
  'Command: PASS ****',
  'Reply: 230 Login successful.',
  'Command: PASV',
  'Reply: 227 Entering Passive Mode (10,0,0,1,195,80).',
  'Command: TYPE I',
  'Reply: 200 Switching to Binary mode.',
  'Reply: 500 Unknown command.',
].join('\n');

/** Sessions of mail and file-transfer protocols, which reuse HTTP's numbers: nothing matches. */
export const SESSIONS: readonly (readonly [string, string])[] = [
  ['SMTP transcript', SMTP],
  ['relay denial in prose', 'i got: 550 Relay denied for <example.org>'],
  [
    'mail library error',
    'Expected response code 250 but got code "550", with message "550 5.7.1 Relaying denied"',
  ],
  [
    'FTP client session',
    'ftp> get file.txt\n200 PORT command successful. Consider using PASV.\n226 Transfer complete.',
  ],
  ['FTP named in prose', 'The FTP server replied 530 Login incorrect.'],
  ['FTP transcript', FTP],
  ['enhanced status code in prose', 'the server answered 550 5.7.1 relaying denied'],
  ['SMTP named before', 'SMTP error 550 means the mailbox is unavailable'],
  ['SMTP reply class', 'an SMTP server sends a 5xx reply'],
];
