import type { StatusMeaning } from '../types';

export const CLIENT_ERRORS_A: readonly StatusMeaning[] = [
  {
    code: 400,
    phrase: 'Bad Request',
    status: 'permanent',
    headers: [],
    spec: {
      title: 'RFC 9110',
      section: '15.5.1',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/400',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Bad Request',
      summary:
        'The server would not process the request because something in it is malformed or invalid.',
      detail:
        'This is the catch-all for requests rejected because of a problem on the sending side that no more specific 4xx code describes: broken syntax, a body that fails to parse, missing or invalid parameters, or headers the server refuses. Many APIs use it for validation failures and list the rejected fields in the response body, so read the body before anything else. When the syntax is fine but the data breaks a business rule, some APIs prefer 422 Unprocessable Content, and a missing or wrong login is 401, not 400.',
      causes: [
        'A JSON or XML body has a syntax error, such as a trailing comma or an unescaped quote.',
        'A required query parameter or form field is missing, or a value has the wrong type or format.',
        'Cookies or request headers grew larger than the server accepts (nginx shows "Request Header Or Cookie Too Large").',
        'The URL contains characters that were not percent-encoded, or the Host header is invalid.',
        'A plain-HTTP request was sent to a port that expects HTTPS.',
      ],
      clientFixes: [
        'Read the response body first: most APIs name the exact field or value they rejected.',
        "Build JSON with a serializer such as `JSON.stringify` instead of gluing strings together, and check it against the API's documented schema.",
        "Encode query parameters with `encodeURIComponent` or your HTTP library's params option.",
        "If a website shows this error, delete that site's cookies and reload the page.",
      ],
      serverFixes: [
        'Return a machine-readable error body (for example `application/problem+json` from RFC 9457) that names the invalid field and the reason.',
        'Log the method, path, header sizes and body size of rejected requests so you can tell client bugs from parser or proxy limits.',
        'If oversized cookies or headers are the cause, raise `large_client_header_buffers` in nginx or `LimitRequestFieldSize` in Apache, or make the cookies smaller.',
      ],
      retryNote:
        'Sending the identical request again fails for the same reason; fix the malformed part first.',
      keywords: [
        'malformed request',
        'invalid JSON',
        'validation error',
        'invalid parameter',
        'bad syntax',
        'cookie too large',
      ],
    },
    ko: {
      name: '잘못된 요청',
      summary: '요청의 형식이나 내용에 문제가 있어 서버가 처리하지 않았습니다.',
      detail:
        '보내는 쪽의 문제로 요청을 거절하면서, 그 문제를 나타낼 더 구체적인 4xx 코드가 없을 때 쓰는 범용 코드입니다. 깨진 문법, 파싱할 수 없는 본문, 빠졌거나 잘못된 파라미터, 서버가 받아들이지 않는 헤더가 흔한 원인입니다. 많은 API가 입력값 검증 실패에 이 코드를 쓰고 거부한 필드를 응답 본문에 적어 주므로, 본문부터 읽어 보는 것이 좋습니다. 문법은 맞지만 데이터가 업무 규칙에 어긋날 때는 422 Unprocessable Content를 쓰는 API도 있으며, 로그인 정보가 없거나 틀린 경우는 400이 아니라 401입니다.',
      causes: [
        'JSON이나 XML 본문에 문법 오류가 있습니다. 마지막에 남은 쉼표나 이스케이프하지 않은 따옴표가 대표적입니다.',
        '필수 쿼리 파라미터나 폼 필드가 빠졌거나, 값의 타입이나 형식이 맞지 않습니다.',
        '쿠키나 요청 헤더가 서버 허용치보다 커졌습니다(nginx에서는 "Request Header Or Cookie Too Large"로 표시됩니다).',
        'URL에 퍼센트 인코딩하지 않은 문자가 있거나 Host 헤더가 잘못되었습니다.',
        'HTTPS를 받는 포트에 암호화하지 않은 일반 HTTP 요청을 보냈습니다.',
      ],
      clientFixes: [
        '응답 본문부터 확인합니다. 대부분의 API는 어떤 필드나 값이 거부되었는지 알려 줍니다.',
        'JSON 문자열을 손으로 이어 붙이지 말고 JSON.stringify 같은 직렬화 함수로 만든 뒤, API 문서의 스키마와 맞는지 확인합니다.',
        '쿼리 파라미터는 encodeURIComponent나 HTTP 라이브러리의 params 옵션으로 인코딩합니다.',
        '웹사이트에서 이 오류가 보이면 해당 사이트의 쿠키를 지우고 새로고침합니다.',
      ],
      serverFixes: [
        '잘못된 필드와 그 이유를 기계가 읽을 수 있는 오류 본문(예: RFC 9457의 `application/problem+json`)으로 돌려줍니다.',
        '거부한 요청의 메서드, 경로, 헤더 크기, 본문 크기를 로그로 남겨 클라이언트 버그인지 파서나 프록시 제한인지 구분합니다.',
        '너무 큰 쿠키나 헤더가 원인이면 nginx의 large_client_header_buffers나 Apache의 LimitRequestFieldSize를 늘리거나, 쿠키를 줄입니다.',
      ],
      retryNote:
        '같은 요청을 그대로 다시 보내면 같은 이유로 실패하므로, 잘못된 부분부터 고쳐야 합니다.',
      keywords: [
        '잘못된 파라미터',
        '유효성 검사 실패',
        'JSON 파싱 오류',
        '요청 형식 오류',
        '배드 리퀘스트',
        '쿠키 용량 초과',
      ],
    },
  },
  {
    code: 401,
    phrase: 'Unauthorized',
    status: 'permanent',
    headers: ['WWW-Authenticate', 'Authorization'],
    spec: {
      title: 'RFC 9110',
      section: '15.5.2',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/401',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Unauthorized',
      summary:
        'The request lacks valid credentials, so the server wants the client to authenticate first.',
      detail:
        'Despite the name, 401 is about authentication (who you are), not authorization (what you may do): the server did not get credentials it accepts, because none were sent, they were wrong, or a token has expired. A proper 401 carries a `WWW-Authenticate` header naming the scheme to use, such as Basic or Bearer, and for Basic the browser reacts by showing its login dialog. Use 403 when the caller is known but lacks permission, and 407 when a proxy rather than the origin server is asking for credentials.',
      causes: [
        'No `Authorization` header or session cookie was sent, for example a cross-origin `fetch` call without `credentials: "include"`.',
        'The access token or login session has expired or was revoked.',
        'The API key, username or password is wrong, or the token was issued for another environment or audience.',
        'The header is malformed, for example the word `Bearer` is missing before the token or a Basic value is not Base64-encoded.',
      ],
      clientFixes: [
        'Log in again, or exchange your refresh token for a new access token, and then resend the request.',
        "Check in the browser's Network tab that the `Authorization` header is really sent and uses the scheme that `WWW-Authenticate` asks for.",
        'Make sure the key or token belongs to the same environment (staging or production) as the URL you call.',
      ],
      serverFixes: [
        'Always send `WWW-Authenticate` so clients know which scheme to use, adding a hint such as `error="invalid_token"` for OAuth bearer tokens.',
        'When valid JWTs are rejected as expired or not yet valid, check the clock skew between the machines that issue and verify them.',
        'Answer 403, not 401, to users who are logged in but lack a permission, so clients do not loop on re-authentication.',
      ],
      retryNote:
        'Retrying only helps once valid credentials are attached, such as a fresh token or a new login session.',
      keywords: [
        'login required',
        'unauthenticated',
        'token expired',
        'invalid token',
        'authentication failed',
        'bearer token',
      ],
    },
    ko: {
      name: '인증 필요',
      summary: '유효한 자격 증명이 없어서 서버가 먼저 인증을 요구합니다.',
      detail:
        '이름은 Unauthorized(권한 없음)이지만, 401은 무엇을 할 수 있는지(권한)가 아니라 누구인지(인증)의 문제입니다. 자격 증명을 보내지 않았거나, 틀렸거나, 토큰이 만료되어 서버가 받아들일 자격 증명이 없다는 뜻입니다. 제대로 된 401 응답에는 Basic, Bearer처럼 어떤 방식으로 인증해야 하는지 알려 주는 WWW-Authenticate 헤더가 붙고, Basic 방식이면 브라우저가 로그인 창을 띄웁니다. 누구인지는 확인되었지만 권한이 없으면 403, 원 서버가 아니라 프록시가 자격 증명을 요구하면 407입니다.',
      causes: [
        'Authorization 헤더나 세션 쿠키를 보내지 않았습니다. 다른 출처로 fetch를 호출하면서 `credentials: "include"`를 빠뜨린 경우가 대표적입니다.',
        '액세스 토큰이나 로그인 세션이 만료되었거나 폐기되었습니다.',
        'API 키, 사용자 이름, 비밀번호가 틀렸거나, 토큰이 다른 환경이나 다른 대상(audience)용으로 발급되었습니다.',
        '헤더 형식이 잘못되었습니다. 토큰 앞에 Bearer가 빠졌거나, Basic 값을 Base64로 인코딩하지 않은 경우입니다.',
      ],
      clientFixes: [
        '다시 로그인하거나 리프레시 토큰으로 새 액세스 토큰을 받은 뒤 요청을 다시 보냅니다.',
        '브라우저 개발자 도구의 네트워크 탭에서 Authorization 헤더가 실제로 전송되는지, WWW-Authenticate가 요구하는 방식과 맞는지 확인합니다.',
        '키나 토큰이 호출하는 URL과 같은 환경(스테이징 또는 운영)의 것인지 확인합니다.',
      ],
      serverFixes: [
        '클라이언트가 인증 방식을 알 수 있게 WWW-Authenticate 헤더를 항상 보내고, OAuth Bearer 토큰이라면 `error="invalid_token"` 같은 힌트도 함께 넣습니다.',
        '정상적인 JWT가 만료되었다거나 아직 유효하지 않다며 거부된다면, 토큰을 발급하는 서버와 검증하는 서버의 시계가 어긋나지 않았는지 확인합니다.',
        '로그인은 했지만 권한이 없는 사용자에게는 401이 아니라 403을 돌려주어, 클라이언트가 재인증을 되풀이하지 않게 합니다.',
      ],
      retryNote:
        '새 토큰이나 새 로그인 세션처럼 유효한 자격 증명을 붙인 뒤에야 재시도가 의미 있습니다.',
      keywords: ['로그인 필요', '인증 실패', '토큰 만료', '미인증', '인증 에러', '로그인 풀림'],
    },
  },
  {
    code: 402,
    phrase: 'Payment Required',
    status: 'permanent',
    headers: [],
    spec: {
      title: 'RFC 9110',
      section: '15.5.3',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/402',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Payment Required',
      summary: 'The request cannot go ahead until a payment or billing issue is settled.',
      detail:
        'HTTP set 402 aside long ago for digital-payment schemes that never materialised, and it still defines no standard behaviour, so browsers treat it like any other 4xx. In practice APIs and hosting platforms use it for billing problems: a declined card (Stripe answers card errors with 402), an expired subscription, or a used-up prepaid balance. Because the meaning is service-specific, the response body is the only reliable explanation; 403, by contrast, refuses for reasons of permission rather than payment.',
      causes: [
        'A payment API declined the card or could not charge it.',
        "The account's subscription or free trial has ended, or an invoice is overdue.",
        "A prepaid credit balance or the plan's included usage has run out.",
        'The requested feature is only available on a higher plan.',
      ],
      clientFixes: [
        'Read the error body, which usually names the billing problem, for example a decline code.',
        "Update the payment method or settle the open invoice in the provider's billing dashboard.",
        'Upgrade the plan or top up credits, then send the request again.',
      ],
      serverFixes: [
        'State in the response body exactly what has to be paid and where, with a link to the billing page.',
        'Reserve 402 for payment problems and use 403 for permissions and 429 for rate limits, so clients can react correctly.',
        'Warn customers before a subscription lapses so their requests do not start failing without notice.',
      ],
      retryNote:
        'Nothing changes until the payment, plan or balance is sorted out; after that the same request can succeed.',
      keywords: [
        'billing',
        'subscription expired',
        'card declined',
        'payment failed',
        'out of credits',
        'upgrade plan',
      ],
    },
    ko: {
      name: '결제 필요',
      summary: '결제나 요금 문제가 해결되어야 요청을 처리할 수 있습니다.',
      detail:
        'HTTP는 오래전 디지털 결제 방식을 위해 402를 예약해 두었지만 그 방식은 끝내 실현되지 않았고, 지금도 표준 동작이 없어 브라우저는 다른 4xx와 똑같이 취급합니다. 실제로는 API와 호스팅 플랫폼이 요금 문제를 알릴 때 씁니다. 카드 결제 거절(Stripe는 카드 오류에 402를 돌려줍니다), 구독 만료, 선불 잔액 소진이 대표적입니다. 의미가 서비스마다 다르므로 믿을 만한 설명은 응답 본문뿐이며, 403은 이와 달리 결제가 아니라 권한 때문에 거부하는 코드입니다.',
      causes: [
        '결제 API가 카드를 거절했거나 대금을 청구하지 못했습니다.',
        '계정의 구독이나 무료 체험 기간이 끝났거나 청구서가 연체되었습니다.',
        '선불 크레딧이나 요금제에 포함된 사용량이 바닥났습니다.',
        '요청한 기능이 상위 요금제에서만 제공됩니다.',
      ],
      clientFixes: [
        '오류 본문을 확인합니다. 대개 거절 코드 같은 결제 문제의 구체적인 내용이 들어 있습니다.',
        '서비스 제공 업체의 결제 대시보드에서 결제 수단을 바꾸거나 미납 청구서를 정산합니다.',
        '요금제를 올리거나 크레딧을 충전한 뒤 요청을 다시 보냅니다.',
      ],
      serverFixes: [
        '무엇을 어디서 결제해야 하는지 응답 본문에 정확히 적고 결제 페이지 링크를 넣습니다.',
        '402는 결제 문제에만 쓰고 권한 문제는 403, 요청 한도 초과는 429로 구분해, 클라이언트가 올바르게 대응할 수 있게 합니다.',
        '구독이 끊기기 전에 고객에게 미리 알려, 요청이 예고 없이 실패하기 시작하지 않게 합니다.',
      ],
      retryNote:
        '결제, 요금제, 잔액 문제를 해결하기 전에는 결과가 바뀌지 않으며, 해결한 뒤에는 같은 요청이 성공할 수 있습니다.',
      keywords: ['결제 오류', '결제 실패', '구독 만료', '카드 거절', '요금제', '크레딧 부족'],
    },
  },
  {
    code: 403,
    phrase: 'Forbidden',
    status: 'permanent',
    headers: [],
    spec: {
      title: 'RFC 9110',
      section: '15.5.4',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/403',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Forbidden',
      summary: 'The server understood the request but refuses to carry it out for this client.',
      detail:
        'A 403 says access is refused and that sending the same credentials again will not change that. Either the caller is identified but lacks permission, or the server turns everyone away from this resource, for example through an IP block, a WAF rule or a directory whose listing is switched off. Unlike with 401, logging in again with the same account does not help, and the server does not have to explain why. Servers that want to hide whether a resource exists at all may answer 404 instead.',
      causes: [
        'The logged-in user or API key lacks the role, scope or permission the endpoint requires.',
        'File permissions stop the web server user (`www-data`, `nginx`) from reading the file, or directory listing is off and there is no index file.',
        'A firewall, WAF or CDN rule blocks your IP address, country or user agent.',
        'A CSRF token is missing or invalid; Django and Spring Security reject such form posts with 403.',
        'A signed URL, such as an S3 presigned URL, has expired or its signature does not match.',
      ],
      clientFixes: [
        'Ask the resource owner or an administrator for the needed role, or use a token that carries the required scopes.',
        'Request a fresh link for signed downloads; for forms, reload the page to get a new CSRF token.',
        'If a WAF or CDN blocked you, try another network or send the site the block reference ID shown on the error page.',
      ],
      serverFixes: [
        'Check file ownership and modes (for example 644 for files and 755 for directories) and that an index file exists.',
        'Look up the rule that fired in the WAF, ModSecurity or CDN firewall logs and add an exception if it was a false positive.',
        'Send 401 rather than 403 when the real problem is a missing or expired login, so clients know to authenticate.',
      ],
      retryNote:
        'The same identity is refused again; retrying only helps after permissions, tokens or block rules have changed.',
      keywords: [
        'permission denied',
        'access denied',
        'insufficient permissions',
        'not allowed',
        'blocked',
        'CSRF',
      ],
    },
    ko: {
      name: '접근 금지',
      summary: '서버가 요청을 이해했지만, 이 클라이언트의 요청은 처리하지 않겠다고 거부합니다.',
      detail:
        '403은 접근을 거부하며, 같은 자격 증명으로 다시 보내도 결과가 바뀌지 않는다는 뜻입니다. 누구인지는 확인되었지만 권한이 없거나, IP 차단, WAF 규칙, 목록 표시를 꺼 둔 디렉터리처럼 서버가 이 리소스를 누구에게도 열어 주지 않는 경우입니다. 401과 달리 같은 계정으로 다시 로그인해도 해결되지 않으며, 서버가 거부 이유를 밝힐 의무도 없습니다. 리소스가 있다는 사실 자체를 숨기고 싶은 서버는 403 대신 404로 응답하기도 합니다.',
      causes: [
        '로그인한 사용자나 API 키에 엔드포인트가 요구하는 역할, 스코프, 권한이 없습니다.',
        '파일 권한 때문에 웹 서버 계정(www-data, nginx)이 파일을 읽지 못하거나, 디렉터리 목록 표시가 꺼져 있는데 인덱스 파일이 없습니다.',
        '방화벽, WAF, CDN 규칙이 IP 주소나 국가, User-Agent를 차단했습니다.',
        'CSRF 토큰이 없거나 잘못되었습니다. Django와 Spring Security는 이런 폼 전송을 403으로 거부합니다.',
        'S3 사전 서명 URL 같은 서명된 URL이 만료되었거나 서명이 맞지 않습니다.',
      ],
      clientFixes: [
        '리소스 소유자나 관리자에게 필요한 권한을 요청하거나, 필요한 스코프가 담긴 토큰을 사용합니다.',
        '서명된 다운로드 링크라면 새 링크를 요청하고, 폼이라면 페이지를 새로고침해 새 CSRF 토큰을 받습니다.',
        'WAF나 CDN에 막혔다면 다른 네트워크에서 시도하거나, 오류 페이지에 표시된 차단 참조 ID를 사이트 운영자에게 전달합니다.',
      ],
      serverFixes: [
        '파일 소유자와 권한(예: 파일 644, 디렉터리 755)을 확인하고 인덱스 파일이 있는지 봅니다.',
        'WAF, ModSecurity, CDN 방화벽 로그에서 어떤 규칙이 걸렸는지 찾고, 오탐이라면 예외를 추가합니다.',
        '실제 원인이 로그인 누락이나 만료라면 403이 아니라 401을 돌려주어 클라이언트가 인증을 시도하게 합니다.',
      ],
      retryNote:
        '같은 신원으로는 또 거부되므로, 권한이나 토큰, 차단 규칙이 바뀐 뒤에야 재시도가 의미 있습니다.',
      keywords: ['권한 없음', '접근 거부', '금지됨', '권한 부족', '접근 차단', '포비든'],
    },
  },
  {
    code: 404,
    phrase: 'Not Found',
    status: 'permanent',
    headers: [],
    spec: {
      title: 'RFC 9110',
      section: '15.5.5',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/404',
    cacheable: true,
    retry: 'after-change',
    en: {
      name: 'Not Found',
      summary: 'The server has nothing at this URL, or is not willing to admit that it has.',
      detail:
        'The most familiar error means the server found no current resource for the requested URL. It does not say whether the absence is temporary or permanent; 410 Gone is the precise answer when something was removed on purpose and will not return. Servers also send 404 in place of 403 to hide that something exists, and many APIs use it for an unknown record ID. Caches may store a 404 by default, so a page published moments ago can still look missing until the cached error expires.',
      causes: [
        'The URL has a typo, the wrong letter case on a case-sensitive server, or a missing or extra trailing slash.',
        'The page was moved or deleted without a redirect, so old links and bookmarks now point nowhere.',
        "A single-page app's client-side route (such as `/dashboard`) is opened directly and the server has no fallback to `index.html`.",
        'The API path, version prefix (`/v1` instead of `/v2`) or record ID does not exist.',
        "A deploy left the file out, or the web server's document root points at the wrong directory.",
      ],
      clientFixes: [
        "Check the URL for typos, letter case and trailing slashes, or start from the site's home page and navigate.",
        'For APIs, compare the path and version with the documentation and confirm that the record ID exists.',
        'If the page was only just published, bypass the cache with a hard reload.',
      ],
      serverFixes: [
        'Redirect old URLs with 301 or 308 when content moves, and answer 410 for content removed for good.',
        'For single-page apps, serve `index.html` for unknown routes (in nginx: `try_files $uri /index.html`).',
        "Check the document root, the router's path patterns and that the build output was actually deployed.",
        'Serve a helpful custom error page with search or links, but keep the status code 404 rather than 200.',
      ],
      retryNote:
        'Requesting the same URL unchanged almost always returns another 404, so correct the address first; unlike with 410, the resource may still appear later, for example once it is published.',
      keywords: [
        'missing page',
        'broken link',
        'page not found',
        'dead link',
        'wrong URL',
        'file not found',
      ],
    },
    ko: {
      name: '찾을 수 없음',
      summary: '이 URL에 해당하는 리소스가 서버에 없거나, 서버가 있다는 사실을 밝히지 않습니다.',
      detail:
        '가장 흔히 보는 오류로, 서버가 요청한 URL에 해당하는 리소스를 찾지 못했다는 뜻입니다. 일시적인지 영구적인지는 알려 주지 않으며, 일부러 지워서 다시 돌아오지 않을 리소스라면 410 Gone이 더 정확합니다. 리소스가 있다는 사실 자체를 숨기려고 403 대신 404를 보내는 서버도 있고, 많은 API는 없는 레코드 ID에 404를 돌려줍니다. 404는 기본적으로 캐시될 수 있어서, 방금 게시한 페이지도 캐시된 오류가 만료될 때까지 없는 것처럼 보일 수 있습니다.',
      causes: [
        'URL에 오타가 있거나, 대소문자를 구분하는 서버에서 대소문자가 틀렸거나, 끝의 슬래시가 빠졌거나 더 붙었습니다.',
        '페이지를 옮기거나 지우면서 리다이렉션을 설정하지 않아 예전 링크와 북마크가 깨졌습니다.',
        '싱글 페이지 앱의 클라이언트 라우트(예: `/dashboard`)로 바로 접속했는데, 서버에 index.html로 넘겨주는 설정이 없습니다.',
        'API 경로, 버전 접두사(`/v2` 대신 `/v1` 등), 레코드 ID가 존재하지 않습니다.',
        '배포에서 파일이 빠졌거나 웹 서버의 문서 루트가 엉뚱한 디렉터리를 가리킵니다.',
      ],
      clientFixes: [
        'URL의 오타, 대소문자, 끝 슬래시를 확인하거나 사이트 첫 페이지부터 찾아 들어갑니다.',
        'API라면 경로와 버전을 문서와 비교하고 레코드 ID가 실제로 있는지 확인합니다.',
        '방금 게시된 페이지라면 강력 새로고침으로 캐시를 우회합니다.',
      ],
      serverFixes: [
        '콘텐츠를 옮길 때는 예전 URL을 301이나 308로 리다이렉트하고, 영구히 삭제한 콘텐츠에는 410을 돌려줍니다.',
        '싱글 페이지 앱이라면 알 수 없는 경로에도 index.html을 돌려주도록 설정합니다(nginx에서는 `try_files $uri /index.html`).',
        '문서 루트, 라우터의 경로 패턴, 빌드 결과물이 실제로 배포되었는지 확인합니다.',
        '검색창이나 링크가 있는 친절한 오류 페이지를 제공하되, 상태 코드는 200이 아니라 404로 유지합니다.',
      ],
      retryNote:
        '같은 URL을 그대로 다시 요청하면 거의 항상 또 404가 나오므로 주소부터 바로잡아야 합니다. 다만 410과 달리, 게시된 뒤처럼 리소스가 나중에 생길 수는 있습니다.',
      keywords: [
        '페이지 없음',
        '깨진 링크',
        '없는 페이지',
        '잘못된 주소',
        '파일 없음',
        '페이지를 찾을 수 없습니다',
      ],
    },
  },
  {
    code: 405,
    phrase: 'Method Not Allowed',
    status: 'permanent',
    headers: ['Allow'],
    spec: {
      title: 'RFC 9110',
      section: '15.5.6',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/405',
    cacheable: true,
    retry: 'after-change',
    en: {
      name: 'Method Not Allowed',
      summary: 'The resource exists, but it does not accept the HTTP method this request used.',
      detail:
        'The server knows the target resource but does not support the request method on it, such as DELETE on a read-only collection or GET on an endpoint that only takes POST. It must list the methods it does accept in an `Allow` header, which is the quickest way to see what went wrong. Compare 501 Not Implemented, where the server does not recognise the method for any resource, and 404, where the resource itself is missing.',
      causes: [
        'A form or `fetch` call uses GET where the endpoint expects POST, or the other way round.',
        'A 301 or 302 redirect, for example for a missing trailing slash or from http to https, turned a POST into a GET.',
        'The route is registered for some methods only, such as a framework route defined for GET but not PUT.',
        'A static file server or CDN receives POST, PUT or DELETE, which it does not handle (nginx answers POST to a static file with 405).',
        'A CORS preflight OPTIONS request reaches a route that has no OPTIONS handler.',
      ],
      clientFixes: [
        'Read the `Allow` header in the response and use one of the methods it lists.',
        'Call the exact URL from the documentation, scheme and trailing slash included, so no redirect changes the method.',
        'Check that the API base URL points at the API server and not at the static front-end host.',
      ],
      serverFixes: [
        'Always send an `Allow` header listing the supported methods.',
        'Register the missing method on the route, or handle OPTIONS for CORS preflight (most frameworks ship CORS middleware for this).',
        'Use 307 or 308 instead of 301 or 302 for redirects that POST requests pass through, so the method is kept.',
      ],
      retryNote:
        'The same method will be refused again; switch to one of the methods named in `Allow`.',
      keywords: [
        'wrong method',
        'method not supported',
        'HTTP verb',
        'GET vs POST',
        'Allow header',
        'CORS preflight',
      ],
    },
    ko: {
      name: '허용되지 않는 메서드',
      summary: '리소스는 있지만 이 요청에 쓴 HTTP 메서드는 받지 않습니다.',
      detail:
        '서버가 대상 리소스는 알고 있지만 그 리소스에서 해당 메서드를 지원하지 않을 때 보냅니다. 읽기 전용 컬렉션에 DELETE를 보내거나 POST만 받는 엔드포인트에 GET을 보내는 경우가 전형적입니다. 서버는 받을 수 있는 메서드 목록을 Allow 헤더에 담아야 하므로, 이 헤더를 보면 원인을 가장 빨리 알 수 있습니다. 서버가 그 메서드를 어떤 리소스에서도 인식하지 못하면 501 Not Implemented, 리소스 자체가 없으면 404입니다.',
      causes: [
        '엔드포인트는 POST를 기대하는데 폼이나 fetch 호출이 GET을 쓰거나, 그 반대입니다.',
        '끝 슬래시를 붙이거나 http를 https로 보내는 301·302 리다이렉션을 거치면서 POST가 GET으로 바뀌었습니다.',
        '라우트가 일부 메서드에만 등록되어 있습니다. 프레임워크에서 GET으로만 정의하고 PUT은 빠뜨린 경우가 그렇습니다.',
        '정적 파일 서버나 CDN이 처리하지 않는 POST, PUT, DELETE를 받았습니다(nginx는 정적 파일에 대한 POST에 405로 응답합니다).',
        'CORS 사전 요청(OPTIONS)이 OPTIONS 처리기가 없는 라우트에 도달했습니다.',
      ],
      clientFixes: [
        '응답의 Allow 헤더를 확인해 거기 나열된 메서드 중 하나를 씁니다.',
        '스킴과 끝 슬래시까지 문서에 있는 URL 그대로 호출해, 리다이렉션 때문에 메서드가 바뀌지 않게 합니다.',
        'API 기본 URL이 정적 프런트엔드 호스트가 아니라 API 서버를 가리키는지 확인합니다.',
      ],
      serverFixes: [
        '지원하는 메서드를 나열한 Allow 헤더를 항상 보냅니다.',
        '라우트에 빠진 메서드를 등록하거나 CORS 사전 요청용 OPTIONS를 처리합니다(대부분의 프레임워크에 이를 위한 CORS 미들웨어가 있습니다).',
        'POST 요청이 거치는 리다이렉션에는 301·302 대신 307이나 308을 써서 메서드가 유지되게 합니다.',
      ],
      retryNote: '같은 메서드로는 또 거부되므로, Allow 헤더에 나온 메서드로 바꿔 보내야 합니다.',
      keywords: [
        '잘못된 메서드',
        '메소드 오류',
        '지원하지 않는 메서드',
        'GET POST',
        'Allow 헤더',
        'CORS 사전 요청',
      ],
    },
  },
  {
    code: 406,
    phrase: 'Not Acceptable',
    status: 'permanent',
    headers: ['Accept', 'Accept-Language', 'Accept-Encoding', 'Vary'],
    spec: {
      title: 'RFC 9110',
      section: '15.5.7',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/406',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Not Acceptable',
      summary:
        'None of the formats, languages or encodings the server can produce match what the request said it would accept.',
      detail:
        "This is the failure case of proactive content negotiation: the client's `Accept`, `Accept-Language` or `Accept-Encoding` header ruled out every form of the resource the server can offer. Most servers simply ignore such preferences and send their default, so 406 mostly comes from strict API frameworks, for example when a client asks only for `application/xml` from a JSON-only API. Browsers send broad `Accept` headers ending in `*/*`, so in practice the cause is usually a hand-written header in a script or HTTP client. The code is about the response format; a request body in a format the server cannot read gets 415 instead.",
      causes: [
        'The client sends `Accept: application/xml` or another narrow type to an API that only produces JSON.',
        'The `Accept-Language` header lists only languages the site has no translation for, and the server is set to refuse rather than fall back.',
        'The `Accept` header contains a typo or an invalid value, such as `application/jsn`.',
        'Some shared hosts configure ModSecurity to answer blocked requests with 406, so the code can appear for requests that have nothing to do with negotiation.',
      ],
      clientFixes: [
        'Send `Accept: application/json` (or the type the API documents), or add `*/*` with a lower q value as a fallback.',
        'Remove custom `Accept`, `Accept-Language` or `Accept-Encoding` headers and see whether the plain request works.',
        'On shared hosting, if the request looks normal, ask the host whether a ModSecurity rule is blocking it.',
      ],
      serverFixes: [
        "Consider sending your default representation instead of 406; the specification allows a server to disregard the client's preferences.",
        'If you do return 406, list the available media types or languages in the body.',
        'Send `Vary: Accept` (plus any other negotiated headers) so caches keep the different variants apart.',
      ],
      retryNote:
        'The answer stays the same until the Accept headers allow a format the server can actually produce.',
      keywords: [
        'content negotiation',
        'Accept header',
        'unsupported response format',
        'language negotiation',
        'mod_security 406',
      ],
    },
    ko: {
      name: '수용할 수 없음',
      summary:
        '요청이 받겠다고 밝힌 형식, 언어, 인코딩 중 서버가 만들 수 있는 것이 하나도 없습니다.',
      detail:
        '능동적 콘텐츠 협상이 실패한 경우입니다. 클라이언트의 Accept, Accept-Language, Accept-Encoding 헤더가 서버가 제공할 수 있는 형식을 모두 배제했다는 뜻입니다. 대부분의 서버는 이런 선호를 무시하고 기본 형식으로 응답하므로, 406은 JSON만 지원하는 API에 `application/xml`만 달라고 요청한 경우처럼 주로 엄격한 API 프레임워크에서 나옵니다. 브라우저는 `*/*`로 끝나는 넓은 Accept 헤더를 보내기 때문에, 실제로는 스크립트나 HTTP 클라이언트에서 직접 넣은 헤더가 원인인 경우가 많습니다. 406은 응답 형식의 문제이며, 서버가 읽지 못하는 형식의 요청 본문에는 415를 씁니다.',
      causes: [
        'JSON만 만드는 API에 `Accept: application/xml`처럼 좁은 타입만 지정해 보냈습니다.',
        'Accept-Language에 사이트가 번역을 제공하지 않는 언어만 들어 있고, 서버가 기본 언어로 대체하지 않고 거부하도록 설정되어 있습니다.',
        'Accept 헤더 값에 `application/jsn` 같은 오타나 잘못된 값이 있습니다.',
        '일부 공유 호스팅은 ModSecurity가 차단한 요청에 406을 돌려주도록 설정되어 있어, 콘텐츠 협상과 무관한 요청에서도 이 코드가 나올 수 있습니다.',
      ],
      clientFixes: [
        '`Accept: application/json`(또는 API 문서에 적힌 타입)을 보내거나, q 값을 낮춘 `*/*`를 대안으로 추가합니다.',
        '직접 넣은 Accept, Accept-Language, Accept-Encoding 헤더를 빼고 기본 요청이 되는지 확인합니다.',
        '공유 호스팅에서 평범한 요청이 거부된다면, ModSecurity 규칙에 막힌 것인지 호스팅 업체에 문의합니다.',
      ],
      serverFixes: [
        '406 대신 기본 형식으로 응답하는 방법도 고려합니다. 명세상 서버는 클라이언트의 선호를 무시해도 됩니다.',
        '406을 돌려준다면 제공할 수 있는 미디어 타입이나 언어 목록을 본문에 적습니다.',
        '캐시가 형식별 응답을 구분해 저장하도록 `Vary: Accept`(협상에 쓴 다른 헤더도 함께)를 보냅니다.',
      ],
      retryNote:
        '서버가 실제로 만들 수 있는 형식을 Accept 계열 헤더가 허용하기 전에는 같은 응답이 돌아옵니다.',
      keywords: [
        '콘텐츠 협상',
        'Accept 헤더',
        '응답 형식',
        '허용할 수 없음',
        '지원하지 않는 응답 형식',
      ],
    },
  },
  {
    code: 407,
    phrase: 'Proxy Authentication Required',
    status: 'permanent',
    headers: ['Proxy-Authenticate', 'Proxy-Authorization'],
    spec: {
      title: 'RFC 9110',
      section: '15.5.8',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/407',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Proxy Authentication Required',
      summary:
        'A proxy between the client and the server wants credentials before it will forward the request.',
      detail:
        "This is 401's counterpart for proxies: the refusal comes from an intermediary such as a corporate forward proxy, not from the site you are trying to reach. The proxy names its authentication scheme in a `Proxy-Authenticate` header, and the client answers with a `Proxy-Authorization` header on its next attempt. Command-line tools, package managers and CI runners behind a company proxy run into it most often, because unlike browsers they do not prompt for a password.",
      causes: [
        'The tool is configured with a proxy (`HTTP_PROXY`, `HTTPS_PROXY`) but without a proxy username and password.',
        'The proxy password changed or expired, for example after a scheduled domain password rotation.',
        'The proxy requires NTLM or Kerberos, which the client (curl without `--proxy-ntlm`, older npm or pip) does not speak.',
        'Credentials inside the proxy URL contain characters such as `@` or `:` that were not percent-encoded.',
      ],
      clientFixes: [
        'Put the credentials in the proxy URL (`http://user:pass@proxy:8080`) or use `curl --proxy-user`, percent-encoding any special characters.',
        'Configure each tool separately (npm config, `pip.conf`, git `http.proxy`, the Docker daemon), since they do not all read the same variables.',
        'If the proxy insists on NTLM or Kerberos, run a local helper such as Cntlm or ask IT for an exempt route.',
      ],
      serverFixes: [
        'Offer an authentication scheme common tools support in `Proxy-Authenticate`, such as Basic over a TLS connection to the proxy.',
        'Allow-list package registries, update servers and CI endpoints that cannot authenticate.',
        'Log which user or machine was refused so help-desk staff can spot expired passwords quickly.',
      ],
      retryNote:
        'Resend only with valid `Proxy-Authorization` credentials; without them the proxy refuses again.',
      keywords: [
        'proxy login',
        'corporate proxy',
        'proxy credentials',
        'HTTPS_PROXY',
        'NTLM proxy',
      ],
    },
    ko: {
      name: '프록시 인증 필요',
      summary: '클라이언트와 서버 사이의 프록시가 요청을 전달하기 전에 자격 증명을 요구합니다.',
      detail:
        '401의 프록시 버전으로, 거부한 쪽은 접속하려는 사이트가 아니라 회사 포워드 프록시 같은 중간 서버입니다. 프록시는 Proxy-Authenticate 헤더로 인증 방식을 알려 주고, 클라이언트는 다음 요청에 Proxy-Authorization 헤더를 담아 보냅니다. 브라우저와 달리 비밀번호를 묻지 않는 명령줄 도구, 패키지 관리자, CI 러너가 회사 프록시 뒤에서 자주 겪습니다.',
      causes: [
        '도구에 프록시(HTTP_PROXY, HTTPS_PROXY)는 설정했지만 프록시 사용자 이름과 비밀번호는 넣지 않았습니다.',
        '정기적인 도메인 비밀번호 변경 등으로 프록시 비밀번호가 바뀌었거나 만료되었습니다.',
        '프록시가 NTLM이나 Kerberos를 요구하는데 클라이언트(--proxy-ntlm 없는 curl, 오래된 npm·pip)가 이를 지원하지 않습니다.',
        '프록시 URL 안의 자격 증명에 `@`나 `:` 같은 문자가 퍼센트 인코딩 없이 들어 있습니다.',
      ],
      clientFixes: [
        '프록시 URL에 자격 증명을 넣거나(`http://user:pass@proxy:8080`) `curl --proxy-user`를 쓰고, 특수 문자는 퍼센트 인코딩합니다.',
        '도구마다 읽는 설정이 다르므로 npm config, pip.conf, git http.proxy, Docker 데몬의 프록시 설정을 각각 확인합니다.',
        '프록시가 NTLM이나 Kerberos만 받는다면 Cntlm 같은 로컬 중계 프로그램을 쓰거나, IT 부서에 예외 경로를 요청합니다.',
      ],
      serverFixes: [
        '흔히 쓰는 도구가 지원하는 인증 방식(예: 프록시까지 TLS로 보호되는 Basic)을 Proxy-Authenticate에 담아 보냅니다.',
        '인증할 수 없는 패키지 저장소, 업데이트 서버, CI 엔드포인트는 허용 목록에 추가합니다.',
        '어느 사용자나 장비가 거부되었는지 로그에 남겨, 지원 담당자가 만료된 비밀번호를 빨리 찾을 수 있게 합니다.',
      ],
      retryNote:
        '유효한 Proxy-Authorization 자격 증명을 담아야만 재시도가 통하며, 없으면 프록시가 다시 거부합니다.',
      keywords: [
        '프록시 로그인',
        '프록시 인증 실패',
        '회사 프록시',
        '프록시 비밀번호',
        'HTTPS_PROXY',
      ],
    },
  },
  {
    code: 408,
    phrase: 'Request Timeout',
    status: 'permanent',
    headers: ['Connection'],
    spec: {
      title: 'RFC 9110',
      section: '15.5.9',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/408',
    cacheable: false,
    retry: 'idempotent-only',
    en: {
      name: 'Request Timeout',
      summary:
        'The server gave up waiting for the client to finish sending its request and closed the connection.',
      detail:
        "The connection was open, but the complete request did not arrive within the server's time limit: the client stayed idle, sent headers too slowly or stalled in the middle of an upload. Servers usually pair it with `Connection: close`, and some send it on idle keep-alive connections the client never used, which browsers then quietly retry on a fresh connection. It is a timeout on the client's side of the exchange; 504 Gateway Timeout is a proxy waiting for an upstream server, not for you.",
      causes: [
        'A slow or unstable network stalled an upload partway through.',
        'The server closed an idle keep-alive connection (nginx `client_header_timeout` and `client_body_timeout`, Apache `RequestReadTimeout`).',
        'The client opened a connection and sent nothing, for example a preconnect that was never used.',
        "A load balancer's idle timeout is shorter than the time the client needs to send the body.",
      ],
      clientFixes: [
        'Try again on a stable connection, and use resumable or chunked uploads for large files.',
        'Make sure your HTTP client sends the body promptly after the headers and does not keep connections open idle.',
        'Retry automatically only for idempotent methods, or for POST when you send an idempotency key.',
      ],
      serverFixes: [
        'Tune read timeouts (nginx `client_body_timeout`, Apache `RequestReadTimeout`, Node `server.requestTimeout`) so your largest legitimate uploads fit.',
        'Keep those timeouts short enough to fend off slowloris-style attacks that trickle bytes in.',
        'Send `Connection: close` with the 408 so the client knows to open a new connection.',
      ],
      retryNote:
        'Retrying GET, PUT or DELETE is usually fine; repeat a POST only if you are sure the first attempt was not processed, or use an idempotency key.',
      keywords: ['timeout', 'request timed out', 'idle connection', 'slow upload', 'keep-alive'],
    },
    ko: {
      name: '요청 시간 초과',
      summary: '클라이언트가 요청을 다 보내기를 서버가 기다리다가 포기하고 연결을 닫았습니다.',
      detail:
        '연결은 열려 있었지만 서버가 정한 시간 안에 요청이 끝까지 도착하지 않았다는 뜻입니다. 클라이언트가 아무것도 보내지 않았거나, 헤더를 너무 느리게 보냈거나, 업로드 도중에 멈춘 경우입니다. 서버는 보통 `Connection: close`와 함께 보내며, 클라이언트가 열어만 두고 쓰지 않은 keep-alive 연결에 보내기도 합니다. 이때 브라우저는 사용자 모르게 새 연결로 다시 요청합니다. 클라이언트 쪽에서 난 시간 초과라는 점에서, 프록시가 업스트림 서버를 기다리다 포기한 504 Gateway Timeout과 다릅니다.',
      causes: [
        '느리거나 불안정한 네트워크 때문에 업로드가 중간에 멈췄습니다.',
        '서버가 유휴 keep-alive 연결을 닫았습니다(nginx의 client_header_timeout·client_body_timeout, Apache의 RequestReadTimeout).',
        '클라이언트가 연결만 열고 아무것도 보내지 않았습니다. preconnect로 열어 두고 쓰지 않은 연결이 그 예입니다.',
        '로드 밸런서의 유휴 제한 시간이 클라이언트가 본문을 보내는 데 걸리는 시간보다 짧습니다.',
      ],
      clientFixes: [
        '안정적인 네트워크에서 재시도하고, 큰 파일은 이어 올리기나 분할 업로드로 보냅니다.',
        'HTTP 클라이언트가 헤더 뒤에 본문을 바로 보내는지, 연결을 열어 둔 채 방치하지 않는지 확인합니다.',
        '자동 재시도는 멱등 메서드에만 적용하고, POST는 멱등성 키를 보낼 때만 재시도합니다.',
      ],
      serverFixes: [
        '정상적인 업로드 중 가장 큰 것도 받을 수 있도록 읽기 제한 시간(nginx client_body_timeout, Apache RequestReadTimeout, Node server.requestTimeout)을 조정합니다.',
        '바이트를 조금씩 흘려보내는 slowloris 같은 공격을 막을 수 있을 만큼은 제한 시간을 짧게 유지합니다.',
        '408과 함께 `Connection: close`를 보내 클라이언트가 새 연결을 열도록 합니다.',
      ],
      retryNote:
        'GET, PUT, DELETE는 대개 재시도해도 되지만, POST는 첫 요청이 처리되지 않았다고 확신할 때나 멱등성 키를 쓸 때만 다시 보냅니다.',
      keywords: ['타임아웃', '요청 타임아웃', '연결 끊김', '업로드 멈춤', 'keep-alive'],
    },
  },
  {
    code: 409,
    phrase: 'Conflict',
    status: 'permanent',
    headers: [],
    spec: {
      title: 'RFC 9110',
      section: '15.5.10',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/409',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Conflict',
      summary:
        'The request clashes with the current state of the resource, so the server will not apply it as it stands.',
      detail:
        'The request is valid on its own, but carrying it out would collide with what is already there: creating a record whose unique key exists, saving an edit based on an outdated version, or deleting something other data still depends on. The response body should describe the conflict well enough for the user or client to resolve it, for instance by showing the current version to merge with. When the client sent `If-Match` with an ETag, a stale version is reported as 412 Precondition Failed instead; 409 is for clashes the server detects by itself.',
      causes: [
        'A new resource would duplicate a unique field such as an email address, username or slug.',
        'A PUT or PATCH was based on an old copy of the resource after someone else saved a newer one.',
        'The resource being deleted or changed is still referenced by other records.',
        'The requested state change is not allowed, such as cancelling an order that has already shipped.',
        'A Git hosting API was asked to update a file or branch using an outdated commit SHA.',
      ],
      clientFixes: [
        'Fetch the current state of the resource, merge or redo your change on top of it and send it again.',
        'For duplicates, look up the existing record and update it instead of creating a new one.',
        'Read the body for the conflicting field or version and show it to the user.',
      ],
      serverFixes: [
        'Name the conflicting field and the current version (or its ETag) in the error body.',
        'Support `ETag` and `If-Match` so clients can detect lost updates before they write.',
        'Map database unique-constraint violations to 409 instead of letting them surface as 500.',
      ],
      retryNote:
        'Resending the same request runs into the same conflict; resolve it first, for example by reloading and merging the latest version.',
      keywords: [
        'duplicate',
        'version conflict',
        'already exists',
        'edit conflict',
        'concurrent update',
        'unique constraint',
      ],
    },
    ko: {
      name: '충돌',
      summary: '요청이 리소스의 현재 상태와 맞지 않아 서버가 그대로 적용하지 않았습니다.',
      detail:
        '요청 자체는 올바르지만 실행하면 이미 있는 데이터와 부딪히는 경우입니다. 고유 키가 이미 있는 레코드를 만들거나, 오래된 버전을 바탕으로 수정한 내용을 저장하거나, 다른 데이터가 아직 참조하는 것을 지우려 할 때가 그렇습니다. 응답 본문에는 사용자나 클라이언트가 충돌을 해결할 수 있을 만큼의 설명, 예를 들어 병합할 최신 버전을 담아야 합니다. 클라이언트가 If-Match에 ETag를 담아 보냈다면 오래된 버전은 412 Precondition Failed로 알리고, 409는 서버가 스스로 충돌을 찾아냈을 때 씁니다.',
      causes: [
        '새로 만들려는 리소스의 이메일, 사용자 이름, 슬러그 같은 고유 필드가 이미 있습니다.',
        '다른 사람이 더 새로운 버전을 저장한 뒤에, 예전 사본을 바탕으로 PUT이나 PATCH를 보냈습니다.',
        '지우거나 바꾸려는 리소스를 다른 레코드가 아직 참조하고 있습니다.',
        '이미 배송된 주문을 취소하는 것처럼 허용되지 않는 상태 변경을 요청했습니다.',
        'Git 호스팅 API에 오래된 커밋 SHA로 파일이나 브랜치 갱신을 요청했습니다.',
      ],
      clientFixes: [
        '리소스의 현재 상태를 다시 받아 와 그 위에 변경 사항을 병합하거나 다시 적용한 뒤 보냅니다.',
        '중복이라면 새로 만들지 말고 기존 레코드를 찾아 수정합니다.',
        '본문에서 충돌한 필드나 버전을 확인해 사용자에게 보여 줍니다.',
      ],
      serverFixes: [
        '오류 본문에 충돌한 필드와 현재 버전(또는 그 ETag)을 적습니다.',
        '클라이언트가 쓰기 전에 갱신 손실을 알아챌 수 있도록 ETag와 If-Match를 지원합니다.',
        '데이터베이스의 고유 제약 조건 위반이 500으로 새어 나가지 않게 409로 바꿔 응답합니다.',
      ],
      retryNote:
        '같은 요청을 다시 보내면 같은 충돌이 나므로, 최신 버전을 다시 받아 병합하는 식으로 먼저 해결해야 합니다.',
      keywords: ['중복', '버전 충돌', '이미 존재함', '동시 수정', '데이터 충돌', '중복 키'],
    },
  },
  {
    code: 410,
    phrase: 'Gone',
    status: 'permanent',
    headers: [],
    spec: {
      title: 'RFC 9110',
      section: '15.5.11',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/410',
    cacheable: true,
    retry: 'never',
    en: {
      name: 'Gone',
      summary: 'The resource used to be here, was removed on purpose, and is not coming back.',
      detail:
        'Where 404 only says nothing was found, 410 adds that the absence is intentional and expected to be permanent, with no forwarding address. Search engines tend to drop 410 URLs from their index a little sooner than 404 ones, and caches may keep the response by default. It suits retired API versions, expired promotions and content deleted for legal or privacy reasons; if the content moved rather than vanished, a 301 or 308 redirect serves visitors better.',
      causes: [
        'The page, file or account was deliberately deleted, and the server keeps a record that it once existed.',
        'An API version or endpoint was retired at the end of its deprecation period.',
        'A time-limited resource such as a promotion page, one-time download or event listing has expired.',
      ],
      clientFixes: [
        'Stop requesting the URL and remove it from bookmarks, sitemaps, crawlers and client code.',
        'For APIs, look in the changelog or migration guide for the replacement endpoint.',
        "Look for the content elsewhere, for example through the site's own search or a web archive.",
      ],
      serverFixes: [
        'Use 410 only when removal is intentional and final, and send 404 when you are not sure.',
        'If a replacement exists, redirect with 301 or 308 instead so visitors and links keep working.',
        'Announce API retirements ahead of time with `Deprecation` and `Sunset` headers before switching to 410.',
      ],
      retryNote: 'Retrying is pointless: the server has stated that the resource is gone for good.',
      keywords: [
        'permanently deleted',
        'removed',
        'no longer available',
        'retired API',
        'deleted page',
      ],
    },
    ko: {
      name: '사라짐',
      summary: '예전에 있던 리소스를 일부러 삭제했으며 다시 돌아오지 않습니다.',
      detail:
        '404가 찾지 못했다는 사실만 알린다면, 410은 일부러 없앴고 앞으로도 돌아오지 않을 것이며 옮겨 간 주소도 없다는 점까지 알려 줍니다. 검색 엔진은 410 URL을 404보다 조금 더 빨리 색인에서 빼는 경향이 있고, 캐시는 이 응답을 기본적으로 저장할 수 있습니다. 지원이 끝난 API 버전, 기간이 지난 프로모션, 법적 사유나 개인정보 보호 때문에 지운 콘텐츠에 알맞습니다. 콘텐츠가 사라진 것이 아니라 옮겨 갔다면 301이나 308 리다이렉션이 방문자에게 더 낫습니다.',
      causes: [
        '페이지, 파일, 계정을 일부러 삭제했고, 서버는 그것이 있었다는 기록을 남겨 두었습니다.',
        '사용 중단 권고 기간이 끝나 API 버전이나 엔드포인트의 지원이 종료되었습니다.',
        '프로모션 페이지, 일회용 다운로드, 행사 안내처럼 기간이 정해진 리소스가 만료되었습니다.',
      ],
      clientFixes: [
        '이 URL을 더는 요청하지 말고 북마크, 사이트맵, 크롤러, 클라이언트 코드에서 지웁니다.',
        'API라면 변경 기록이나 마이그레이션 안내에서 대체 엔드포인트를 찾습니다.',
        '사이트 자체 검색이나 웹 아카이브 등 다른 곳에서 콘텐츠를 찾아봅니다.',
      ],
      serverFixes: [
        '삭제가 의도적이고 최종적일 때만 410을 쓰고, 확실하지 않으면 404를 보냅니다.',
        '대체할 리소스가 있으면 410 대신 301이나 308로 리다이렉트해, 방문자와 링크가 계속 동작하게 합니다.',
        'API 지원을 끝낼 때는 Deprecation, Sunset 헤더로 미리 알린 뒤에 410으로 바꿉니다.',
      ],
      retryNote: '서버가 리소스가 영구히 사라졌다고 밝혔으므로 재시도해도 소용없습니다.',
      keywords: [
        '삭제됨',
        '영구 삭제',
        '영구적으로 사라짐',
        '더 이상 없음',
        '없어진 페이지',
        '폐기된 API',
      ],
    },
  },
  {
    code: 411,
    phrase: 'Length Required',
    status: 'permanent',
    headers: ['Content-Length', 'Transfer-Encoding'],
    spec: {
      title: 'RFC 9110',
      section: '15.5.12',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/411',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Length Required',
      summary:
        'The server refuses a request body unless its size is stated up front in `Content-Length`.',
      detail:
        'Some servers and proxies will not accept a body of unknown size, so they reject requests that stream it with chunked transfer coding or leave out `Content-Length` altogether. It tends to show up with POST or PUT requests that have an empty body, with streamed uploads, and with older servers or storage APIs that need the size before they start reading. Sending an explicit length, even `Content-Length: 0` for an empty body, resolves it.',
      causes: [
        'A POST or PUT without a body is sent without `Content-Length: 0` (some HTTP clients leave it out).',
        'The client streams the body with `Transfer-Encoding: chunked` to a server or proxy that does not accept chunked request bodies.',
        'A proxy or middleware dropped the `Content-Length` header while rewriting the request.',
        'An object-storage or legacy API needs the exact upload size before the transfer starts.',
      ],
      clientFixes: [
        'Add `Content-Length: 0` to empty POST and PUT requests (with curl: `-d ""` or `-H "Content-Length: 0"`).',
        'Buffer the body, or tell your HTTP client the size of the file or stream, so it sends `Content-Length` instead of chunking.',
        'For S3-style uploads whose size is not known in advance, switch to multipart upload.',
      ],
      serverFixes: [
        'Accept chunked request bodies where your stack allows it (nginx has done so since 1.3.9; check older proxies and IIS modules).',
        'Configure proxies to pass `Content-Length` through unchanged.',
        'Say in the error body that `Content-Length` is required, because the status code alone puzzles many users.',
      ],
      retryNote:
        'Send the request again with a correct `Content-Length` header; resending it without one fails the same way.',
      keywords: [
        'Content-Length missing',
        'chunked transfer',
        'missing length header',
        'empty POST body',
        'Transfer-Encoding',
      ],
    },
    ko: {
      name: '길이 필요',
      summary: '본문 크기를 Content-Length로 밝히지 않은 요청을 서버가 받지 않습니다.',
      detail:
        '일부 서버와 프록시는 크기를 알 수 없는 본문을 받지 않으므로, 청크 전송 코딩(chunked)으로 본문을 스트리밍하거나 Content-Length를 아예 빠뜨린 요청을 거부합니다. 본문이 빈 POST나 PUT, 스트리밍 업로드, 그리고 읽기 전에 크기부터 알아야 하는 오래된 서버나 스토리지 API에서 주로 나타납니다. 빈 본문이라도 `Content-Length: 0`처럼 길이를 명시하면 해결됩니다.',
      causes: [
        '본문 없는 POST나 PUT을 `Content-Length: 0` 없이 보냈습니다(일부 HTTP 클라이언트는 이 헤더를 생략합니다).',
        '청크 요청 본문을 받지 않는 서버나 프록시에 `Transfer-Encoding: chunked`로 본문을 스트리밍했습니다.',
        '프록시나 미들웨어가 요청을 고쳐 쓰면서 Content-Length 헤더를 빠뜨렸습니다.',
        '객체 스토리지나 오래된 API가 전송을 시작하기 전에 정확한 업로드 크기를 알아야 합니다.',
      ],
      clientFixes: [
        '빈 POST, PUT 요청에 `Content-Length: 0`을 붙입니다(curl이라면 `-d ""` 또는 `-H "Content-Length: 0"`).',
        '본문을 버퍼에 모으거나 파일·스트림 크기를 HTTP 클라이언트에 알려 주어, 청크로 나누지 않고 Content-Length를 보내게 합니다.',
        'S3 방식 업로드에서 크기를 미리 알 수 없다면 멀티파트 업로드로 바꿉니다.',
      ],
      serverFixes: [
        '스택이 허용한다면 청크 요청 본문을 받도록 합니다(nginx는 1.3.9부터 지원하며, 오래된 프록시와 IIS 모듈은 따로 확인합니다).',
        '프록시가 Content-Length를 바꾸지 않고 그대로 전달하도록 설정합니다.',
        '상태 코드만으로는 헷갈리는 사용자가 많으니 Content-Length가 필요하다고 오류 본문에 적습니다.',
      ],
      retryNote:
        '올바른 Content-Length 헤더를 붙여 다시 보내야 하며, 헤더 없이 보내면 똑같이 실패합니다.',
      keywords: ['Content-Length 누락', '청크 전송', '본문 길이', '길이 헤더', 'Transfer-Encoding'],
    },
  },
  {
    code: 412,
    phrase: 'Precondition Failed',
    status: 'permanent',
    headers: ['If-Match', 'If-None-Match', 'If-Unmodified-Since', 'ETag', 'Last-Modified'],
    spec: {
      title: 'RFC 9110',
      section: '15.5.13',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/412',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Precondition Failed',
      summary:
        'A condition the client attached to the request, such as `If-Match`, turned out false on the server, so nothing was changed.',
      detail:
        'Conditional headers let a client say "only do this if the resource is still the version I saw" (`If-Match` with an ETag, `If-Unmodified-Since` with a date) or "only create it if nothing is there yet" (`If-None-Match: *`). When such a condition fails on a state-changing request, the server leaves the resource untouched and answers 412, which is how optimistic locking prevents lost updates. For GET and HEAD, a failed `If-None-Match` or `If-Modified-Since` yields 304 Not Modified instead, and 409 is used when the server finds a conflict without any precondition from the client.',
      causes: [
        'Someone else modified the resource after you read it, so your `If-Match` ETag no longer matches.',
        '`If-None-Match: *` was sent to create a resource that already exists.',
        'A proxy or CDN compressed the response and turned the strong ETag into a weak one (`W/"…"`), which can never pass the strong comparison `If-Match` uses.',
        'Servers behind a load balancer generate different ETags for the same file.',
      ],
      clientFixes: [
        'Fetch the resource again, take its new ETag, reapply your change and resend with the updated `If-Match`.',
        'Tell the user that someone else edited the item first and offer to merge or overwrite.',
        'Send the ETag exactly as the server gave it, quotes included.',
      ],
      serverFixes: [
        'Return the current `ETag` with the 412 so the client can refresh without an extra round trip.',
        'Make every server produce the same ETag for the same content (in Apache, keep `FileETag` from using inode numbers).',
        'Require `If-Match` on risky updates and answer 428 Precondition Required when it is missing.',
      ],
      retryNote:
        'Resending with the same stale condition fails again; refresh the resource, update the ETag or date, then try again.',
      keywords: [
        'ETag mismatch',
        'If-Match',
        'optimistic locking',
        'conditional request',
        'lost update',
      ],
    },
    ko: {
      name: '전제 조건 실패',
      summary:
        '클라이언트가 If-Match 같은 헤더로 요청에 건 조건이 서버에서 맞지 않아, 아무것도 바뀌지 않았습니다.',
      detail:
        '조건부 헤더를 쓰면 클라이언트는 "내가 본 버전 그대로일 때만 실행해 달라"(ETag를 담은 If-Match, 날짜를 담은 If-Unmodified-Since)거나 "아직 없을 때만 만들어 달라"(`If-None-Match: *`)고 요구할 수 있습니다. 상태를 바꾸는 요청에서 이 조건이 맞지 않으면 서버는 리소스를 건드리지 않고 412를 돌려줍니다. 낙관적 잠금은 이런 식으로 갱신 손실을 막습니다. GET과 HEAD에서는 If-None-Match나 If-Modified-Since 조건이 맞지 않으면 412가 아니라 304 Not Modified가 오며, 클라이언트가 건 조건 없이 서버가 충돌을 찾아낸 경우에는 409를 씁니다.',
      causes: [
        '내가 읽은 뒤에 다른 사람이 리소스를 수정해서, If-Match에 담은 ETag가 더 이상 맞지 않습니다.',
        '이미 있는 리소스를 `If-None-Match: *`로 새로 만들려고 했습니다.',
        '프록시나 CDN이 응답을 압축하면서 강한 ETag를 약한 ETag(`W/"…"`)로 바꿨습니다. 약한 ETag는 If-Match가 쓰는 강한 비교를 결코 통과하지 못합니다.',
        '로드 밸런서 뒤의 서버들이 같은 파일에 서로 다른 ETag를 만들어 냅니다.',
      ],
      clientFixes: [
        '리소스를 다시 받아 새 ETag를 얻고, 변경 사항을 다시 적용한 뒤 새 값을 담은 If-Match와 함께 보냅니다.',
        '다른 사람이 먼저 수정했다는 사실을 사용자에게 알리고 병합할지 덮어쓸지 고르게 합니다.',
        'ETag는 따옴표까지 포함해 서버가 준 값 그대로 보냅니다.',
      ],
      serverFixes: [
        '412와 함께 현재 ETag를 보내, 클라이언트가 요청을 한 번 더 하지 않고도 최신 상태를 알 수 있게 합니다.',
        '모든 서버가 같은 콘텐츠에 같은 ETag를 만들게 합니다. Apache라면 FileETag가 inode 번호를 쓰지 않도록 설정합니다.',
        '위험한 수정에는 If-Match를 필수로 하고, 빠졌을 때는 428 Precondition Required로 응답합니다.',
      ],
      retryNote:
        '오래된 조건을 그대로 보내면 또 실패하므로, 리소스를 새로 받아 ETag나 날짜를 갱신한 뒤 재시도합니다.',
      keywords: ['ETag 불일치', '조건부 요청', '낙관적 잠금', '갱신 손실', 'If-Match'],
    },
  },
  {
    code: 413,
    phrase: 'Content Too Large',
    formerPhrases: ['Payload Too Large', 'Request Entity Too Large'],
    status: 'permanent',
    headers: ['Content-Length', 'Retry-After'],
    spec: {
      title: 'RFC 9110',
      section: '15.5.14',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/413',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Content Too Large',
      summary: 'The request body is bigger than the server is willing or able to accept.',
      detail:
        "The server, or a proxy in front of it, enforces a size limit on request bodies and this upload went over it; the server may close the connection rather than read the rest, and can add `Retry-After` if the limit is only temporary. The limit is usually a configuration value rather than a hard technical constraint, and nginx's `client_max_body_size` defaults to just 1 MB, so it is often the first one large uploads hit. RFC 9110 renamed the code from Payload Too Large (and, before that, Request Entity Too Large), which is why all three names still turn up in logs and error pages.",
      causes: [
        'An upload exceeds nginx `client_max_body_size`, which is 1 MB by default.',
        'A framework or runtime limit applies: PHP `upload_max_filesize` and `post_max_size`, the Express body-parser `limit` (100 kB by default), IIS `maxAllowedContentLength` or Spring `multipart.max-file-size`.',
        "A CDN, load balancer or serverless platform caps request size, for example 10 MB on AWS API Gateway or 100 MB on Cloudflare's Free plan.",
        'A JSON body embeds a large Base64-encoded file, which inflates it by about a third.',
      ],
      clientFixes: [
        'Compress or resize the file, or split it into smaller parts.',
        "Use the service's chunked, resumable or direct-to-storage upload (such as an S3 presigned URL) for big files.",
        'Send binary files as `multipart/form-data` instead of Base64 inside JSON.',
      ],
      serverFixes: [
        'Raise the limit on every layer the request crosses: nginx `client_max_body_size`, the application framework, and any load balancer or CDN.',
        'State the maximum allowed size in the error message, and check file size in the browser before the upload starts.',
        'Send `Retry-After` when the limit is temporary, for example while storage space is short.',
      ],
      retryNote: 'The same body is rejected again; make it smaller or raise the limit first.',
      keywords: [
        'file too large',
        'upload limit',
        'client_max_body_size',
        'request body too big',
        'max upload size',
        'upload_max_filesize',
      ],
    },
    ko: {
      name: '콘텐츠가 너무 큼',
      summary: '요청 본문이 서버가 받을 수 있거나 받으려는 크기보다 큽니다.',
      detail:
        '서버나 그 앞단의 프록시가 요청 본문 크기에 한도를 두는데 이번 업로드가 그 한도를 넘었습니다. 서버는 나머지를 읽지 않고 연결을 닫을 수 있으며, 한도가 일시적이라면 Retry-After를 붙일 수 있습니다. 이 한도는 대개 기술적 한계가 아니라 설정값입니다. nginx의 client_max_body_size 기본값은 1MB밖에 되지 않아 큰 파일을 올릴 때 가장 먼저 걸리곤 합니다. RFC 9110이 이름을 Payload Too Large(그 전에는 Request Entity Too Large)에서 지금 이름으로 바꿨기 때문에, 로그와 오류 페이지에는 세 이름이 모두 보입니다.',
      causes: [
        '업로드가 nginx client_max_body_size(기본 1MB)를 넘었습니다.',
        '프레임워크나 런타임 제한에 걸렸습니다. PHP의 upload_max_filesize와 post_max_size, Express body-parser의 limit(기본 100kB), IIS의 maxAllowedContentLength, Spring의 multipart.max-file-size 등이 있습니다.',
        'CDN, 로드 밸런서, 서버리스 플랫폼이 요청 크기를 제한합니다(예: AWS API Gateway 10MB, Cloudflare 무료 요금제 100MB).',
        'JSON 본문에 큰 파일을 Base64로 넣어 크기가 3분의 1가량 불어났습니다.',
      ],
      clientFixes: [
        '파일을 압축하거나 크기를 줄이거나 여러 조각으로 나눕니다.',
        '큰 파일은 서비스가 제공하는 분할 업로드, 이어 올리기, 스토리지 직접 업로드(예: S3 사전 서명 URL)를 씁니다.',
        '바이너리 파일은 JSON 안에 Base64로 넣지 말고 `multipart/form-data`로 보냅니다.',
      ],
      serverFixes: [
        '요청이 거치는 모든 계층의 한도를 함께 올립니다. nginx client_max_body_size와 애플리케이션 프레임워크는 물론 로드 밸런서와 CDN까지 확인합니다.',
        '허용되는 최대 크기를 오류 메시지에 적고, 업로드를 시작하기 전에 브라우저에서 파일 크기를 검사합니다.',
        '저장 공간 부족처럼 제한이 일시적이라면 Retry-After를 보냅니다.',
      ],
      retryNote: '같은 본문은 또 거부되므로 크기를 줄이거나 한도를 먼저 올려야 합니다.',
      keywords: [
        '파일 크기 초과',
        '업로드 제한',
        '업로드 용량',
        'client_max_body_size',
        '요청 본문 크기',
        '페이로드 너무 큼',
      ],
    },
  },
  {
    code: 414,
    phrase: 'URI Too Long',
    formerPhrases: ['Request-URI Too Long'],
    status: 'permanent',
    headers: [],
    spec: {
      title: 'RFC 9110',
      section: '15.5.15',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/414',
    cacheable: true,
    retry: 'after-change',
    en: {
      name: 'URI Too Long',
      summary: 'The URL in the request is longer than the server is willing to read.',
      detail:
        'Servers cap the length of the request target to protect their memory, commonly at around 8 KB (IIS is stricter), and answer 414 beyond that without routing the request at all. Ordinary links rarely get there; it usually means too much data was packed into the query string, or a redirect loop kept appending to the URL. Moving the data into a POST body is the usual fix. Node.js counts the URL toward its header size limit and answers 431 instead of 414.',
      causes: [
        'A GET request carries bulky data in the query string, such as a long list of IDs, serialized filters or a Base64 image.',
        'A redirect loop adds the same parameter (for example `returnUrl`) again on every hop.',
        'The URL exceeds a configured limit: Apache `LimitRequestLine` (8190 bytes), nginx `large_client_header_buffers` (8 KB by default), or IIS `maxUrl` and `maxQueryString`.',
      ],
      clientFixes: [
        'Send large inputs in a POST body instead of the query string, if the API offers such an endpoint.',
        "Look for repeated parameters in the URL, which point to a redirect loop, and clear the site's cookies if the loop involves login.",
        'Pass an ID that refers to data stored on the server instead of long inline data.',
      ],
      serverFixes: [
        'Offer POST endpoints for searches and filters that can grow large.',
        'Fix redirect logic that keeps encoding the return URL into itself.',
        'If long URLs are legitimate, raise `LimitRequestLine`, `large_client_header_buffers` or the IIS request limits, and keep proxies in front in line.',
      ],
      retryNote:
        'The same URL is rejected again; shorten it or move the data into the request body first.',
      keywords: [
        'URL too long',
        'long query string',
        'query string limit',
        'GET parameters too long',
        'LimitRequestLine',
      ],
    },
    ko: {
      name: 'URI가 너무 김',
      summary: '요청 URL이 서버가 읽으려는 길이보다 깁니다.',
      detail:
        '서버는 메모리를 보호하려고 요청 대상의 길이에 상한을 두며(흔히 8KB 안팎이고 IIS는 더 엄격합니다), 이를 넘으면 라우팅도 하지 않고 414를 돌려줍니다. 일반 링크로는 좀처럼 닿지 않는 길이라, 대개 쿼리 문자열에 데이터를 너무 많이 실었거나 리다이렉션 루프가 URL 뒤에 계속 무언가를 덧붙인 경우입니다. 데이터를 POST 본문으로 옮기는 것이 일반적인 해결책입니다. Node.js는 URL을 헤더 크기 제한에 포함해 계산하므로 414 대신 431을 돌려줍니다.',
      causes: [
        'GET 요청의 쿼리 문자열에 긴 ID 목록, 직렬화한 필터, Base64 이미지 같은 큰 데이터를 실었습니다.',
        '리다이렉션 루프가 한 번 돌 때마다 같은 파라미터(예: returnUrl)를 다시 덧붙입니다.',
        'URL이 설정된 한도를 넘었습니다. Apache LimitRequestLine(8190바이트), nginx large_client_header_buffers(기본 8KB), IIS의 maxUrl과 maxQueryString이 해당합니다.',
      ],
      clientFixes: [
        'API가 지원한다면 큰 입력은 쿼리 문자열 대신 POST 본문으로 보냅니다.',
        'URL에 같은 파라미터가 반복된다면 리다이렉션 루프이므로, 로그인과 관련된 루프라면 해당 사이트의 쿠키를 지웁니다.',
        '긴 데이터를 URL에 직접 넣지 말고 서버에 저장한 데이터의 ID를 넘깁니다.',
      ],
      serverFixes: [
        '검색이나 필터처럼 길어질 수 있는 요청에는 POST 엔드포인트를 제공합니다.',
        '복귀 URL을 자기 안에 계속 인코딩해 넣는 리다이렉션 로직을 고칩니다.',
        '긴 URL이 정상적인 사용이라면 LimitRequestLine, large_client_header_buffers, IIS의 요청 한계 값을 올리고 앞단 프록시 설정도 맞춥니다.',
      ],
      retryNote:
        '같은 URL은 또 거부되므로, URL을 줄이거나 데이터를 요청 본문으로 옮긴 뒤 보내야 합니다.',
      keywords: [
        'URL 길이 초과',
        '주소가 너무 김',
        '쿼리 문자열 길이',
        '긴 URL',
        'GET 파라미터 길이',
      ],
    },
  },
  {
    code: 415,
    phrase: 'Unsupported Media Type',
    status: 'permanent',
    headers: ['Content-Type', 'Content-Encoding', 'Accept-Encoding', 'Accept-Post', 'Accept-Patch'],
    spec: {
      title: 'RFC 9110',
      section: '15.5.16',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/415',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Unsupported Media Type',
      summary:
        'The server will not process the request body because of its media type or content coding.',
      detail:
        'The trouble is the format of what you sent: the `Content-Type` names a type the endpoint does not parse, or the `Content-Encoding` (such as gzip or br) is one it cannot decode. The server may point to what it does accept with `Accept-Post` or `Accept-Patch`, or with `Accept-Encoding` when the coding is at fault. A very common case is JSON posted without `Content-Type: application/json`, which frameworks such as Spring and ASP.NET Core reject with 415. Do not confuse it with 406, which concerns the format of the response the client asked for.',
      causes: [
        'The body is JSON but the `Content-Type` header is missing or says `text/plain` or `application/x-www-form-urlencoded`.',
        'A file was sent as raw bytes to an endpoint that expects `multipart/form-data`, or the other way round.',
        'The request body is gzip-compressed (`Content-Encoding: gzip`) and the server does not decompress requests.',
        'A PATCH is sent as `application/json` where the API requires `application/merge-patch+json` or `application/json-patch+json`.',
        'The charset or a vendor type such as `application/vnd.example.v2+json` does not match what the endpoint lists.',
      ],
      clientFixes: [
        'Set `Content-Type` to exactly what the API documents, for example `application/json` for JSON bodies.',
        'Let your HTTP client build multipart bodies (`FormData`, `files=` in Python requests) so the boundary parameter is right, rather than setting `Content-Type: multipart/form-data` by hand.',
        'Send the body uncompressed unless the API says it accepts `Content-Encoding`.',
      ],
      serverFixes: [
        'Name the accepted media types in the error body and in `Accept-Post` or `Accept-Patch` headers.',
        'Declare the consumed types in the framework (Spring `consumes`, ASP.NET Core `[Consumes]`) and accept common variants such as an added charset parameter.',
        'List the supported codings in `Accept-Encoding` when a compressed body is the problem.',
      ],
      retryNote:
        'Resending the same body with the same headers fails again; fix the `Content-Type`, body format or encoding first.',
      keywords: [
        'content-type',
        'wrong format',
        'unsupported format',
        'application/json',
        'MIME type',
        'multipart/form-data',
      ],
    },
    ko: {
      name: '지원하지 않는 미디어 타입',
      summary: '요청 본문의 미디어 타입이나 콘텐츠 인코딩 때문에 서버가 처리하지 않습니다.',
      detail:
        '문제는 보낸 데이터의 형식입니다. Content-Type이 엔드포인트가 해석하지 못하는 타입이거나, Content-Encoding(gzip, br 등)이 서버가 풀 수 없는 방식인 경우입니다. 서버는 받을 수 있는 형식을 Accept-Post나 Accept-Patch로, 인코딩이 문제라면 Accept-Encoding으로 알려 줄 수 있습니다. 특히 흔한 경우는 `Content-Type: application/json` 없이 JSON을 보냈다가 Spring이나 ASP.NET Core에서 415를 받는 것입니다. 클라이언트가 요청한 응답 형식의 문제인 406과 헷갈리지 않도록 합니다.',
      causes: [
        '본문은 JSON인데 Content-Type 헤더가 없거나 `text/plain`, `application/x-www-form-urlencoded`로 되어 있습니다.',
        '엔드포인트는 `multipart/form-data`를 기대하는데 파일을 원시 바이트로 보냈거나, 그 반대입니다.',
        '요청 본문을 gzip으로 압축해(`Content-Encoding: gzip`) 보냈는데, 서버는 요청의 압축을 풀지 않습니다.',
        'API는 `application/merge-patch+json`이나 `application/json-patch+json`을 요구하는데 PATCH를 `application/json`으로 보냈습니다.',
        '문자 집합(charset)이나 `application/vnd.example.v2+json` 같은 제공 업체 전용 타입이 엔드포인트가 받는 목록과 맞지 않습니다.',
      ],
      clientFixes: [
        'Content-Type을 API 문서에 적힌 값 그대로 설정합니다. JSON 본문이라면 `application/json`입니다.',
        '`Content-Type: multipart/form-data`를 손으로 넣지 말고, HTTP 클라이언트(FormData, Python requests의 `files=`)가 multipart 본문을 만들게 합니다. 그래야 boundary 파라미터가 올바르게 붙습니다.',
        'API가 Content-Encoding을 받는다고 명시하지 않았다면 본문을 압축하지 않고 보냅니다.',
      ],
      serverFixes: [
        '받을 수 있는 미디어 타입을 오류 본문과 Accept-Post, Accept-Patch 헤더에 적습니다.',
        '프레임워크에 받는 타입을 선언하고(Spring의 consumes, ASP.NET Core의 [Consumes]), charset 파라미터가 붙은 값 같은 흔한 변형도 허용합니다.',
        '압축된 본문이 문제라면 지원하는 인코딩을 Accept-Encoding 헤더로 알려 줍니다.',
      ],
      retryNote:
        '같은 본문과 헤더로 다시 보내면 또 실패하므로, Content-Type이나 본문 형식, 인코딩부터 고쳐야 합니다.',
      keywords: [
        'Content-Type 오류',
        '잘못된 형식',
        '지원하지 않는 형식',
        'MIME 타입',
        '콘텐츠 타입',
        'application/json',
      ],
    },
  },
];
