import type { StatusMeaning } from '../../types';

/** Server frameworks that send or name a code of their own: Laravel and Spring. */
export const FRAMEWORK_CODES: readonly StatusMeaning[] = [
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
];
