import type { StatusMeaning } from '../types';

/**
 * Non-standard status codes that developers meet in logs and error pages.
 *
 * None of these numbers is in the IANA registry with the meaning given here. Sources are the
 * vendors' own documentation (nginx, Cloudflare, AWS Elastic Load Balancing, Microsoft Open
 * Specifications, Laravel, Spring, X/Twitter, Esri, Shopify, Pantheon, Tornado); where no vendor
 * page exists we link the most authoritative public source (nginx's source tree, Wikipedia's
 * list of unofficial codes). Every sentence is our own wording.
 */
export const VENDOR_CODES: readonly StatusMeaning[] = [
  {
    code: 103,
    phrase: 'Checkpoint',
    status: 'non-standard',
    vendor: 'gears',
    headers: [],
    spec: {
      title: 'Google Gears wiki (archived)',
      url: 'https://code.google.com/archive/p/gears/wikis/ResumableHttpRequestsProposal.wiki',
    },
    cacheable: false,
    retry: 'not-needed',
    en: {
      name: 'Checkpoint',
      summary:
        'An interim response from the old Google Gears proposal for resumable uploads, not part of the HTTP standard.',
      detail:
        "Google's Gears browser plug-in proposed 103 Checkpoint, together with 308 Resume Incomplete, so that a server could report how much of a long POST or PUT upload it had safely stored and a client could resume after a dropped connection. Gears was discontinued around 2011 and the proposal never became a standard. The registered meaning of 103 is Early Hints (RFC 8297), and any modern client or proxy will read a 103 that way. You may still see the name in older libraries: Spring's HttpStatus, for example, kept a CHECKPOINT constant for 103 before deprecating it in favour of EARLY_HINTS.",
      retryNote:
        'Nothing needs repeating: it is an interim response, and today a 103 is treated as Early Hints.',
      // English usage: https://code.google.com/archive/p/gears/wikis/ResumableHttpRequestsProposal.wiki, https://docs.spring.io/spring-framework/docs/current/javadoc-api/org/springframework/http/HttpStatus.html
      keywords: [
        'google gears',
        'resumable upload',
        'resume incomplete',
        'early hints',
        'HttpStatus.CHECKPOINT',
        'gears 103',
        'unofficial',
      ],
    },
    ko: {
      name: '체크포인트',
      summary:
        '옛 Google Gears의 이어 올리기(재개 가능한 업로드) 제안에 나온 중간 응답으로, HTTP 표준에는 없습니다.',
      detail:
        'Google Gears 브라우저 플러그인은 긴 POST·PUT 업로드 중에 서버가 어디까지 안전하게 저장했는지 알려 주고, 연결이 끊겨도 클라이언트가 이어서 보낼 수 있도록 103 Checkpoint와 308 Resume Incomplete를 제안했습니다. Gears는 2011년 무렵 개발이 중단되었고 이 제안도 표준이 되지 못했습니다. IANA에 등록된 103의 의미는 Early Hints(RFC 8297)이며, 요즘 클라이언트와 프록시는 103을 모두 그렇게 해석합니다. 오래된 라이브러리에는 이 이름이 남아 있기도 합니다. 예를 들어 Spring의 HttpStatus는 103에 CHECKPOINT 상수를 두었다가, EARLY_HINTS로 대체하면서 사용 중단 권고로 표시했습니다.',
      retryNote: '중간 응답이므로 다시 보낼 것이 없으며, 오늘날 103은 Early Hints로 처리됩니다.',
      // Korean usage: https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes (no Korean posts found; plain terms)
      keywords: [
        '구글 기어스',
        '기어스 103',
        '이어 올리기',
        '재개 가능한 업로드',
        '얼리 힌트',
        'HttpStatus.CHECKPOINT',
        '비공식 코드',
      ],
    },
  },
  {
    code: 218,
    phrase: 'This Is Fine',
    status: 'non-standard',
    vendor: 'apache',
    headers: [],
    spec: {
      title: 'Wikipedia: List of HTTP status codes',
      url: 'https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes',
    },
    cacheable: false,
    retry: 'not-needed',
    en: {
      name: 'This Is Fine',
      summary:
        'An informal, non-standard code attributed to Apache setups, said to pass an error body through as if nothing went wrong.',
      detail:
        "Lists of unofficial codes describe 218 as an Apache HTTP Server code for the case where mod_proxy's ProxyErrorOverride is on: instead of replacing an upstream error with Apache's own error page, the error body is let through under a 2xx status. Be careful with that claim: Apache httpd's source and manual do not define 218, so if it shows up in your logs, some module, application or proxy set it on purpose. The name is a nod to the \"This is fine\" meme of a dog sitting calmly in a burning room. Because it is a 2xx code, browsers and HTTP clients treat the response as a success, which can hide a real upstream failure.",
      retryNote:
        'Clients count it as a success, so there is nothing to retry; if the body describes an error, look into the upstream service instead.',
      // English usage: https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes
      keywords: [
        'apache 218',
        'ProxyErrorOverride',
        'mod_proxy',
        'this is fine meme',
        'upstream error passed through',
        'unofficial',
      ],
    },
    ko: {
      name: '괜찮음',
      summary:
        'Apache 환경에서 쓴다고 알려진 비공식 코드로, 오류 본문을 아무 일 없다는 듯 그대로 내보낸다고 합니다.',
      detail:
        '비공식 코드 목록들은 218을 Apache HTTP Server의 코드로 소개합니다. mod_proxy의 ProxyErrorOverride가 켜져 있을 때 업스트림 서버의 오류를 Apache 자체 오류 페이지로 바꾸지 않고, 오류 본문을 2xx 상태로 내보내는 경우라는 설명입니다. 다만 이 설명은 조심해서 받아들여야 합니다. Apache httpd의 소스 코드와 매뉴얼에는 218이 정의되어 있지 않으므로, 로그에 이 코드가 보인다면 어떤 모듈이나 애플리케이션, 프록시가 일부러 설정한 것입니다. 이름은 불타는 방 안에서 태연하게 앉아 있는 개 그림, 이른바 "This is fine" 밈에서 따왔습니다. 2xx 코드라서 브라우저와 HTTP 클라이언트는 응답을 성공으로 처리하며, 그 때문에 실제 업스트림 장애가 가려질 수 있습니다.',
      retryNote:
        '클라이언트는 성공으로 보므로 재시도할 것은 없으며, 본문에 오류 내용이 있다면 업스트림 서비스를 살펴봐야 합니다.',
      // Korean usage: https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes (no Korean posts found; plain terms)
      keywords: [
        '아파치',
        '아파치 218',
        'ProxyErrorOverride',
        'mod_proxy',
        '아파치 오류 무시',
        '개 밈',
        '비공식 코드',
      ],
    },
  },
  {
    code: 419,
    phrase: 'Page Expired',
    status: 'non-standard',
    vendor: 'laravel',
    headers: ['Cookie', 'Set-Cookie', 'X-CSRF-TOKEN', 'X-XSRF-TOKEN'],
    spec: { title: 'Laravel documentation', url: 'https://laravel.com/docs/csrf' },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Page Expired',
      summary:
        "Laravel's non-standard answer when a form or AJAX request arrives without a valid CSRF token.",
      detail:
        '419 is not an HTTP standard code; the Laravel PHP framework uses it when its CSRF middleware (VerifyCsrfToken, called ValidateCsrfToken in newer releases) finds the token missing or not matching the one stored in the user\'s session. Laravel turns the resulting TokenMismatchException into a 419 with a "Page Expired" error page. It usually means the session behind the form has expired or the session cookie never came back, not that the user lacks permission (that would be 403). Reloading the page issues a fresh token, which is why the problem often disappears on a second try.',
      causes: [
        'The form was left open longer than the session lifetime (SESSION_LIFETIME, 120 minutes by default), so the token no longer matches.',
        'The Blade form has no @csrf field, or a JavaScript request sends neither the X-CSRF-TOKEN nor the X-XSRF-TOKEN header.',
        'The session cookie is not stored or not sent back: wrong SESSION_DOMAIN, a Secure cookie on plain HTTP, or a SameSite setting that blocks it.',
        "A cached HTML page or a CDN served an old form containing a token from someone else's session.",
        'APP_KEY or the session driver changed, invalidating every existing session.',
      ],
      clientFixes: [
        'Reload the page to get a fresh token, then submit the form again.',
        'Make sure the browser accepts cookies for the site and that no extension strips them.',
        'For API clients, fetch the page or the /sanctum/csrf-cookie endpoint first and send the XSRF-TOKEN cookie value back in the X-XSRF-TOKEN header.',
      ],
      serverFixes: [
        'Add @csrf to every Blade form and a <meta name="csrf-token"> tag that your JavaScript copies into the X-CSRF-TOKEN header.',
        'Check SESSION_DOMAIN, SESSION_SECURE_COOKIE and SameSite in config/session.php against the real domain and scheme.',
        "Exclude webhook and third-party callback routes from CSRF checks (the middleware's $except list, or validateCsrfTokens(except: [...]) in bootstrap/app.php).",
        'Do not cache full HTML pages that contain forms, and consider a longer SESSION_LIFETIME for long forms.',
      ],
      retryNote:
        'Sending the same request again fails the same way; reload the page to get a new CSRF token first.',
      // English usage: https://laravel.com/docs/csrf, https://www.amirul.id/blog/laravel-error-419-page-expired, https://www.simplefastwebsites.com/errors/http/http-419-page-expired-laravel-csrf/
      keywords: [
        'laravel 419',
        'laravel csrf',
        'csrf token mismatch',
        'TokenMismatchException',
        'VerifyCsrfToken',
        '@csrf missing',
        'laravel session expired',
        'sanctum csrf-cookie',
      ],
    },
    ko: {
      name: '페이지 만료',
      summary: '폼이나 AJAX 요청에 유효한 CSRF 토큰이 없을 때 Laravel이 보내는 비표준 응답입니다.',
      detail:
        '419는 HTTP 표준 코드가 아니며, PHP 프레임워크 Laravel이 씁니다. CSRF 미들웨어(VerifyCsrfToken, 최신 버전에서는 ValidateCsrfToken)가 토큰이 없거나 사용자 세션에 저장된 토큰과 다르다고 판단하면 TokenMismatchException이 발생하고, Laravel은 이를 "Page Expired" 오류 페이지와 함께 419로 바꿔 보냅니다. 권한이 없다는 뜻(그 경우는 403)이 아니라, 대개 폼 뒤의 세션이 만료되었거나 세션 쿠키가 서버로 돌아오지 않았다는 뜻입니다. 새로고침하면 새 토큰이 발급되므로, 두 번째 시도에서는 문제가 사라지는 경우가 많습니다.',
      causes: [
        '폼을 세션 유지 시간(SESSION_LIFETIME, 기본 120분)보다 오래 열어 두어 토큰이 더 이상 맞지 않습니다.',
        'Blade 폼에 @csrf 필드가 없거나, JavaScript 요청이 X-CSRF-TOKEN·X-XSRF-TOKEN 헤더를 보내지 않습니다.',
        '세션 쿠키가 저장되지 않거나 전송되지 않습니다. SESSION_DOMAIN이 틀렸거나, 일반 HTTP에서 Secure 쿠키를 쓰거나, SameSite 설정이 쿠키를 막는 경우입니다.',
        '캐시된 HTML 페이지나 CDN이 다른 사람 세션의 토큰이 담긴 오래된 폼을 내보냈습니다.',
        'APP_KEY나 세션 드라이버가 바뀌어 기존 세션이 모두 무효가 되었습니다.',
      ],
      clientFixes: [
        '페이지를 새로고침해 새 토큰을 받은 뒤 폼을 다시 제출합니다.',
        '브라우저가 이 사이트의 쿠키를 허용하는지, 확장 프로그램이 쿠키를 지우지 않는지 확인합니다.',
        'API 클라이언트라면 먼저 페이지나 /sanctum/csrf-cookie 엔드포인트를 호출하고, 받은 XSRF-TOKEN 쿠키 값을 X-XSRF-TOKEN 헤더에 넣어 보냅니다.',
      ],
      serverFixes: [
        '모든 Blade 폼에 @csrf를 넣고, <meta name="csrf-token"> 태그를 두어 JavaScript가 그 값을 X-CSRF-TOKEN 헤더에 담아 보내게 합니다.',
        'config/session.php의 SESSION_DOMAIN, SESSION_SECURE_COOKIE, SameSite 값이 실제 도메인과 스킴에 맞는지 확인합니다.',
        '웹훅이나 외부 서비스 콜백 경로는 CSRF 검사에서 제외합니다(미들웨어의 $except 목록 또는 bootstrap/app.php의 validateCsrfTokens(except: [...])).',
        '폼이 들어 있는 HTML 페이지는 통째로 캐시하지 말고, 작성 시간이 긴 폼이 있다면 SESSION_LIFETIME을 늘리는 것도 고려합니다.',
      ],
      retryNote:
        '같은 요청을 그대로 다시 보내면 똑같이 실패하므로, 먼저 페이지를 새로고침해 새 CSRF 토큰을 받아야 합니다.',
      // Korean usage: https://trend21c.tistory.com/1987, https://tempmail.us.com/ko/laravel-php/laravel-%EC%86%8C%EC%9D%B8-%ED%99%95%EC%9D%B8%EC%97%90%EC%84%9C-419-page-expired-%EC%88%98%EC%A0%95, https://zippy-vest-7f7.notion.site/CSRF-55e894cf96fb4aa89ad48c24b7bd6734
      keywords: [
        '라라벨',
        '라라벨 419',
        '라라벨 csrf',
        'csrf 토큰 불일치',
        '라라벨 csrf 토큰 만료',
        '라라벨 세션 만료',
        'TokenMismatchException',
        'VerifyCsrfToken',
        '@csrf 누락',
      ],
    },
  },
  {
    code: 420,
    phrase: 'Enhance Your Calm',
    status: 'non-standard',
    vendor: 'twitter',
    headers: ['Retry-After'],
    spec: {
      title: 'X (Twitter) developer documentation',
      url: 'https://developer.x.com/en/docs/basics/response-codes',
    },
    cacheable: false,
    retry: 'after-delay',
    en: {
      name: 'Enhance Your Calm',
      summary: "Twitter's old, non-standard way of saying a client was sending too many requests.",
      detail:
        'This is not an HTTP standard code. Twitter introduced it in 2010 for rate limiting in the version 1 Search and Trends APIs, and the v1.1 Streaming API also sent it to clients that connected or reconnected too often. It means exactly what 429 Too Many Requests means, and Twitter (now X) uses 429 in its current API. You will mostly meet 420 in older client libraries and in code that still handles it next to 429.',
      causes: [
        'Too many calls to the old Search or Trends API within the rate-limit window.',
        'A streaming client reconnected too quickly after disconnects, or opened several connections at once.',
        'Several scripts shared one set of API credentials and used up its quota together.',
      ],
      clientFixes: [
        'Stop sending, wait, then retry with exponential backoff and jitter; honour Retry-After when it is present.',
        'For streams, keep one long-lived connection and back off between reconnects instead of reconnecting in a loop.',
        'Handle 420 exactly like 429 in your client code, since older libraries and proxies may still return it.',
      ],
      serverFixes: [
        'If you run your own API, send the standard 429 Too Many Requests with a Retry-After header instead of 420.',
        'Document the limits and expose the remaining quota in response headers so clients can slow down before hitting them.',
      ],
      retryNote: 'Wait before trying again, using Retry-After or exponential backoff.',
      // English usage: https://developer.x.com/en/docs/basics/response-codes, https://http.dev/420, https://httpresponsestatuscodes.com/420/
      keywords: [
        'twitter 420',
        'twitter rate limit',
        'twitter streaming api',
        'twitter search api',
        'tweepy 420',
        'x api 420',
        'told to calm down',
        'calm down',
      ],
    },
    ko: {
      name: '진정하세요',
      summary: '요청을 너무 많이 보냈다는 뜻으로 Twitter가 예전에 쓰던 비표준 응답입니다.',
      detail:
        'HTTP 표준 코드가 아닙니다. Twitter는 2010년 버전 1 Search·Trends API의 요청 한도 초과를 알리려고 이 코드를 도입했고, v1.1 Streaming API도 연결이나 재연결이 너무 잦은 클라이언트에 420을 보냈습니다. 의미는 429 Too Many Requests와 똑같으며, Twitter(현재 X)의 현행 API는 429를 씁니다. 지금은 주로 오래된 클라이언트 라이브러리나 429와 함께 420을 처리하는 코드에서 볼 수 있습니다.',
      causes: [
        '요청 한도 시간 창 안에서 예전 Search·Trends API를 너무 많이 호출했습니다.',
        '스트리밍 클라이언트가 연결이 끊긴 뒤 너무 빨리 다시 연결했거나, 여러 연결을 한꺼번에 열었습니다.',
        '여러 스크립트가 같은 API 자격 증명을 함께 써서 할당량을 같이 소진했습니다.',
      ],
      clientFixes: [
        '요청을 멈추고 기다린 뒤 지터를 섞은 지수 백오프로 재시도하며, Retry-After가 있으면 그 값을 따릅니다.',
        '스트림은 오래 유지하는 연결 하나만 쓰고, 끊겼을 때 곧바로 계속 재연결하지 말고 간격을 늘려 가며 재연결합니다.',
        '오래된 라이브러리나 프록시가 아직 420을 돌려줄 수 있으니, 클라이언트 코드에서 420을 429와 똑같이 처리합니다.',
      ],
      serverFixes: [
        '직접 API를 운영한다면 420 대신 표준인 429 Too Many Requests와 Retry-After 헤더를 보냅니다.',
        '요청 한도를 문서화하고 남은 할당량을 응답 헤더로 알려, 클라이언트가 한도에 닿기 전에 속도를 줄일 수 있게 합니다.',
      ],
      retryNote: 'Retry-After나 지수 백오프에 따라 기다린 뒤 재시도합니다.',
      // Korean usage: https://devnot.tistory.com/123, https://apidog.com/kr/blog/x-twitter-429-error, https://main.diettoss.com/2025/11/api.html
      keywords: [
        '트위터',
        '트위터 420',
        '트위터 API 요청 한도',
        '트위터 스트리밍 API',
        '트위터 검색 API',
        'tweepy 420',
      ],
    },
  },
  {
    code: 420,
    phrase: 'Method Failure',
    status: 'non-standard',
    vendor: 'spring',
    headers: [],
    spec: {
      title: 'Spring Framework API',
      url: 'https://docs.spring.io/spring-framework/docs/current/javadoc-api/org/springframework/http/HttpStatus.html#METHOD_FAILURE',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Method Failure',
      summary:
        "A deprecated, non-standard constant in Spring's HttpStatus enum, left over from early WebDAV drafts.",
      detail:
        'Method Failure is not an HTTP standard code. Early drafts of the WebDAV specification used 420 for a method that failed inside a larger operation; the final WebDAV RFCs dropped it and use 424 Failed Dependency for that case. The Spring Framework kept the value as HttpStatus.METHOD_FAILURE and has long marked it deprecated. When a Spring application returns 420, it is because some code chose that constant explicitly, so the response body is the best clue to what failed.',
      causes: [
        'Application code returns HttpStatus.METHOD_FAILURE, for example from a ResponseEntity or @ResponseStatus.',
        'An old WebDAV server or client library still follows the pre-RFC draft numbering.',
        'A developer picked the constant for a generic "operation failed" case without knowing it is non-standard.',
      ],
      clientFixes: [
        'Treat 420 from a Spring service as a generic client error and read the response body for details.',
        'Check which step of a batch or multi-resource operation failed and retry only that step after fixing it.',
      ],
      serverFixes: [
        'Search the code base for METHOD_FAILURE (the compiler flags it as deprecated) and replace it.',
        'Use a registered code instead: 424 Failed Dependency for a dependent step, 409 Conflict or 422 Unprocessable Content for validation or state problems.',
        'Return a problem details body (RFC 9457) so clients can tell failures apart without unusual status codes.',
      ],
      retryNote:
        'Repeating the request unchanged fails again; fix the failing part of the operation first.',
      // English usage: https://docs.spring.io/spring-framework/docs/current/javadoc-api/org/springframework/http/HttpStatus.html#METHOD_FAILURE, https://http.dev/420
      keywords: [
        'spring 420',
        'HttpStatus.METHOD_FAILURE',
        'SC_METHOD_FAILURE',
        'spring framework',
        'webdav draft',
        'java',
      ],
    },
    ko: {
      name: '메서드 실패',
      summary:
        '초기 WebDAV 초안에서 넘어온, Spring HttpStatus 열거형의 사용 중단 권고된 비표준 상수입니다.',
      detail:
        'Method Failure는 HTTP 표준 코드가 아닙니다. WebDAV 명세의 초기 초안은 큰 작업 안에서 한 메서드가 실패한 경우에 420을 썼지만, 최종 WebDAV RFC에서는 빠졌고 그 경우에는 424 Failed Dependency를 씁니다. Spring Framework는 이 값을 HttpStatus.METHOD_FAILURE로 남겨 두고 오래전부터 사용 중단 권고로 표시해 왔습니다. Spring 애플리케이션이 420을 보냈다면 누군가 코드에서 이 상수를 일부러 골랐다는 뜻이므로, 무엇이 실패했는지는 응답 본문이 가장 좋은 단서입니다.',
      causes: [
        '애플리케이션 코드가 ResponseEntity나 @ResponseStatus 등에서 HttpStatus.METHOD_FAILURE를 반환합니다.',
        '오래된 WebDAV 서버나 클라이언트 라이브러리가 아직 RFC 이전 초안의 번호 체계를 따릅니다.',
        '개발자가 비표준인 줄 모르고 일반적인 "작업 실패" 상황에 이 상수를 골랐습니다.',
      ],
      clientFixes: [
        'Spring 서비스가 보낸 420은 일반적인 클라이언트 오류로 보고, 응답 본문에서 자세한 내용을 확인합니다.',
        '일괄 작업이나 여러 리소스에 걸친 작업이라면 어느 단계가 실패했는지 찾아 고친 뒤 그 단계만 재시도합니다.',
      ],
      serverFixes: [
        '코드베이스에서 METHOD_FAILURE를 찾아(컴파일러가 사용 중단 경고를 냅니다) 다른 코드로 바꿉니다.',
        '등록된 코드를 씁니다. 의존하는 단계가 실패했다면 424 Failed Dependency, 검증이나 상태 문제라면 409 Conflict나 422 Unprocessable Content가 맞습니다.',
        '특이한 상태 코드 없이도 클라이언트가 실패를 구분할 수 있도록 problem details 본문(RFC 9457)을 돌려줍니다.',
      ],
      retryNote:
        '요청을 그대로 다시 보내면 또 실패하므로, 먼저 작업의 실패한 부분을 고쳐야 합니다.',
      // Korean usage: https://httpstatuscodes.info/_ko/420_status_code, https://velog.io/@dev_nana/JavaSpring-HttpStatus.class-톺아보기
      keywords: [
        '스프링',
        '스프링 420',
        'HttpStatus.METHOD_FAILURE',
        'METHOD_FAILURE',
        'webdav 초안',
        '자바 HttpStatus',
      ],
    },
  },
  {
    code: 430,
    phrase: 'Shopify Security Rejection',
    formerPhrases: ['Request Header Fields Too Large'],
    status: 'non-standard',
    vendor: 'shopify',
    headers: ['Shopify-Storefront-Buyer-IP', 'Retry-After'],
    spec: {
      title: 'Shopify documentation',
      url: 'https://shopify.dev/docs/api/usage/response-codes',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Shopify Security Rejection',
      summary:
        "Shopify's non-standard refusal of a request that its bot and abuse protection considers malicious.",
      detail:
        'Shopify is the only notable user of 430, and it is not an HTTP standard code. Shopify once used it for throttling, much like 429, which is why older lists call it "Request Header Fields Too Large" (a name borrowed from an early draft; the standard code with that name is 431). Today Shopify documents 430 as a security rejection: its edge judged the traffic to be automated or abusive, often based on the IP address rather than on your API credentials. Apps that render storefronts on the server from shared cloud IP ranges run into it most often.',
      causes: [
        'Storefront pages or APIs are fetched in a pattern that looks like scraping or a bot.',
        'Server-side Storefront API calls all come from one shared cloud IP without the Shopify-Storefront-Buyer-IP header.',
        'The outgoing IP address has a poor reputation because other tenants of the same hosting range abused it.',
        'Bursts of requests far above normal shopper traffic, for example from a load test or crawler.',
      ],
      clientFixes: [
        'Slow down and spread requests out; use the official Admin or Storefront API instead of scraping HTML.',
        "When calling the Storefront API from a server, use a private access token and send the shopper's IP in Shopify-Storefront-Buyer-IP.",
        'Try from a different, dedicated outgoing IP address to see whether the rejection is tied to your current one.',
      ],
      serverFixes: [
        'Cache storefront responses in your own app so that each shopper visit does not become several calls to Shopify.',
        'Run server-side rendering from a static, dedicated egress IP rather than a large shared pool.',
        'If legitimate traffic keeps being rejected, contact Shopify support with the request IDs and timestamps.',
      ],
      retryNote:
        'Resending the same traffic from the same place tends to be rejected again; change how or where the requests are sent first.',
      // English usage: https://kelaenderkoe.pages.dev/next/python3-https-http.dev/430, https://httpstatuscodes.info/430_1_status_code
      keywords: [
        'shopify',
        'shopify 430',
        'shopify bot protection',
        'shopify blocked request',
        'storefront api',
        'shared cloud ip blocked',
      ],
    },
    ko: {
      name: 'Shopify 보안 거부',
      summary:
        'Shopify의 봇·악용 차단 장치가 악의적이라고 판단한 요청을 거절할 때 쓰는 비표준 코드입니다.',
      detail:
        '430을 쓰는 곳은 사실상 Shopify뿐이며 HTTP 표준 코드가 아닙니다. Shopify는 한때 429처럼 요청 한도 초과에 이 코드를 썼는데, 그래서 오래된 목록에는 "Request Header Fields Too Large"라는 이름으로 실려 있습니다(초기 초안에서 빌린 이름이며, 표준에서 이 이름을 가진 코드는 431입니다). 현재 Shopify는 430을 보안 거부로 설명합니다. Shopify 에지가 트래픽을 자동화되었거나 악의적이라고 판단했다는 뜻이며, 이 판단은 API 자격 증명보다 IP 주소를 기준으로 내려지는 경우가 많습니다. 공유 클라우드 IP 대역에서 스토어프런트를 서버 렌더링하는 앱이 가장 자주 겪습니다.',
      causes: [
        '스토어프런트 페이지나 API를 스크래핑이나 봇처럼 보이는 방식으로 가져옵니다.',
        '서버에서 호출하는 Storefront API 요청이 Shopify-Storefront-Buyer-IP 헤더 없이 공유 클라우드 IP 하나에서 모두 나갑니다.',
        '같은 호스팅 대역의 다른 사용자가 악용한 탓에 나가는 IP 주소의 평판이 나쁩니다.',
        '부하 테스트나 크롤러처럼 평소 쇼핑객 트래픽을 크게 넘는 요청이 한꺼번에 몰립니다.',
      ],
      clientFixes: [
        '요청 속도를 줄이고 간격을 두며, HTML을 긁어 오지 말고 공식 Admin·Storefront API를 씁니다.',
        '서버에서 Storefront API를 호출할 때는 비공개 액세스 토큰을 쓰고 쇼핑객 IP를 Shopify-Storefront-Buyer-IP 헤더에 담아 보냅니다.',
        '다른 전용 송신 IP 주소에서 요청해 보고, 거부가 지금 쓰는 IP 주소 때문인지 확인합니다.',
      ],
      serverFixes: [
        '쇼핑객 방문 한 번이 Shopify 호출 여러 번으로 이어지지 않도록 앱 쪽에서 스토어프런트 응답을 캐시합니다.',
        '서버 렌더링은 큰 공유 IP 풀 대신 고정된 전용 송신 IP에서 실행합니다.',
        '정상 트래픽이 계속 거부된다면 요청 ID와 발생 시각을 정리해 Shopify 지원팀에 문의합니다.',
      ],
      retryNote:
        '같은 곳에서 같은 트래픽을 다시 보내면 또 거부되기 쉬우므로, 요청 방식이나 출발지를 먼저 바꿔야 합니다.',
      // Korean usage: https://httpstatuscodes.info/430_1_status_code (no Korean posts found; Shopify written as 쇼피파이 by Korean sellers)
      keywords: [
        '쇼피파이',
        '쇼피파이 430',
        '쇼피파이 봇 차단',
        '쇼피파이 요청 차단',
        '쇼피파이 보안 차단',
        'storefront api',
      ],
    },
  },
  {
    code: 440,
    phrase: 'Login Time-out',
    status: 'non-standard',
    vendor: 'iis',
    headers: ['Set-Cookie'],
    spec: {
      title: 'Wikipedia: List of HTTP status codes',
      url: 'https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Internet_Information_Services',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Login Time-out',
      summary:
        "A Microsoft IIS and Exchange code, not in the HTTP standard, meaning the client's login session has expired.",
      detail:
        "440 is not an HTTP standard code; it comes from Microsoft's IIS-based products, most visibly Exchange's Outlook Web App (OWA) with forms-based authentication. When the session cookie issued at sign-in has timed out or is no longer accepted, the server answers 440 and the user has to sign in again. Unlike 401, it does not carry a WWW-Authenticate challenge; the client is simply expected to go back to the login form. Scripts that call Exchange Web Services or WebDAV through a forms-based login endpoint also run into it.",
      causes: [
        'The OWA or web application session was idle longer than its forms-authentication timeout.',
        'A load balancer sent the request to a server that does not recognise the session cookie.',
        'A script reused an old session cookie, or called a forms-based login URL without signing in first.',
      ],
      clientFixes: [
        "Sign in again; if that loops, clear the site's cookies and retry.",
        'For scripts, use an authentication method the endpoint supports directly (OAuth, Basic over TLS, or Windows authentication) instead of forms-based login.',
      ],
      serverFixes: [
        'Review the forms-based authentication timeouts in IIS or Exchange and set them to fit how long users stay idle.',
        'Keep session affinity on the load balancer, or make every server able to validate the same session cookies.',
        'Check the clocks of the servers involved, since skew can make fresh cookies look expired.',
      ],
      retryNote: 'Sign in again to get a new session before repeating the request.',
      // English usage: https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx, https://mskb.pkisolutions.com/kb/941201
      keywords: [
        'iis',
        'exchange',
        'owa',
        'outlook web app',
        '440 login timeout',
        'owa session expired',
        'forms-based authentication',
      ],
    },
    ko: {
      name: '로그인 시간 초과',
      summary:
        '클라이언트의 로그인 세션이 만료되었다는 뜻으로 Microsoft IIS와 Exchange가 쓰는 비표준 코드입니다.',
      detail:
        '440은 HTTP 표준 코드가 아니며, IIS 기반 Microsoft 제품, 특히 폼 기반 인증을 쓰는 Exchange의 Outlook Web App(OWA)에서 볼 수 있습니다. 로그인 때 받은 세션 쿠키가 만료되었거나 더 이상 인정되지 않으면 서버가 440으로 응답하고, 사용자는 다시 로그인해야 합니다. 401과 달리 WWW-Authenticate 챌린지를 보내지 않으며, 클라이언트는 그냥 로그인 폼으로 돌아가면 됩니다. 폼 기반 로그인 엔드포인트를 거쳐 Exchange Web Services나 WebDAV를 호출하는 스크립트에서도 자주 만납니다.',
      causes: [
        'OWA나 웹 애플리케이션 세션이 폼 인증 제한 시간보다 오래 사용되지 않았습니다.',
        '로드 밸런서가 요청을 세션 쿠키를 모르는 다른 서버로 보냈습니다.',
        '스크립트가 오래된 세션 쿠키를 다시 썼거나, 로그인하지 않은 채 폼 기반 로그인 URL을 호출했습니다.',
      ],
      clientFixes: [
        '다시 로그인합니다. 로그인 화면이 되풀이된다면 사이트 쿠키를 지우고 재시도합니다.',
        '스크립트라면 폼 기반 로그인 대신 엔드포인트가 직접 지원하는 인증 방식(OAuth, TLS 위의 Basic, Windows 인증)을 씁니다.',
      ],
      serverFixes: [
        'IIS나 Exchange의 폼 기반 인증 제한 시간을 검토해 사용자가 자리를 비우는 시간에 맞게 설정합니다.',
        '로드 밸런서에서 고정 세션(session affinity)을 유지하거나, 모든 서버가 같은 세션 쿠키를 검증할 수 있게 합니다.',
        '관련 서버들의 시계를 확인합니다. 시계가 어긋나면 새 쿠키도 만료된 것처럼 보일 수 있습니다.',
      ],
      retryNote: '요청을 다시 보내기 전에 먼저 다시 로그인해 새 세션을 받아야 합니다.',
      // Korean usage: https://archmond.net/archives/8356, https://blog.happygom.com/?p=4024
      keywords: [
        'iis',
        '익스체인지',
        'owa',
        '아웃룩 웹',
        'OWA 세션 만료',
        'OWA 자동 로그아웃',
        '폼 기반 인증',
      ],
    },
  },
  {
    code: 444,
    phrase: 'No Response',
    status: 'non-standard',
    vendor: 'nginx',
    headers: [],
    spec: {
      title: 'nginx documentation',
      url: 'https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'No Response',
      summary:
        'An nginx-only code, not part of the HTTP standard, that closes the connection without sending any response.',
      detail:
        'nginx treats `return 444;` as an instruction to drop the connection immediately, without a status line, headers or body. The number never reaches the client; it only appears in nginx\'s access log, so the client sees an empty reply (curl reports "Empty reply from server", Chrome shows ERR_EMPTY_RESPONSE). Administrators use it to shut out unwanted traffic cheaply: requests for unknown Host names hitting the default server, vulnerability scanners, or blocked user agents. If you expected a real page, a rule in the nginx configuration matched your request.',
      causes: [
        "The request's Host header or SNI name matched no server block, and the default server is set to `return 444;`.",
        'An `if` or map rule blocks the user agent, referrer, country or path the request used.',
        'A request limiting or anti-bot rule decided to drop the connection instead of answering.',
      ],
      clientFixes: [
        "Check that you are using the site's real hostname, not a raw IP address or an old domain.",
        'Send a normal User-Agent and the headers a browser would, since some configurations drop empty or tool-like ones.',
        'If you believe you were blocked by mistake, contact the site operator with the time and your IP address.',
      ],
      serverFixes: [
        'Search the configuration for `return 444` (nginx -T prints the full merged configuration) and see which rule matched.',
        'Make sure every legitimate hostname is listed in a server_name so it does not fall through to a catch-all default server.',
        'Log the matching condition (for example with a separate access_log) so dropped requests can be traced later.',
      ],
      retryNote:
        'The same request will be dropped again; only a changed hostname, header or path can get a different result.',
      // English usage: https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return, https://takagi.blog/nginx-http-status-code-444/, https://futia.io/en/blog/nginx-444-status-code-ile-bot-saldirilarini-kesmek-config-ornekleri
      keywords: [
        'nginx 444',
        'return 444',
        'nginx drop connection',
        'empty reply from server',
        'ERR_EMPTY_RESPONSE',
        'nginx block bots',
        'close connection without response',
      ],
    },
    ko: {
      name: '응답 없음',
      summary: '아무 응답도 보내지 않고 연결을 닫는 nginx 전용 비표준 코드입니다.',
      detail:
        'nginx는 `return 444;`를 상태 줄, 헤더, 본문 없이 즉시 연결을 끊으라는 지시로 처리합니다. 이 번호는 클라이언트에 전달되지 않고 nginx 액세스 로그에만 남기 때문에, 클라이언트에서는 빈 응답으로 보입니다(curl은 "Empty reply from server", Chrome은 ERR_EMPTY_RESPONSE). 관리자들은 기본 서버로 들어온 알 수 없는 Host 요청, 취약점 스캐너, 차단할 User-Agent 같은 원치 않는 트래픽을 적은 비용으로 끊으려고 이 코드를 씁니다. 원래 페이지를 기대했는데 이 상황을 만났다면 nginx 설정의 어떤 규칙이 요청에 걸린 것입니다.',
      causes: [
        '요청의 Host 헤더나 SNI 이름이 어떤 server 블록과도 맞지 않았고, 기본 서버가 `return 444;`로 설정되어 있습니다.',
        'if 지시어나 map 규칙이 요청의 User-Agent, Referer, 국가, 경로를 차단합니다.',
        '요청 한도나 봇 차단 규칙이 응답하는 대신 연결을 끊기로 했습니다.',
      ],
      clientFixes: [
        'IP 주소나 예전 도메인이 아니라 사이트의 실제 호스트 이름으로 접속했는지 확인합니다.',
        '일부 설정은 User-Agent가 비어 있거나 도구처럼 보이는 요청을 끊으므로, 일반적인 User-Agent와 브라우저가 보내는 헤더를 함께 보냅니다.',
        '잘못 차단되었다고 생각되면 발생 시각과 본인 IP 주소를 알려 사이트 운영자에게 문의합니다.',
      ],
      serverFixes: [
        '설정에서 `return 444`를 찾아(nginx -T로 합쳐진 전체 설정을 볼 수 있습니다) 어느 규칙이 걸렸는지 확인합니다.',
        '정상적인 호스트 이름이 모두 server_name에 들어 있어 기본 서버로 떨어지지 않는지 확인합니다.',
        '나중에 추적할 수 있도록, 연결을 끊은 조건을 별도 access_log 등으로 기록합니다.',
      ],
      retryNote:
        '같은 요청은 다시 끊기므로, 호스트 이름이나 헤더, 경로를 바꿔야만 다른 결과를 얻을 수 있습니다.',
      // Korean usage: https://httpstatuscodes.info/_ko/444_status_code, https://devspoon.tistory.com/258
      keywords: [
        '엔진엑스',
        'nginx 444',
        'return 444',
        'nginx 연결 끊기',
        'nginx 봇 차단',
        'nginx 응답 없이 연결 종료',
        'ERR_EMPTY_RESPONSE',
      ],
    },
  },
  {
    code: 449,
    phrase: 'Retry With',
    status: 'non-standard',
    vendor: 'iis',
    headers: ['Ms-Echo-Request', 'Ms-Echo-Reply'],
    spec: {
      title: 'Microsoft Learn: [MS-WDV]',
      section: '2.2.6',
      url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Retry With',
      summary:
        'A Microsoft extension code, outside the HTTP standard, asking the client to repeat the request with extra information.',
      detail:
        "449 comes from Microsoft's WebDAV extensions ([MS-WDV]) and is used by IIS and Windows components; it is not part of the HTTP standard. The server sends it with an Ms-Echo-Request header when it needs more from the client before it can act; a client that supports the extension processes the body silently and repeats the request with an Ms-Echo-Reply header. Clients that do not know 449 should treat it as a generic 4xx error. Windows HTTP APIs expose it as HTTP_STATUS_RETRY_WITH.",
      causes: [
        'A Microsoft WebDAV server needs the client to confirm or supply information before completing the request.',
        'The client repeated a request without the Ms-Echo-Reply header that the previous 449 asked for.',
        'A non-Windows WebDAV client talks to a server that uses this Microsoft-only extension.',
      ],
      clientFixes: [
        'Repeat the request, copying the value from the Ms-Echo-Request response header into an Ms-Echo-Reply request header.',
        'Use a WebDAV client that implements the [MS-WDV] extensions, such as the built-in Windows WebDAV client (the WebClient service), when talking to IIS or SharePoint.',
      ],
      serverFixes: [
        'Send 449 only to clients known to support the extension, and always include the Ms-Echo-Request header.',
        'Never answer a request that already carries Ms-Echo-Reply with another 449, or clients will loop.',
      ],
      retryNote:
        'Repeat the request only after adding the Ms-Echo-Reply header the server asked for.',
      // English usage: https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100, https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Internet_Information_Services
      keywords: [
        'microsoft',
        'iis 449',
        'webdav',
        'Ms-Echo-Request',
        'HTTP_STATUS_RETRY_WITH',
        'winhttp',
        'sharepoint',
      ],
    },
    ko: {
      name: '추가 정보로 재시도',
      summary: '추가 정보를 담아 요청을 다시 보내라는 Microsoft의 비표준 확장 코드입니다.',
      detail:
        '449는 Microsoft의 WebDAV 확장 명세([MS-WDV])에서 나온 코드로 IIS와 Windows 구성 요소가 쓰며, HTTP 표준에는 없습니다. 서버는 요청을 처리하기 전에 클라이언트에게서 더 받을 것이 있을 때 Ms-Echo-Request 헤더와 함께 449를 보냅니다. 이 확장을 지원하는 클라이언트는 본문을 사용자에게 보여 주지 않고 처리한 뒤, Ms-Echo-Reply 헤더를 붙여 요청을 다시 보냅니다. 449를 모르는 클라이언트는 일반적인 4xx 오류로 다루면 됩니다. Windows HTTP API에서는 HTTP_STATUS_RETRY_WITH라는 이름으로 노출됩니다.',
      causes: [
        'Microsoft WebDAV 서버가 요청을 마치기 전에 클라이언트에게 확인이나 추가 정보를 요구합니다.',
        '앞선 449가 요구한 Ms-Echo-Reply 헤더 없이 요청을 다시 보냈습니다.',
        'Windows가 아닌 WebDAV 클라이언트가 이 Microsoft 전용 확장을 쓰는 서버와 통신합니다.',
      ],
      clientFixes: [
        '응답의 Ms-Echo-Request 헤더 값을 요청의 Ms-Echo-Reply 헤더에 담아 다시 보냅니다.',
        'IIS나 SharePoint와 통신할 때는 Windows 기본 WebDAV 클라이언트(WebClient 서비스)처럼 [MS-WDV] 확장을 구현한 클라이언트를 씁니다.',
      ],
      serverFixes: [
        '확장을 지원한다고 알려진 클라이언트에만 449를 보내고, 항상 Ms-Echo-Request 헤더를 함께 넣습니다.',
        '이미 Ms-Echo-Reply가 있는 요청에는 다시 449로 응답하지 않습니다. 그러면 클라이언트가 끝없이 반복합니다.',
      ],
      retryNote: '서버가 요구한 Ms-Echo-Reply 헤더를 추가한 뒤에만 요청을 다시 보냅니다.',
      // Korean usage: https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Internet_Information_Services (no Korean posts found; product names as Korean docs write them)
      keywords: [
        '마이크로소프트',
        'iis 449',
        'webdav',
        'Ms-Echo-Request',
        'HTTP_STATUS_RETRY_WITH',
        'winhttp',
        '셰어포인트',
      ],
    },
  },
  {
    code: 451,
    phrase: 'Redirect',
    status: 'non-standard',
    vendor: 'iis',
    headers: ['X-MS-Location'],
    spec: {
      title: 'Microsoft Learn: [MS-ASHTTP]',
      section: '3.1.5.2.2',
      url: 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/a907164a-907c-48b4-b2ef-44a06867f03f',
    },
    cacheable: false,
    retry: 'follow',
    en: {
      name: 'Redirect',
      summary:
        'A non-standard Microsoft Exchange ActiveSync code, unrelated to the standard 451, telling a mobile device to use a different mail server.',
      detail:
        "In Microsoft's Exchange ActiveSync protocol ([MS-ASHTTP]), 451 Redirect means the device reached a server that cannot serve the user's mailbox, or that a better server exists. The response usually carries an X-MS-Location header with the URL to use from now on; without it, the device runs Autodiscover again. This has nothing to do with the registered 451 Unavailable For Legal Reasons (RFC 7725), which browsers and general HTTP clients will assume instead. You normally meet the Exchange meaning only in ActiveSync logs and mobile mail clients.",
      causes: [
        "The user's mailbox was moved to another server, site or to Exchange Online.",
        'The device is configured with an old or internal ActiveSync URL.',
        'The organisation has several Exchange sites and the device connected to one that does not hold the mailbox.',
      ],
      clientFixes: [
        'Send later requests to the URL in the X-MS-Location header.',
        'If no header is present, run Autodiscover again or re-add the account so the device picks up the current server.',
      ],
      serverFixes: [
        'Set the ExternalUrl of the Microsoft-Server-ActiveSync virtual directory correctly on each site.',
        'Make sure Autodiscover returns the current ActiveSync endpoint after mailbox moves or migrations.',
        'Check that X-MS-Location is included in the 451 response so devices can switch without a full rediscovery.',
      ],
      retryNote:
        'Repeat the request at the URL given in X-MS-Location, or at the server Autodiscover returns.',
      // English usage: https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/a907164a-907c-48b4-b2ef-44a06867f03f, https://nodejs2025.netlify.app/host-http-msdn.microsoft.com/en-us/library/gg651019
      keywords: [
        'exchange activesync',
        'activesync 451',
        'X-MS-Location',
        'Microsoft-Server-ActiveSync',
        'autodiscover',
        'mailbox moved',
        'eas',
      ],
    },
    ko: {
      name: 'Exchange 리다이렉션',
      summary:
        '모바일 기기에 다른 메일 서버를 쓰라고 알리는 Microsoft Exchange ActiveSync의 비표준 코드로, 표준 451과는 다릅니다.',
      detail:
        'Microsoft Exchange ActiveSync 프로토콜([MS-ASHTTP])에서 451 Redirect는 기기가 사용자의 사서함을 처리할 수 없는 서버에 접속했거나 더 알맞은 서버가 있다는 뜻입니다. 응답에는 보통 앞으로 쓸 URL을 담은 X-MS-Location 헤더가 들어 있고, 이 헤더가 없으면 기기가 Autodiscover를 다시 실행합니다. IANA에 등록된 451 Unavailable For Legal Reasons(RFC 7725)와는 전혀 관계가 없으며, 브라우저와 일반 HTTP 클라이언트는 451을 그 표준 의미로 받아들입니다. Exchange의 의미는 주로 ActiveSync 로그와 모바일 메일 앱에서만 만납니다.',
      causes: [
        '사용자의 사서함이 다른 서버나 사이트, 또는 Exchange Online으로 옮겨졌습니다.',
        '기기에 예전 ActiveSync URL이나 내부용 URL이 설정되어 있습니다.',
        '조직에 Exchange 사이트가 여러 개 있고, 기기가 사서함이 없는 사이트에 접속했습니다.',
      ],
      clientFixes: [
        '이후 요청은 X-MS-Location 헤더에 있는 URL로 보냅니다.',
        '헤더가 없으면 Autodiscover를 다시 실행하거나 계정을 다시 추가해 기기가 현재 서버를 알아내게 합니다.',
      ],
      serverFixes: [
        '사이트마다 Microsoft-Server-ActiveSync 가상 디렉터리의 ExternalUrl을 올바르게 설정합니다.',
        '사서함 이동이나 마이그레이션 뒤에도 Autodiscover가 현재 ActiveSync 엔드포인트를 돌려주는지 확인합니다.',
        '기기가 Autodiscover를 처음부터 다시 하지 않고도 서버를 바꿀 수 있도록, 451 응답에 X-MS-Location이 들어가는지 확인합니다.',
      ],
      retryNote: 'X-MS-Location에 적힌 URL이나 Autodiscover가 알려 준 서버로 요청을 다시 보냅니다.',
      // Korean usage: http://technet.microsoft.com/ko-kr/library/bb124307(v=EXCHG.65).aspx, https://technet.microsoft.com/ko-kr/library/ff597981(v=exchg.80).aspx, http://kernel64.tistory.com/entry/Exchange-2010%EC%9C%BC%EB%A1%9C%EC%9D%98-%EC%82%AC%EC%84%9C%ED%95%A8-%EC%9D%B4%EB%8F%99-%EC%8B%9C-%ED%81%B4%EB%9D%BC%EC%9D%B4%EC%96%B8%ED%8A%B8-%EC%98%81%ED%96%A5
      keywords: [
        '익스체인지 액티브싱크',
        '액티브싱크 451',
        'X-MS-Location',
        '자동 검색',
        '사서함 이동',
        'eas',
      ],
    },
  },
  {
    code: 460,
    phrase: 'Client Closed Connection',
    status: 'non-standard',
    vendor: 'aws-elb',
    headers: [],
    spec: {
      title: 'AWS documentation',
      url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-460-issues',
    },
    cacheable: false,
    retry: 'idempotent-only',
    en: {
      name: 'Client Closed Connection',
      summary:
        'An AWS Application Load Balancer log code, not in the HTTP standard, for a client that hung up before the response arrived.',
      detail:
        "AWS Elastic Load Balancing records 460 in its access logs when a client closes its connection to an Application Load Balancer before the load balancer's idle timeout has passed, while the request is still in progress. Nobody receives this code, because the client has already gone; it only shows up in logs and in the HTTPCode_ELB_4XX_Count metric. It is the load balancer's counterpart of nginx's 499. The usual story is a client timeout that is shorter than the time the target needs to respond.",
      causes: [
        "The client's own timeout (browser, SDK, mobile app or upstream proxy) is shorter than the target's response time.",
        'The user cancelled the request, closed the tab or navigated away.',
        'A slow target kept the request open until the caller gave up.',
      ],
      clientFixes: [
        'Raise the client timeout so it is at least as long as the load balancer idle timeout (60 seconds by default), if the client allows it.',
        'For long operations, switch to an asynchronous pattern: start a job, then poll for its result.',
      ],
      serverFixes: [
        'Find the slow targets with the target_processing_time field in the access logs and make them answer faster.',
        'Align timeouts along the chain so each hop waits a little longer than the one behind it.',
        'Treat a spike of 460s as a latency alarm for the targets rather than as a client bug.',
      ],
      retryNote:
        'Retrying is safe for idempotent requests; for POST, check whether the target already completed the work.',
      // English usage: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html
      keywords: [
        'aws alb',
        'elb',
        'alb 460',
        'alb client closed connection',
        'alb idle timeout',
        'alb access log',
      ],
    },
    ko: {
      name: '클라이언트가 연결을 닫음',
      summary:
        '응답이 오기 전에 클라이언트가 연결을 끊었음을 뜻하는, AWS Application Load Balancer의 비표준 로그 코드입니다.',
      detail:
        'AWS Elastic Load Balancing은 요청이 처리되는 도중, 로드 밸런서의 유휴 제한 시간이 지나기 전에 클라이언트가 Application Load Balancer와의 연결을 닫으면 액세스 로그에 460을 남깁니다. 클라이언트는 이미 떠났으므로 이 코드를 받는 쪽은 없으며, 로그와 HTTPCode_ELB_4XX_Count 지표에만 나타납니다. nginx의 499에 해당하는 로드 밸런서 쪽 코드라고 보면 됩니다. 대부분 클라이언트의 제한 시간이 대상(타깃)의 응답 시간보다 짧은 경우입니다.',
      causes: [
        '브라우저, SDK, 모바일 앱, 앞단 프록시 같은 클라이언트 자체의 제한 시간이 대상의 응답 시간보다 짧습니다.',
        '사용자가 요청을 취소했거나 탭을 닫거나 다른 페이지로 이동했습니다.',
        '느린 대상이 요청을 오래 붙잡고 있어서, 호출한 쪽이 기다리다 포기했습니다.',
      ],
      clientFixes: [
        '클라이언트 설정이 허용한다면 제한 시간을 로드 밸런서 유휴 제한 시간(기본 60초) 이상으로 늘립니다.',
        '오래 걸리는 작업은 작업을 시작한 뒤 결과를 폴링하는 비동기 방식으로 바꿉니다.',
      ],
      serverFixes: [
        '액세스 로그의 target_processing_time 필드로 느린 대상을 찾아 응답 속도를 개선합니다.',
        '구간마다 뒤쪽 구간보다 조금 더 오래 기다리도록 전체 경로의 제한 시간을 맞춥니다.',
        '460이 갑자기 늘면 클라이언트 버그라기보다 대상이 느려졌다는 경보로 받아들입니다.',
      ],
      retryNote:
        '멱등 요청은 재시도해도 안전하지만, POST라면 대상이 이미 작업을 끝냈는지 먼저 확인해야 합니다.',
      // Korean usage: https://docs.aws.amazon.com/ko_kr/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html, https://docs.aws.amazon.com/ko_kr/elasticloadbalancing/latest/application/load-balancer-access-logs.html, https://ls-altr.tistory.com/m/148
      keywords: [
        'aws alb',
        'elb',
        'ALB 460',
        'ALB 클라이언트 연결 종료',
        'ALB 유휴 제한 시간',
        'ALB 액세스 로그',
      ],
    },
  },
  {
    code: 463,
    phrase: 'Too Many X-Forwarded-For Addresses',
    status: 'non-standard',
    vendor: 'aws-elb',
    headers: ['X-Forwarded-For'],
    spec: {
      title: 'AWS documentation',
      url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-463-issues',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Too Many X-Forwarded-For Addresses',
      summary:
        'An AWS load balancer code, outside the HTTP standard, for a request whose X-Forwarded-For header lists more than 30 IP addresses.',
      detail:
        'An AWS Application Load Balancer rejects a request with 463 when the incoming X-Forwarded-For header already contains more than 30 IP addresses. The code is specific to AWS Elastic Load Balancing and is not part of the HTTP standard. Each proxy normally appends one address, so such a long list points to a forwarding loop or to a client that forges the header. The request never reaches your targets.',
      causes: [
        'A forwarding loop: two proxies or CDNs send the request back and forth, each adding an address.',
        'A long chain of proxies, each appending to X-Forwarded-For.',
        'A client or test tool sends a made-up X-Forwarded-For header with many entries.',
      ],
      clientFixes: [
        'Do not send your own X-Forwarded-For header unless you are a proxy that needs to.',
        'If you run a proxy in front of the service, check that it replaces or trims the header instead of blindly appending.',
      ],
      serverFixes: [
        'Look for routing loops between your CDN, proxies and the load balancer (for example an origin that points back at the CDN).',
        'Trim or overwrite X-Forwarded-For at the outermost trusted proxy before it reaches the load balancer.',
        'Review the load balancer attribute routing.http.xff_header_processing.mode (append, preserve or remove) for how the header is handled downstream.',
      ],
      retryNote:
        'The same header is rejected again; shorten or fix X-Forwarded-For before retrying.',
      // English usage: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html
      keywords: [
        'aws alb',
        'elb',
        'alb 463',
        'X-Forwarded-For',
        'xff',
        'xff over 30 addresses',
        'proxy loop',
      ],
    },
    ko: {
      name: 'X-Forwarded-For 주소가 너무 많음',
      summary:
        'X-Forwarded-For 헤더에 IP 주소가 30개를 넘게 들어 있는 요청에 AWS 로드 밸런서가 보내는 비표준 코드입니다.',
      detail:
        'AWS Application Load Balancer는 들어온 X-Forwarded-For 헤더에 IP 주소가 이미 30개를 넘게 들어 있으면 요청을 463으로 거부합니다. AWS Elastic Load Balancing 전용 코드이며 HTTP 표준에는 없습니다. 프록시는 보통 주소를 하나씩 덧붙이므로, 목록이 이렇게 길다면 전달 루프가 생겼거나 클라이언트가 헤더를 꾸며 보낸 것입니다. 이 요청은 대상까지 가지 않습니다.',
      causes: [
        '두 프록시나 CDN이 요청을 서로 주고받으며 주소를 하나씩 덧붙이는 전달 루프가 생겼습니다.',
        '여러 단계의 프록시를 거치며 각 프록시가 X-Forwarded-For에 주소를 덧붙였습니다.',
        '클라이언트나 테스트 도구가 항목이 많은 가짜 X-Forwarded-For 헤더를 보냅니다.',
      ],
      clientFixes: [
        '프록시 역할을 하는 경우가 아니라면 X-Forwarded-For 헤더를 직접 보내지 않습니다.',
        '서비스 앞에서 프록시를 운영한다면, 그 프록시가 헤더에 무조건 덧붙이지 않고 교체하거나 잘라 내는지 확인합니다.',
      ],
      serverFixes: [
        'CDN, 프록시, 로드 밸런서 사이에 라우팅 루프가 없는지 확인합니다(예: 원 서버 주소가 다시 CDN을 가리키는 경우).',
        '로드 밸런서에 닿기 전, 신뢰하는 가장 바깥 프록시에서 X-Forwarded-For를 잘라 내거나 덮어씁니다.',
        '로드 밸런서 속성 routing.http.xff_header_processing.mode(append, preserve, remove)로 이후 헤더 처리 방식을 점검합니다.',
      ],
      retryNote: '같은 헤더로는 다시 거부되므로, X-Forwarded-For를 줄이거나 고친 뒤 재시도합니다.',
      // Korean usage: https://docs.aws.amazon.com/ko_kr/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html, https://ls-altr.tistory.com/m/148
      keywords: [
        'aws alb',
        'elb',
        'ALB 463',
        'X-Forwarded-For',
        'xff',
        'XFF IP 30개 초과',
        '프록시 루프',
      ],
    },
  },
  {
    code: 464,
    phrase: 'Incompatible Protocol',
    status: 'non-standard',
    vendor: 'aws-elb',
    headers: [],
    spec: {
      title: 'AWS documentation',
      url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-464-issues',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Incompatible Protocol',
      summary:
        "An AWS load balancer code, not in the HTTP standard, for a request whose protocol does not match the target group's protocol version.",
      detail:
        "AWS Application Load Balancers send 464 when the protocol of an incoming request cannot be forwarded with the target group's protocol version (HTTP/1.1, HTTP/2 or gRPC). Typical cases are an HTTP/1.1 request arriving for a gRPC or HTTP/2 target group, a gRPC call routed to an HTTP/1.1 target group, or a non-POST HTTP/2 request sent to a gRPC target group. The code belongs to AWS Elastic Load Balancing and is not part of the HTTP standard. It is a configuration mismatch, so the request never reaches a target.",
      causes: [
        'A plain HTTP/1.1 client (a browser, curl without HTTP/2, a health probe) hits a listener rule that forwards to a gRPC or HTTP/2 target group.',
        'A gRPC client is routed to a target group whose protocol version is HTTP/1.1.',
        'A GET or other non-POST request is sent to a gRPC target group, which accepts only POST.',
      ],
      clientFixes: [
        'Use the protocol the service expects: a gRPC client for gRPC endpoints, and HTTP/2 over TLS where HTTP/2 is required.',
        'Check that you are calling the right hostname and path, since another listener rule may serve plain HTTP.',
      ],
      serverFixes: [
        'Check the protocol version of each target group and the listener rules that forward to it.',
        'Route gRPC traffic (for example by path or content-type) to a gRPC target group and everything else to an HTTP/1.1 one.',
        'Remember that gRPC and HTTP/2 target groups need an HTTPS listener in front.',
      ],
      retryNote:
        'The same request fails again until the client protocol or the target group setting is changed.',
      // English usage: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html
      keywords: [
        'aws alb',
        'elb',
        'alb 464',
        'alb grpc',
        'alb http2',
        'target group protocol version',
      ],
    },
    ko: {
      name: '호환되지 않는 프로토콜',
      summary:
        '요청의 프로토콜이 대상 그룹의 프로토콜 버전과 맞지 않을 때 AWS 로드 밸런서가 보내는 비표준 코드입니다.',
      detail:
        'AWS Application Load Balancer는 들어온 요청의 프로토콜을 대상 그룹의 프로토콜 버전(HTTP/1.1, HTTP/2, gRPC)으로 전달할 수 없을 때 464를 보냅니다. 대표적으로 gRPC나 HTTP/2 대상 그룹에 HTTP/1.1 요청이 들어온 경우, gRPC 호출이 HTTP/1.1 대상 그룹으로 라우팅된 경우, POST가 아닌 HTTP/2 요청이 gRPC 대상 그룹으로 간 경우입니다. AWS Elastic Load Balancing의 코드이며 HTTP 표준에는 없습니다. 설정 불일치 문제이므로 요청은 대상까지 가지 않습니다.',
      causes: [
        '브라우저, HTTP/2를 쓰지 않는 curl, 헬스 체크 프로브 같은 HTTP/1.1 클라이언트가 gRPC나 HTTP/2 대상 그룹으로 전달하는 리스너 규칙에 걸렸습니다.',
        'gRPC 클라이언트가 프로토콜 버전이 HTTP/1.1인 대상 그룹으로 라우팅되었습니다.',
        'POST만 받는 gRPC 대상 그룹에 GET 같은, POST가 아닌 요청이 들어갔습니다.',
      ],
      clientFixes: [
        '서비스가 기대하는 프로토콜을 씁니다. gRPC 엔드포인트에는 gRPC 클라이언트를, HTTP/2가 필요한 곳에는 TLS 위의 HTTP/2를 씁니다.',
        '다른 리스너 규칙이 일반 HTTP를 처리할 수도 있으니 호스트 이름과 경로가 맞는지 확인합니다.',
      ],
      serverFixes: [
        '대상 그룹마다 프로토콜 버전을 확인하고, 그 그룹으로 전달하는 리스너 규칙도 함께 점검합니다.',
        '경로나 content-type 등으로 gRPC 트래픽은 gRPC 대상 그룹으로, 나머지는 HTTP/1.1 대상 그룹으로 나눠 보냅니다.',
        'gRPC와 HTTP/2 대상 그룹 앞에는 HTTPS 리스너가 있어야 한다는 점을 기억합니다.',
      ],
      retryNote:
        '클라이언트 프로토콜이나 대상 그룹 설정을 바꾸기 전까지는 같은 요청이 계속 실패합니다.',
      // Korean usage: https://docs.aws.amazon.com/ko_kr/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html, https://ls-altr.tistory.com/m/148
      keywords: [
        'aws alb',
        'elb',
        'ALB 464',
        'ALB grpc',
        'ALB http2',
        '대상 그룹 프로토콜 버전',
        '프로토콜 버전 불일치',
      ],
    },
  },
  {
    code: 494,
    phrase: 'Request Header Too Large',
    status: 'non-standard',
    vendor: 'nginx',
    headers: ['Cookie'],
    spec: {
      title: 'nginx source code (ngx_http_request.h)',
      url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Request Header Too Large',
      summary:
        "nginx's internal, non-standard code for a request line or header that does not fit its header buffers.",
      detail:
        'nginx uses 494 internally when the request line or a header field is larger than the buffers set by large_client_header_buffers (by default 4 buffers of 8 KB). On the wire the client receives 400 Bad Request with a page titled "Request Header Or Cookie Too Large"; the 494 number exists so that you can catch this case separately with error_page. The standard code for the same problem is 431 Request Header Fields Too Large, which nginx does not send here. Oversized cookies are by far the most common trigger.',
      causes: [
        'Cookies have piled up for the domain (analytics, A/B testing, session data stored in cookies).',
        'A very large Authorization header, such as a JWT carrying many claims or group memberships.',
        'A very long URL or Referer header, for example with huge query strings.',
      ],
      clientFixes: [
        'Clear the cookies for the site (and its parent domain), then reload.',
        'Send smaller tokens, or move large data from headers and query strings into the request body.',
      ],
      serverFixes: [
        'Raise large_client_header_buffers, for example `large_client_header_buffers 4 32k;`, in the http or server block.',
        'Stop storing large data in cookies, and scope cookies to the paths and subdomains that need them.',
        'Use `error_page 494 ...` to show a page that tells users to clear cookies.',
      ],
      retryNote: 'Resending the same oversized headers fails again; shrink them first.',
      // English usage: https://nginx.org/en/docs/http/ngx_http_core_module.html#large_client_header_buffers, http://www.kouhan.cn/en/article/00028403
      keywords: [
        'nginx',
        'nginx 494',
        'request header or cookie too large',
        'large_client_header_buffers',
        'client_header_buffer_size',
        'nginx cookie too large',
      ],
    },
    ko: {
      name: '요청 헤더나 쿠키가 너무 큼',
      summary:
        '요청 줄이나 헤더가 헤더 버퍼에 다 들어가지 않을 때 nginx가 내부적으로 쓰는 비표준 코드입니다.',
      detail:
        'nginx는 요청 줄이나 헤더 필드가 large_client_header_buffers로 정한 버퍼(기본 8KB 버퍼 4개)보다 클 때 내부적으로 494를 씁니다. 실제로 클라이언트가 받는 것은 "Request Header Or Cookie Too Large"라는 제목의 페이지가 담긴 400 Bad Request이며, 494라는 번호는 error_page로 이 경우만 따로 처리할 수 있게 하려고 존재합니다. 같은 문제에 대한 표준 코드는 431 Request Header Fields Too Large이지만, nginx는 여기서 431을 보내지 않습니다. 가장 흔한 원인은 지나치게 커진 쿠키입니다.',
      causes: [
        '분석 도구, A/B 테스트, 쿠키에 담은 세션 데이터 등으로 도메인의 쿠키가 쌓였습니다.',
        '클레임이나 그룹 정보가 많이 든 JWT처럼 Authorization 헤더가 매우 큽니다.',
        '쿼리 문자열이 거대한 경우처럼 URL이나 Referer 헤더가 매우 깁니다.',
      ],
      clientFixes: [
        '사이트와 그 상위 도메인의 쿠키를 지운 뒤 새로고침합니다.',
        '토큰을 작게 만들거나, 큰 데이터는 헤더와 쿼리 문자열 대신 요청 본문으로 옮깁니다.',
      ],
      serverFixes: [
        'http나 server 블록에서 large_client_header_buffers를 늘립니다(예: `large_client_header_buffers 4 32k;`).',
        '큰 데이터를 쿠키에 저장하지 말고, 쿠키가 필요한 경로와 하위 도메인에만 가도록 범위를 좁힙니다.',
        '`error_page 494 ...`로 쿠키를 지우라고 안내하는 페이지를 보여 줍니다.',
      ],
      retryNote: '너무 큰 헤더를 그대로 다시 보내면 또 실패하므로, 먼저 크기를 줄여야 합니다.',
      // Korean usage: https://goddaehee.tistory.com/357, https://moonsiri.tistory.com/m/222, https://developer.blog.wooriaru.com/2025/10/30/400-bad-request-request-header-or-cookie-too-large
      keywords: [
        '엔진엑스',
        'nginx 494',
        'Request Header Or Cookie Too Large',
        'large_client_header_buffers',
        'client_header_buffer_size',
        'nginx 쿠키 용량 초과',
        'nginx 헤더 버퍼',
      ],
    },
  },
  {
    code: 495,
    phrase: 'SSL Certificate Error',
    status: 'non-standard',
    vendor: 'nginx',
    headers: [],
    spec: {
      title: 'nginx documentation',
      url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'SSL Certificate Error',
      summary:
        "nginx's internal, non-standard code for a client certificate that failed verification.",
      detail:
        'When nginx is set up for mutual TLS (ssl_verify_client on or optional) and the client presents a certificate that does not verify, nginx flags the request with 495. The client actually receives 400 Bad Request with the page "The SSL certificate error"; the 495 number lets administrators handle the case with error_page. The TLS handshake itself may have succeeded, because nginx checks the result of client verification after reading the request. The problem is always the client certificate, never the server\'s own certificate.',
      causes: [
        'The client certificate has expired or is not yet valid.',
        'It was not issued by a CA listed in ssl_client_certificate or ssl_trusted_certificate, or an intermediate certificate is missing.',
        'The certificate is revoked according to the CRL configured with ssl_crl, or the chain is deeper than ssl_verify_depth.',
      ],
      clientFixes: [
        'Check the certificate dates and issuer, for example with `openssl x509 -in client.crt -noout -dates -issuer`.',
        'Send the full chain (client certificate plus intermediates) and make sure the matching private key is used.',
        'Request a new certificate from the organisation that runs the service if yours expired or was revoked.',
      ],
      serverFixes: [
        'Check the reason in the error log and in $ssl_client_verify, which holds FAILED:reason for failed checks.',
        'Put the correct issuing CA (and intermediates) in ssl_client_certificate, and raise ssl_verify_depth if chains are long.',
        'Keep the CRL file current, since an expired CRL makes every verification fail.',
      ],
      retryNote: 'The same certificate fails again; fix or replace the client certificate first.',
      // English usage: https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors, https://stackengine.dev/nginx-client-cert-verification-failed-400
      keywords: [
        'nginx',
        'nginx 495',
        'mtls',
        'client certificate verification failed',
        'the ssl certificate error',
        'ssl_verify_client',
        'ssl_client_certificate',
      ],
    },
    ko: {
      name: 'SSL 인증서 오류',
      summary: '클라이언트 인증서 검증에 실패했을 때 nginx가 내부적으로 쓰는 비표준 코드입니다.',
      detail:
        'nginx가 상호 TLS(ssl_verify_client on 또는 optional)로 설정되어 있는데 클라이언트가 검증을 통과하지 못하는 인증서를 보내면, nginx는 그 요청에 495를 표시합니다. 실제로 클라이언트가 받는 것은 "The SSL certificate error" 페이지가 담긴 400 Bad Request이며, 495라는 번호는 관리자가 error_page로 이 경우를 처리할 수 있게 해 줍니다. nginx는 요청을 읽은 뒤에 클라이언트 검증 결과를 확인하므로 TLS 핸드셰이크 자체는 성공했을 수도 있습니다. 문제는 언제나 클라이언트 인증서에 있으며, 서버 자신의 인증서와는 관계가 없습니다.',
      causes: [
        '클라이언트 인증서가 만료되었거나 아직 유효 기간이 시작되지 않았습니다.',
        'ssl_client_certificate나 ssl_trusted_certificate에 등록된 CA가 발급한 인증서가 아니거나, 중간 인증서가 빠졌습니다.',
        'ssl_crl로 설정한 CRL에 따라 폐기된 인증서이거나, 체인이 ssl_verify_depth보다 깊습니다.',
      ],
      clientFixes: [
        '`openssl x509 -in client.crt -noout -dates -issuer` 등으로 인증서의 유효 기간과 발급자를 확인합니다.',
        '클라이언트 인증서와 중간 인증서를 포함한 전체 체인을 보내고, 짝이 맞는 개인 키를 쓰는지 확인합니다.',
        '인증서가 만료되었거나 폐기되었다면 서비스를 운영하는 조직에 새 인증서를 요청합니다.',
      ],
      serverFixes: [
        '오류 로그와, 실패 시 FAILED:이유 형식의 값이 들어가는 $ssl_client_verify 변수로 원인을 확인합니다.',
        'ssl_client_certificate에 올바른 발급 CA(와 중간 인증서)를 넣고, 체인이 길다면 ssl_verify_depth를 늘립니다.',
        'CRL이 만료되면 모든 검증이 실패하므로 CRL 파일을 최신 상태로 유지합니다.',
      ],
      retryNote:
        '같은 인증서로는 다시 실패하므로, 먼저 클라이언트 인증서를 고치거나 교체해야 합니다.',
      // Korean usage: https://runebook.dev/ko/docs/nginx/http/ngx_http_ssl_module, https://m.php.cn/ko/faq/377311.html
      keywords: [
        '엔진엑스',
        'nginx 495',
        'mtls',
        '클라이언트 인증서 검증 실패',
        '상호 TLS 인증',
        'ssl_verify_client',
        'ssl_client_certificate',
      ],
    },
  },
  {
    code: 496,
    phrase: 'SSL Certificate Required',
    status: 'non-standard',
    vendor: 'nginx',
    headers: [],
    spec: {
      title: 'nginx documentation',
      url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'SSL Certificate Required',
      summary:
        "nginx's internal, non-standard code for a client that sent no certificate where one is mandatory.",
      detail:
        'With `ssl_verify_client on;`, nginx requires every client to present a certificate during the TLS handshake, and marks requests from clients that sent none with 496. The client receives 400 Bad Request with the page "No required SSL certificate was sent"; the 496 number is there for error_page handling. Browsers only send a client certificate if one is installed and the user picks it, so ordinary visitors hit this page often on mTLS-protected hosts. With `ssl_verify_client optional;` nginx lets such requests through and leaves the decision to you.',
      causes: [
        'The client has no certificate installed, or did not select one when the browser asked.',
        'An HTTP library or script was not configured with a certificate and key (curl needs --cert and --key).',
        'A TLS-terminating proxy in front of nginx dropped the client certificate.',
      ],
      clientFixes: [
        'Install the certificate issued for this service and choose it when the browser prompts.',
        'Pass the certificate and key to your client, for example `curl --cert client.crt --key client.key https://...`.',
      ],
      serverFixes: [
        'Confirm the endpoint really needs mTLS; use `ssl_verify_client optional;` plus a check on $ssl_client_verify if only some paths do.',
        'Advertise the accepted CAs through ssl_client_certificate so clients can pick the right certificate.',
        'If a load balancer terminates TLS, configure it to pass the client certificate on, or verify certificates there instead.',
      ],
      retryNote: 'Repeat the request only once a client certificate is configured.',
      // English usage: https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors, https://datacadamia.com/web/server/nginx/client_authentication, https://serverdevworker.com/140834434f
      keywords: [
        'nginx',
        'nginx 496',
        'no required ssl certificate was sent',
        'client sent no required ssl certificate',
        'mtls',
        'ssl_verify_client',
        'client certificate not provided',
        'no client certificate',
      ],
    },
    ko: {
      name: 'SSL 인증서 필요',
      summary:
        '인증서가 필수인데 클라이언트가 보내지 않았을 때 nginx가 내부적으로 쓰는 비표준 코드입니다.',
      detail:
        '`ssl_verify_client on;`이 설정되어 있으면 nginx는 모든 클라이언트에게 TLS 핸드셰이크 중 인증서를 요구하고, 인증서를 보내지 않은 클라이언트의 요청에 496을 표시합니다. 클라이언트가 받는 것은 "No required SSL certificate was sent" 페이지가 담긴 400 Bad Request이고, 496이라는 번호는 error_page 처리를 위해 있습니다. 브라우저는 인증서가 설치되어 있고 사용자가 직접 골라야만 클라이언트 인증서를 보내므로, mTLS로 보호된 호스트에서는 일반 방문자가 이 페이지를 자주 보게 됩니다. `ssl_verify_client optional;`로 설정하면 nginx는 이런 요청도 통과시키고 판단을 관리자에게 맡깁니다.',
      causes: [
        '클라이언트에 인증서가 설치되어 있지 않거나, 브라우저가 물었을 때 인증서를 고르지 않았습니다.',
        'HTTP 라이브러리나 스크립트에 인증서와 키를 설정하지 않았습니다(curl은 --cert와 --key가 필요합니다).',
        'nginx 앞에서 TLS를 종료하는 프록시가 클라이언트 인증서를 전달하지 않았습니다.',
      ],
      clientFixes: [
        '이 서비스용으로 발급받은 인증서를 설치하고, 브라우저가 물으면 그 인증서를 고릅니다.',
        '클라이언트에 인증서와 키를 넘깁니다(예: `curl --cert client.crt --key client.key https://...`).',
      ],
      serverFixes: [
        '정말 mTLS가 필요한 엔드포인트인지 확인하고, 일부 경로만 필요하다면 `ssl_verify_client optional;`과 $ssl_client_verify 검사를 함께 씁니다.',
        '클라이언트가 알맞은 인증서를 고를 수 있도록 ssl_client_certificate로 허용하는 CA를 알립니다.',
        '로드 밸런서가 TLS를 종료한다면 클라이언트 인증서를 넘겨주도록 설정하거나, 로드 밸런서에서 인증서를 검증합니다.',
      ],
      retryNote: '클라이언트 인증서를 설정한 뒤에만 요청을 다시 보냅니다.',
      // Korean usage: https://runebook.dev/ko/docs/nginx/http/ngx_http_ssl_module, https://m.php.cn/ko/faq/377311.html
      keywords: [
        '엔진엑스',
        'nginx 496',
        'No required SSL certificate was sent',
        '클라이언트 인증서 없음',
        '클라이언트 인증서 미전송',
        'mtls',
        'ssl_verify_client',
      ],
    },
  },
  {
    code: 497,
    phrase: 'HTTP Request Sent to HTTPS Port',
    status: 'non-standard',
    vendor: 'nginx',
    headers: ['Location'],
    spec: {
      title: 'nginx documentation',
      url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'HTTP Request Sent to HTTPS Port',
      summary:
        "nginx's internal, non-standard code for a plain HTTP request that arrived on a port expecting TLS.",
      detail:
        'If a client speaks unencrypted HTTP to a port nginx has configured with `listen ... ssl`, nginx recognises the request and marks it with 497. By default the client gets 400 Bad Request with the page "The plain HTTP request was sent to HTTPS port". A common fix on the server side is `error_page 497 =301 https://$host$request_uri;`, which turns the mistake into a redirect to the HTTPS URL. The problem is usually a URL such as http://example.com:443/ or a proxy pointed at the wrong port or scheme.',
      causes: [
        'A URL or bookmark uses http:// together with the HTTPS port, e.g. http://example.com:443/.',
        'A reverse proxy or load balancer forwards plain HTTP to an nginx port that expects TLS.',
        'An application builds links with the wrong scheme after TLS is terminated elsewhere.',
      ],
      clientFixes: [
        'Change the URL to https://, or drop the explicit port.',
        'In proxy or SDK settings, make sure the scheme matches the port you connect to.',
      ],
      serverFixes: [
        'Add `error_page 497 =301 https://$host$request_uri;` to redirect such requests to HTTPS.',
        'Serve plain HTTP on port 80 in a separate server block that redirects to HTTPS.',
        'Check upstream configuration (proxy_pass to https://, or a TLS listener on the load balancer) so no hop sends HTTP to a TLS port.',
      ],
      retryNote: 'Repeat the request over https:// or on the plain-HTTP port.',
      // English usage: https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors, https://meabed.com/p/http-497-status-code, http://www.kouhan.cn/en/article/00019508
      keywords: [
        'nginx',
        'nginx 497',
        'the plain http request was sent to https port',
        'error_page 497',
        'http on https port',
        'curl http port 443',
      ],
    },
    ko: {
      name: 'HTTPS 포트로 보낸 HTTP 요청',
      summary:
        'TLS를 기대하는 포트에 암호화되지 않은 HTTP 요청이 들어왔을 때 nginx가 내부적으로 쓰는 비표준 코드입니다.',
      detail:
        '클라이언트가 `listen ... ssl`로 설정된 nginx 포트에 암호화되지 않은 HTTP 요청을 보내면, nginx는 이를 알아차리고 요청에 497을 표시합니다. 기본적으로 클라이언트는 "The plain HTTP request was sent to HTTPS port" 페이지가 담긴 400 Bad Request를 받습니다. 서버에서는 `error_page 497 =301 https://$host$request_uri;`로 이 실수를 HTTPS URL로의 리다이렉션으로 바꾸는 방법을 많이 씁니다. 대개 http://example.com:443/ 같은 URL이나, 포트나 스킴을 잘못 가리킨 프록시가 원인입니다.',
      causes: [
        'URL이나 북마크가 http://와 HTTPS 포트를 함께 씁니다(예: http://example.com:443/).',
        '리버스 프록시나 로드 밸런서가 TLS를 기대하는 nginx 포트로 일반 HTTP를 전달합니다.',
        'TLS를 다른 곳에서 종료한 뒤 애플리케이션이 잘못된 스킴으로 링크를 만듭니다.',
      ],
      clientFixes: [
        'URL을 https://로 바꾸거나, 명시한 포트 번호를 지웁니다.',
        '프록시나 SDK 설정에서 스킴이 접속하는 포트와 맞는지 확인합니다.',
      ],
      serverFixes: [
        '`error_page 497 =301 https://$host$request_uri;`를 추가해 이런 요청을 HTTPS로 리다이렉트합니다.',
        '80번 포트의 일반 HTTP는 HTTPS로 리다이렉트하는 별도 server 블록에서 처리합니다.',
        '업스트림 설정(https://로 가는 proxy_pass, 로드 밸런서의 TLS 리스너)을 점검해 어느 구간도 TLS 포트에 HTTP를 보내지 않게 합니다.',
      ],
      retryNote: 'https://로 바꾸거나 일반 HTTP 포트로 요청을 다시 보냅니다.',
      // Korean usage: https://docs.apigee.com/api-platform/troubleshoot/runtime/400-bad-request-plain-http-request-sent-to-https-port?hl=ko, https://m.php.cn/ko/faq/377311.html
      keywords: [
        '엔진엑스',
        'nginx 497',
        'The plain HTTP request was sent to HTTPS port',
        '일반 HTTP 요청이 HTTPS 포트로',
        'error_page 497',
        'nginx https 포트에 http 요청',
        '443 포트 http 접속',
      ],
    },
  },
  {
    code: 498,
    phrase: 'Invalid Token',
    status: 'non-standard',
    vendor: 'esri',
    headers: ['X-Esri-Authorization'],
    spec: {
      title: 'Esri ArcGIS REST JS documentation',
      url: 'https://developers.arcgis.com/arcgis-rest-js/api-reference/arcgis-rest-request/ArcGISAuthError/',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Invalid Token',
      summary:
        "Esri ArcGIS's non-standard code for an access token that was sent but not accepted.",
      detail:
        'ArcGIS Server, ArcGIS Enterprise and ArcGIS Online use 498 when a request carries a token that is expired, malformed, revoked or issued for a different server or referrer. It is an Esri convention, not an HTTP standard code, and it usually appears as the code inside a JSON error body ({"error": {"code": 498, ...}}) while the HTTP status itself is 200. Esri\'s client libraries, such as ArcGIS REST JS, treat 498 and 499 as authentication errors and try to refresh the token. Compare 499 Token Required, which means no token was sent at all.',
      causes: [
        'The token has expired (tokens from generateToken or OAuth have a limited lifetime).',
        'The token was generated with a referer or IP restriction that does not match the request.',
        'The token belongs to a different portal or to a server that is not federated with it.',
        "The administrator revoked the token or changed the user's password.",
      ],
      clientFixes: [
        'Get a new token (sign in again, call generateToken, or refresh the OAuth token) and resend.',
        'Check the JSON body for "error" even when the HTTP status is 200, and handle code 498 by refreshing.',
        'If you used client=referer, send the same Referer the token was generated for.',
      ],
      serverFixes: [
        'Review token expiration settings in the ArcGIS Server or portal security configuration.',
        'Check federation between the portal and each ArcGIS Server, since federated servers must trust portal tokens.',
        'Keep server clocks synchronised, as skew makes fresh tokens look expired.',
      ],
      retryNote: 'Retry only after obtaining a fresh, valid token.',
      // English usage: https://http.dev/498, https://errcodes.dev/http/invalid-token, https://support.esri.com/en-us/knowledge-base/1022-invalid-token-1462479498481-000006009
      keywords: [
        'arcgis',
        'esri',
        'arcgis 498',
        'arcgis token expired',
        'arcgis invalid token',
        'generateToken',
        'arcgis server',
      ],
    },
    ko: {
      name: '유효하지 않은 토큰',
      summary: '보낸 액세스 토큰이 받아들여지지 않았음을 알리는 Esri ArcGIS의 비표준 코드입니다.',
      detail:
        'ArcGIS Server, ArcGIS Enterprise, ArcGIS Online은 요청에 담긴 토큰이 만료되었거나 형식이 잘못되었거나 폐기되었거나, 다른 서버나 Referer용으로 발급된 경우 498을 씁니다. HTTP 표준 코드가 아닌 Esri의 관례이며, 보통 HTTP 상태는 200인 채로 JSON 오류 본문 안의 코드({"error": {"code": 498, ...}})로 나타납니다. ArcGIS REST JS 같은 Esri 클라이언트 라이브러리는 498과 499를 인증 오류로 보고 토큰 갱신을 시도합니다. 토큰을 아예 보내지 않은 경우인 499 Token Required와 구분해야 합니다.',
      causes: [
        '토큰이 만료되었습니다(generateToken이나 OAuth로 받은 토큰은 수명이 정해져 있습니다).',
        '토큰 발급 때 지정한 Referer나 IP 제한이 실제 요청과 맞지 않습니다.',
        '다른 포털의 토큰이거나, 포털과 페더레이션되지 않은 서버에 보냈습니다.',
        '관리자가 토큰을 폐기했거나 사용자 비밀번호가 바뀌었습니다.',
      ],
      clientFixes: [
        '다시 로그인하거나 generateToken을 호출하거나 OAuth 토큰을 갱신해 새 토큰을 받은 뒤 다시 보냅니다.',
        'HTTP 상태가 200이어도 JSON 본문에 "error"가 있는지 확인하고, 코드가 498이면 토큰을 갱신하도록 처리합니다.',
        'client=referer로 토큰을 받았다면 발급 때와 같은 Referer를 보냅니다.',
      ],
      serverFixes: [
        'ArcGIS Server나 포털 보안 설정에서 토큰 만료 시간을 검토합니다.',
        '페더레이션된 서버는 포털 토큰을 신뢰해야 하므로 포털과 각 ArcGIS Server의 페더레이션 상태를 확인합니다.',
        '시계가 어긋나면 새 토큰도 만료된 것처럼 보이므로 서버 시계를 동기화합니다.',
      ],
      retryNote: '새로 발급받은 유효한 토큰이 있을 때만 재시도합니다.',
      // Korean usage: https://http.dev/498 (no Korean posts found; Korean GIS users write ArcGIS, Esri in Latin letters)
      keywords: [
        'arcgis',
        'esri',
        'ArcGIS 498',
        'ArcGIS 토큰 만료',
        'Esri 토큰 만료',
        'ArcGIS 잘못된 토큰',
        'generateToken',
        'arcgis server',
      ],
    },
  },
  {
    code: 499,
    phrase: 'Client Closed Request',
    status: 'non-standard',
    vendor: 'nginx',
    headers: [],
    spec: {
      title: 'nginx source code (ngx_http_request.h)',
      url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h',
    },
    cacheable: false,
    retry: 'idempotent-only',
    en: {
      name: 'Client Closed Request',
      summary:
        'An nginx log code, not part of the HTTP standard, for a client that closed the connection before nginx could answer.',
      detail:
        "nginx writes 499 to its access log when the client disconnects while nginx is still working on the request, most often while waiting for an upstream application server. No response is sent, since nobody is left to receive it, so you will only ever see 499 in logs and monitoring. It is not an error produced by nginx or the backend; it tells you the caller gave up, often because its own timeout was shorter than the upstream's response time. By default nginx then also stops the upstream request; `proxy_ignore_client_abort on;` lets the upstream finish instead.",
      causes: [
        'The user cancelled the request: closed the tab, pressed stop, or navigated to another page.',
        "A client timeout (fetch with AbortController, an SDK, a mobile app) was shorter than the backend's response time.",
        'A load balancer or proxy in front of nginx closed its connection first, for example an idle timeout shorter than the slow request.',
        'The upstream application was slow because of heavy queries, lock contention or overload.',
      ],
      clientFixes: [
        'Increase the client timeout for endpoints that are known to be slow, or make the request asynchronous.',
        'Avoid cancelling and immediately repeating requests (for example on every keystroke) unless that is intended.',
      ],
      serverFixes: [
        'Compare $request_time and $upstream_response_time in the access log to find slow endpoints, and speed them up.',
        "Make timeouts decrease from the outside in: the load balancer idle timeout above proxy_read_timeout, which is above the application's own limit.",
        'Set `proxy_ignore_client_abort on;` if upstream work must finish even when the client leaves.',
      ],
      retryNote:
        'Retrying is safe for idempotent requests; a POST may already have been processed by the upstream.',
      // English usage: https://www.timi.run/db/nginx-http-error-499, https://www.codetd.com/en/article/12794595, https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_ignore_client_abort
      keywords: [
        'nginx',
        'nginx 499',
        'client closed connection',
        'client has closed connection',
        'request canceled by client',
        'proxy_ignore_client_abort',
        'nginx access log 499',
      ],
    },
    ko: {
      name: '클라이언트가 요청을 닫음',
      summary:
        'nginx가 응답하기 전에 클라이언트가 연결을 닫았음을 뜻하는 nginx의 비표준 로그 코드입니다.',
      detail:
        'nginx는 요청을 처리하는 도중, 주로 업스트림 애플리케이션 서버의 응답을 기다리는 사이에 클라이언트가 연결을 끊으면 액세스 로그에 499를 기록합니다. 받을 상대가 없으므로 응답은 보내지 않으며, 499는 로그와 모니터링에서만 볼 수 있습니다. nginx나 백엔드가 낸 오류가 아니라 호출한 쪽이 기다리다 포기했다는 뜻이고, 흔히 클라이언트의 제한 시간이 업스트림 서버의 응답 시간보다 짧아서 생깁니다. 기본적으로 nginx는 이때 업스트림 요청도 중단하며, `proxy_ignore_client_abort on;`을 설정하면 업스트림 서버가 작업을 끝까지 마치게 할 수 있습니다.',
      causes: [
        '사용자가 탭을 닫거나 중지 버튼을 누르거나 다른 페이지로 이동해 요청을 취소했습니다.',
        'AbortController를 쓴 fetch, SDK, 모바일 앱 같은 클라이언트의 제한 시간이 백엔드 응답 시간보다 짧았습니다.',
        'nginx 앞의 로드 밸런서나 프록시가 먼저 연결을 닫았습니다. 예를 들어 유휴 제한 시간이 느린 요청보다 짧은 경우입니다.',
        '무거운 쿼리, 잠금 경합, 과부하 등으로 업스트림 애플리케이션이 느렸습니다.',
      ],
      clientFixes: [
        '느리다고 알려진 엔드포인트는 클라이언트 제한 시간을 늘리거나, 요청을 비동기 방식으로 바꿉니다.',
        '의도한 동작이 아니라면, 키를 누를 때마다 요청을 취소하고 곧바로 다시 보내는 식의 패턴을 피합니다.',
      ],
      serverFixes: [
        '액세스 로그의 $request_time과 $upstream_response_time을 비교해 느린 엔드포인트를 찾고 개선합니다.',
        '바깥쪽일수록 제한 시간이 길도록 맞춥니다. 로드 밸런서 유휴 제한 시간 > proxy_read_timeout > 애플리케이션 자체 제한 시간 순서입니다.',
        '클라이언트가 떠나도 업스트림 작업을 반드시 끝내야 한다면 `proxy_ignore_client_abort on;`을 설정합니다.',
      ],
      retryNote:
        '멱등 요청은 재시도해도 안전하지만, POST는 업스트림 서버에서 이미 처리되었을 수 있습니다.',
      // Korean usage: https://hypereal.tech/ko/a/499-status-error-code, https://wpade.com/ko/http-499.html, https://dongho.oopy.io/1705ca9b-265e-807f-96e4-f19e4193f8da, https://m.php.cn/ko/faq/377311.html
      keywords: [
        '엔진엑스',
        'nginx 499',
        'nginx 클라이언트 연결 종료',
        '클라이언트 요청 취소',
        'nginx 클라이언트 연결 끊김',
        'proxy_ignore_client_abort',
        'nginx 로그 499',
      ],
    },
  },
  {
    code: 499,
    phrase: 'Token Required',
    status: 'non-standard',
    vendor: 'esri',
    headers: ['X-Esri-Authorization'],
    spec: {
      title: 'Esri Support',
      url: 'https://support.esri.com/en-us/knowledge-base/error-authentication-token-required-status-code-499-000022899',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Token Required',
      summary:
        "Esri ArcGIS's non-standard code for a request to a secured service that carried no token at all.",
      detail:
        'ArcGIS services that are not shared publicly answer 499 when a request arrives without any token, and clients usually show it as "Token Required" or "Authentication token required (status code 499)". Like 498 it is an Esri convention rather than an HTTP standard code, and it is normally delivered as the code in a JSON error body while the HTTP status is 200. The fix is to sign in and attach a token, or to share the service publicly if it is meant to be open. Do not confuse it with nginx\'s 499, which is a log entry for a client that hung up.',
      causes: [
        'The service, layer or folder is secured and the request did not include a token parameter or header.',
        'A web map or app references a layer that is shared only with the organisation, and the viewer is not signed in.',
        'A saved project or map document points at a secured layer without stored credentials.',
      ],
      clientFixes: [
        'Sign in, then send the token as the token parameter or in the X-Esri-Authorization header.',
        'In code, use an authentication manager (for example ArcGISIdentityManager or an API key) so tokens are added automatically.',
        'Re-add the layer from its source instead of from an old project, so the current credentials are used.',
      ],
      serverFixes: [
        'Check the sharing level of the service or item, and share it with everyone if it is meant to be public.',
        'For public apps that must show secured layers, store credentials with the item or use a proxy or API key.',
      ],
      retryNote: 'Retry once a valid token is attached to the request.',
      // English usage: https://support.esri.com/en-us/knowledge-base/error-authentication-token-required-status-code-499-000022899
      keywords: [
        'arcgis',
        'esri',
        'arcgis 499',
        'authentication token required',
        'arcgis token missing',
        'arcgis secured service',
        'arcgis online',
      ],
    },
    ko: {
      name: '토큰 필요',
      summary: '보안이 설정된 서비스에 토큰 없이 요청했을 때 쓰는 Esri ArcGIS의 비표준 코드입니다.',
      detail:
        '공개로 공유되지 않은 ArcGIS 서비스는 토큰이 전혀 없는 요청에 499로 응답하며, 클라이언트는 보통 "Token Required"나 "Authentication token required (status code 499)"로 표시합니다. 498과 마찬가지로 HTTP 표준 코드가 아닌 Esri의 관례이고, 대개 HTTP 상태는 200인 채로 JSON 오류 본문 안의 코드로 전달됩니다. 로그인해서 토큰을 붙이거나, 공개할 서비스라면 공개로 공유하면 해결됩니다. 클라이언트가 연결을 끊었다는 nginx 로그의 499와 헷갈리지 않도록 합니다.',
      causes: [
        '서비스, 레이어, 폴더에 보안이 설정되어 있는데 요청에 토큰 파라미터나 헤더가 없습니다.',
        '웹 맵이나 앱이 조직 내부에만 공유된 레이어를 참조하는데, 보는 사람이 로그인하지 않았습니다.',
        '저장된 프로젝트나 맵 문서가 자격 증명 없이 보안 레이어를 가리킵니다.',
      ],
      clientFixes: [
        '로그인한 뒤 토큰을 token 파라미터나 X-Esri-Authorization 헤더에 담아 보냅니다.',
        '코드에서는 ArcGISIdentityManager나 API 키 같은 인증 관리자를 써서 토큰이 자동으로 붙게 합니다.',
        '오래된 프로젝트가 아니라 원본에서 레이어를 다시 추가해 현재 자격 증명이 쓰이도록 합니다.',
      ],
      serverFixes: [
        '서비스나 항목의 공유 수준을 확인하고, 공개용이라면 모든 사람에게 공유합니다.',
        '보안 레이어를 보여 줘야 하는 공개 앱이라면 항목에 자격 증명을 저장하거나, 프록시나 API 키를 씁니다.',
      ],
      retryNote: '요청에 유효한 토큰을 붙인 뒤에 재시도합니다.',
      // Korean usage: https://support.esri.com/en-us/knowledge-base/error-authentication-token-required-status-code-499-000022899 (no Korean posts found)
      keywords: [
        'arcgis',
        'esri',
        'ArcGIS 499',
        'ArcGIS 인증 토큰 필요',
        'ArcGIS 토큰 없음',
        'ArcGIS 보안 서비스',
        'arcgis online',
      ],
    },
  },
  {
    code: 509,
    phrase: 'Bandwidth Limit Exceeded',
    status: 'non-standard',
    vendor: 'apache',
    headers: [],
    spec: {
      title: 'Wikipedia: List of HTTP status codes',
      url: 'https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes',
    },
    cacheable: false,
    retry: 'after-delay',
    en: {
      name: 'Bandwidth Limit Exceeded',
      summary:
        'A non-standard code from shared-hosting setups (Apache with cPanel or bandwidth modules) for a site that has used up its traffic allowance.',
      detail:
        'Shared hosting control panels such as cPanel, and Apache bandwidth-limiting modules, answer 509 once a hosting account has served more data than its plan allows for the period, usually a month. The code is not in the HTTP standard and Apache httpd itself does not define it; it comes from these add-ons. Every page of the site then fails until the counter resets or the owner raises the limit, so it looks like a site-wide outage. A 503 Service Unavailable or 429 Too Many Requests would be the standard codes for similar situations.',
      causes: [
        'The hosting account exceeded its monthly bandwidth quota.',
        'A traffic spike, a viral post or large downloads (videos, backups, installers) used up the allowance early.',
        'Bots, scrapers or other sites hotlinking images and files consumed the traffic.',
      ],
      clientFixes: [
        'Wait and try later; the limit usually resets at the start of the next billing period.',
        'Let the site owner know, since they may not have noticed the site is down.',
      ],
      serverFixes: [
        'Raise the bandwidth limit or upgrade the plan in WHM/cPanel or with the hosting provider.',
        'Put a CDN or caching layer in front of the site and enable compression to cut transferred bytes.',
        'Block hotlinking and abusive bots, and move large downloads to object storage.',
      ],
      retryNote: 'Try again later; the site stays unavailable until the quota resets or is raised.',
      // English usage: https://errorcode.help/errors/509-bandwidth-limit-exceeded, https://www.clients.paymonthlyhosting.co.uk/knowledgebase/48/Bandwidth-Limit-Exceeded---http-509-error-message.html
      keywords: [
        'cpanel',
        'cpanel bandwidth',
        'bandwidth exceeded',
        'hosting bandwidth quota',
        'shared hosting',
        'apache 509',
      ],
    },
    ko: {
      name: '대역폭 한도 초과',
      summary:
        '사이트가 허용된 트래픽을 모두 썼을 때 공유 호스팅 환경(cPanel이나 대역폭 모듈을 쓰는 Apache)이 보내는 비표준 코드입니다.',
      detail:
        'cPanel 같은 공유 호스팅 관리 패널이나 Apache 대역폭 제한 모듈은 호스팅 계정이 요금제에서 정한 기간(대개 한 달) 동안의 전송량을 넘기면 509로 응답합니다. HTTP 표준에 없는 코드이고 Apache httpd 자체가 정의한 것도 아니며, 이런 부가 기능에서 나옵니다. 카운터가 초기화되거나 운영자가 한도를 올릴 때까지 사이트의 모든 페이지가 실패하므로 사이트 전체 장애처럼 보입니다. 비슷한 상황에 쓰는 표준 코드는 503 Service Unavailable이나 429 Too Many Requests입니다.',
      causes: [
        '호스팅 계정이 월간 대역폭 할당량을 넘었습니다.',
        '트래픽 급증, 화제가 된 게시물, 동영상·백업·설치 파일 같은 대용량 다운로드로 할당량을 일찍 소진했습니다.',
        '봇, 스크레이퍼, 이미지와 파일을 직접 링크하는 다른 사이트가 트래픽을 써 버렸습니다.',
      ],
      clientFixes: [
        '기다렸다가 나중에 재시도합니다. 보통 다음 결제 주기가 시작되면 한도가 초기화됩니다.',
        '사이트 운영자가 사이트가 멈춘 것을 모를 수 있으니 알려 줍니다.',
      ],
      serverFixes: [
        'WHM/cPanel이나 호스팅 업체를 통해 대역폭 한도를 올리거나 요금제를 바꿉니다.',
        '사이트 앞에 CDN이나 캐시 계층을 두고 압축을 켜서 전송량을 줄입니다.',
        '핫링크와 악성 봇을 막고, 대용량 다운로드 파일은 오브젝트 스토리지로 옮깁니다.',
      ],
      retryNote: '할당량이 초기화되거나 늘어날 때까지 사이트를 쓸 수 없으므로 나중에 재시도합니다.',
      // Korean usage: https://httpstatuscodes.info/_ko/509_status_code
      keywords: [
        'cpanel',
        '아파치 509',
        '호스팅 트래픽 초과',
        '트래픽 초과',
        '대역폭 초과',
        '공유 호스팅',
        '웹 호스팅 용량 초과',
      ],
    },
  },
  {
    code: 520,
    phrase: 'Web Server Returned an Unknown Error',
    status: 'non-standard',
    vendor: 'cloudflare',
    headers: [],
    spec: {
      title: 'Cloudflare documentation',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/',
    },
    cacheable: false,
    retry: 'idempotent-only',
    en: {
      name: 'Web Server Returned an Unknown Error',
      summary:
        "Cloudflare's non-standard catch-all for an empty, malformed or unexpected response from the origin server.",
      detail:
        "Cloudflare, not the HTTP standard, defines 520. Its edge reached the origin server, but what came back was not a usable HTTP response: the connection was reset, the reply was empty, or the headers were invalid or too large. Because it is a catch-all, the real cause is found in the origin's logs rather than in Cloudflare. Compare 502 from Cloudflare, which it uses for other invalid upstream responses, and 521 or 522, where no connection was made at all.",
      causes: [
        'The origin process crashed or reset the connection while handling the request (PHP-FPM or application workers dying, for example).',
        "The response headers exceed Cloudflare's limit (around 128 KB), often because of many or huge Set-Cookie headers.",
        'The origin returned an empty reply or a response without a valid status line.',
        'The origin accepts HTTP/2 from Cloudflare but does not handle it correctly.',
      ],
      clientFixes: [
        'Reload after a moment; if it keeps happening, report it to the site owner with the time and the Ray ID shown on the error page.',
        "Clear the site's cookies, in case your own large cookies are part of the problem.",
      ],
      serverFixes: [
        'Check the origin web server and application error logs at the time of the Ray ID for crashes and resets.',
        'Reduce response header size, especially cookies, and make sure every response has a valid status line and headers.',
        'Try turning off HTTP/2 to Origin in the Cloudflare dashboard, or switch the DNS record to DNS-only briefly to see whether the origin works without Cloudflare.',
        'Make sure the origin firewall allows all Cloudflare IP ranges, since resets from a firewall can also surface as 520.',
      ],
      retryNote:
        'A retry may succeed if the failure was brief, but only repeat idempotent requests automatically.',
      // English usage: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/
      keywords: [
        'cloudflare',
        'cloudflare 520',
        'cloudflare unknown error',
        'origin error',
        'origin empty response',
        'origin reset connection',
        'ray id',
      ],
    },
    ko: {
      name: '웹 서버가 알 수 없는 오류를 반환함',
      summary:
        '원 서버의 응답이 비어 있거나 형식이 잘못되었거나 예상 밖일 때 Cloudflare가 보내는 비표준 포괄 코드입니다.',
      detail:
        '520은 HTTP 표준이 아니라 Cloudflare가 정의한 코드입니다. Cloudflare 에지가 원 서버에 닿기는 했지만 돌아온 것이 쓸 수 있는 HTTP 응답이 아니었다는 뜻으로, 연결이 리셋되었거나 응답이 비었거나 헤더가 잘못되었거나 너무 큰 경우입니다. 포괄적인 코드라서 실제 원인은 Cloudflare가 아니라 원 서버 로그에서 찾아야 합니다. Cloudflare가 그 밖의 잘못된 업스트림 응답에 쓰는 502, 그리고 연결 자체가 이루어지지 않은 521·522와 구분합니다.',
      causes: [
        'PHP-FPM이나 애플리케이션 워커가 죽는 등, 요청을 처리하던 원 서버 프로세스가 비정상 종료되거나 연결을 리셋했습니다.',
        '많거나 거대한 Set-Cookie 헤더 때문에 응답 헤더가 Cloudflare 한도(약 128KB)를 넘었습니다.',
        '원 서버가 빈 응답이나 올바른 상태 줄이 없는 응답을 보냈습니다.',
        '원 서버가 Cloudflare의 HTTP/2 연결을 받아들이고도 제대로 처리하지 못합니다.',
      ],
      clientFixes: [
        '잠시 뒤 새로고침합니다. 계속되면 발생 시각과 오류 페이지에 표시된 Ray ID를 사이트 운영자에게 알립니다.',
        '내 브라우저의 큰 쿠키가 원인의 일부일 수도 있으니 사이트 쿠키를 지워 봅니다.',
      ],
      serverFixes: [
        'Ray ID가 찍힌 시각에 맞춰 원 서버의 웹 서버·애플리케이션 오류 로그에서 비정상 종료나 리셋을 찾습니다.',
        '쿠키를 중심으로 응답 헤더 크기를 줄이고, 모든 응답에 올바른 상태 줄과 헤더가 있는지 확인합니다.',
        'Cloudflare 대시보드에서 HTTP/2 to Origin을 꺼 보거나, DNS 레코드를 잠시 DNS 전용으로 바꿔 Cloudflare 없이도 원 서버가 정상인지 확인합니다.',
        '방화벽이 연결을 리셋해도 520으로 나타날 수 있으므로 원 서버 방화벽이 Cloudflare IP 대역을 모두 허용하는지 확인합니다.',
      ],
      retryNote: '일시적인 장애였다면 재시도가 통할 수 있지만, 자동 재시도는 멱등 요청에만 합니다.',
      // Korean usage: https://info.haominhouse.com/entry/%EC%82%AC%EC%9D%B4%ED%8A%B8-%EC%A0%91%EC%86%8D-%EC%9E%A5%EC%95%A0-%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C%ED%94%8C%EB%A0%88%EC%96%B4-%EC%98%A4%EB%A5%98%EB%B3%84-%EC%A1%B0%EC%B9%98-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC, https://elmajor710.com/m/193, https://petitevelo.com/entry/%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C%ED%94%8C%EB%A0%88%EC%96%B4-%EC%A0%91%EC%86%8D-%EC%97%90%EB%9F%AC%EC%BD%94%EB%93%9C-500-%EC%9B%90%EC%9D%B8-%ED%95%B4%EA%B2%B0%EB%B0%A9%EB%B2%95
      keywords: [
        '클라우드플레어',
        'cloudflare',
        '클라우드플레어 오류',
        '클라우드플레어 520',
        '클라우드플레어 원 서버 오류',
        '원 서버 오류',
        '원 서버 빈 응답',
        '원 서버 잘못된 응답',
        'Ray ID',
      ],
    },
  },
  {
    code: 521,
    phrase: 'Web Server Is Down',
    status: 'non-standard',
    vendor: 'cloudflare',
    headers: [],
    spec: {
      title: 'Cloudflare documentation',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/',
    },
    cacheable: false,
    retry: 'after-delay',
    en: {
      name: 'Web Server Is Down',
      summary:
        "Cloudflare's non-standard code for an origin server that refused Cloudflare's connection.",
      detail:
        'This is a Cloudflare-specific code, not part of the HTTP standard. It means Cloudflare tried to open a TCP connection to the origin and was actively refused, typically with a reset, so the web server is not listening or something blocks Cloudflare. Because the connection never opened, the origin did not see the request at all. It differs from 522, where connection attempts go unanswered until they time out.',
      causes: [
        'The web server process (nginx, Apache, Node, etc.) is stopped or crashed on the origin.',
        "A firewall, security plugin or hosting provider blocks Cloudflare's IP addresses.",
        'The origin does not listen on the port Cloudflare uses, for example port 80 closed while the SSL mode is Flexible, or 443 closed with Full mode.',
      ],
      clientFixes: [
        'Try again in a few minutes; the site owner has to bring the server back.',
        'Report the outage to the site owner with the time and Ray ID if it persists.',
      ],
      serverFixes: [
        'Check that the web server is running and listening on ports 80 and 443 (`ss -ltnp` on Linux).',
        'Allow all Cloudflare IP ranges (listed at https://www.cloudflare.com/ips/) in iptables, security groups, .htaccess rules and security plugins.',
        'Make sure the Cloudflare SSL/TLS mode matches the ports the origin actually serves.',
      ],
      retryNote:
        'Wait and retry later; the request never reached the origin, so nothing was processed.',
      // English usage: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/
      keywords: [
        'cloudflare',
        'cloudflare 521',
        'origin down',
        'origin offline',
        'origin refused connection',
        'cloudflare ip blocked',
        'fail2ban cloudflare',
      ],
    },
    ko: {
      name: '웹 서버가 다운됨',
      summary: '원 서버가 Cloudflare의 연결을 거부했을 때 Cloudflare가 보내는 비표준 코드입니다.',
      detail:
        'HTTP 표준에 없는 Cloudflare 전용 코드입니다. Cloudflare가 원 서버에 TCP 연결을 시도했는데 보통 리셋으로 곧바로 거부당했다는 뜻으로, 웹 서버가 그 포트에서 연결을 받고 있지 않거나 무언가가 Cloudflare를 막고 있는 것입니다. 연결이 열리지 않았으므로 원 서버는 요청을 전혀 받지 못했습니다. 연결 시도에 아무 응답이 없다가 시간이 초과되는 522와 다릅니다.',
      causes: [
        '원 서버에서 nginx, Apache, Node 같은 웹 서버 프로세스가 멈췄거나 비정상 종료되었습니다.',
        '방화벽, 보안 플러그인, 호스팅 업체가 Cloudflare IP 주소를 차단합니다.',
        'Cloudflare가 쓰는 포트에서 원 서버가 연결을 받지 않습니다. 예를 들어 SSL 모드가 Flexible인데 80번 포트가 닫혀 있거나, Full인데 443번 포트가 닫혀 있습니다.',
      ],
      clientFixes: [
        '몇 분 뒤 재시도합니다. 서버를 되살리는 일은 사이트 운영자의 몫입니다.',
        '계속되면 발생 시각과 Ray ID를 사이트 운영자에게 알려 장애를 보고합니다.',
      ],
      serverFixes: [
        '웹 서버가 실행 중이고 80·443번 포트에서 연결을 받는지 확인합니다(Linux에서는 `ss -ltnp`).',
        'iptables, 보안 그룹, .htaccess 규칙, 보안 플러그인에서 Cloudflare IP 대역(https://www.cloudflare.com/ips/)을 모두 허용합니다.',
        'Cloudflare SSL/TLS 모드가 원 서버가 실제로 여는 포트와 맞는지 확인합니다.',
      ],
      retryNote: '요청이 원 서버에 닿지 않아 처리된 것이 없으므로, 기다렸다가 나중에 재시도합니다.',
      // Korean usage: https://info.haominhouse.com/entry/%EC%82%AC%EC%9D%B4%ED%8A%B8-%EC%A0%91%EC%86%8D-%EC%9E%A5%EC%95%A0-%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C%ED%94%8C%EB%A0%88%EC%96%B4-%EC%98%A4%EB%A5%98%EB%B3%84-%EC%A1%B0%EC%B9%98-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC, https://story.haominhouse.com/entry/Cloudflare-%EC%9E%A5%EC%95%A0-%EC%9B%90%EC%9D%B8%EA%B3%BC-%EB%B3%B5%EA%B5%AC-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC%EC%82%AC%EC%9D%B4%ED%8A%B8-%EB%8B%A4%EC%9A%B4-%EC%8B%9C-%EC%A6%89%EC%8B%9C-%EB%8C%80%EC%9D%91
      keywords: [
        '클라우드플레어',
        'cloudflare',
        '클라우드플레어 521',
        '클라우드플레어 웹 서버 다운',
        '원 서버 다운',
        '원 서버 연결 거부',
        '원 서버 연결 실패',
        '클라우드플레어 IP 차단',
        'fail2ban',
      ],
    },
  },
  {
    code: 522,
    phrase: 'Connection Timed Out',
    status: 'non-standard',
    vendor: 'cloudflare',
    headers: [],
    spec: {
      title: 'Cloudflare documentation',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/',
    },
    cacheable: false,
    retry: 'idempotent-only',
    en: {
      name: 'Connection Timed Out',
      summary:
        "Cloudflare's non-standard code for an origin server that did not answer Cloudflare's connection attempt in time.",
      detail:
        "Cloudflare returns 522, a code outside the HTTP standard, when its TCP connection to the origin times out. Cloudflare's documentation names two cases: the origin did not reply to the SYN within about 19 seconds, or the connection opened but the origin did not acknowledge the request within about 90 seconds. Silent drops like this usually come from a firewall or an overloaded server. Compare 521, where the origin refuses the connection outright, and 524, where the connection works but the HTTP response is too slow.",
      causes: [
        'A firewall, rate limiter or tool such as fail2ban silently drops packets from Cloudflare IP addresses (the most common cause).',
        'The origin server is overloaded or offline and drops incoming connections.',
        'The DNS record in Cloudflare points at an old or wrong origin IP address.',
        'Keep-alive is disabled at the origin, or packets are lost on the route between Cloudflare and the host.',
      ],
      clientFixes: [
        'Wait a little and reload; persistent 522s need the site owner to act.',
        'Give the site owner the time and Ray ID from the error page.',
      ],
      serverFixes: [
        'Allow all Cloudflare IP ranges in the host firewall, cloud security groups and any rate-limiting or intrusion-prevention tools.',
        'Confirm the A/AAAA records in the Cloudflare DNS dashboard match the IP address your host currently assigns.',
        "Check the origin's load (CPU, memory, connection backlog) and keep-alive settings.",
        'Run an MTR or traceroute from the origin to a Cloudflare IP to find packet loss, and share it with your host.',
      ],
      retryNote:
        'Idempotent requests can be retried after a short wait; be careful with POST, since the second timeout case can occur after the request was sent.',
      // English usage: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/, https://soatechnology.net/http-error-522
      keywords: [
        'cloudflare',
        'cloudflare 522',
        'origin connection timeout',
        'origin not responding',
        'cloudflare ip allowlist',
        'origin tcp handshake',
      ],
    },
    ko: {
      name: '연결 시간 초과',
      summary:
        '원 서버가 Cloudflare의 연결 시도에 제시간에 응답하지 않았을 때 Cloudflare가 보내는 비표준 코드입니다.',
      detail:
        'Cloudflare는 원 서버와의 TCP 연결이 시간 초과되면 HTTP 표준에 없는 코드인 522를 보냅니다. Cloudflare 문서는 두 가지 경우를 듭니다. 원 서버가 SYN에 약 19초 안에 응답하지 않은 경우, 그리고 연결은 되었지만 원 서버가 약 90초 안에 요청 수신을 확인(ACK)하지 않은 경우입니다. 이렇게 아무 응답 없이 버려지는 것은 대개 방화벽이나 과부하 상태인 서버 때문입니다. 원 서버가 연결을 곧바로 거부하는 521, 연결은 되지만 HTTP 응답이 너무 늦는 524와 구분합니다.',
      causes: [
        '방화벽, 요청 한도 장치, fail2ban 같은 도구가 Cloudflare IP 주소의 패킷을 조용히 버립니다. 가장 흔한 원인입니다.',
        '원 서버가 과부하 상태이거나 꺼져 있어 들어오는 연결을 버립니다.',
        'Cloudflare의 DNS 레코드가 예전 IP나 잘못된 원 서버 IP를 가리킵니다.',
        '원 서버에서 keep-alive가 꺼져 있거나, Cloudflare와 호스트 사이 경로에서 패킷이 손실됩니다.',
      ],
      clientFixes: [
        '잠시 기다렸다가 새로고침합니다. 522가 계속되면 사이트 운영자가 조치해야 합니다.',
        '오류 페이지의 발생 시각과 Ray ID를 사이트 운영자에게 전달합니다.',
      ],
      serverFixes: [
        '호스트 방화벽, 클라우드 보안 그룹, 요청 한도·침입 방지 도구에서 Cloudflare IP 대역을 모두 허용합니다.',
        'Cloudflare DNS 대시보드의 A/AAAA 레코드가 호스팅 업체가 현재 할당한 IP 주소와 같은지 확인합니다.',
        '원 서버의 부하(CPU, 메모리, 연결 대기열)와 keep-alive 설정을 점검합니다.',
        '원 서버에서 Cloudflare IP로 MTR이나 traceroute를 실행해 패킷 손실을 찾고, 결과를 호스팅 업체와 공유합니다.',
      ],
      retryNote:
        '멱등 요청은 잠시 뒤 재시도할 수 있지만, 두 번째 경우는 요청을 보낸 뒤에도 생길 수 있으므로 POST는 조심해야 합니다.',
      // Korean usage: https://www.ofilgood.com/2026/01/522-5.html?m=1, https://info.haominhouse.com/entry/%EC%82%AC%EC%9D%B4%ED%8A%B8-%EC%A0%91%EC%86%8D-%EC%9E%A5%EC%95%A0-%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C%ED%94%8C%EB%A0%88%EC%96%B4-%EC%98%A4%EB%A5%98%EB%B3%84-%EC%A1%B0%EC%B9%98-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC, https://billionare200.com/entry/%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C-%ED%94%8C%EB%A0%88%EC%96%B4-%EC%A0%91%EC%86%8D-%EC%9E%A5%EC%95%A0-%EB%B3%B5%EA%B5%AC-%EB%B0%8F-%EA%B0%80%EC%9D%B4%EB%93%9C
      keywords: [
        '클라우드플레어',
        'cloudflare',
        '클라우드플레어 522',
        '클라우드플레어 연결 시간 초과',
        '원 서버 연결 타임아웃',
        '원 서버 응답 없음',
        '클라우드플레어 IP 허용',
        '원 서버 과부하',
      ],
    },
  },
  {
    code: 523,
    phrase: 'Origin Is Unreachable',
    status: 'non-standard',
    vendor: 'cloudflare',
    headers: [],
    spec: {
      title: 'Cloudflare documentation',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/',
    },
    cacheable: false,
    retry: 'after-delay',
    en: {
      name: 'Origin Is Unreachable',
      summary:
        "Cloudflare's non-standard code for an origin server that Cloudflare cannot reach over the network at all.",
      detail:
        'Cloudflare sends 523, which is not an HTTP standard code, when it has no working network route to the origin address. That points to a routing problem or a wrong IP address rather than to a web server that is down or slow. A frequent cause is a DNS record in Cloudflare that still lists an old IP address, or an AAAA record for an IPv6 address the origin does not actually serve. The request never reached the origin.',
      causes: [
        'The A or AAAA record in Cloudflare points to an IP address the origin no longer uses.',
        'An AAAA record exists, but the origin has no working IPv6 connectivity.',
        "A routing problem or outage at the hosting provider's network.",
      ],
      clientFixes: [
        "Try again later; the fix is on the site owner's side.",
        'Send the site owner the time and Ray ID of the error.',
      ],
      serverFixes: [
        "Compare the DNS records in Cloudflare with the origin's current public IPv4 and IPv6 addresses.",
        "Remove AAAA records for addresses the origin does not serve, or fix the origin's IPv6 setup.",
        'Ask your host to check routing, and run a traceroute from the origin to a Cloudflare IP address.',
      ],
      retryNote:
        'Wait and retry later; the request did not reach the origin, so repeating it has no side effects.',
      // English usage: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/
      keywords: [
        'cloudflare',
        'cloudflare 523',
        'origin unreachable',
        'wrong origin ip',
        'origin routing',
        'dns record wrong ip',
      ],
    },
    ko: {
      name: '원 서버에 도달할 수 없음',
      summary:
        'Cloudflare가 네트워크상으로 원 서버에 전혀 닿을 수 없을 때 보내는 비표준 코드입니다.',
      detail:
        'Cloudflare는 원 서버 주소로 가는 네트워크 경로가 없을 때, HTTP 표준 코드가 아닌 523을 보냅니다. 웹 서버가 꺼졌거나 느리다는 뜻이 아니라, 라우팅 문제나 잘못된 IP 주소를 의심하라는 신호입니다. Cloudflare의 DNS 레코드에 예전 IP 주소가 남아 있거나, 원 서버가 실제로 받지 않는 IPv6 주소의 AAAA 레코드가 있는 경우가 흔합니다. 요청은 원 서버까지 가지 못했습니다.',
      causes: [
        'Cloudflare의 A나 AAAA 레코드가 원 서버가 더 이상 쓰지 않는 IP 주소를 가리킵니다.',
        'AAAA 레코드는 있지만 원 서버의 IPv6 연결이 동작하지 않습니다.',
        '호스팅 업체 네트워크에 라우팅 문제나 장애가 있습니다.',
      ],
      clientFixes: [
        '해결은 사이트 운영자 쪽에서 해야 하므로 나중에 재시도합니다.',
        '오류 발생 시각과 Ray ID를 사이트 운영자에게 보냅니다.',
      ],
      serverFixes: [
        'Cloudflare의 DNS 레코드를 원 서버의 현재 공인 IPv4·IPv6 주소와 비교합니다.',
        '원 서버가 받지 않는 주소의 AAAA 레코드를 지우거나, 원 서버의 IPv6 설정을 고칩니다.',
        '호스팅 업체에 라우팅 점검을 요청하고, 원 서버에서 Cloudflare IP 주소로 traceroute를 실행해 봅니다.',
      ],
      retryNote:
        '요청이 원 서버에 닿지 않아 다시 보내도 부작용이 없으므로, 기다렸다가 나중에 재시도합니다.',
      // Korean usage: https://info.haominhouse.com/entry/%EC%82%AC%EC%9D%B4%ED%8A%B8-%EC%A0%91%EC%86%8D-%EC%9E%A5%EC%95%A0-%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C%ED%94%8C%EB%A0%88%EC%96%B4-%EC%98%A4%EB%A5%98%EB%B3%84-%EC%A1%B0%EC%B9%98-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC, https://story.haominhouse.com/entry/Cloudflare-%EC%9E%A5%EC%95%A0-%EC%9B%90%EC%9D%B8%EA%B3%BC-%EB%B3%B5%EA%B5%AC-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC%EC%82%AC%EC%9D%B4%ED%8A%B8-%EB%8B%A4%EC%9A%B4-%EC%8B%9C-%EC%A6%89%EC%8B%9C-%EB%8C%80%EC%9D%91
      keywords: [
        '클라우드플레어',
        'cloudflare',
        '클라우드플레어 523',
        '원 서버 도달 불가',
        '원 서버 IP 오류',
        'A 레코드 IP',
        '원 서버 라우팅',
      ],
    },
  },
  {
    code: 524,
    phrase: 'A Timeout Occurred',
    status: 'non-standard',
    vendor: 'cloudflare',
    headers: [],
    spec: {
      title: 'Cloudflare documentation',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/',
    },
    cacheable: false,
    retry: 'idempotent-only',
    en: {
      name: 'A Timeout Occurred',
      summary:
        "Cloudflare's non-standard code for an origin that accepted the request but did not send an HTTP response in time.",
      detail:
        "Cloudflare, not the HTTP standard, defines 524. The TCP connection to the origin worked and the request was sent, but no HTTP response arrived before Cloudflare's proxy read timeout, which is 120 seconds by default (older documentation said 100 seconds). The origin may still be working on the request and may finish it after Cloudflare has given up. Raising timeouts on your own server (nginx proxy_read_timeout, PHP max_execution_time) does not help, because Cloudflare's limit in front of it still applies.",
      causes: [
        "A long-running request such as a report, export, import or heavy database query takes longer than Cloudflare's limit.",
        'The origin is overloaded and queues requests until they time out.',
        'An upstream dependency of the application (database, external API) hangs.',
      ],
      clientFixes: [
        'Do not resubmit forms or payments blindly; the origin may have completed the first request.',
        'Retry idempotent requests later, or ask for a smaller result (pagination, narrower date ranges).',
      ],
      serverFixes: [
        'Move long work to a background job and let the client poll for the result, so each HTTP request finishes well within the limit.',
        'Serve endpoints that truly need long requests from a DNS-only (unproxied) subdomain.',
        "On the Enterprise plan, raise the zone's proxy_read_timeout (or use a Cache Rule with Proxy Read Timeout), up to 6000 seconds.",
        'Log response times at the origin to find the slow endpoints and queries.',
      ],
      retryNote:
        'Only retry idempotent requests automatically; the origin may still complete the original request.',
      // English usage: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/, https://community.cloudflare.com/t/topic/333602/3
      keywords: [
        'cloudflare',
        'cloudflare 524',
        'cloudflare timeout',
        'cloudflare 100 seconds',
        'cloudflare proxy read timeout',
        'origin slow response',
        'long running request',
        'took too long to send any response',
        'origin too slow to respond',
      ],
    },
    ko: {
      name: '시간 초과 발생',
      summary:
        '원 서버가 요청을 받았지만 제시간에 HTTP 응답을 보내지 않았을 때 Cloudflare가 보내는 비표준 코드입니다.',
      detail:
        '524는 HTTP 표준이 아니라 Cloudflare가 정의한 코드입니다. 원 서버와의 TCP 연결도 되었고 요청도 보냈지만, Cloudflare의 프록시 읽기 제한 시간(기본 120초, 예전 문서에서는 100초) 안에 HTTP 응답이 오지 않았다는 뜻입니다. 원 서버는 여전히 요청을 처리하는 중일 수 있고, Cloudflare가 포기한 뒤에 작업을 마칠 수도 있습니다. 앞단에 있는 Cloudflare의 제한 시간이 그대로 적용되므로, 내 서버의 제한 시간(nginx proxy_read_timeout, PHP max_execution_time)을 늘려도 소용없습니다.',
      causes: [
        '보고서, 내보내기, 가져오기, 무거운 데이터베이스 쿼리처럼 오래 걸리는 요청이 Cloudflare의 제한 시간을 넘깁니다.',
        '원 서버가 과부하 상태라 요청이 대기열에서 기다리다 시간 초과됩니다.',
        '애플리케이션이 의존하는 데이터베이스나 외부 API가 응답하지 않고 멈춰 있습니다.',
      ],
      clientFixes: [
        '원 서버가 첫 요청을 이미 처리했을 수 있으니 폼이나 결제를 무작정 다시 제출하지 않습니다.',
        '멱등 요청은 나중에 재시도하거나, 페이지를 나누거나 날짜 범위를 좁혀 결과를 작게 요청합니다.',
      ],
      serverFixes: [
        '오래 걸리는 작업은 백그라운드 작업으로 옮기고 클라이언트가 결과를 폴링하게 해서, HTTP 요청 하나하나가 제한 시간 안에 넉넉히 끝나도록 합니다.',
        '정말 긴 요청이 필요한 엔드포인트는 프록시하지 않는 DNS 전용 하위 도메인에서 제공합니다.',
        'Enterprise 요금제라면 영역의 proxy_read_timeout을 올리거나 Proxy Read Timeout을 지정한 Cache Rule을 써서 최대 6000초까지 늘릴 수 있습니다.',
        '원 서버에서 응답 시간을 기록해 느린 엔드포인트와 쿼리를 찾습니다.',
      ],
      retryNote:
        '원 서버가 원래 요청을 여전히 완료할 수 있으므로 자동 재시도는 멱등 요청에만 합니다.',
      // Korean usage: https://info.haominhouse.com/entry/%EC%82%AC%EC%9D%B4%ED%8A%B8-%EC%A0%91%EC%86%8D-%EC%9E%A5%EC%95%A0-%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C%ED%94%8C%EB%A0%88%EC%96%B4-%EC%98%A4%EB%A5%98%EB%B3%84-%EC%A1%B0%EC%B9%98-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC, https://elmajor710.com/m/193
      keywords: [
        '클라우드플레어',
        'cloudflare',
        '클라우드플레어 524',
        '클라우드플레어 타임아웃',
        '원 서버 응답 지연',
        '100초',
        '120초',
        '클라우드플레어 proxy_read_timeout',
      ],
    },
  },
  {
    code: 525,
    phrase: 'SSL Handshake Failed',
    status: 'non-standard',
    vendor: 'cloudflare',
    headers: [],
    spec: {
      title: 'Cloudflare documentation',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'SSL Handshake Failed',
      summary:
        "Cloudflare's non-standard code for a failed TLS handshake between Cloudflare and the origin server.",
      detail:
        "This Cloudflare-specific code, which is not part of the HTTP standard, appears when the SSL/TLS mode is Full or Full (strict) and Cloudflare cannot complete a TLS handshake with the origin. The visitor's connection to Cloudflare is fine; the failure is on the second leg, from Cloudflare to your server. Typical reasons are no certificate on port 443, no SNI support, or no TLS version and cipher suite in common. If the handshake succeeds but the certificate is not trusted, Cloudflare reports 526 instead.",
      causes: [
        'No valid certificate is installed for the hostname on the origin, or port 443 serves plain HTTP.',
        'The origin does not support SNI and so presents no certificate or the wrong one.',
        'The origin offers only TLS versions or cipher suites that Cloudflare does not accept.',
      ],
      clientFixes: [
        'There is nothing to fix in your browser; let the site owner know, with the Ray ID.',
        'Try again later after the owner has fixed the origin certificate.',
      ],
      serverFixes: [
        'Install a certificate on the origin, for example a free Cloudflare Origin CA certificate, and serve it on port 443.',
        'Test the handshake the way Cloudflare does: `openssl s_client -connect ORIGIN_IP:443 -servername example.com`.',
        'Enable TLS 1.2 or 1.3 with modern cipher suites and make sure SNI-based virtual hosts are configured.',
      ],
      retryNote: 'The handshake fails the same way until the origin TLS setup is fixed.',
      // English usage: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/
      keywords: [
        'cloudflare',
        'cloudflare 525',
        'origin ssl handshake',
        'cloudflare full ssl',
        'origin tls error',
        'origin sni',
      ],
    },
    ko: {
      name: 'SSL 핸드셰이크 실패',
      summary:
        'Cloudflare와 원 서버 사이의 TLS 핸드셰이크가 실패했을 때 Cloudflare가 보내는 비표준 코드입니다.',
      detail:
        'HTTP 표준에 없는 Cloudflare 전용 코드로, SSL/TLS 모드가 Full 또는 Full (strict)인데 Cloudflare가 원 서버와 TLS 핸드셰이크를 마치지 못할 때 나타납니다. 방문자와 Cloudflare 사이의 연결은 정상이고, 실패한 것은 Cloudflare에서 내 서버로 가는 두 번째 구간입니다. 443번 포트에 인증서가 없거나, SNI를 지원하지 않거나, 양쪽이 함께 쓸 수 있는 TLS 버전과 암호 스위트가 없는 경우가 대표적입니다. 핸드셰이크는 성공했지만 인증서를 신뢰할 수 없다면 Cloudflare는 526을 보냅니다.',
      causes: [
        '원 서버에 해당 호스트 이름의 유효한 인증서가 없거나, 443번 포트에서 일반 HTTP를 제공합니다.',
        '원 서버가 SNI를 지원하지 않아 인증서를 내놓지 않거나 엉뚱한 인증서를 내놓습니다.',
        '원 서버가 Cloudflare가 받아들이지 않는 TLS 버전이나 암호 스위트만 제공합니다.',
      ],
      clientFixes: [
        '브라우저에서 고칠 것은 없으니 Ray ID와 함께 사이트 운영자에게 알립니다.',
        '운영자가 원 서버 인증서를 고친 뒤에 재시도합니다.',
      ],
      serverFixes: [
        '무료 Cloudflare Origin CA 인증서 등을 원 서버에 설치하고 443번 포트에서 제공합니다.',
        'Cloudflare와 같은 방식으로 핸드셰이크를 시험해 봅니다(`openssl s_client -connect ORIGIN_IP:443 -servername example.com`).',
        'TLS 1.2나 1.3을 최신 암호 스위트와 함께 켜고, SNI 기반 가상 호스트가 설정되어 있는지 확인합니다.',
      ],
      retryNote: '원 서버의 TLS 설정을 고치기 전까지 핸드셰이크는 같은 이유로 실패합니다.',
      // Korean usage: https://story.haominhouse.com/entry/Cloudflare-%EC%9E%A5%EC%95%A0-%EC%9B%90%EC%9D%B8%EA%B3%BC-%EB%B3%B5%EA%B5%AC-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC%EC%82%AC%EC%9D%B4%ED%8A%B8-%EB%8B%A4%EC%9A%B4-%EC%8B%9C-%EC%A6%89%EC%8B%9C-%EB%8C%80%EC%9D%91, https://info.haominhouse.com/entry/%EC%82%AC%EC%9D%B4%ED%8A%B8-%EC%A0%91%EC%86%8D-%EC%9E%A5%EC%95%A0-%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C%ED%94%8C%EB%A0%88%EC%96%B4-%EC%98%A4%EB%A5%98%EB%B3%84-%EC%A1%B0%EC%B9%98-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC
      keywords: [
        '클라우드플레어',
        'cloudflare',
        '클라우드플레어 525',
        '클라우드플레어 SSL 오류',
        '클라우드플레어 SSL 핸드셰이크 실패',
        '원 서버 SSL 핸드셰이크',
        '원 서버 TLS 오류',
        'Full 모드',
      ],
    },
  },
  {
    code: 526,
    phrase: 'Invalid SSL Certificate',
    status: 'non-standard',
    vendor: 'cloudflare',
    headers: [],
    spec: {
      title: 'Cloudflare documentation',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Invalid SSL Certificate',
      summary:
        "Cloudflare's non-standard code for an origin certificate that fails validation in Full (strict) mode.",
      detail:
        'Cloudflare sends 526, a code that is not in the HTTP standard, when the SSL/TLS mode is Full (strict) and the certificate presented by the origin cannot be validated. The handshake itself worked, unlike with 525, but Cloudflare refuses to trust the certificate: it is expired, self-signed, issued for another hostname, or missing its intermediate chain. Cloudflare Gateway and Workers subrequests can show the same code for the same reason. Switching to plain Full mode hides the error but also turns off certificate checking, so fixing the certificate is the better answer.',
      causes: [
        'The origin certificate has expired, for example after an automatic renewal silently failed.',
        'The certificate is self-signed or issued by a CA Cloudflare does not trust.',
        "The hostname is not in the certificate's Common Name or Subject Alternative Names.",
        'The origin sends the leaf certificate without its intermediate certificates.',
      ],
      clientFixes: [
        'Nothing on your side can fix it; report it to the site owner with the Ray ID.',
        'Check back later once the certificate has been replaced.',
      ],
      serverFixes: [
        'Install a Cloudflare Origin CA certificate or a publicly trusted one that covers every proxied hostname.',
        'Renew expired certificates and check that the renewal job (certbot, acme.sh) really reloads the web server.',
        "Serve the full chain (leaf plus intermediates), for example fullchain.pem in nginx's ssl_certificate.",
        "For a self-signed certificate you must keep, upload it to Cloudflare's Custom Origin Trust Store.",
      ],
      retryNote: 'Requests keep failing until the origin certificate is valid.',
      // English usage: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/, https://brain-donnyaw-cf-pages-ols.pages.dev/10-troubleshooting-and-maintenance/ssl-errors/cloudflare-526-error
      keywords: [
        'cloudflare',
        'cloudflare 526',
        'invalid origin certificate',
        'full strict',
        'origin ca',
        'expired origin certificate',
        'self-signed origin certificate',
      ],
    },
    ko: {
      name: '유효하지 않은 SSL 인증서',
      summary:
        'Full (strict) 모드에서 원 서버 인증서 검증에 실패했을 때 Cloudflare가 보내는 비표준 코드입니다.',
      detail:
        'Cloudflare는 SSL/TLS 모드가 Full (strict)이고 원 서버가 내놓은 인증서를 검증할 수 없을 때, HTTP 표준에 없는 코드인 526을 보냅니다. 525와 달리 핸드셰이크 자체는 성공했지만, 인증서가 만료되었거나 자체 서명되었거나 다른 호스트 이름용이거나 중간 인증서 체인이 빠져 있어 Cloudflare가 신뢰하지 않는 것입니다. Cloudflare Gateway와 Workers 하위 요청에서도 같은 이유로 이 코드가 나올 수 있습니다. 그냥 Full 모드로 바꾸면 오류는 사라지지만 인증서 검사도 꺼지므로, 인증서를 고치는 편이 낫습니다.',
      causes: [
        '자동 갱신이 소리 없이 실패하는 바람에 원 서버 인증서가 만료되었습니다.',
        '자체 서명 인증서이거나 Cloudflare가 신뢰하지 않는 CA가 발급했습니다.',
        '호스트 이름이 인증서의 Common Name이나 Subject Alternative Name에 없습니다.',
        '원 서버가 중간 인증서 없이 최종 인증서만 보냅니다.',
      ],
      clientFixes: [
        '내 쪽에서 고칠 방법은 없으니 Ray ID와 함께 사이트 운영자에게 알립니다.',
        '인증서가 교체된 뒤에 다시 접속해 봅니다.',
      ],
      serverFixes: [
        '프록시하는 모든 호스트 이름을 포함하는 Cloudflare Origin CA 인증서나 공인 인증서를 설치합니다.',
        '만료된 인증서를 갱신하고, certbot이나 acme.sh 같은 갱신 작업이 웹 서버 설정을 실제로 다시 불러오는지 확인합니다.',
        'nginx ssl_certificate에 fullchain.pem을 지정하는 식으로 최종 인증서와 중간 인증서를 포함한 전체 체인을 제공합니다.',
        '자체 서명 인증서를 계속 써야 한다면 Cloudflare의 Custom Origin Trust Store에 올립니다.',
      ],
      retryNote: '원 서버 인증서가 유효해질 때까지 요청은 계속 실패합니다.',
      // Korean usage: https://allgoodall.co.kr/%ec%a0%95%eb%b3%b4/%ec%9b%b9%ec%82%ac%ec%9d%b4%ed%8a%b8-%ec%a0%91%ec%86%8d-%ec%b0%a8%eb%8b%a8-%ed%95%b4%ea%b2%b0%ec%82%ac-%ec%97%90%eb%9f%ac%ec%bd%94%eb%93%9c-526-%ea%b0%84%eb%8b%a8%ed%95%98%ea%b2%8c-%ed%95%b4%ea%b2%b0, https://blog.jiwon.io/posts/cloudflare-invalid-ssl
      keywords: [
        '클라우드플레어',
        'cloudflare',
        '클라우드플레어 526',
        '원 서버 인증서 오류',
        '원 서버 인증서 만료',
        'full strict',
        '원본 CA 인증서',
        '자체 서명 인증서',
      ],
    },
  },
  {
    code: 527,
    phrase: 'Railgun Error',
    formerPhrases: ['Railgun Listener to Origin Error'],
    status: 'non-standard',
    vendor: 'cloudflare',
    headers: [],
    spec: { title: 'Cloudflare blog', url: 'https://blog.cloudflare.com/deprecating-railgun/' },
    cacheable: false,
    retry: 'after-delay',
    en: {
      name: 'Railgun Error',
      summary:
        "Cloudflare's non-standard code for a failure between its discontinued Railgun service and the origin server.",
      detail:
        'Railgun was a Cloudflare product that compressed traffic between Cloudflare and a Railgun Listener installed next to the origin. 527, which is not an HTTP standard code, meant that the connection between Cloudflare and the Listener, or between the Listener and the origin web server, had failed or timed out. Cloudflare has since discontinued Railgun (the deprecation was announced in 2023), so you should only meet this code in old logs and documentation. If it still appears, some leftover Railgun setup is involved and should be removed.',
      causes: [
        'The Railgun Listener could not connect to the origin web server, or timed out waiting for it.',
        "A firewall blocked Cloudflare from the Listener's port (TCP 2408 by default).",
        'A leftover Railgun configuration still routes traffic after the service was shut down.',
      ],
      clientFixes: [
        'Retry after a while, and report the error with its Ray ID to the site owner if it continues.',
        'Treat it like a gateway error from the site: there is nothing to change in the request itself.',
      ],
      serverFixes: [
        'Remove any remaining Railgun configuration from the zone and uninstall the rg-listener service on the origin.',
        'Use a current Cloudflare feature instead, such as Argo Smart Routing or Cloudflare Tunnel, for faster or private origin connections.',
      ],
      retryNote:
        'A later retry may work if the failure was temporary, but the lasting fix is removing the retired Railgun setup.',
      // English usage: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-527/
      keywords: [
        'cloudflare',
        'cloudflare 527',
        'railgun',
        'rg-listener',
        'railgun discontinued',
        'origin railgun connection',
      ],
    },
    ko: {
      name: 'Railgun 오류',
      summary:
        '지금은 중단된 Cloudflare Railgun 서비스와 원 서버 사이에 문제가 생겼을 때 쓰던 Cloudflare의 비표준 코드입니다.',
      detail:
        'Railgun은 Cloudflare와 원 서버 옆에 설치한 Railgun Listener 사이의 트래픽을 압축해 주던 Cloudflare 제품입니다. HTTP 표준 코드가 아닌 527은 Cloudflare와 Listener 사이, 또는 Listener와 원 웹 서버 사이의 연결이 실패했거나 시간 초과되었다는 뜻이었습니다. Cloudflare는 그 뒤 Railgun을 중단했으므로(2023년에 중단 계획을 발표했습니다), 이 코드는 오래된 로그와 문서에서나 볼 수 있습니다. 아직도 나타난다면 남아 있는 Railgun 설정이 관련된 것이니 정리해야 합니다.',
      causes: [
        'Railgun Listener가 원 웹 서버에 연결하지 못했거나 응답을 기다리다 시간 초과되었습니다.',
        '방화벽이 Listener 포트(기본 TCP 2408)로 들어오는 Cloudflare 연결을 막았습니다.',
        '서비스가 종료된 뒤에도 남아 있는 Railgun 설정이 트래픽을 보내고 있습니다.',
      ],
      clientFixes: [
        '잠시 뒤 재시도하고, 계속되면 Ray ID와 함께 사이트 운영자에게 알립니다.',
        '사이트 쪽 게이트웨이 오류로 보면 되며, 요청 자체에서 바꿀 것은 없습니다.',
      ],
      serverFixes: [
        '영역에 남은 Railgun 설정을 지우고 원 서버에서 rg-listener 서비스를 제거합니다.',
        '빠르거나 비공개인 원 서버 연결이 필요하다면 Argo Smart Routing이나 Cloudflare Tunnel 같은 현행 기능을 씁니다.',
      ],
      retryNote:
        '일시적인 장애라면 나중에 재시도해 통할 수도 있지만, 근본 해결책은 종료된 Railgun 설정을 없애는 것입니다.',
      // Korean usage: https://info.haominhouse.com/entry/%EC%82%AC%EC%9D%B4%ED%8A%B8-%EC%A0%91%EC%86%8D-%EC%9E%A5%EC%95%A0-%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C%ED%94%8C%EB%A0%88%EC%96%B4-%EC%98%A4%EB%A5%98%EB%B3%84-%EC%A1%B0%EC%B9%98-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC (Railgun itself has no Korean coverage)
      keywords: [
        '클라우드플레어',
        'cloudflare',
        '클라우드플레어 527',
        'railgun',
        '레일건',
        'rg-listener',
        'Railgun 서비스 종료',
      ],
    },
  },
  {
    code: 530,
    phrase: 'Origin DNS Error',
    status: 'non-standard',
    vendor: 'cloudflare',
    headers: [],
    spec: {
      title: 'Cloudflare documentation',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Origin DNS Error',
      summary:
        "Cloudflare's non-standard code, shown together with a 1xxx error, for an origin hostname Cloudflare cannot resolve or reach.",
      detail:
        'Cloudflare returns 530, which is not part of the HTTP standard, when it cannot work out where to send the request, and the error page names a more specific Cloudflare 1xxx error. The most common pairing is error 1016 (Origin DNS error): the CNAME or origin hostname configured in Cloudflare does not resolve in public DNS. Another frequent one is 1033, a Cloudflare Tunnel whose cloudflared connector is not running. Always look up the 1xxx number on the page; it tells you what to fix.',
      causes: [
        'A CNAME record points at a hostname that no longer exists or does not resolve publicly (error 1016).',
        'The origin hostname only resolves on a private network or in split-horizon DNS that Cloudflare cannot see.',
        'A Cloudflare Tunnel has no healthy cloudflared connector (error 1033).',
      ],
      clientFixes: [
        'Note the 1xxx error number and Ray ID on the page and pass them to the site owner.',
        "Retry later; the fix is a DNS or tunnel change on the site owner's side.",
      ],
      serverFixes: [
        'Resolve the CNAME target or origin hostname from outside your network (`dig +short origin.example.com @1.1.1.1`) and fix or replace it.',
        'Check the DNS records in the Cloudflare dashboard for typos and for targets at old hosting providers or deleted load balancers.',
        'For tunnels, make sure cloudflared is running and connected (`cloudflared tunnel info NAME`) and that the route points to the right tunnel.',
      ],
      retryNote: 'Requests fail the same way until the DNS record or tunnel is fixed.',
      // English usage: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/, https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1016/
      keywords: [
        'cloudflare',
        'cloudflare 530',
        'error 1016',
        'error 1033',
        'cloudflare tunnel',
        'cloudflared',
        'origin cname not resolving',
      ],
    },
    ko: {
      name: '원 서버 DNS 오류',
      summary:
        'Cloudflare가 원 서버 호스트 이름을 확인하거나 찾아갈 수 없을 때 1xxx 오류와 함께 보내는 비표준 코드입니다.',
      detail:
        'Cloudflare는 요청을 어디로 보내야 할지 알아낼 수 없을 때 HTTP 표준에 없는 530을 보내고, 오류 페이지에 더 구체적인 Cloudflare 1xxx 오류 번호를 표시합니다. 가장 흔한 조합은 1016(Origin DNS error)으로, Cloudflare에 설정한 CNAME이나 원 서버 호스트 이름이 공개 DNS에서 확인되지 않는 경우입니다. cloudflared 커넥터가 실행되지 않는 Cloudflare Tunnel을 뜻하는 1033도 자주 나옵니다. 무엇을 고쳐야 하는지는 페이지의 1xxx 번호가 알려 주므로 꼭 찾아봅니다.',
      causes: [
        'CNAME 레코드가 더 이상 없거나 공개 DNS에서 확인되지 않는 호스트 이름을 가리킵니다(1016 오류).',
        '원 서버 호스트 이름이 사설 네트워크나 Cloudflare가 볼 수 없는 내부용 DNS(split-horizon)에서만 확인됩니다.',
        'Cloudflare Tunnel에 정상 동작하는 cloudflared 커넥터가 없습니다(1033 오류).',
      ],
      clientFixes: [
        '페이지의 1xxx 오류 번호와 Ray ID를 적어 사이트 운영자에게 전달합니다.',
        '사이트 운영자가 DNS나 터널을 고쳐야 해결되므로 나중에 재시도합니다.',
      ],
      serverFixes: [
        '네트워크 바깥에서 CNAME 대상이나 원 서버 호스트 이름을 조회해 보고(`dig +short origin.example.com @1.1.1.1`) 고치거나 바꿉니다.',
        'Cloudflare 대시보드의 DNS 레코드에 오타가 없는지, 예전 호스팅 업체나 삭제된 로드 밸런서를 가리키지 않는지 확인합니다.',
        '터널이라면 cloudflared가 실행되어 연결되어 있는지(`cloudflared tunnel info NAME`), 라우트가 올바른 터널을 가리키는지 확인합니다.',
      ],
      retryNote: 'DNS 레코드나 터널을 고치기 전까지 요청은 같은 이유로 실패합니다.',
      // Korean usage: https://story.haominhouse.com/entry/Cloudflare-%EC%9E%A5%EC%95%A0-%EC%9B%90%EC%9D%B8%EA%B3%BC-%EB%B3%B5%EA%B5%AC-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC%EC%82%AC%EC%9D%B4%ED%8A%B8-%EB%8B%A4%EC%9A%B4-%EC%8B%9C-%EC%A6%89%EC%8B%9C-%EB%8C%80%EC%9D%91, https://elmajor710.com/m/193
      keywords: [
        '클라우드플레어',
        'cloudflare',
        '클라우드플레어 530',
        '1016 오류',
        '1033 오류',
        '클라우드플레어 터널',
        'cloudflared',
        '원 서버 DNS 조회 실패',
      ],
    },
  },
  {
    code: 530,
    phrase: 'Site Frozen',
    status: 'non-standard',
    vendor: 'pantheon',
    headers: [],
    spec: {
      title: 'Pantheon documentation',
      url: 'https://docs.pantheon.io/guides/platform-considerations/platform-site-info#inactive-site-freezing',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Site Frozen',
      summary:
        "Pantheon's non-standard code for a site that the hosting platform has frozen because of inactivity.",
      detail:
        "Pantheon, a WordPress and Drupal hosting platform, freezes free Sandbox sites that have had no code commits or other Git activity for several months. Every request to a frozen site then returns 530 Site Frozen, and the site's dashboard is unavailable until it is unfrozen. The code is Pantheon's own and is not part of the HTTP standard; Cloudflare uses the same number for an unrelated DNS error. Unfreezing takes one click in the Pantheon dashboard and a few minutes.",
      causes: [
        'The site is a Sandbox (unpaid) site with no Git activity for the period Pantheon allows.',
        'A demo or development site was left idle after a project ended.',
      ],
      clientFixes: [
        'Visitors cannot fix this; contact the site owner or developer.',
        'If you own the site, sign in to Pantheon and unfreeze it from the site dashboard.',
      ],
      serverFixes: [
        'In the Pantheon User Dashboard, select the frozen site and click Unfreeze site, then wait a few minutes.',
        'If static assets are missing afterwards, restore the environment from its backup; only committed files survive.',
        'Move sites that must stay online to a paid plan, which is not subject to inactivity freezing.',
      ],
      retryNote:
        'The site stays frozen until its owner unfreezes it; retrying before that does not help.',
      // English usage: https://docs.pantheon.io/guides/platform-considerations/platform-site-info#inactive-site-freezing
      keywords: [
        'pantheon',
        'pantheon 530',
        'pantheon frozen site',
        'sandbox site',
        'inactive site',
        'unfreeze site',
      ],
    },
    ko: {
      name: '사이트 동결됨',
      summary:
        '호스팅 플랫폼이 오래 활동이 없는 사이트를 동결했을 때 Pantheon이 보내는 비표준 코드입니다.',
      detail:
        'WordPress·Drupal 호스팅 플랫폼인 Pantheon은 코드 커밋 등 Git 활동이 몇 달 동안 없는 무료 Sandbox 사이트를 동결합니다. 그러면 동결된 사이트로 가는 모든 요청이 530 Site Frozen을 돌려받고, 동결을 풀 때까지 사이트 대시보드도 쓸 수 없습니다. Pantheon 고유의 코드로 HTTP 표준에는 없으며, Cloudflare도 같은 번호를 관계없는 DNS 오류에 씁니다. 동결 해제는 Pantheon 대시보드에서 클릭 한 번이면 되고 몇 분 정도 걸립니다.',
      causes: [
        '사이트가 Pantheon이 허용하는 기간 동안 Git 활동이 없는 Sandbox(무료) 사이트입니다.',
        '프로젝트가 끝난 뒤 데모용이나 개발용 사이트가 방치되었습니다.',
      ],
      clientFixes: [
        '방문자가 해결할 수는 없으니 사이트 운영자나 개발자에게 연락합니다.',
        '사이트를 운영한다면 Pantheon에 로그인해 사이트 대시보드에서 동결을 해제합니다.',
      ],
      serverFixes: [
        'Pantheon User Dashboard에서 동결된 사이트를 고르고 Unfreeze site를 누른 뒤 몇 분 기다립니다.',
        '해제한 뒤 정적 파일이 빠져 있다면 그 환경의 백업에서 복원합니다. 커밋된 파일만 남기 때문입니다.',
        '계속 운영해야 하는 사이트는 비활성 동결 대상이 아닌 유료 요금제로 옮깁니다.',
      ],
      retryNote:
        '운영자가 동결을 풀기 전에는 사이트가 계속 동결되어 있으므로 재시도해도 소용없습니다.',
      // Korean usage: https://docs.pantheon.io/guides/platform-considerations/platform-site-info#inactive-site-freezing (no Korean posts found)
      keywords: [
        '판테온',
        'pantheon',
        '판테온 530',
        '판테온 사이트 동결',
        'sandbox',
        '비활성 사이트',
        '동결 해제',
      ],
    },
  },
  {
    code: 561,
    phrase: 'Unauthorized',
    status: 'non-standard',
    vendor: 'aws-elb',
    headers: ['Location'],
    spec: {
      title: 'AWS documentation',
      url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-561-issues',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Unauthorized',
      summary:
        'An AWS load balancer code, outside the HTTP standard, for a login that failed because the identity provider returned an error.',
      detail:
        "AWS Application Load Balancers can sign users in through an OpenID Connect identity provider or Amazon Cognito before forwarding requests. When the identity provider answers the load balancer's authentication request with an error code, the load balancer returns 561 to the user. It is specific to AWS Elastic Load Balancing and not an HTTP standard code. Unlike the load balancer's 401, which covers denied users and unreachable IdP endpoints, 561 means the IdP itself reported a problem, so the IdP's logs and settings are where to look.",
      causes: [
        'The client ID or client secret configured in the authenticate-oidc or authenticate-cognito action is wrong or expired.',
        "The callback URL registered at the IdP does not match https://DNS_NAME/oauth2/idpresponse for the load balancer's domain.",
        'The IdP rejected the request: unsupported scope, disabled application, or a user who cancelled consent.',
      ],
      clientFixes: [
        "Sign in again from the start in a fresh tab, and clear the site's cookies if the login loops.",
        'If it persists, tell the application owner the time and the account you used.',
      ],
      serverFixes: [
        "Check the IdP's own logs for the error code it returned (invalid_client, invalid_grant, etc.).",
        'Compare issuer, authorization, token and user-info endpoints, client ID and secret in the listener rule with the IdP configuration.',
        'Register https://YOUR_DOMAIN/oauth2/idpresponse as an allowed callback URL at the IdP.',
      ],
      retryNote: 'Repeating the login fails again until the IdP error is resolved.',
      // English usage: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-561-issues
      keywords: [
        'aws alb',
        'elb',
        'alb 561',
        'alb oidc',
        'cognito',
        'identity provider error',
        'alb authentication',
        'oauth2/idpresponse',
      ],
    },
    ko: {
      name: 'ID 공급자 인증 실패',
      summary:
        'ID 공급자(IdP)가 오류를 돌려줘 로그인에 실패했을 때 AWS 로드 밸런서가 보내는 비표준 코드입니다.',
      detail:
        'AWS Application Load Balancer는 요청을 전달하기 전에 OpenID Connect ID 공급자나 Amazon Cognito로 사용자를 로그인시킬 수 있습니다. 로드 밸런서의 인증 요청에 ID 공급자가 오류 코드로 응답하면, 로드 밸런서는 사용자에게 561을 보냅니다. AWS Elastic Load Balancing 전용 코드이며 HTTP 표준 코드가 아닙니다. 접근이 거부된 사용자나 IdP 엔드포인트에 닿지 못한 경우를 뜻하는 로드 밸런서의 401과 달리, 561은 IdP 자체가 문제를 보고했다는 뜻이므로 IdP의 로그와 설정을 살펴봐야 합니다.',
      causes: [
        'authenticate-oidc나 authenticate-cognito 작업에 설정한 클라이언트 ID나 클라이언트 시크릿이 틀렸거나 만료되었습니다.',
        'IdP에 등록된 콜백 URL이 로드 밸런서 도메인의 https://DNS_NAME/oauth2/idpresponse와 다릅니다.',
        '지원하지 않는 스코프, 비활성화된 애플리케이션, 사용자의 동의 취소 등으로 IdP가 요청을 거부했습니다.',
      ],
      clientFixes: [
        '새 탭에서 처음부터 다시 로그인하고, 로그인이 반복되면 사이트 쿠키를 지웁니다.',
        '계속되면 발생 시각과 사용한 계정을 애플리케이션 담당자에게 알립니다.',
      ],
      serverFixes: [
        'IdP 자체 로그에서 IdP가 돌려준 오류 코드(invalid_client, invalid_grant 등)를 확인합니다.',
        '리스너 규칙에 설정한 발급자(issuer), 권한 부여·토큰·사용자 정보 엔드포인트, 클라이언트 ID와 시크릿을 IdP 설정과 대조합니다.',
        'IdP에 https://YOUR_DOMAIN/oauth2/idpresponse를 허용된 콜백 URL로 등록합니다.',
      ],
      retryNote: 'IdP 오류가 해결되기 전까지는 다시 로그인해도 실패합니다.',
      // Korean usage: https://docs.aws.amazon.com/ko_kr/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html, https://ls-altr.tistory.com/m/148
      keywords: [
        'aws alb',
        'elb',
        'ALB 561',
        'ALB OIDC',
        'cognito',
        '코그니토',
        'IdP 오류',
        'ALB 인증 실패',
      ],
    },
  },
  {
    code: 598,
    phrase: 'Network Read Timeout Error',
    status: 'non-standard',
    vendor: 'proxies',
    headers: [],
    spec: {
      title: 'Wikipedia: List of HTTP status codes',
      url: 'https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes',
    },
    cacheable: false,
    retry: 'idempotent-only',
    en: {
      name: 'Network Read Timeout Error',
      summary:
        'An informal, non-standard code some proxies use when reading the response from the server behind them timed out.',
      detail:
        'No standard or single vendor defines 598; it is an informal convention used by some HTTP proxies, gateways and monitoring tools. It means the proxy connected to the upstream server and sent the request, but timed out while waiting to read the response. Origin servers do not send it, so if you see it, a proxy or client-side component between you and the server produced it. The standard code for the same situation is 504 Gateway Timeout.',
      causes: [
        'The upstream server is slow to respond because of load, long queries or a hung dependency.',
        "The proxy's read timeout is shorter than the time the upstream legitimately needs.",
        'Network problems between the proxy and the upstream stall the response part-way.',
      ],
      clientFixes: [
        'Retry idempotent requests after a short delay.',
        'Find out which proxy or tool produced the code (check Via or Server headers) and raise its read timeout if you control it.',
      ],
      serverFixes: [
        'Make the upstream respond faster, or return 202 Accepted and process long work asynchronously.',
        "Align the proxy's read timeout with the upstream's real response times, and prefer sending the standard 504.",
      ],
      retryNote:
        'Idempotent requests can be retried; a POST may already have been processed upstream.',
      // English usage: https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes
      keywords: ['http 598', 'proxy 598', 'informal 504', 'unofficial'],
    },
    ko: {
      name: '네트워크 읽기 시간 초과',
      summary:
        '뒤에 있는 서버의 응답을 읽다가 시간이 초과되었을 때 일부 프록시가 쓰는 비공식 코드입니다.',
      detail:
        '598은 표준이나 특정 제공 업체가 정의한 코드가 아니며, 일부 HTTP 프록시, 게이트웨이, 모니터링 도구가 쓰는 비공식 관례입니다. 프록시가 업스트림 서버에 연결해 요청까지 보냈지만, 응답을 읽으려고 기다리다가 시간이 초과되었다는 뜻입니다. 원 서버는 이 코드를 보내지 않으므로, 이 코드가 보인다면 나와 서버 사이의 프록시나 클라이언트 쪽 구성 요소가 만든 것입니다. 같은 상황의 표준 코드는 504 Gateway Timeout입니다.',
      causes: [
        '부하, 긴 쿼리, 멈춘 의존 서비스 때문에 업스트림 서버의 응답이 느립니다.',
        '프록시의 읽기 제한 시간이 업스트림 서버가 정상적으로 응답하는 데 필요한 시간보다 짧습니다.',
        '프록시와 업스트림 서버 사이의 네트워크 문제로 응답이 도중에 멈췄습니다.',
      ],
      clientFixes: [
        '멱등 요청은 잠시 뒤 재시도합니다.',
        'Via나 Server 헤더로 어떤 프록시나 도구가 이 코드를 만들었는지 찾고, 직접 관리한다면 읽기 제한 시간을 늘립니다.',
      ],
      serverFixes: [
        '업스트림 서버가 더 빨리 응답하게 하거나, 오래 걸리는 작업은 202 Accepted를 돌려준 뒤 비동기로 처리합니다.',
        '프록시의 읽기 제한 시간을 업스트림 서버의 실제 응답 시간에 맞추고, 되도록 표준인 504를 보냅니다.',
      ],
      retryNote:
        '멱등 요청은 재시도할 수 있지만, POST는 업스트림 서버에서 이미 처리되었을 수 있습니다.',
      // Korean usage: https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes (no Korean posts found; 504 covers the situation)
      keywords: ['HTTP 598', '프록시 598', '비공식 504', '비공식 코드'],
    },
  },
  {
    code: 599,
    phrase: 'Network Connect Timeout Error',
    status: 'non-standard',
    vendor: 'proxies',
    headers: [],
    spec: {
      title: 'Tornado documentation',
      url: 'https://www.tornadoweb.org/en/stable/httpclient.html#exceptions',
    },
    cacheable: false,
    retry: 'idempotent-only',
    en: {
      name: 'Network Connect Timeout Error',
      summary:
        'An informal, non-standard code that some proxies and HTTP client libraries report when no response could be obtained, typically a connect timeout.',
      detail:
        'Like 598, this is not an HTTP standard code, and origin servers never send it. Some proxies use 599 when they could not even open a connection to the upstream server in time. Several client libraries also use it to stand for "no HTTP response at all": Python\'s Tornado, for example, reports 599 for timeouts, refused connections and DNS failures. So when a log shows 599, the request most likely never got a real answer, and the underlying network error message matters more than the number.',
      causes: [
        'The server or upstream did not accept the TCP connection within the connect timeout.',
        'DNS resolution failed or the connection was refused, which some client libraries also report as 599.',
        'A firewall, proxy or network outage between the client and the server.',
        'The request timeout in the client library was shorter than the server needed.',
      ],
      clientFixes: [
        'Read the wrapped exception or error message (timeout, connection refused, name resolution) to see what really happened.',
        "Raise the connect and request timeouts in your client (for example Tornado's connect_timeout and request_timeout) if the server is just slow.",
        'Retry idempotent requests with backoff, and check DNS and network access from the calling machine.',
      ],
      serverFixes: [
        'Check that the service is up and accepting connections on the expected port, and that its accept queue is not full.',
        'Review firewalls and security groups between the caller and the service.',
        'If you run the proxy, prefer the standard 502 or 504 so clients can tell the failure apart.',
      ],
      retryNote:
        'Retry idempotent requests with backoff; for POST, first confirm that the server did not receive the request.',
      // English usage: https://www.tornadoweb.org/en/stable/httpclient.html#exceptions
      keywords: [
        'tornado',
        'tornado 599',
        'http 599',
        'tornado httpclient',
        'connect_timeout',
        'no http response',
        'unofficial',
      ],
    },
    ko: {
      name: '네트워크 연결 시간 초과',
      summary:
        '응답을 전혀 받지 못했을 때, 특히 연결 시간이 초과되었을 때 일부 프록시와 HTTP 클라이언트 라이브러리가 보고하는 비공식 코드입니다.',
      detail:
        '598과 마찬가지로 HTTP 표준 코드가 아니며 원 서버는 이 코드를 보내지 않습니다. 일부 프록시는 업스트림 서버와의 연결조차 제시간에 열지 못했을 때 599를 씁니다. 여러 클라이언트 라이브러리도 "HTTP 응답이 아예 없음"을 나타내는 데 이 코드를 쓰는데, 예를 들어 Python의 Tornado는 시간 초과, 연결 거부, DNS 실패를 모두 599로 보고합니다. 따라서 로그에 599가 있다면 요청이 실제 응답을 받지 못했을 가능성이 높고, 번호보다 그 밑에 있는 네트워크 오류 메시지가 더 중요합니다.',
      causes: [
        '서버나 업스트림 서버가 연결 제한 시간 안에 TCP 연결을 받아들이지 않았습니다.',
        'DNS 조회가 실패했거나 연결이 거부되었고, 일부 클라이언트 라이브러리는 이것도 599로 보고합니다.',
        '클라이언트와 서버 사이의 방화벽이나 프록시가 막았거나, 네트워크 장애가 있습니다.',
        '클라이언트 라이브러리의 요청 제한 시간이 서버에 필요한 시간보다 짧았습니다.',
      ],
      clientFixes: [
        '안에 감싸인 예외나 오류 메시지(시간 초과, 연결 거부, 이름 확인 실패)를 읽어 실제로 무슨 일이 있었는지 확인합니다.',
        '서버가 단지 느린 것이라면 클라이언트의 연결·요청 제한 시간(예: Tornado의 connect_timeout, request_timeout)을 늘립니다.',
        '멱등 요청은 백오프를 두고 재시도하고, 호출하는 머신의 DNS와 네트워크 접근을 점검합니다.',
      ],
      serverFixes: [
        '서비스가 살아 있고 예상한 포트에서 연결을 받는지, 연결 대기열이 가득 차지 않았는지 확인합니다.',
        '호출하는 쪽과 서비스 사이의 방화벽과 보안 그룹을 점검합니다.',
        '프록시를 운영한다면 클라이언트가 실패 유형을 구분할 수 있도록 표준인 502나 504를 보냅니다.',
      ],
      retryNote:
        '멱등 요청은 백오프를 두고 재시도하되, POST는 서버가 요청을 받지 않았는지 먼저 확인합니다.',
      // Korean usage: https://www.tornadoweb.org/en/stable/httpclient.html#exceptions (no Korean posts on 599 found)
      keywords: [
        '토네이도',
        'tornado 599',
        'HTTP 599',
        '토네이도 연결 시간 초과',
        'connect_timeout',
        'HTTP 응답 못 받음',
        '비공식 코드',
      ],
    },
  },
];
