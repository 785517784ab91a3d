import type { StatusMeaning } from '../../types';

/**
 * nginx's own codes: numbers it logs or hands to error_page, most never sent as such.
 * Where the documentation says nothing, the link goes to nginx's source tree.
 */
export const NGINX_CODES: readonly StatusMeaning[] = [
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
];
