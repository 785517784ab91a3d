import type { StatusMeaning } from '../types';

export const SERVER_ERRORS: readonly StatusMeaning[] = [
  {
    code: 500,
    phrase: 'Internal Server Error',
    status: 'permanent',
    headers: [],
    spec: {
      title: 'RFC 9110',
      section: '15.6.1',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/500',
    cacheable: false,
    retry: 'idempotent-only',
    en: {
      name: 'Internal Server Error',
      summary:
        'The server hit an unexpected problem while handling the request and has no more specific code to describe it.',
      detail:
        "500 is the catch-all of the 5xx class: the request failed because of something on the server's side, and the server did not (or could not) name a more precise cause. Most of the time it means an unhandled exception in application code, such as a null reference, a failed database query or a bad configuration value, and the real message exists only in the server's logs. Unlike 502 and 504, which a proxy sends about a server behind it, a 500 normally comes from the application itself. Browsers simply show the error page; nothing in the response tells the client whether trying again will work.",
      causes: [
        'An unhandled exception or fatal error in application code, for example a PHP fatal error, an uncaught Python exception or an unhandled promise rejection in Node.js.',
        'A call to a database, cache or third-party API failed and the code did not handle the failure.',
        'A deployment shipped with a missing environment variable, a wrong file permission or an incompatible dependency version.',
        'A syntax error in .htaccess or another server configuration file, which Apache reports as 500.',
      ],
      clientFixes: [
        'Reload once or twice: a 500 caused by a brief glitch may not repeat, but do not blindly resubmit forms or payments.',
        'If only one particular input triggers it, try changing that input and tell the site owner what you sent.',
        'For an API, note the time, the URL and any request ID header in the response (such as X-Request-Id) and send them to the provider.',
      ],
      serverFixes: [
        "Find the stack trace: check the application log (storage/logs/laravel.log, the php-fpm or Gunicorn log) and the web server log, such as /var/log/nginx/error.log or Apache's error_log.",
        "Add one central error handler, such as Express error middleware with the (err, req, res, next) signature or Django's LOGGING setup, that logs the error with a request ID and returns a clean 500 without leaking stack traces.",
        'Send errors to a tracker such as Sentry and alert when the 500 rate rises after a deployment.',
        'Return a more specific code when the cause is known: 503 when a dependency is down, a 4xx code when the input is invalid.',
      ],
      retryNote:
        'Retrying GET, PUT or DELETE is reasonable because the failure may be transient, but retrying a POST may repeat an action that partly completed.',
      keywords: [
        'server error',
        'internal error',
        'unhandled exception',
        'uncaught exception',
        'stack trace',
        'crash',
        'something went wrong',
        'null pointer exception',
        'PHP fatal error',
        '.htaccess syntax error',
      ],
    },
    ko: {
      name: '내부 서버 오류',
      summary:
        '서버가 요청을 처리하다가 예상하지 못한 문제를 만났고, 이를 설명할 더 구체적인 코드가 없습니다.',
      detail:
        '500은 5xx 중 가장 포괄적인 코드입니다. 서버 쪽 문제로 요청이 실패했는데, 서버가 더 정확한 원인을 밝히지 않았거나 밝힐 수 없었다는 뜻입니다. 대부분 애플리케이션 코드에서 처리되지 않은 예외(null 참조, 데이터베이스 쿼리 실패, 잘못된 설정값 등)가 원인이며, 실제 오류 메시지는 서버 로그에만 남습니다. 프록시가 뒤에 있는 서버의 문제를 알리는 502, 504와 달리 500은 보통 애플리케이션이 직접 보냅니다. 브라우저는 오류 페이지를 보여 줄 뿐이고, 응답만 보고는 재시도로 해결될지 알 수 없습니다.',
      causes: [
        '애플리케이션 코드에서 처리되지 않은 예외나 치명적 오류가 발생했습니다. PHP fatal error, 잡히지 않은 Python 예외, Node.js의 처리되지 않은 Promise 거부 등이 해당합니다.',
        '데이터베이스, 캐시, 외부 API 호출이 실패했는데 코드가 이를 처리하지 않았습니다.',
        '배포 과정에서 환경 변수가 빠졌거나, 파일 권한이 잘못되었거나, 호환되지 않는 의존성 버전이 들어갔습니다.',
        '.htaccess 같은 서버 설정 파일에 문법 오류가 있습니다. Apache는 이 경우 500으로 응답합니다.',
      ],
      clientFixes: [
        '한두 번 새로고침해 봅니다. 잠깐의 문제였다면 다시 나타나지 않을 수 있지만, 폼 제출이나 결제는 무작정 다시 보내지 않습니다.',
        '특정 입력에서만 생긴다면 입력값을 바꿔 보고, 보낸 내용을 사이트 운영자에게 알립니다.',
        'API라면 발생 시각, URL, 응답에 담긴 요청 ID 헤더(X-Request-Id 등)를 기록해 제공 업체에 전달합니다.',
      ],
      serverFixes: [
        '스택 트레이스부터 찾습니다. 애플리케이션 로그(storage/logs/laravel.log, php-fpm이나 Gunicorn 로그)와 /var/log/nginx/error.log, Apache error_log 같은 웹 서버 로그를 확인합니다.',
        'Express의 (err, req, res, next) 오류 미들웨어나 Django LOGGING 설정처럼 중앙 오류 처리기를 두고, 요청 ID와 함께 오류를 기록하고 스택 트레이스는 노출하지 않는 깔끔한 500으로 응답합니다.',
        'Sentry 같은 오류 추적 도구로 오류를 모으고, 배포 뒤 500 비율이 오르면 알림을 받도록 합니다.',
        '원인을 알 수 있다면 더 구체적인 코드를 씁니다. 의존 서비스가 내려갔다면 503, 입력이 잘못되었다면 4xx 코드로 응답합니다.',
      ],
      retryNote:
        '일시적인 실패일 수 있으므로 GET, PUT, DELETE는 재시도해도 되지만, POST를 재시도하면 일부 처리된 작업이 한 번 더 실행될 수 있습니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/500, https://earscoming.tistory.com/entry/ERROR-500-인터널서버-에러-원인과-해결-방법-완벽-정리, https://www.namecontainer.com/http-error-500-내부-서버-오류-해결-방법, https://goodinfobox.co.kr/정보/웹사이트가-멈췄을-때-당황하지-마세요-에러코드-500-간
      keywords: [
        '서버 내부 오류',
        '서버 에러',
        '인터널 서버 에러',
        '예외 발생',
        '처리되지 않은 예외',
        '스택 트레이스',
        '크래시',
        '널 포인터 예외',
        'PHP 치명적 오류',
        '.htaccess 오류',
        '백엔드 코드 오류',
      ],
    },
  },
  {
    code: 501,
    phrase: 'Not Implemented',
    status: 'permanent',
    headers: ['Allow'],
    spec: {
      title: 'RFC 9110',
      section: '15.6.2',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/501',
    cacheable: true,
    retry: 'never',
    en: {
      name: 'Not Implemented',
      summary:
        'The server does not support the feature the request needs, most often the HTTP method itself.',
      detail:
        'A server sends 501 when it does not recognise the request method at all, or has no way to carry it out for any resource, for example a static file server that receives PATCH or a WebDAV method such as PROPFIND. That is different from 405 Method Not Allowed, where the server knows the method but this particular resource does not accept it. Servers also answer 501 to a Transfer-Encoding they cannot decode. Because the answer will not change until the server software does, caches may store a 501 even without explicit freshness information.',
      causes: [
        'The client used a method the server or framework does not implement, such as PATCH, PROPFIND or a custom method.',
        'The request carried a Transfer-Encoding other than chunked that the server cannot decode.',
        'The API endpoint is only a stub that deliberately returns 501 until the feature is built.',
        'A proxy or older server along the path does not support a method the application relies on.',
      ],
      clientFixes: [
        'Check the API documentation for the supported method and switch to it, for example PUT or POST instead of PATCH.',
        'Send an OPTIONS request and read the Allow header, if the server provides one, to see which methods work.',
        'Remove unusual Transfer-Encoding or method-override headers that a library may have added on its own.',
      ],
      serverFixes: [
        'Implement the method in the router, or return 405 with an Allow header when the method is known but not valid for that resource.',
        'Check whether a layer in front (nginx, a CDN or a WAF) blocks the method or fails to forward it to the application.',
        'For placeholder endpoints, document when the feature will be available so clients stop calling it.',
      ],
      retryNote:
        'Sending the same request again will not help, because the server lacks the feature until its software changes.',
      keywords: [
        'unsupported method',
        'method not implemented',
        'unimplemented',
        'unknown HTTP method',
        'PATCH not supported',
        'PROPFIND not supported',
        'feature not implemented',
        'stub endpoint',
        'method not recognized',
        'unrecognized method',
      ],
    },
    ko: {
      name: '구현되지 않음',
      summary:
        '서버가 요청 처리에 필요한 기능을 지원하지 않으며, 대개는 HTTP 메서드 자체를 모르는 경우입니다.',
      detail:
        '501은 서버가 요청 메서드를 아예 인식하지 못하거나, 어떤 리소스에서도 그 메서드를 처리할 수 없을 때 보냅니다. 정적 파일 서버가 PATCH나 PROPFIND 같은 WebDAV 메서드를 받은 경우가 그 예입니다. 서버가 메서드는 알지만 해당 리소스에서 허용하지 않는 405 Method Not Allowed와는 다릅니다. 서버가 해석할 수 없는 Transfer-Encoding을 받았을 때도 501로 응답합니다. 서버 소프트웨어가 바뀌기 전에는 결과가 달라지지 않으므로, 캐시는 만료 정보가 없어도 501을 저장할 수 있습니다.',
      causes: [
        '클라이언트가 서버나 프레임워크에 구현되지 않은 메서드(PATCH, PROPFIND, 사용자 정의 메서드 등)를 사용했습니다.',
        '요청에 서버가 해석할 수 없는 Transfer-Encoding(chunked 이외의 값)이 들어 있습니다.',
        'API 엔드포인트가 아직 껍데기뿐이라, 기능이 완성될 때까지 일부러 501을 돌려줍니다.',
        '경로 중간의 프록시나 오래된 서버가 애플리케이션이 의존하는 메서드를 지원하지 않습니다.',
      ],
      clientFixes: [
        'API 문서에서 지원하는 메서드를 확인하고 그 메서드로 바꿔 보냅니다. 예를 들어 PATCH 대신 PUT이나 POST를 씁니다.',
        'OPTIONS 요청을 보내 Allow 헤더가 온다면 읽어 보고, 사용할 수 있는 메서드를 확인합니다.',
        '라이브러리가 알아서 붙인 특이한 Transfer-Encoding이나 메서드 오버라이드 헤더가 있다면 뺍니다.',
      ],
      serverFixes: [
        '라우터에 해당 메서드를 구현합니다. 메서드는 알지만 그 리소스에서 쓸 수 없는 경우라면 Allow 헤더와 함께 405로 응답합니다.',
        '앞단의 nginx, CDN, WAF가 메서드를 막거나 애플리케이션까지 전달하지 않는지 확인합니다.',
        '임시 엔드포인트라면 기능 제공 시점을 문서에 밝혀, 클라이언트가 계속 호출하지 않게 합니다.',
      ],
      retryNote:
        '서버 소프트웨어가 바뀌기 전까지는 해당 기능이 없으므로, 같은 요청을 다시 보내도 소용없습니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/501, https://httpstatuscodes.info/_ko/501_status_code, https://devsnap.dev/ko/http-status/501
      keywords: [
        '지원하지 않는 메서드',
        '메서드 미지원',
        '미구현',
        '기능 미구현',
        '기능 미지원',
        '알 수 없는 메서드',
        'PATCH 미지원',
      ],
    },
  },
  {
    code: 502,
    phrase: 'Bad Gateway',
    status: 'permanent',
    headers: ['Via'],
    spec: {
      title: 'RFC 9110',
      section: '15.6.3',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/502',
    cacheable: false,
    retry: 'idempotent-only',
    en: {
      name: 'Bad Gateway',
      summary:
        'A gateway or proxy contacted the server behind it but got back an invalid response, or no usable response at all.',
      detail:
        "A 502 is written by an intermediary such as nginx, a load balancer or a CDN, not by your application: it tried to pass the request upstream, and what came back was broken, for example the connection was refused, reset or closed before a complete response header arrived. Compare the three codes people mix up: 502 means the upstream answered badly or dropped the connection, 504 means the upstream did not answer within the proxy's time limit, and 503 means a server is reachable but says it cannot take requests right now (maintenance, overload or no healthy backends). The proxy's own error log, such as /var/log/nginx/error.log, nearly always says which of these happened.",
      causes: [
        'The application process behind the proxy is stopped or has crashed, so nginx logs "connect() failed (111: Connection refused) while connecting to upstream".',
        'The upstream address in the proxy configuration is wrong: a wrong port in proxy_pass, or a php-fpm socket path (fastcgi_pass unix:/run/php/php8.2-fpm.sock) that does not exist or that nginx is not allowed to open.',
        "The upstream closed the connection mid-response, for example a worker killed by the OOM killer, or a Node.js keepAliveTimeout shorter than the load balancer's idle timeout.",
        'The upstream sent response headers larger than the proxy\'s buffers ("upstream sent too big header"), or an invalid HTTP or TLS response.',
      ],
      clientFixes: [
        'Wait a few seconds and reload; 502s during deployments or restarts usually clear on their own.',
        "Check the provider's status page; if only one site fails, the problem is on its side, not your connection.",
        'If you are behind a corporate proxy or VPN, try without it, since that proxy may be the gateway reporting the error.',
      ],
      serverFixes: [
        "Read the proxy's error log (/var/log/nginx/error.log, or elb_status_code versus target_status_code in AWS ALB access logs) to see whether the upstream refused, reset or answered badly.",
        "Confirm the backend is running and listening where the upstream block or proxy_pass points: systemctl status, ss -ltnp, and the php-fpm socket's owner against listen.owner and listen.group in the pool config.",
        "Keep the backend's keep-alive timeout longer than the proxy's: for example set server.keepAliveTimeout in Node.js above the load balancer idle timeout (60 seconds by default on AWS ALB).",
        'Raise proxy_buffer_size and proxy_buffers (or fastcgi_buffer_size) if the log shows "too big header", and add health checks so traffic skips dead backends.',
      ],
      retryNote:
        'A retry often succeeds once the backend is back and is safe for GET, PUT and DELETE, but a POST may already have run on the backend before the connection broke.',
      keywords: [
        'proxy error',
        'gateway error',
        'invalid response from upstream',
        'upstream server down',
        'backend down',
        'connection refused',
        'connect() failed',
        'upstream prematurely closed connection',
        'upstream sent too big header',
        'connection reset by peer',
        'no live upstreams',
        'php-fpm',
        'reverse proxy error',
      ],
    },
    ko: {
      name: '잘못된 게이트웨이',
      summary:
        '게이트웨이나 프록시가 뒤에 있는 서버에 요청을 넘겼지만, 잘못된 응답을 받았거나 쓸 만한 응답을 전혀 받지 못했습니다.',
      detail:
        '502는 애플리케이션이 아니라 nginx, 로드 밸런서, CDN 같은 중간 서버가 만드는 응답입니다. 요청을 업스트림 서버로 넘겼는데 연결이 거부되거나 리셋되거나 완전한 응답 헤더가 오기 전에 닫히는 등, 돌아온 것이 망가져 있었다는 뜻입니다. 자주 헷갈리는 세 코드를 비교하면, 502는 업스트림 서버가 잘못 응답했거나 연결을 끊은 경우, 504는 프록시가 정한 시간 안에 업스트림 서버가 응답하지 않은 경우, 503은 서버에 닿기는 하지만 점검, 과부하, 정상 백엔드 없음 등의 이유로 지금은 요청을 받을 수 없다고 밝힌 경우입니다. 이 중 무엇인지는 /var/log/nginx/error.log 같은 프록시 오류 로그에 거의 항상 적혀 있습니다.',
      causes: [
        '프록시 뒤의 애플리케이션 프로세스가 멈췄거나 죽어서, nginx 로그에 "connect() failed (111: Connection refused) while connecting to upstream"이 남습니다.',
        '프록시 설정의 업스트림 주소가 틀렸습니다. proxy_pass의 포트가 다르거나, php-fpm 소켓 경로(fastcgi_pass unix:/run/php/php8.2-fpm.sock)가 없거나 nginx에 열 권한이 없습니다.',
        '업스트림 서버가 응답 도중 연결을 닫았습니다. OOM killer가 워커를 종료했거나, Node.js의 keepAliveTimeout이 로드 밸런서의 유휴 제한 시간보다 짧은 경우가 대표적입니다.',
        '업스트림 서버가 프록시 버퍼보다 큰 응답 헤더를 보냈거나("upstream sent too big header"), 올바르지 않은 HTTP 또는 TLS 응답을 보냈습니다.',
      ],
      clientFixes: [
        '몇 초 기다렸다가 새로고침합니다. 배포나 재시작 중에 생긴 502는 대개 저절로 사라집니다.',
        '서비스 제공 업체의 상태 페이지를 확인합니다. 한 사이트만 안 된다면 내 네트워크가 아니라 그 사이트 쪽 문제입니다.',
        '회사 프록시나 VPN 뒤에 있다면 그것 없이 접속해 봅니다. 그 프록시가 오류를 보고한 게이트웨이일 수 있습니다.',
      ],
      serverFixes: [
        '프록시 오류 로그(/var/log/nginx/error.log, AWS ALB 액세스 로그의 elb_status_code와 target_status_code)를 보고 업스트림 서버가 연결을 거부했는지, 끊었는지, 잘못 응답했는지 확인합니다.',
        'upstream 블록이나 proxy_pass가 가리키는 곳에서 백엔드가 실제로 실행 중이고 연결을 받고 있는지 확인합니다. systemctl status, ss -ltnp를 보고, php-fpm 소켓의 소유자가 풀 설정의 listen.owner, listen.group과 맞는지도 봅니다.',
        '백엔드의 keep-alive 제한 시간을 프록시보다 길게 잡습니다. 예를 들어 Node.js의 server.keepAliveTimeout을 로드 밸런서 유휴 제한 시간(AWS ALB 기본값 60초)보다 크게 설정합니다.',
        '로그에 "too big header"가 보이면 proxy_buffer_size와 proxy_buffers(또는 fastcgi_buffer_size)를 늘리고, 헬스 체크를 추가해 죽은 백엔드로 트래픽이 가지 않게 합니다.',
      ],
      retryNote:
        '백엔드가 돌아오면 재시도가 성공하는 경우가 많고 GET, PUT, DELETE는 재시도해도 안전하지만, POST는 연결이 끊기기 전에 백엔드에서 이미 실행되었을 수 있습니다.',
      // Korean usage: https://ko.wikipedia.org/wiki/HTTP_상태_코드, https://mytimeok.com/오류코드-502, https://runebook.dev/ko/docs/http/status/502, https://yamingsoo-titi.tistory.com/entry/502-Bad-Gateway-오류-해결-방법-가장-효과적인-접근법-✅
      keywords: [
        '불량 게이트웨이',
        '게이트웨이 불량',
        '게이트웨이 오류',
        '배드 게이트웨이',
        '프록시 오류',
        '리버스 프록시 오류',
        '업스트림 오류',
        '업스트림 서버 다운',
        '백엔드 서버 다운',
        '유효하지 않은 응답',
        '연결 거부',
        'php-fpm 오류',
      ],
    },
  },
  {
    code: 503,
    phrase: 'Service Unavailable',
    status: 'permanent',
    headers: ['Retry-After'],
    spec: {
      title: 'RFC 9110',
      section: '15.6.4',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/503',
    cacheable: false,
    retry: 'after-delay',
    en: {
      name: 'Service Unavailable',
      summary:
        'The server cannot take the request right now, usually because of maintenance or overload.',
      detail:
        'A 503 says the problem is temporary and on the server side: the service is down for maintenance, has more traffic than it can handle, or, when a proxy sends it, has no healthy backend to forward to. A Retry-After header (a number of seconds or an HTTP date) tells clients and crawlers when to come back, and search engines treat a short spell of 503s as "try later" rather than removing the page. Unlike 502 and 504, which describe a failed exchange with an upstream server, a 503 is a deliberate refusal from a server that is still up enough to answer. Some rate limiters also send 503, although 429 Too Many Requests is the clearer code for that.',
      causes: [
        "The site is in planned maintenance mode, for example after Laravel's php artisan down, or behind a maintenance page served by the load balancer.",
        'Every worker process or connection slot is busy, or the server is shedding load to protect itself.',
        'The proxy has no healthy backend: every target failed its health check, a Kubernetes Service has no ready endpoints, or an AWS target group is empty.',
        'nginx limit_req or limit_conn rejected the request; both answer 503 unless limit_req_status or limit_conn_status is changed.',
      ],
      clientFixes: [
        'Wait and try again later, following the Retry-After header when the response includes one.',
        'In code, back off exponentially with jitter instead of retrying immediately, which only adds to the overload.',
        "Check the service's status page or announcements for scheduled maintenance.",
      ],
      serverFixes: [
        'Send Retry-After with maintenance and overload responses, and serve maintenance pages with status 503 (not 200 or 404) so crawlers keep your pages indexed.',
        "Find out why backends are marked unhealthy: readiness probe results, the load balancer's health-check path and timeout, and how long the application takes to start.",
        'Add capacity or autoscaling, and size worker limits such as php-fpm pm.max_children or the Gunicorn worker count to the memory available.',
        'If you rate-limit with nginx, set limit_req_status 429 so clients can tell throttling apart from an outage.',
      ],
      retryNote:
        'Wait before retrying, for the time given in Retry-After or with exponential backoff; the service expects to recover.',
      keywords: [
        'maintenance',
        'maintenance mode',
        'down for maintenance',
        'server down',
        'service down',
        'server overloaded',
        'server busy',
        'temporarily unavailable',
        'try again later',
        'outage',
        'no healthy targets',
        'health check failed',
        'php artisan down',
        'out of capacity',
        'pods restarting',
        'rolling deployment',
        'during deployment',
        'no healthy backends',
        'no registered targets',
      ],
    },
    ko: {
      name: '서비스를 사용할 수 없음',
      summary: '점검이나 과부하 때문에 서버가 지금은 요청을 처리할 수 없습니다.',
      detail:
        '503은 문제가 서버 쪽에 있고 일시적이라는 뜻입니다. 서비스가 점검 중이거나, 감당할 수 있는 양보다 트래픽이 많거나, 프록시가 보낸 경우라면 요청을 넘길 정상 백엔드가 없는 상황입니다. Retry-After 헤더(초 단위 숫자나 HTTP 날짜)로 클라이언트와 크롤러에게 언제 다시 오면 되는지 알려 줄 수 있으며, 검색 엔진은 잠깐 이어지는 503을 페이지 삭제가 아니라 "나중에 다시 방문"으로 받아들입니다. 업스트림 서버와의 통신이 실패했음을 알리는 502, 504와 달리, 503은 응답할 수 있을 만큼은 살아 있는 서버가 일부러 거절하는 것입니다. 503을 보내는 요청 한도 장치도 있지만, 그 용도라면 429 Too Many Requests가 더 분명합니다.',
      causes: [
        '사이트가 계획된 점검 모드입니다. Laravel의 php artisan down을 실행했거나, 로드 밸런서가 점검 페이지를 내보내는 경우가 그 예입니다.',
        '모든 워커 프로세스나 연결 슬롯이 사용 중이거나, 서버가 자신을 보호하려고 일부 요청을 버리고 있습니다.',
        '프록시에 정상 백엔드가 없습니다. 모든 대상이 헬스 체크에 실패했거나, Kubernetes Service에 준비된 엔드포인트가 없거나, AWS 대상 그룹이 비어 있습니다.',
        'nginx의 limit_req나 limit_conn이 요청을 거절했습니다. limit_req_status, limit_conn_status를 바꾸지 않으면 둘 다 503으로 응답합니다.',
      ],
      clientFixes: [
        '잠시 기다렸다가 재시도합니다. 응답에 Retry-After 헤더가 있으면 그 값을 따릅니다.',
        '코드에서는 곧바로 재시도하지 말고 지터를 섞은 지수 백오프를 적용합니다. 즉시 재시도하면 과부하만 키웁니다.',
        '서비스 상태 페이지나 공지에서 예정된 점검이 있는지 확인합니다.',
      ],
      serverFixes: [
        '점검과 과부하 응답에 Retry-After를 붙이고, 점검 페이지는 200이나 404가 아닌 503으로 응답해 검색 엔진이 페이지를 색인에서 빼지 않게 합니다.',
        '백엔드가 비정상으로 표시된 이유를 찾습니다. readiness probe 결과, 로드 밸런서 헬스 체크의 경로와 제한 시간, 애플리케이션 시작에 걸리는 시간을 살펴봅니다.',
        '서버를 늘리거나 오토스케일링을 설정하고, php-fpm의 pm.max_children이나 Gunicorn 워커 수 같은 한도를 가용 메모리에 맞게 조정합니다.',
        'nginx로 요청 한도를 걸고 있다면 limit_req_status 429를 설정해, 클라이언트가 요청 한도 초과와 장애를 구분할 수 있게 합니다.',
      ],
      retryNote:
        'Retry-After가 있으면 그 시간만큼, 없으면 지수 백오프로 기다린 뒤 재시도합니다. 서비스는 회복될 것으로 예상되는 상태입니다.',
      // Korean usage: https://developer.mozilla.org/ko/docs/Web/HTTP/Status/503, https://earscoming.tistory.com/entry/ERROR-503-Service-Unavailable-오류-원인-및-해결-방법, https://node-summit.live/kr/tutorials/503-service-unavailable, https://thebook.io/080412/0063, https://httpstatuscodes.info/_ko/503_status_code, https://ko.wikipedia.org/wiki/HTTP_상태_코드, https://docs.aws.amazon.com/ko_kr/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html
      keywords: [
        '사용할 수 없는 서비스',
        '서비스 이용 불가',
        '서비스 사용 불가',
        '서버 다운',
        '서버 점검 중',
        '서비스 점검',
        '점검 중',
        '유지보수 중',
        '서버 과부하',
        '트래픽 폭주',
        '접속 폭주',
        '잠시 후 다시 시도',
        '일시적으로 사용할 수 없음',
        '서비스 중단',
        '헬스 체크 실패',
        '등록된 대상 없음',
        '정상 대상 없음',
      ],
    },
  },
  {
    code: 504,
    phrase: 'Gateway Timeout',
    status: 'permanent',
    headers: ['Via', 'Server-Timing'],
    spec: {
      title: 'RFC 9110',
      section: '15.6.5',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/504',
    cacheable: false,
    retry: 'idempotent-only',
    en: {
      name: 'Gateway Timeout',
      summary: 'A gateway or proxy gave up waiting for the server behind it to respond.',
      detail:
        "A 504 comes from an intermediary (nginx, a load balancer, an API gateway or a CDN) whose time limit ran out before the upstream server sent its response headers. The upstream may still be working on the request and may even finish it, so a 504 on a POST does not prove that nothing happened. The difference from 502 is timing: with 502 the upstream answered with something broken or dropped the connection, with 504 it simply stayed silent too long. Typical limits are nginx's proxy_read_timeout (60 seconds by default), the AWS ALB idle timeout (60 seconds) and the Amazon API Gateway integration timeout (about 30 seconds).",
      causes: [
        "A slow database query, lock wait or external API call kept the application busy longer than the proxy's timeout.",
        'A long-running task such as a report, export or large import runs inside the request instead of in a background job.',
        'All backend workers are busy (for example php-fpm has reached pm.max_children), so new requests queue until the proxy gives up.',
        'The proxy cannot reach the upstream at all because of a firewall or routing problem, and its connection attempt times out.',
      ],
      clientFixes: [
        'Retry a GET after a short wait; the slowness may be temporary load.',
        'Ask for less at once: a narrower date range, smaller pages, smaller files.',
        'Before resending a POST, check whether the first attempt took effect, for example whether the order or record already exists.',
      ],
      serverFixes: [
        'Look for "upstream timed out (110: Connection timed out) while reading response header from upstream" in /var/log/nginx/error.log and match it against the application\'s slow-request log.',
        'Speed up the slow path (add indexes, cache results, set timeouts on outbound calls) before raising proxy_read_timeout, fastcgi_read_timeout or the load balancer idle timeout.',
        'Move long work into a job queue and answer 202 Accepted with a status URL instead of holding the connection open.',
        'Order timeouts so each outer layer (CDN, load balancer, nginx) waits a little longer than the layer behind it, and add a Server-Timing header to see where the time goes.',
      ],
      retryNote:
        'Retrying GET, PUT and DELETE after a pause is fine, but a POST may still have completed upstream after the gateway gave up, so check before sending it again.',
      keywords: [
        'upstream timed out',
        'upstream timeout',
        'proxy timeout',
        'request took too long',
        'server took too long to respond',
        'slow response',
        'slow query',
        'proxy_read_timeout',
        'load balancer timeout',
        'API Gateway timeout',
        '504 Gateway Time-out',
        'ELB timeout',
        'proxy gave up waiting',
        'backend too slow',
      ],
    },
    ko: {
      name: '게이트웨이 시간 초과',
      summary: '게이트웨이나 프록시가 뒤에 있는 서버의 응답을 기다리다가 포기했습니다.',
      detail:
        '504는 nginx, 로드 밸런서, API 게이트웨이, CDN 같은 중간 서버가 보내며, 업스트림 서버가 응답 헤더를 보내기 전에 제한 시간이 다 되었다는 뜻입니다. 업스트림 서버는 여전히 요청을 처리하고 있을 수 있고 끝까지 완료할 수도 있으므로, POST에 504가 왔다고 해서 아무 일도 일어나지 않았다고 단정할 수 없습니다. 502와의 차이는 시간입니다. 502는 업스트림 서버가 망가진 응답을 보냈거나 연결을 끊은 경우이고, 504는 너무 오래 아무 응답이 없었던 경우입니다. 흔히 걸리는 제한 시간으로는 nginx의 proxy_read_timeout(기본 60초), AWS ALB 유휴 제한 시간(60초), Amazon API Gateway 통합 제한 시간(약 30초)이 있습니다.',
      causes: [
        '느린 데이터베이스 쿼리, 잠금 대기, 외부 API 호출 때문에 애플리케이션 처리가 프록시의 제한 시간보다 오래 걸렸습니다.',
        '보고서 생성, 내보내기, 대량 가져오기처럼 오래 걸리는 작업을 백그라운드 작업이 아니라 요청 안에서 처리합니다.',
        '백엔드 워커가 모두 바빠서(php-fpm이 pm.max_children에 도달하는 등) 새 요청이 대기열에서 기다리는 사이에 프록시가 포기합니다.',
        '방화벽이나 라우팅 문제로 프록시가 업스트림 서버에 아예 닿지 못해, 연결 시도가 시간 초과됩니다.',
      ],
      clientFixes: [
        'GET 요청이라면 잠시 뒤 재시도합니다. 일시적인 부하 때문에 느렸을 수 있습니다.',
        '한 번에 요청하는 양을 줄입니다. 날짜 범위를 좁히거나 페이지 크기, 파일 크기를 줄입니다.',
        'POST를 다시 보내기 전에 첫 요청이 반영되었는지, 예를 들어 주문이나 레코드가 이미 생겼는지 확인합니다.',
      ],
      serverFixes: [
        '/var/log/nginx/error.log에서 "upstream timed out (110: Connection timed out) while reading response header from upstream"을 찾고, 애플리케이션의 느린 요청 로그와 맞춰 봅니다.',
        'proxy_read_timeout, fastcgi_read_timeout, 로드 밸런서 유휴 제한 시간을 늘리기 전에 느린 경로부터 개선합니다. 인덱스를 추가하고, 결과를 캐시하고, 외부 호출에 제한 시간을 둡니다.',
        '오래 걸리는 작업은 작업 큐로 옮기고, 연결을 붙잡고 있는 대신 상태 확인 URL과 함께 202 Accepted로 응답합니다.',
        '바깥 계층(CDN, 로드 밸런서, nginx)이 안쪽 계층보다 조금씩 더 오래 기다리도록 제한 시간을 맞추고, Server-Timing 헤더로 시간이 어디서 쓰이는지 확인합니다.',
      ],
      retryNote:
        'GET, PUT, DELETE는 잠시 뒤 재시도해도 되지만, POST는 게이트웨이가 포기한 뒤에도 업스트림 서버에서 완료되었을 수 있으므로 확인한 다음 다시 보냅니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/504, https://earscoming.tistory.com/entry/ERROR-504-Gateway-Timeout-오류-원인-및-해결-방법-총정리, https://blog.asamaru.net/amp/2016/10/26/nginx-504-error, https://devops.aibit.im/ko/article/resolving-nginx-504-gateway-client-timeout-issues, https://repost.aws/ko/knowledge-center/504-error-alb
      keywords: [
        '응답 지연',
        '응답 시간 초과',
        '업스트림 시간 초과',
        '프록시 시간 초과',
        '백엔드 응답 지연',
        '서버 응답 없음',
        '로드 밸런서 시간 초과',
        'API Gateway 시간 초과',
        '느린 쿼리',
        '슬로우 쿼리',
        '오래 걸리는 요청',
        'proxy_read_timeout',
        'ELB 시간 초과',
        'ALB 시간 초과',
      ],
    },
  },
  {
    code: 505,
    phrase: 'HTTP Version Not Supported',
    status: 'permanent',
    headers: ['Upgrade'],
    spec: {
      title: 'RFC 9110',
      section: '15.6.6',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/505',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'HTTP Version Not Supported',
      summary: 'The server refuses to handle the HTTP protocol version used in the request.',
      detail:
        'The server, or a proxy in front of it, received a request line with an HTTP version it will not serve, such as HTTP/1.0 on a server set up for HTTP/1.1 and later, or a version number it does not recognise at all. The response body should say which versions are supported, and the server may list acceptable protocols in an Upgrade header. It also shows up when a URL contains a raw, unencoded space: the text after the space is read as the version, so some servers report 505 for what is really a malformed URL. Browsers negotiate HTTP/2 and HTTP/3 through TLS ALPN and almost never see this code; it mostly hits hand-written clients and command-line tools.',
      causes: [
        'A client or test tool forced an old version, such as HTTP/1.0, that the server has disabled.',
        'The request line is malformed, often because the path contains a raw space, so the server misreads the version field.',
        'A custom client or proxy sent an invalid version string, for example HTTP/2.0 in a plain-text HTTP/1.x request line.',
        'Cleartext HTTP/2 (h2c) with prior knowledge was sent to a port that only accepts HTTP/1.1.',
      ],
      clientFixes: [
        'Let the HTTP library choose the version (drop options such as curl --http1.0 or --http2-prior-knowledge) and send the request again.',
        'Percent-encode spaces and other special characters in the URL (%20 for a space).',
        'Use https so the version is negotiated during the TLS handshake instead of assumed.',
      ],
      serverFixes: [
        'Answer with an Upgrade header and a short body listing the supported versions, so clients know what to switch to.',
        'Check the server and proxy protocol settings (nginx http2 directive or listen parameter, Apache Protocols directive) so each port has the versions you expect.',
        'If logs show 505s for URLs containing spaces, track down the client or link generator that fails to encode them.',
      ],
      retryNote:
        'Resending with the same version gives the same answer; change the protocol version or fix the request line first.',
      keywords: [
        'http version',
        'unsupported http version',
        'protocol version',
        'HTTP/1.0',
        'HTTP/2',
        'HTTP/0.9',
        'malformed request line',
        'space in URL',
      ],
    },
    ko: {
      name: '지원하지 않는 HTTP 버전',
      summary: '서버가 요청에 사용된 HTTP 프로토콜 버전을 처리하지 않습니다.',
      detail:
        '서버나 그 앞의 프록시가, 처리하지 않는 HTTP 버전이 적힌 요청 줄을 받았다는 뜻입니다. HTTP/1.1 이상만 받도록 설정된 서버에 HTTP/1.0으로 요청했거나, 아예 알 수 없는 버전 번호를 보낸 경우입니다. 응답 본문에는 지원하는 버전을 적어야 하며, 서버는 받아들이는 프로토콜을 Upgrade 헤더로 알려 줄 수도 있습니다. URL에 인코딩되지 않은 공백이 있을 때도 나타나는데, 공백 뒤의 글자를 버전으로 읽는 바람에 실제로는 잘못된 URL인데도 505로 응답하는 서버가 있습니다. 브라우저는 TLS ALPN으로 HTTP/2와 HTTP/3을 협상하므로 이 코드를 거의 보지 않으며, 주로 직접 만든 클라이언트와 명령줄 도구에서 생깁니다.',
      causes: [
        '클라이언트나 테스트 도구가 서버에서 꺼 둔 HTTP/1.0 같은 오래된 버전을 강제로 사용했습니다.',
        '요청 줄이 잘못되었습니다. 경로에 공백이 그대로 들어가 서버가 버전 필드를 잘못 읽는 경우가 흔합니다.',
        '직접 만든 클라이언트나 프록시가 올바르지 않은 버전 문자열을 보냈습니다. 평문 HTTP/1.x 요청 줄에 HTTP/2.0을 적은 경우가 그 예입니다.',
        'HTTP/1.1만 받는 포트에 사전 지식(prior knowledge) 방식의 평문 HTTP/2(h2c)를 보냈습니다.',
      ],
      clientFixes: [
        '버전 선택은 HTTP 라이브러리에 맡기고(curl --http1.0, --http2-prior-knowledge 같은 옵션 제거) 요청을 다시 보냅니다.',
        'URL의 공백과 특수 문자를 퍼센트 인코딩합니다. 공백은 %20입니다.',
        'https를 써서, 버전을 짐작하지 않고 TLS 핸드셰이크에서 협상하게 합니다.',
      ],
      serverFixes: [
        'Upgrade 헤더와 지원하는 버전을 나열한 짧은 본문으로 응답해, 클라이언트가 무엇으로 바꿔야 하는지 알 수 있게 합니다.',
        '서버와 프록시의 프로토콜 설정(nginx의 http2 지시어나 listen 파라미터, Apache Protocols 지시어)을 확인해 포트마다 원하는 버전이 켜져 있는지 봅니다.',
        '공백이 든 URL에서 505가 난다는 로그가 있다면, 공백을 인코딩하지 않는 클라이언트나 링크 생성 코드를 찾아 고칩니다.',
      ],
      retryNote:
        '같은 버전으로 다시 보내면 결과가 같으므로, 프로토콜 버전을 바꾸거나 요청 줄을 고친 뒤 재시도합니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/505, https://runebook.dev/ko/docs/http/rfc9110/section-15.6.6, https://moneystory910.tistory.com/33, https://ko.wikipedia.org/wiki/HTTP_상태_코드
      keywords: [
        'HTTP 버전이 지원되지 않음',
        'HTTP 버전 미지원',
        'HTTP 버전 불일치',
        '프로토콜 버전',
        '프로토콜 불일치',
        '요청 줄 형식 오류',
        'URL 공백',
      ],
    },
  },
  {
    code: 506,
    phrase: 'Variant Also Negotiates',
    status: 'permanent',
    headers: ['Alternates', 'TCN'],
    spec: {
      title: 'RFC 2295',
      section: '8.1',
      url: 'https://www.rfc-editor.org/rfc/rfc2295#section-8.1',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/506',
    cacheable: false,
    retry: 'never',
    en: {
      name: 'Variant Also Negotiates',
      summary:
        "The server's content negotiation is misconfigured: the variant it picked tries to negotiate all over again.",
      detail:
        "This code belongs to Transparent Content Negotiation (RFC 2295), an experimental scheme in which a resource lists alternative variants, by language or format for example, and one of them is chosen. A 506 means the chosen variant is itself set up as a negotiable resource, so negotiation would go round in circles instead of ending at a real file. It is purely a server configuration error, and nothing the client changes will fix it. The code is very rare today and mostly tied to Apache's mod_negotiation with type maps or MultiViews.",
      causes: [
        'A type map (.var file) lists a variant that is itself another type map or negotiable resource.',
        'MultiViews and type maps are combined in a way that makes the chosen variant trigger negotiation again.',
        'A module or script implementing transparent negotiation points a variant back at the negotiating URL.',
      ],
      clientFixes: [
        'Try a direct link to one specific variant, such as a URL that already includes the language or file extension.',
        'Report the URL to the site owner; the fix can only be made in the server configuration.',
      ],
      serverFixes: [
        'Go through every URI: entry in the type map and make sure each points to a concrete file, not to another .var file or a MultiViews name.',
        'Turn off MultiViews for the directory if you do not need it, and test negotiation with different Accept and Accept-Language values.',
        'Check the Apache error log for the negotiation error and the resource it names.',
      ],
      retryNote:
        'Retrying is pointless: the loop lives in the server configuration and will recur until an administrator fixes it.',
      keywords: [
        'content negotiation',
        'transparent negotiation',
        'negotiation loop',
        'TCN',
        'variant',
        'mod_negotiation',
        'negotiation misconfiguration',
      ],
    },
    ko: {
      name: '변형도 협상함',
      summary: '서버의 콘텐츠 협상 설정이 잘못되어, 선택된 변형이 또다시 협상하려 합니다.',
      detail:
        '이 코드는 실험적 방식인 투명 콘텐츠 협상(Transparent Content Negotiation, RFC 2295)에 속합니다. 이 방식에서는 리소스가 언어나 형식별 변형(variant) 목록을 제시하고, 그중 하나가 선택됩니다. 506은 선택된 변형 자체가 협상 대상 리소스로 설정되어 있어서, 협상이 실제 파일에 닿지 못하고 제자리를 맴돈다는 뜻입니다. 순전히 서버 설정 오류이므로 클라이언트가 무엇을 바꿔도 해결되지 않습니다. 요즘은 매우 드물며, 대부분 Apache mod_negotiation의 타입 맵이나 MultiViews와 관련이 있습니다.',
      causes: [
        '타입 맵(.var 파일)에 적힌 변형이 또 다른 타입 맵이나 협상 리소스입니다.',
        'MultiViews와 타입 맵을 함께 쓰는 방식 때문에, 선택된 변형이 다시 협상을 일으킵니다.',
        '투명 협상을 구현한 모듈이나 스크립트가 변형을 협상 중인 원래 URL로 되돌려 가리키게 합니다.',
      ],
      clientFixes: [
        '언어나 파일 확장자가 이미 들어간 URL처럼, 특정 변형을 직접 가리키는 주소로 접속해 봅니다.',
        'URL을 사이트 운영자에게 알립니다. 서버 설정을 고쳐야만 해결됩니다.',
      ],
      serverFixes: [
        '타입 맵의 URI: 항목을 하나씩 확인해, 모두 다른 .var 파일이나 MultiViews 이름이 아닌 실제 파일을 가리키게 합니다.',
        '필요 없다면 해당 디렉터리의 MultiViews를 끄고, Accept와 Accept-Language 값을 바꿔 가며 협상을 테스트합니다.',
        'Apache 오류 로그에서 협상 오류와, 그 오류가 가리키는 리소스를 확인합니다.',
      ],
      retryNote:
        '순환의 원인이 서버 설정에 있으므로, 관리자가 고치기 전까지는 재시도해도 소용없습니다.',
      // Korean usage: https://velog.io/@corone_hi/HTTP-상태-코드
      keywords: [
        '콘텐츠 협상',
        '투명 협상',
        '협상 순환 참조',
        'TCN',
        '변형 리소스',
        'mod_negotiation',
        '콘텐츠 협상 설정 오류',
      ],
    },
  },
  {
    code: 507,
    phrase: 'Insufficient Storage',
    status: 'permanent',
    headers: [],
    spec: {
      title: 'RFC 4918',
      section: '11.5',
      url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.5',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/507',
    cacheable: false,
    retry: 'after-delay',
    en: {
      name: 'Insufficient Storage',
      summary: 'The server has no room left to store what the request asks it to save.',
      detail:
        "Defined by WebDAV (RFC 4918), 507 means a method could not be completed because the server cannot store the result, for example a PUT upload or a COPY when the disk or the user's quota is full. It reports a condition that can change once space is freed, unlike 413 Content Too Large, which rejects a body that is too big no matter how much space is free. File-sync services built on WebDAV, such as Nextcloud and ownCloud, send it when an account's quota is used up. Some non-WebDAV APIs also use it for any storage shortage.",
      causes: [
        "The user's storage quota on the service is used up.",
        "The server's disk or volume is full, often filled by logs, temporary files or old backups.",
        'The file system has run out of inodes even though free space remains.',
        'The temporary directory for uploads (PHP upload_tmp_dir, nginx client_body_temp_path) sits on a small partition.',
      ],
      clientFixes: [
        "Delete or move files, empty the service's trash, or upgrade your storage plan, then upload again.",
        'Upload smaller files, or fewer at a time, when the quota is nearly full.',
        'Ask the administrator to raise your quota if you cannot free space yourself.',
      ],
      serverFixes: [
        'Check space with df -h and inodes with df -i, find large directories with du, and clean up or rotate logs (logrotate) and temporary files.',
        "Review per-user quotas in the application (such as Nextcloud's quota settings) and file system quotas (quota, repquota).",
        'Put upload temp directories on a volume with enough room, and alert on disk usage well before it reaches 100%.',
      ],
      retryNote:
        'Retry later, once space has been freed or the quota raised; an immediate retry will hit the same limit.',
      keywords: [
        'disk full',
        'out of disk space',
        'no space left on device',
        'storage full',
        'storage quota exceeded',
        'inodes exhausted',
        'Nextcloud quota',
        'WebDAV',
      ],
    },
    ko: {
      name: '저장 공간 부족',
      summary: '요청한 내용을 저장할 공간이 서버에 남아 있지 않습니다.',
      detail:
        'WebDAV(RFC 4918)에서 정의한 코드로, 디스크나 사용자 할당량이 가득 차서 PUT 업로드나 COPY처럼 결과를 저장해야 하는 메서드를 마칠 수 없다는 뜻입니다. 공간을 비우면 바뀔 수 있는 상태를 알린다는 점에서, 남은 공간과 상관없이 너무 큰 본문을 거절하는 413 Content Too Large와 다릅니다. Nextcloud, ownCloud처럼 WebDAV 기반의 파일 동기화 서비스는 계정 할당량을 다 쓰면 이 코드를 보냅니다. WebDAV가 아닌 일부 API도 저장 공간이 모자랄 때 이 코드를 씁니다.',
      causes: [
        '서비스가 사용자에게 할당한 저장 용량을 다 썼습니다.',
        '서버 디스크나 볼륨이 가득 찼습니다. 로그, 임시 파일, 오래된 백업이 쌓인 경우가 많습니다.',
        '여유 공간은 있지만 파일 시스템의 inode가 바닥났습니다.',
        '업로드용 임시 디렉터리(PHP upload_tmp_dir, nginx client_body_temp_path)가 작은 파티션에 있습니다.',
      ],
      clientFixes: [
        '파일을 지우거나 옮기고, 서비스의 휴지통을 비우거나 저장 공간 요금제를 올린 뒤 다시 업로드합니다.',
        '할당량이 거의 찼다면 더 작은 파일을 올리거나 한 번에 조금씩 올립니다.',
        '직접 공간을 확보할 수 없다면 관리자에게 할당량을 늘려 달라고 요청합니다.',
      ],
      serverFixes: [
        'df -h로 남은 공간을, df -i로 inode를 확인하고, du로 큰 디렉터리를 찾아 로그(logrotate)와 임시 파일을 정리합니다.',
        '애플리케이션의 사용자별 할당량(Nextcloud 할당량 설정 등)과 파일 시스템 할당량(quota, repquota)을 점검합니다.',
        '업로드 임시 디렉터리를 여유 있는 볼륨에 두고, 디스크 사용량이 100%에 닿기 한참 전에 알림이 오게 합니다.',
      ],
      retryNote:
        '공간이 확보되거나 할당량이 늘어난 뒤에 재시도합니다. 바로 다시 보내면 같은 한도에 걸립니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/507, https://apidog.com/kr/blog/status-code-507-insufficient-storage-kr, https://ko.wikipedia.org/wiki/HTTP_상태_코드
      keywords: [
        '용량 부족',
        '디스크 풀',
        '디스크 용량 부족',
        '디스크 공간 부족',
        '저장 용량 초과',
        '스토리지 부족',
        '클라우드 용량 초과',
        'inode 부족',
      ],
    },
  },
  {
    code: 508,
    phrase: 'Loop Detected',
    status: 'permanent',
    headers: ['Depth'],
    spec: {
      title: 'RFC 5842',
      section: '7.2',
      url: 'https://www.rfc-editor.org/rfc/rfc5842#section-7.2',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/508',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Loop Detected',
      summary: 'The server stopped an operation because it ran into an endless loop.',
      detail:
        'Defined by the WebDAV binding extension (RFC 5842), 508 means the server found a cycle while processing a request with Depth: infinity and abandoned the whole operation, for example a PROPFIND that walks into a collection bound inside itself. The entire request failed, not just the part inside the loop. Outside WebDAV, some hosting platforms send 508 when a rewrite or proxy rule forwards a request back to itself. A "508 Resource Limit Is Reached" page on shared hosting is a different, vendor-specific meaning about CPU or process limits, not a loop.',
      causes: [
        'A WebDAV collection contains a binding to itself or to one of its parents, and a Depth: infinity PROPFIND, COPY or similar request walked into it.',
        'A proxy rule, rewrite or serverless function forwards the request to its own URL, so the platform sees the same request coming back.',
        'Symbolic links or mounts inside a WebDAV-served directory form a cycle.',
      ],
      clientFixes: [
        'Use Depth: 1 instead of Depth: infinity and walk the tree one level at a time.',
        'If you just changed a rewrite rule or proxy target on a hosting platform, make sure it does not point back at the same deployment.',
      ],
      serverFixes: [
        'Remove the binding, symbolic link or mount that makes a collection contain itself.',
        'Check proxy_pass targets, rewrites and fetch calls in edge functions so none of them sends traffic back to the same host and path.',
        'Limit recursion depth, or refuse Depth: infinity PROPFIND outright (WebDAV servers may answer it with 403 and the propfind-finite-depth precondition).',
      ],
      retryNote:
        'Repeating the request will run into the same loop; lower the depth or break the cycle before trying again.',
      keywords: [
        'infinite loop',
        'cycle',
        'proxy loop',
        'request forwarded to itself',
        'rewrite loop',
        'Depth infinity',
        'WebDAV',
        'binding',
        'recursion',
      ],
    },
    ko: {
      name: '무한 루프 감지',
      summary: '서버가 처리 도중 끝없는 순환을 만나 작업을 중단했습니다.',
      detail:
        'WebDAV 바인딩 확장(RFC 5842)에서 정의한 코드로, Depth: infinity 요청을 처리하다가 순환을 만나 작업 전체를 포기했다는 뜻입니다. 자기 안에 자신이 바인딩된 컬렉션으로 PROPFIND가 들어간 경우가 그 예입니다. 이때 실패한 것은 순환 부분만이 아니라 요청 전체입니다. WebDAV 밖에서는 리라이트나 프록시 규칙이 요청을 자기 자신에게 다시 보낼 때 508로 응답하는 호스팅 플랫폼도 있습니다. 공유 호스팅에서 보이는 "508 Resource Limit Is Reached" 페이지는 CPU나 프로세스 한도에 관한 제공 업체 고유의 의미로, 순환과는 관계가 없습니다.',
      causes: [
        'WebDAV 컬렉션 안에 자기 자신이나 상위 컬렉션을 가리키는 바인딩이 있고, Depth: infinity인 PROPFIND, COPY 같은 요청이 그 안으로 들어갔습니다.',
        '프록시 규칙, 리라이트, 서버리스 함수가 요청을 자기 URL로 다시 보내, 플랫폼이 같은 요청이 되돌아오는 것을 감지했습니다.',
        'WebDAV로 제공하는 디렉터리 안의 심볼릭 링크나 마운트가 순환을 만듭니다.',
      ],
      clientFixes: [
        'Depth: infinity 대신 Depth: 1을 써서 한 단계씩 트리를 탐색합니다.',
        '호스팅 플랫폼에서 리라이트 규칙이나 프록시 대상을 방금 바꿨다면, 같은 배포를 다시 가리키지 않는지 확인합니다.',
      ],
      serverFixes: [
        '컬렉션이 자기 자신을 포함하게 만드는 바인딩, 심볼릭 링크, 마운트를 제거합니다.',
        'proxy_pass 대상, 리라이트 규칙, 에지 함수의 fetch 호출을 점검해, 어느 것도 같은 호스트와 경로로 트래픽을 되돌려 보내지 않게 합니다.',
        '재귀 깊이를 제한하거나 Depth: infinity PROPFIND를 아예 거절합니다. WebDAV 서버는 이런 요청에 403과 propfind-finite-depth 전제 조건으로 응답할 수 있습니다.',
      ],
      retryNote:
        '같은 요청을 반복하면 같은 순환에 빠지므로, 깊이를 낮추거나 순환을 끊은 뒤 재시도합니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/508, https://apidog.com/kr/blog/status-code-508-loop-detected-kr, https://ko.wikipedia.org/wiki/HTTP_상태_코드
      keywords: [
        '루프 감지됨',
        '순환',
        '순환 참조',
        '재귀 호출',
        '프록시 루프',
        '리라이트 루프',
        '바인딩 순환',
      ],
    },
  },
  {
    code: 510,
    phrase: 'Not Extended',
    status: 'obsoleted',
    headers: [],
    spec: {
      title: 'RFC 2774',
      section: '7',
      url: 'https://www.rfc-editor.org/rfc/rfc2774#section-7',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/510',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Not Extended',
      summary: 'The server requires an HTTP extension that the request did not declare.',
      detail:
        'Status 510 comes from the HTTP Extension Framework (RFC 2774), which let a request declare mandatory extensions with Man and Opt headers and M- prefixed methods. A server answered 510 when its policy required an extension the request had not declared, ideally describing in the response what the client should add. The framework never caught on, RFC 2774 has been moved to Historic, and IANA now marks 510 as obsoleted. If you meet it today, an application has most likely borrowed the number for its own purpose, so the response body is the place to find out what it means.',
      causes: [
        'The server expects an extension declaration (a Man or Opt header) that the client did not send.',
        'An application or API gateway reuses 510 for its own rule, such as a required API extension or feature flag.',
        'A legacy system built on the HTTP Extension Framework is still in service.',
      ],
      clientFixes: [
        'Read the response body, which should name the extension or parameter the server wants.',
        'Check the API documentation for required headers or request options and add them.',
      ],
      serverFixes: [
        'Do not send 510 from new APIs; use 400 with a clear error body, or 426 Upgrade Required when a protocol switch is needed.',
        'If you must keep it, describe the missing extension in the response body so clients can correct the request.',
      ],
      retryNote:
        'An unchanged request will be refused again; add whatever the server says is missing before retrying.',
      keywords: [
        'HTTP extension',
        'extension framework',
        'RFC 2774',
        'mandatory extension',
        'Man header',
        'obsolete status code',
      ],
    },
    ko: {
      name: '확장되지 않음',
      summary: '서버가 요구하는 HTTP 확장을 요청에서 선언하지 않았습니다.',
      detail:
        '510은 HTTP 확장 프레임워크(RFC 2774)에서 나온 코드입니다. 이 프레임워크에서는 요청이 Man, Opt 헤더와 M- 접두사가 붙은 메서드로 필수 확장을 선언할 수 있었습니다. 서버 정책이 요구하는 확장을 요청이 선언하지 않으면 서버는 510으로 응답했고, 클라이언트가 무엇을 추가해야 하는지 응답에 설명하는 것이 바람직했습니다. 이 프레임워크는 자리 잡지 못했고 RFC 2774는 Historic으로 분류되었으며, IANA는 510을 폐기됨으로 표시합니다. 지금 이 코드를 만난다면 대개 애플리케이션이 번호를 자체 용도로 빌려 쓴 것이므로, 응답 본문에서 의미를 확인해야 합니다.',
      causes: [
        '서버가 기대하는 확장 선언(Man 또는 Opt 헤더)을 클라이언트가 보내지 않았습니다.',
        '애플리케이션이나 API 게이트웨이가 필수 API 확장이나 기능 플래그 같은 자체 규칙에 510을 재활용합니다.',
        'HTTP 확장 프레임워크로 만든 레거시 시스템이 아직 운영 중입니다.',
      ],
      clientFixes: [
        '응답 본문을 읽습니다. 서버가 원하는 확장이나 파라미터가 적혀 있을 것입니다.',
        'API 문서에서 필수 헤더나 요청 옵션을 확인해 추가합니다.',
      ],
      serverFixes: [
        '새 API에서는 510을 쓰지 않습니다. 명확한 오류 본문과 함께 400을 쓰거나, 프로토콜 전환이 필요하다면 426 Upgrade Required를 씁니다.',
        '계속 써야 한다면 빠진 확장을 응답 본문에 설명해 클라이언트가 요청을 고칠 수 있게 합니다.',
      ],
      retryNote:
        '요청을 그대로 보내면 다시 거절되므로, 서버가 빠졌다고 알려 준 내용을 추가한 뒤 재시도합니다.',
      // Korean usage: https://ko.wikipedia.org/wiki/HTTP_상태_코드
      keywords: [
        'HTTP 확장',
        '확장 프레임워크',
        'RFC 2774',
        '필수 확장',
        '확장 선언 누락',
        '폐기된 상태 코드',
      ],
    },
  },
  {
    code: 511,
    phrase: 'Network Authentication Required',
    status: 'permanent',
    headers: ['Location', 'Cache-Control'],
    spec: {
      title: 'RFC 6585',
      section: '6',
      url: 'https://www.rfc-editor.org/rfc/rfc6585#section-6',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/511',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Network Authentication Required',
      summary:
        'You have to sign in to the network, such as public Wi-Fi, before you can reach the internet.',
      detail:
        "A 511 is not sent by the site you asked for but by a network device in between, typically the captive portal of a hotel, airport or café Wi-Fi that wants you to log in or accept its terms first. The response body should contain a link or form for that login page, and once you have signed in the original URL works. RFC 6585 created it so that apps and API clients can recognise a portal instead of mistaking the portal's 200 or 302 page for real content, and caches must not store it. 401 and 407 ask for credentials for a website or a proxy; 511 is about access to the network itself.",
      causes: [
        'The device joined a Wi-Fi network with a captive portal and has not signed in or accepted the terms yet.',
        'The portal session expired after a time limit or data cap, and the network wants you to sign in again.',
        'A corporate or ISP network requires web authentication before letting traffic out.',
      ],
      clientFixes: [
        'Open any plain http:// page in a browser (for example http://neverssl.com) to bring up the login page, then sign in or accept the terms.',
        'Follow the link in the response body, or the Location header if the portal sends one, to reach the login page.',
        'In apps and scripts, detect 511 and ask the user to sign in to the network instead of reporting the server as broken.',
      ],
      serverFixes: [
        'If you run the portal, answer intercepted requests with 511, a short HTML page linking to the login page, and Cache-Control: no-store.',
        "Do not send 511 from an origin server for its own user login; use 401 or a redirect to the site's login page for that.",
        "Let the operating systems' connectivity checks (captive.apple.com, connectivitycheck.gstatic.com/generate_204) be intercepted so devices open the login screen automatically, but exempt the login page and its assets from interception.",
      ],
      retryNote:
        'Retrying keeps returning 511 until you sign in to the network; after that, the same request goes through unchanged.',
      keywords: [
        'captive portal',
        'wifi login',
        'public wifi',
        'hotspot login',
        'hotel wifi',
        'airport wifi',
        'network login',
        'accept wifi terms',
        'neverssl',
      ],
    },
    ko: {
      name: '네트워크 인증 필요',
      summary: '인터넷에 접속하려면 먼저 공용 와이파이 같은 네트워크에 로그인해야 합니다.',
      detail:
        '511은 요청한 사이트가 아니라 중간의 네트워크 장비가 보내는 응답입니다. 주로 호텔, 공항, 카페 와이파이의 캡티브 포털이 로그인이나 약관 동의를 먼저 요구할 때 씁니다. 응답 본문에는 로그인 페이지로 가는 링크나 양식이 들어 있어야 하며, 로그인하고 나면 원래 URL이 정상적으로 열립니다. RFC 6585는 앱과 API 클라이언트가 포털의 200이나 302 페이지를 진짜 콘텐츠로 착각하지 않고 포털임을 알아챌 수 있도록 이 코드를 만들었고, 캐시는 이 응답을 저장하면 안 됩니다. 401과 407은 웹사이트나 프록시에 대한 자격 증명을 요구하지만, 511은 네트워크 자체에 접속할 수 있느냐의 문제입니다.',
      causes: [
        '캡티브 포털이 있는 와이파이에 연결했지만 아직 로그인하거나 약관에 동의하지 않았습니다.',
        '이용 시간이나 데이터 한도를 다 써서 포털 세션이 만료되었고, 네트워크가 다시 로그인을 요구합니다.',
        '회사나 통신사 네트워크가 트래픽을 외부로 내보내기 전에 웹 인증을 요구합니다.',
      ],
      clientFixes: [
        '브라우저에서 아무 http:// 페이지(예: http://neverssl.com)나 열어 로그인 페이지를 띄운 뒤, 로그인하거나 약관에 동의합니다.',
        '응답 본문의 링크나, 포털이 보내 준다면 Location 헤더를 따라 로그인 페이지로 이동합니다.',
        '앱과 스크립트에서는 511을 감지하면 서버 장애로 보고하지 말고, 사용자에게 네트워크에 로그인하라고 안내합니다.',
      ],
      serverFixes: [
        '포털을 운영한다면 가로챈 요청에 511, 로그인 페이지 링크가 담긴 짧은 HTML 페이지, Cache-Control: no-store로 응답합니다.',
        '원 서버가 자기 사이트의 사용자 로그인에 511을 보내면 안 됩니다. 그럴 때는 401을 보내거나 사이트의 로그인 페이지로 리다이렉트합니다.',
        '운영 체제의 연결 확인 요청(captive.apple.com, connectivitycheck.gstatic.com/generate_204 등)은 가로채서 기기가 로그인 화면을 자동으로 띄우게 하되, 로그인 페이지와 그 리소스는 가로채지 않도록 예외로 둡니다.',
      ],
      retryNote:
        '네트워크에 로그인하기 전까지는 계속 511이 돌아오며, 로그인한 뒤에는 같은 요청이 그대로 통과합니다.',
      // Korean usage: https://apidog.com/kr/blog/status-code-511-network-authentication-required-kr
      keywords: [
        '캡티브 포털',
        '공용 와이파이',
        '공공 와이파이',
        '와이파이 로그인',
        '와이파이 인증',
        '핫스팟 로그인',
        '호텔 와이파이',
        '네트워크 로그인',
        '약관 동의 페이지',
      ],
    },
  },
];
