import type { StatusMeaning } from '../../types';

/**
 * Codes no vendor stands behind today: Google Gears' abandoned proposal and the informal
 * 598/599 of proxies and HTTP clients. Wikipedia's list of unofficial codes is the usual source.
 */
export const INFORMAL_CODES: readonly StatusMeaning[] = [
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
