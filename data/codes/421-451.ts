import type { StatusMeaning } from '../types';

/** Client errors 421–451: added after HTTP/1.1 by HTTP/2, WebDAV, RFCs 2817, 6585, 7725, 8470. */
export const CLIENT_ERRORS_421_451: readonly StatusMeaning[] = [
  {
    code: 421,
    phrase: 'Misdirected Request',
    status: 'permanent',
    headers: ['Host', 'Alt-Svc'],
    spec: {
      title: 'RFC 9110',
      section: '15.5.20',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/421',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Misdirected Request',
      summary:
        'The request reached a server that cannot answer authoritatively for the requested host, usually because a reused connection belongs to a different origin.',
      detail:
        'HTTP/2 and HTTP/3 let a browser reuse one connection for several hostnames when they resolve to the same address and the TLS certificate covers all of them (connection coalescing). If the server behind that connection is not set up for the host named in the :authority pseudo-header or Host header, or that host does not match the SNI name from the TLS handshake, it answers 421. The client may then send the same request again, even a POST, on a fresh connection opened for that origin; browsers do this automatically, so users rarely see the code. Unlike 400 or 404, nothing is wrong with the request itself, only with the connection it travelled on, and proxies must never generate 421.',
      causes: [
        'Two virtual hosts share an IP address and a wildcard or multi-domain certificate but have different TLS settings, so a reused HTTP/2 connection lands on the wrong one (Apache httpd reports this when SNI and Host have no compatible SSL setup).',
        'The Host header (or :authority) does not match the SNI name sent in the TLS handshake, for example because a tool overrides Host but connects with the original name.',
        'A CDN or load balancer routes the request to an origin that is not configured for that hostname.',
        'A client library pools connections by IP address and sends requests for several hostnames over one TLS session.',
      ],
      clientFixes: [
        'Retry on a new connection opened for that exact hostname; browsers already do this, but custom HTTP/2 clients may need connection coalescing turned off.',
        'Keep SNI and Host in sync: with curl, use --resolve or --connect-to instead of overriding the Host header by hand.',
        'Check proxies or scripts that rewrite Host without changing the TLS server name.',
      ],
      serverFixes: [
        'Give virtual hosts that share an IP address and certificate identical TLS settings (protocols, ciphers, client-certificate requirements), or give them separate certificates.',
        'Make sure every name in the certificate’s Subject Alternative Names is actually served by the server that presents it.',
        'Use Alt-Svc or the HTTP/2 ORIGIN frame to tell clients which origins they may safely coalesce on a connection.',
      ],
      retryNote:
        'Sending it again on the same connection gets another 421; open a fresh connection to the right origin first, which browsers do automatically even for POST.',
      keywords: [
        'http/2 connection reuse',
        'connection coalescing',
        'SNI',
        'SNI mismatch',
        'Host header mismatch',
        'virtual host',
        'wildcard certificate',
        'wrong server',
        'AH02032',
      ],
    },
    ko: {
      name: '잘못 전달된 요청',
      summary:
        '요청한 호스트를 대표해 응답할 수 없는 서버에 요청이 도착했습니다. 대개 다른 출처용으로 열린 연결을 재사용했기 때문입니다.',
      detail:
        'HTTP/2와 HTTP/3에서 브라우저는 여러 호스트 이름이 같은 주소로 확인되고 TLS 인증서가 그 이름을 모두 포함하면 연결 하나를 함께 씁니다. 이를 연결 병합(connection coalescing)이라고 합니다. 그 연결 뒤의 서버가 :authority 의사 헤더나 Host 헤더에 적힌 호스트를 담당하도록 설정되어 있지 않거나, 그 호스트가 TLS 핸드셰이크 때 보낸 SNI 이름과 다르면 421을 보냅니다. 그러면 클라이언트는 그 출처용으로 새 연결을 열어 같은 요청을 다시 보낼 수 있고, POST여도 괜찮습니다. 브라우저가 이를 자동으로 처리하므로 사용자 눈에는 거의 띄지 않습니다. 400이나 404와 달리 요청 자체는 문제가 없고 요청이 지나온 연결이 잘못되었을 뿐이며, 프록시는 421을 만들어 보내면 안 됩니다.',
      causes: [
        '두 가상 호스트가 IP 주소와 와일드카드(또는 멀티 도메인) 인증서를 함께 쓰지만 TLS 설정이 달라, 재사용된 HTTP/2 연결이 엉뚱한 쪽에 닿았습니다. Apache httpd는 SNI와 Host에 호환되는 SSL 설정이 없을 때 이렇게 응답합니다.',
        'Host 헤더(또는 :authority)가 TLS 핸드셰이크에서 보낸 SNI 이름과 다릅니다. 도구에서 Host만 바꾸고 원래 이름으로 접속한 경우가 대표적입니다.',
        'CDN이나 로드 밸런서가 해당 호스트 이름에 맞게 설정되지 않은 원 서버로 요청을 보냈습니다.',
        '클라이언트 라이브러리가 IP 주소 기준으로 연결을 풀링해, 여러 호스트 이름의 요청을 TLS 세션 하나로 보냈습니다.',
      ],
      clientFixes: [
        '해당 호스트 이름용으로 새로 연 연결로 다시 보냅니다. 브라우저는 이미 이렇게 하지만, 직접 만든 HTTP/2 클라이언트라면 연결 병합을 꺼야 할 수 있습니다.',
        'SNI와 Host를 일치시킵니다. curl에서는 Host 헤더를 직접 바꾸지 말고 --resolve나 --connect-to 옵션을 씁니다.',
        'TLS 서버 이름은 그대로 둔 채 Host만 바꾸는 프록시나 스크립트가 없는지 확인합니다.',
      ],
      serverFixes: [
        'IP 주소와 인증서를 함께 쓰는 가상 호스트끼리는 프로토콜, 암호 스위트, 클라이언트 인증서 요구 같은 TLS 설정을 똑같이 맞추거나 인증서를 분리합니다.',
        '인증서의 주체 대체 이름(SAN)에 들어 있는 모든 이름을, 그 인증서를 내놓는 서버가 실제로 처리하는지 확인합니다.',
        'Alt-Svc나 HTTP/2 ORIGIN 프레임으로 한 연결에서 안전하게 함께 쓸 수 있는 호스트를 클라이언트에 알려 줍니다.',
      ],
      retryNote:
        '같은 연결로 다시 보내면 또 421이 오므로 올바른 출처로 새 연결을 연 뒤에 보내야 하며, 브라우저는 POST라도 이를 자동으로 처리합니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/rfc9110/section-15.5.20, https://apidog.com/kr/blog/status-code-421-misdirected-request
      keywords: [
        'HTTP/2 연결 재사용',
        '연결 병합',
        'SNI 불일치',
        'Host 헤더 불일치',
        '가상 호스트',
        '와일드카드 인증서',
        '잘못된 서버',
      ],
    },
  },
  {
    code: 422,
    phrase: 'Unprocessable Content',
    formerPhrases: ['Unprocessable Entity'],
    status: 'permanent',
    headers: ['Content-Type'],
    spec: {
      title: 'RFC 9110',
      section: '15.5.21',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/422',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Unprocessable Content',
      summary:
        'The server understood the format and syntax of the request body but cannot act on it because the data inside breaks its rules.',
      detail:
        "A 422 says the content type is supported (so not 415) and the body parses correctly (so not 400), yet the values make no sense to the application: a required field is missing, an email address is malformed, an end date comes before the start date. WebDAV (RFC 4918) introduced it as Unprocessable Entity, and RFC 9110 moved it into core HTTP under the name Unprocessable Content. Many frameworks and APIs use it as their standard validation error, among them Rails, Laravel, FastAPI and GitHub's REST API, usually with a JSON body that lists each failing field. Compared with 409 Conflict, 422 means the data itself is invalid, while 409 means valid data clashes with the resource's current state.",
      causes: [
        'A required field is missing or empty, or a value has the wrong type, such as a string where a number is expected.',
        'A value breaks a business rule: an invalid email format, a password that is too short, an end date before the start date.',
        'FastAPI or Pydantic cannot validate the request against the declared model, for example because JSON was expected but form data was sent, or a field name is misspelled.',
        'A value that must be unique, such as a username or email, is already taken and the framework reports it as a validation error.',
      ],
      clientFixes: [
        "Read the response body: most APIs list the failing fields and messages (Laravel's errors object, FastAPI's detail array, GitHub's errors list).",
        'Compare your payload with the API schema or OpenAPI document: field names, types, required properties and allowed values.',
        'Validate input in the form or client code before sending, so users see problems before the request goes out.',
      ],
      serverFixes: [
        'Return a structured body that names each invalid field and the reason, for example RFC 9457 problem details with an errors member.',
        'Reserve 422 for semantic validation failures; send 400 for JSON that does not parse and 415 for an unsupported Content-Type, so clients can tell them apart.',
        'Keep server-side validation rules and the published API schema in sync.',
      ],
      retryNote:
        'The same payload is rejected the same way every time; correct the fields named in the response before sending it again.',
      keywords: [
        'validation error',
        'validation failed',
        'invalid input',
        'missing required field',
        'invalid field value',
        'form validation',
        'semantic error',
        'business rule violation',
        'the given data was invalid',
        'pydantic',
        'required field empty',
        'field left empty',
      ],
    },
    ko: {
      name: '처리할 수 없는 콘텐츠',
      summary:
        '서버가 요청 본문의 형식과 문법은 이해했지만, 안에 든 데이터가 규칙에 맞지 않아 처리할 수 없습니다.',
      detail:
        '422는 콘텐츠 타입도 지원하고(그래서 415가 아님) 본문도 제대로 파싱되었지만(그래서 400도 아님), 값이 애플리케이션 규칙에 맞지 않는다는 뜻입니다. 필수 필드가 빠졌거나, 이메일 주소 형식이 틀렸거나, 종료일이 시작일보다 앞선 경우가 대표적입니다. WebDAV(RFC 4918)에서 Unprocessable Entity라는 이름으로 처음 정의되었고, RFC 9110이 Unprocessable Content라는 이름으로 HTTP 핵심 명세에 옮겨 왔습니다. Rails, Laravel, FastAPI, GitHub REST API 등 많은 프레임워크와 API가 유효성 검사 실패의 기본 응답으로 쓰며, 보통 실패한 필드를 나열한 JSON 본문을 함께 보냅니다. 409 Conflict와 비교하면, 422는 데이터 자체가 잘못되었다는 뜻이고 409는 올바른 데이터가 리소스의 현재 상태와 부딪친다는 뜻입니다.',
      causes: [
        '필수 필드가 빠졌거나 비어 있거나, 숫자 자리에 문자열이 오는 식으로 값의 타입이 틀렸습니다.',
        '이메일 형식 오류, 너무 짧은 비밀번호, 시작일보다 앞선 종료일처럼 값이 업무 규칙을 어겼습니다.',
        'FastAPI나 Pydantic이 선언된 모델로 요청을 검증하지 못했습니다. JSON을 기대하는 곳에 폼 데이터를 보냈거나 필드 이름의 철자가 틀린 경우가 흔합니다.',
        '사용자 이름이나 이메일처럼 중복될 수 없는 값이 이미 사용 중이라 프레임워크가 유효성 검사 오류로 알렸습니다.',
      ],
      clientFixes: [
        '응답 본문을 읽습니다. 대부분의 API가 실패한 필드와 메시지를 알려 줍니다(Laravel의 errors 객체, FastAPI의 detail 배열, GitHub의 errors 목록).',
        '보내는 데이터를 API 스키마나 OpenAPI 문서와 비교해 필드 이름, 타입, 필수 속성, 허용 값을 확인합니다.',
        '요청을 보내기 전에 폼이나 클라이언트 코드에서 입력값을 먼저 검증해, 사용자가 바로 문제를 알 수 있게 합니다.',
      ],
      serverFixes: [
        '잘못된 필드마다 이름과 이유를 담은 구조화된 본문을 돌려줍니다. 예를 들어 RFC 9457 problem details에 errors 항목을 추가합니다.',
        '422는 의미상 유효성 검사 실패에만 쓰고, 파싱할 수 없는 JSON에는 400을, 지원하지 않는 Content-Type에는 415를 보내 클라이언트가 구분할 수 있게 합니다.',
        '서버의 유효성 검사 규칙과 공개된 API 스키마를 늘 일치시킵니다.',
      ],
      retryNote:
        '같은 데이터는 매번 같은 이유로 거절되므로, 응답에 나온 필드를 고친 뒤에 다시 보내야 합니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/422, https://ko.wikipedia.org/wiki/HTTP_상태_코드, https://www.kacao.co.kr/422-unprocessable-entity-%EC%98%A4%EB%A5%98/, https://apidog.com/kr/blog/status-code-422-unprocessable-entity
      keywords: [
        '처리할 수 없는 엔티티',
        '유효성 검사 실패',
        '검증 실패',
        '검증 오류',
        '입력값 검증',
        '입력값 오류',
        '필수 항목 누락',
        '필수 값 누락',
        '데이터 형식 오류',
        '밸리데이션',
        '비즈니스 규칙 위반',
        '의미 오류',
        '이메일 형식 오류',
        '비밀번호 규칙 위반',
        '유효하지 않은 값',
        '값 범위 벗어남',
        '형식은 맞는데 거부',
        'Validation 실패',
        '재고 부족',
      ],
    },
  },
  {
    code: 423,
    phrase: 'Locked',
    status: 'permanent',
    headers: ['Lock-Token', 'If', 'Timeout'],
    spec: {
      title: 'RFC 4918',
      section: '11.3',
      url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.3',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/423',
    cacheable: false,
    retry: 'after-delay',
    en: {
      name: 'Locked',
      summary:
        'The resource is locked, usually by a WebDAV lock someone else holds, so the requested change cannot be made right now.',
      detail:
        'Locked comes from WebDAV, where a client can LOCK a file or collection to keep others from changing it while it edits. A request that would modify a locked resource, such as PUT, DELETE, MOVE or PROPPATCH, is refused with 423 unless it presents the matching lock token in the If header. You meet it with SharePoint, Nextcloud or ownCloud, and with Office or other editors that open documents over WebDAV, where a file stays locked while someone has it open or after an editor crashed. Unlike 409 Conflict, nothing is inconsistent; the resource is simply held by a lock that will be released or will time out.',
      causes: [
        'Another user or application has the file open for editing and holds a WebDAV lock on it.',
        'An editor crashed or lost its connection and left a stale lock that has not timed out yet.',
        'Your client took the lock itself but did not send the lock token in the If header of its write request.',
        'A parent collection is locked with Depth: infinity, which also covers the resource you are changing.',
      ],
      clientFixes: [
        "Wait until the other person closes the file or the lock's timeout passes, then try again.",
        'If you own the lock, send its token in the If header with PUT, DELETE or MOVE, and release it with UNLOCK and the Lock-Token header when you are done.',
        'Ask an administrator to clear a stale lock that does not expire.',
      ],
      serverFixes: [
        'Set reasonable lock timeouts so abandoned locks expire instead of blocking files for days.',
        'Include the lock-token-submitted or no-conflicting-lock error element in the body so clients know which lock is in the way.',
        'Give administrators a way to list and remove stale locks.',
      ],
      retryNote:
        'Retry once the lock has been released or has expired; retrying right away keeps returning 423 unless you send the correct lock token.',
      keywords: [
        'WebDAV',
        'file locked',
        'resource locked',
        'lock token',
        'locked by another user',
        'stale lock',
        'SharePoint',
        'Nextcloud',
      ],
    },
    ko: {
      name: '잠김',
      summary:
        '리소스가 잠겨 있어서(대개 다른 사람이 건 WebDAV 잠금) 지금은 요청한 대로 바꿀 수 없습니다.',
      detail:
        '423은 WebDAV에서 온 코드입니다. WebDAV 클라이언트는 파일이나 컬렉션을 편집하는 동안 다른 사람이 바꾸지 못하도록 LOCK으로 잠글 수 있습니다. 잠긴 리소스를 바꾸는 PUT, DELETE, MOVE, PROPPATCH 요청은 If 헤더로 맞는 잠금 토큰을 제시하지 않으면 423으로 거절됩니다. SharePoint, Nextcloud, ownCloud나 WebDAV로 문서를 여는 Office 같은 편집기에서 자주 보이며, 누군가 파일을 열어 둔 동안이나 편집기가 비정상 종료된 뒤에 잠금이 남아 있는 경우입니다. 409 Conflict와 달리 데이터가 어긋난 것은 없으며, 리소스가 곧 해제되거나 시간이 지나면 풀릴 잠금에 묶여 있을 뿐입니다.',
      causes: [
        '다른 사용자나 애플리케이션이 파일을 편집 중이라 WebDAV 잠금을 걸어 두었습니다.',
        '편집기가 비정상 종료되거나 연결이 끊겨서 아직 만료되지 않은 잠금이 남아 있습니다.',
        '클라이언트가 직접 잠금을 걸어 두고도 쓰기 요청의 If 헤더에 잠금 토큰을 넣지 않았습니다.',
        '상위 컬렉션이 Depth: infinity로 잠겨 있어, 바꾸려는 리소스까지 잠금 범위에 들어갑니다.',
      ],
      clientFixes: [
        '다른 사람이 파일을 닫거나 잠금 시간이 만료될 때까지 기다렸다가 재시도합니다.',
        '내가 건 잠금이라면 PUT, DELETE, MOVE 요청의 If 헤더에 그 토큰을 넣고, 작업이 끝나면 Lock-Token 헤더와 함께 UNLOCK을 보내 잠금을 풉니다.',
        '만료되지 않는 오래된 잠금은 관리자에게 해제를 요청합니다.',
      ],
      serverFixes: [
        '잠금 만료 시간을 적절히 설정해, 버려진 잠금이 며칠씩 파일을 막지 않게 합니다.',
        '본문에 lock-token-submitted나 no-conflicting-lock 오류 요소를 넣어 어떤 잠금이 걸림돌인지 클라이언트에 알려 줍니다.',
        '관리자가 오래된 잠금을 조회하고 지울 수 있는 수단을 마련합니다.',
      ],
      retryNote:
        '잠금이 해제되거나 만료된 뒤에 재시도해야 하며, 올바른 잠금 토큰 없이 바로 다시 보내면 계속 423이 옵니다.',
      // Korean usage: https://moonsiri.tistory.com/145, https://ko.wikipedia.org/wiki/HTTP_상태_코드
      keywords: [
        '파일 잠김',
        '파일 잠금',
        '리소스 잠김',
        '잠금 토큰',
        '잠금 해제',
        '다른 사용자가 편집 중',
        '락 걸림',
        '문서 잠김',
      ],
    },
  },
  {
    code: 424,
    phrase: 'Failed Dependency',
    status: 'permanent',
    headers: [],
    spec: {
      title: 'RFC 4918',
      section: '11.4',
      url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.4',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/424',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Failed Dependency',
      summary:
        'The action was not carried out because another action it depended on, within the same request, failed first.',
      detail:
        'Failed Dependency is another WebDAV code, used where one request covers several operations that must succeed or fail together, such as a PROPPATCH that sets many properties at once. If one of them fails, the others are reported with 424 to show they were not applied because of that failure rather than a problem of their own. It usually appears inside a 207 Multi-Status body next to the status of the operation that really failed, and less often as the status of a whole response. Some non-WebDAV APIs borrow it for steps in a batch or workflow that were skipped after an earlier step failed; either way the real cause is the other error, so look for that first.',
      causes: [
        'In a PROPPATCH, one property could not be set (for example because it is protected), so the server rolled back and marked the other properties 424.',
        'A batch or transactional API aborted the remaining operations after one of them failed.',
        'An operation relied on an earlier step, such as creating a parent collection or taking a lock, that did not succeed.',
      ],
      clientFixes: [
        'Find the entry with a status other than 424 in the 207 Multi-Status body or batch result, and fix that operation first.',
        'Split the request into independent operations if you do not need all-or-nothing behaviour.',
        'Resend the whole batch once the root failure is fixed, since the dependent operations were not applied.',
      ],
      serverFixes: [
        'Always report the operation that actually failed next to the 424 entries, with its own status and a clear message.',
        'Document which operations in a batch are atomic, so clients know what gets rolled back.',
        'Do not use 424 for a failing upstream service; 502 Bad Gateway or 503 Service Unavailable describes that better.',
      ],
      retryNote:
        'The request keeps failing until the operation it depends on succeeds; fix that failure first and then resend.',
      keywords: [
        'WebDAV',
        'dependency failed',
        'multi-status',
        'PROPPATCH',
        'batch request',
        'previous step failed',
        'transaction rollback',
      ],
    },
    ko: {
      name: '의존 관계 실패',
      summary:
        '같은 요청 안에서 이 작업이 의존하는 다른 작업이 먼저 실패해, 이 작업도 수행되지 않았습니다.',
      detail:
        '424도 WebDAV에서 온 코드로, 여러 속성을 한 번에 바꾸는 PROPPATCH처럼 함께 성공하거나 함께 실패해야 하는 작업 여러 개가 요청 하나에 담겨 있을 때 씁니다. 그중 하나가 실패하면 나머지 작업에 424를 붙여, 작업 자체의 문제가 아니라 다른 작업의 실패 때문에 적용되지 않았음을 알립니다. 보통 207 Multi-Status 본문 안에서 실제로 실패한 작업의 상태 코드와 나란히 나타나며, 응답 전체의 상태 코드로 쓰이는 경우는 드뭅니다. WebDAV가 아닌 일부 API도 일괄 처리나 워크플로에서 앞 단계가 실패해 건너뛴 단계에 424를 빌려 씁니다. 어느 경우든 진짜 원인은 다른 오류에 있으니 그것부터 찾아야 합니다.',
      causes: [
        'PROPPATCH에서 보호된 속성처럼 설정할 수 없는 속성이 하나 있어서, 서버가 전체를 되돌리고 나머지 속성에 424를 표시했습니다.',
        '작업 하나가 실패하자 일괄 처리나 트랜잭션 API가 남은 작업을 모두 중단했습니다.',
        '상위 컬렉션 생성이나 잠금 획득처럼 먼저 성공해야 하는 단계가 실패했습니다.',
      ],
      clientFixes: [
        '207 Multi-Status 본문이나 일괄 처리 결과에서 424가 아닌 상태 코드가 붙은 항목을 찾아 그 작업부터 고칩니다.',
        '전부 성공하거나 전부 실패할 필요가 없다면 요청을 서로 독립적인 작업으로 나눕니다.',
        '의존하던 작업은 적용되지 않았으므로, 근본 원인을 고친 뒤 일괄 요청 전체를 다시 보냅니다.',
      ],
      serverFixes: [
        '424 항목 옆에 실제로 실패한 작업도 그 작업의 상태 코드와 명확한 메시지로 항상 알려 줍니다.',
        '일괄 요청에서 어떤 작업이 원자적으로 처리되는지 문서에 적어, 무엇이 롤백되는지 클라이언트가 알 수 있게 합니다.',
        '업스트림 서비스가 실패한 경우에는 424를 쓰지 않습니다. 502 Bad Gateway나 503 Service Unavailable이 더 알맞습니다.',
      ],
      retryNote:
        '의존하는 작업이 성공하기 전까지는 계속 실패하므로, 그 실패부터 고친 뒤에 다시 보내야 합니다.',
      // Korean usage: https://ko.wikipedia.org/wiki/HTTP_상태_코드
      keywords: [
        '실패된 의존성',
        '의존성 실패',
        '종속 작업 실패',
        '선행 작업 실패',
        '일괄 요청 실패',
        '멀티 스테이터스',
        'PROPPATCH',
      ],
    },
  },
  {
    code: 425,
    phrase: 'Too Early',
    status: 'permanent',
    headers: ['Early-Data'],
    spec: {
      title: 'RFC 8470',
      section: '5.2',
      url: 'https://www.rfc-editor.org/rfc/rfc8470#section-5.2',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/425',
    cacheable: false,
    retry: 'after-delay',
    en: {
      name: 'Too Early',
      summary:
        'The server will not process a request that arrived as TLS 1.3 early data (0-RTT), because a replayed copy of it could do harm.',
      detail:
        'TLS 1.3 lets a client that resumes a session send its first request together with the handshake as 0-RTT early data; this saves a round trip, but an attacker can capture such data and replay it. A server or CDN that receives a request this way and considers it unsafe to run twice, typically anything other than a safe method like GET, answers 425 instead of processing it. Intermediaries that forward early data mark the request with Early-Data: 1 so the origin knows, and the origin can push the request back with 425. The client simply sends the same request again after the handshake has finished, and browsers do this automatically, so users rarely see it.',
      causes: [
        'The client resumed a TLS 1.3 session and sent a POST or another non-idempotent request as 0-RTT early data.',
        'A CDN or reverse proxy forwarded a request received in early data with Early-Data: 1, and the application refuses to process such requests.',
        'The server treats every early-data request as potentially replayed and rejects it until the handshake completes.',
      ],
      clientFixes: [
        'Resend the same request after the TLS handshake has completed, without early data; browsers handle this automatically.',
        'In your own clients, send only idempotent requests such as GET as 0-RTT, or turn early data off for calls that change state.',
      ],
      serverFixes: [
        'In nginx, pass the early-data flag to the application (proxy_set_header Early-Data $ssl_early_data;) and have it return 425 only for unsafe requests.',
        'Accept early data only for safe, idempotent methods, or disable 0-RTT (ssl_early_data off in nginx, the 0-RTT setting in Cloudflare) if replay risk is a concern.',
        'Make sure proxies in front of the origin understand 425 and retry after the handshake instead of passing it on to users.',
      ],
      retryNote:
        'Retry the same request once the TLS handshake is complete, this time without early data; browsers normally do this on their own.',
      keywords: [
        'TLS 1.3',
        '0-RTT',
        'early data',
        'Early-Data header',
        'replay attack',
        'zero round trip',
        'ssl_early_data',
      ],
    },
    ko: {
      name: '너무 이른 요청',
      summary:
        'TLS 1.3 조기 데이터(0-RTT)로 도착한 요청은 재전송되면 해를 끼칠 수 있어서, 서버가 처리하지 않았습니다.',
      detail:
        'TLS 1.3에서는 세션을 재개하는 클라이언트가 첫 요청을 핸드셰이크와 함께 0-RTT 조기 데이터로 보낼 수 있습니다. 왕복 한 번을 아끼는 대신, 공격자가 이 데이터를 가로채 다시 보내는 재전송(replay) 공격의 위험이 있습니다. 이렇게 받은 요청을 두 번 실행하면 안전하지 않다고 판단한 서버나 CDN은 처리하지 않고 425를 보내며, 대개 GET 같은 안전한 메서드가 아닌 요청이 여기에 해당합니다. 조기 데이터를 전달하는 중간 서버는 요청에 Early-Data: 1을 붙여 원 서버에 알리고, 원 서버는 425로 요청을 되돌려 보낼 수 있습니다. 클라이언트는 핸드셰이크가 끝난 뒤 같은 요청을 다시 보내면 되고, 브라우저가 이를 자동으로 처리하므로 사용자에게는 거의 보이지 않습니다.',
      causes: [
        '클라이언트가 TLS 1.3 세션을 재개하면서 POST처럼 멱등하지 않은 요청을 0-RTT 조기 데이터로 보냈습니다.',
        'CDN이나 리버스 프록시가 조기 데이터로 받은 요청에 Early-Data: 1을 붙여 전달했고, 애플리케이션은 그런 요청을 처리하지 않습니다.',
        '서버가 조기 데이터로 온 요청을 모두 재전송되었을 수 있다고 보고, 핸드셰이크가 끝날 때까지 거절합니다.',
      ],
      clientFixes: [
        'TLS 핸드셰이크가 끝난 뒤 조기 데이터를 쓰지 않고 같은 요청을 다시 보냅니다. 브라우저는 이를 자동으로 처리합니다.',
        '직접 만든 클라이언트라면 GET 같은 멱등 요청만 0-RTT로 보내거나, 상태를 바꾸는 호출에는 조기 데이터를 끕니다.',
      ],
      serverFixes: [
        'nginx에서는 proxy_set_header Early-Data $ssl_early_data;로 조기 데이터 여부를 애플리케이션에 넘기고, 안전하지 않은 요청에만 425를 돌려주게 합니다.',
        '안전한 멱등 메서드에만 조기 데이터를 허용하고, 재전송 위험이 걱정된다면 0-RTT를 끕니다(nginx의 ssl_early_data off, Cloudflare의 0-RTT 설정).',
        '원 서버 앞의 프록시가 425를 이해해서, 사용자에게 그대로 넘기지 않고 핸드셰이크가 끝난 뒤 재시도하는지 확인합니다.',
      ],
      retryNote:
        'TLS 핸드셰이크가 끝난 뒤 조기 데이터 없이 같은 요청을 다시 보내면 되며, 브라우저는 보통 이를 스스로 처리합니다.',
      // Korean usage: https://ko.wikipedia.org/wiki/HTTP_상태_코드
      keywords: [
        '너무 일찍 요청',
        '0-RTT',
        '조기 데이터',
        '얼리 데이터',
        '재전송 공격',
        '리플레이 공격',
        'ssl_early_data',
      ],
    },
  },
  {
    code: 426,
    phrase: 'Upgrade Required',
    status: 'permanent',
    headers: ['Upgrade', 'Connection'],
    spec: {
      title: 'RFC 9110',
      section: '15.5.22',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/426',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Upgrade Required',
      summary:
        'The server refuses to handle the request over the current protocol and names the protocol to switch to in an Upgrade header.',
      detail:
        'With 426 the server is saying that it could serve the request, just not over this protocol; the response must include an Upgrade header listing what it wants, such as websocket for an endpoint that only speaks WebSocket or a newer HTTP version. It differs from 101 Switching Protocols, which confirms an upgrade the client asked for, and from a 301 or 308 redirect to https, which sends the client to another URL rather than another protocol for the same one. In practice you see it when a plain HTTP request hits a WebSocket-only endpoint (the Node.js ws library answers this way), when a proxy drops the upgrade headers, or when an API tells outdated app versions to update.',
      causes: [
        'A plain HTTP request without Upgrade: websocket and Connection: Upgrade reached a WebSocket-only endpoint.',
        'A proxy or load balancer removed the Upgrade and Connection headers, so the upgrade request arrived as an ordinary request.',
        'The server requires a newer protocol version than the one the client offered.',
        'An API uses 426 to tell outdated app or SDK versions that they must update.',
      ],
      clientFixes: [
        "Read the response's Upgrade header and connect with that protocol, for example new WebSocket('wss://…') instead of fetch for a socket endpoint.",
        'Update the app, SDK or client library if the API says your version is no longer supported.',
        'If you go through a proxy, make sure it forwards the Upgrade and Connection headers.',
      ],
      serverFixes: [
        'Always include an Upgrade header naming the required protocol, plus a short body that explains it.',
        'In nginx, forward upgrades with proxy_http_version 1.1, proxy_set_header Upgrade $http_upgrade and proxy_set_header Connection "upgrade".',
        'To move users from HTTP to HTTPS, use a 301 or 308 redirect and HSTS rather than 426, because browsers do not act on an Upgrade to TLS.',
      ],
      retryNote:
        'Repeating the request over the same protocol gets another 426; switch to the protocol named in the Upgrade header first.',
      keywords: [
        'websocket',
        'ws',
        'protocol upgrade',
        'Upgrade header',
        'websocket endpoint',
        'proxy strips Upgrade header',
        'outdated client',
        'app update required',
        'force update',
        'switch to tls',
        'must switch protocol',
        'upgrade to a newer protocol',
      ],
    },
    ko: {
      name: '업그레이드 필요',
      summary:
        '서버가 현재 프로토콜로는 요청을 처리하지 않겠다며, 전환할 프로토콜을 Upgrade 헤더로 알려 줍니다.',
      detail:
        '426은 요청을 처리할 수는 있지만 지금 쓰는 프로토콜로는 하지 않겠다는 뜻입니다. 응답에는 원하는 프로토콜을 적은 Upgrade 헤더가 반드시 들어가는데, WebSocket 전용 엔드포인트라면 websocket, 아니면 더 새로운 HTTP 버전 같은 값입니다. 클라이언트가 요청한 업그레이드를 수락하는 101 Switching Protocols와 다르고, 같은 URL에서 프로토콜만 바꾸라는 요구이므로 다른 URL(https)로 보내는 301·308 리다이렉션과도 다릅니다. 실제로는 일반 HTTP 요청이 WebSocket 전용 엔드포인트에 닿았을 때(Node.js의 ws 라이브러리가 이렇게 응답합니다), 프록시가 업그레이드 헤더를 빼 버렸을 때, API가 오래된 앱 버전에 업데이트를 요구할 때 주로 봅니다.',
      causes: [
        'Upgrade: websocket과 Connection: Upgrade 헤더가 없는 일반 HTTP 요청이 WebSocket 전용 엔드포인트에 도착했습니다.',
        '프록시나 로드 밸런서가 Upgrade와 Connection 헤더를 지워, 업그레이드 요청이 일반 요청으로 전달되었습니다.',
        '서버가 클라이언트가 제시한 것보다 새로운 프로토콜 버전을 요구합니다.',
        'API가 오래된 앱이나 SDK 버전에 업데이트가 필요하다는 뜻으로 426을 보냅니다.',
      ],
      clientFixes: [
        "응답의 Upgrade 헤더를 읽고 그 프로토콜로 연결합니다. 예를 들어 소켓 엔드포인트에는 fetch 대신 new WebSocket('wss://…')을 씁니다.",
        'API가 현재 버전을 더 이상 지원하지 않는다고 하면 앱, SDK, 클라이언트 라이브러리를 업데이트합니다.',
        '프록시를 거친다면 프록시가 Upgrade와 Connection 헤더를 전달하는지 확인합니다.',
      ],
      serverFixes: [
        '필요한 프로토콜을 적은 Upgrade 헤더와 이유를 설명하는 짧은 본문을 항상 함께 보냅니다.',
        'nginx에서는 proxy_http_version 1.1, proxy_set_header Upgrade $http_upgrade, proxy_set_header Connection "upgrade"로 업그레이드 요청을 전달합니다.',
        '사용자를 HTTP에서 HTTPS로 옮기려면 426 대신 301·308 리다이렉션과 HSTS를 씁니다. 브라우저는 TLS로 전환하라는 Upgrade를 따르지 않기 때문입니다.',
      ],
      retryNote:
        '같은 프로토콜로 다시 보내면 또 426이 오므로, 먼저 Upgrade 헤더에 나온 프로토콜로 전환해야 합니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/426
      keywords: [
        '웹소켓',
        '프로토콜 업그레이드',
        '프로토콜 전환 필요',
        'Upgrade 헤더',
        '웹소켓 연결 실패',
        '앱 업데이트 필요',
        '강제 업데이트',
        '구버전 앱',
      ],
    },
  },
  {
    code: 428,
    phrase: 'Precondition Required',
    status: 'permanent',
    headers: ['If-Match', 'If-Unmodified-Since', 'ETag', 'Last-Modified'],
    spec: {
      title: 'RFC 6585',
      section: '3',
      url: 'https://www.rfc-editor.org/rfc/rfc6585#section-3',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/428',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Precondition Required',
      summary:
        'The server insists on a conditional request, with If-Match or a similar header, before it lets the client change the resource.',
      detail:
        'Servers use 428 to prevent lost updates, where two clients read the same resource, both edit it, and the second write silently overwrites the first. By requiring If-Match (carrying the ETag the client last saw) or If-Unmodified-Since on PUT, PATCH or DELETE, the server can tell whether the resource changed in between. A 428 means the condition header was missing altogether, while 412 Precondition Failed means it was present but no longer matches the current state. The fix is to GET the resource, keep its ETag, and send it back in If-Match with the write.',
      causes: [
        'A PUT, PATCH or DELETE was sent without If-Match or If-Unmodified-Since to an API that enforces optimistic concurrency.',
        'The client never fetched the resource first, so it has no ETag to send back.',
        'A proxy, SDK or HTTP wrapper dropped the conditional headers from the request.',
      ],
      clientFixes: [
        'GET the resource first, keep the ETag from that response, and send it in an If-Match header with your update.',
        'If the API works with timestamps, send If-Unmodified-Since with the Last-Modified value you received.',
        'If you then get 412, someone else changed the resource: reload it, reapply your change and try again.',
      ],
      serverFixes: [
        'Send ETag (or Last-Modified) on every GET so clients have a validator to return.',
        'Say in the 428 body which header is required and how to obtain its value.',
        'Apply the requirement only to state-changing methods; GET and HEAD should keep working without conditions.',
      ],
      retryNote:
        'Resending without a condition header gets the same 428; add If-Match or If-Unmodified-Since and then try again.',
      keywords: [
        'missing If-Match',
        'If-Match required',
        'conditional request required',
        'If-Match',
        'ETag',
        'optimistic locking',
        'lost update',
        'concurrency control',
        'require if-match',
      ],
    },
    ko: {
      name: '전제 조건 필요',
      summary:
        '서버가 리소스 변경을 허용하기 전에 If-Match 같은 헤더를 담은 조건부 요청을 요구합니다.',
      detail:
        '428은 갱신 손실을 막기 위한 코드입니다. 두 클라이언트가 같은 리소스를 읽고 각자 고친 뒤 저장하면, 나중에 쓴 쪽이 앞의 변경을 소리 없이 덮어쓰게 됩니다. 서버가 PUT, PATCH, DELETE에 If-Match(클라이언트가 마지막으로 본 ETag)나 If-Unmodified-Since를 요구하면 그사이 리소스가 바뀌었는지 가려낼 수 있습니다. 428은 조건 헤더가 아예 없다는 뜻이고, 412 Precondition Failed는 헤더는 있지만 현재 상태와 맞지 않는다는 뜻입니다. 리소스를 GET으로 받아 ETag를 보관해 두었다가 쓰기 요청의 If-Match에 넣어 보내면 해결됩니다.',
      causes: [
        '낙관적 동시성 제어를 적용한 API에 If-Match나 If-Unmodified-Since 없이 PUT, PATCH, DELETE를 보냈습니다.',
        '클라이언트가 리소스를 먼저 조회하지 않아서 돌려보낼 ETag가 없습니다.',
        '프록시, SDK, HTTP 래퍼가 요청에서 조건부 헤더를 빼 버렸습니다.',
      ],
      clientFixes: [
        '먼저 리소스를 GET으로 받아 응답의 ETag를 보관하고, 수정 요청의 If-Match 헤더에 넣어 보냅니다.',
        'API가 시각을 기준으로 동작한다면 받아 둔 Last-Modified 값을 If-Unmodified-Since에 넣어 보냅니다.',
        '그 뒤에 412가 온다면 다른 사람이 먼저 리소스를 바꾼 것이므로, 다시 읽어 와 변경 사항을 다시 적용한 뒤 재시도합니다.',
      ],
      serverFixes: [
        '모든 GET 응답에 ETag(또는 Last-Modified)를 보내, 클라이언트가 돌려보낼 검증자를 받을 수 있게 합니다.',
        '428 본문에 어떤 헤더가 필요하고 그 값을 어떻게 얻는지 적어 줍니다.',
        '이 요구는 상태를 바꾸는 메서드에만 적용하고, GET과 HEAD는 조건 없이도 계속 동작하게 둡니다.',
      ],
      retryNote:
        '조건 헤더 없이 다시 보내면 똑같이 428이 오므로, If-Match나 If-Unmodified-Since를 추가한 뒤에 재시도해야 합니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/428, https://ko.wikipedia.org/wiki/HTTP_상태_코드
      keywords: [
        'If-Match 누락',
        '조건부 요청 필요',
        '조건 헤더 누락',
        'ETag',
        '낙관적 잠금',
        '동시 수정',
        '갱신 손실',
        '업데이트 유실',
      ],
    },
  },
  {
    code: 429,
    phrase: 'Too Many Requests',
    status: 'permanent',
    headers: [
      'Retry-After',
      'RateLimit-Limit',
      'RateLimit-Remaining',
      'RateLimit-Reset',
      'X-RateLimit-Limit',
      'X-RateLimit-Remaining',
      'X-RateLimit-Reset',
    ],
    spec: {
      title: 'RFC 6585',
      section: '4',
      url: 'https://www.rfc-editor.org/rfc/rfc6585#section-4',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/429',
    cacheable: false,
    retry: 'after-delay',
    en: {
      name: 'Too Many Requests',
      summary:
        'The client has sent more requests than the server allows in a given time window and needs to slow down.',
      detail:
        'A 429 is what a rate limiter answers: an API gateway, CDN, WAF or the application itself counts requests per user, API key, token or IP address and rejects the excess. The response may carry Retry-After, in seconds or as a date, saying when to come back, and many APIs add counters such as X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset, or the RateLimit fields the IETF is standardising. It is not 503 Service Unavailable, which means the server is overloaded for everyone; 429 is aimed at your traffic in particular. Wait and retry with exponential backoff rather than hammering the server, which usually only prolongs the block.',
      causes: [
        'A script, crawler or loop sends requests faster than the per-second or per-minute limit of the API.',
        'The daily or monthly quota of the API key or plan is used up, as often happens with OpenAI, GitHub or Google APIs.',
        'Many users share one IP address (office NAT, VPN, serverless functions), so their requests count against the same limit.',
        'Automatic retries without backoff multiply traffic after a failure and trip the limiter.',
        'A login or one-time-code endpoint limits attempts to stop brute-force attacks.',
      ],
      clientFixes: [
        'Honour Retry-After: wait the given number of seconds, or until the given date, before the next request.',
        'Retry with exponential backoff and random jitter, and cap how many requests run in parallel.',
        'Watch X-RateLimit-Remaining or RateLimit headers and slow down before they reach zero; cache responses you fetch repeatedly.',
        'If the quota itself is too small, upgrade the plan or ask the provider for a higher limit.',
      ],
      serverFixes: [
        'Always send Retry-After with 429 so clients know how long to wait.',
        'Publish your limits and expose remaining-quota headers so well-behaved clients can pace themselves.',
        'Key limits on the API key or user where you can, not only on IP address, so people behind a shared address are not blocked together.',
        'In nginx, tune limit_req_zone and the burst of limit_req, and set limit_req_status 429, since the default is 503.',
      ],
      retryNote:
        'Wait before retrying, for the time in Retry-After if it is given and otherwise with exponential backoff, because immediate retries count against the limit too.',
      keywords: [
        'rate limit',
        'rate limited',
        'rate limit exceeded',
        'throttling',
        'throttled',
        'quota exceeded',
        'API limit',
        'API quota',
        'usage limit reached',
        'insufficient_quota',
        'too many login attempts',
        'slow down',
        'backoff',
        'Retry-After',
        'X-RateLimit',
      ],
    },
    ko: {
      name: '요청이 너무 많음',
      summary:
        '클라이언트가 정해진 시간 동안 허용된 것보다 많은 요청을 보냈으니, 속도를 늦춰야 합니다.',
      detail:
        '429는 요청 한도를 적용하는 장치가 보내는 응답입니다. API 게이트웨이, CDN, WAF나 애플리케이션이 사용자, API 키, 토큰, IP 주소별로 요청 수를 세다가 한도를 넘는 요청을 거절합니다. 응답에는 언제 다시 와도 되는지 초 단위나 날짜로 알려 주는 Retry-After가 들어갈 수 있고, 많은 API가 X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset 같은 카운터나 IETF에서 표준화하고 있는 RateLimit 헤더를 함께 보냅니다. 서버가 모두에게 과부하 상태라는 503 Service Unavailable과 달리, 429는 바로 그 클라이언트의 트래픽을 겨냥한 응답입니다. 요청을 계속 퍼부으면 대개 차단만 길어지므로, 기다렸다가 지수 백오프로 재시도해야 합니다.',
      causes: [
        '스크립트, 크롤러, 반복문이 API의 초당 또는 분당 한도보다 빠르게 요청을 보냅니다.',
        'API 키나 요금제의 일간·월간 할당량을 다 썼습니다. OpenAI, GitHub, Google API에서 흔한 경우입니다.',
        '회사 NAT, VPN, 서버리스 함수처럼 여러 사용자가 IP 주소 하나를 함께 써서, 모두의 요청이 같은 한도에 합산됩니다.',
        '백오프 없는 자동 재시도가 장애 뒤에 트래픽을 몇 배로 늘려 한도에 걸렸습니다.',
        '로그인이나 일회용 인증 코드 엔드포인트가 무차별 대입 공격을 막으려고 시도 횟수를 제한합니다.',
      ],
      clientFixes: [
        'Retry-After를 지킵니다. 적힌 초만큼 또는 적힌 시각까지 기다린 뒤에 다음 요청을 보냅니다.',
        '무작위 지터를 섞은 지수 백오프로 재시도하고, 동시에 보내는 요청 수를 제한합니다.',
        'X-RateLimit-Remaining이나 RateLimit 헤더를 보고 0이 되기 전에 속도를 늦추고, 반복해서 받는 응답은 캐시합니다.',
        '할당량 자체가 부족하다면 요금제를 올리거나 제공 업체에 한도 상향을 요청합니다.',
      ],
      serverFixes: [
        '429를 보낼 때는 얼마나 기다려야 하는지 알 수 있도록 Retry-After를 항상 함께 보냅니다.',
        '한도를 문서로 공개하고 남은 할당량을 헤더로 알려 주어, 클라이언트가 스스로 속도를 조절할 수 있게 합니다.',
        '가능하면 IP 주소만이 아니라 API 키나 사용자 기준으로 한도를 걸어, 같은 주소 뒤에 있는 사람들이 한꺼번에 막히지 않게 합니다.',
        'nginx에서는 limit_req_zone과 limit_req의 burst 값을 조정하고, 기본값이 503이므로 limit_req_status 429를 지정합니다.',
      ],
      retryNote:
        '바로 다시 보낸 요청도 한도에 포함되므로, Retry-After가 있으면 그 시간만큼, 없으면 지수 백오프로 기다린 뒤 재시도해야 합니다.',
      // Korean usage: https://earscoming.tistory.com/entry/server-429-에러란-오류-설명-및-해결방법, https://ok.happy1472.com/entry/ChatGPT-API-429-오류-해결-방법｜사용량-초과-대처-가이드, https://yoon4360.tistory.com/44, https://devsnap.dev/ko/http-status/429, https://ko.wikipedia.org/wiki/HTTP_상태_코드, https://runebook.dev/ko/docs/http/status/429, https://theinformation.co.kr/%EC%A0%95%EB%B3%B4/%EA%B0%91%EC%9E%90%EA%B8%B0-%EB%82%98%ED%83%80%EB%82%9C-429-too-many-requests-%EC%97%90%EB%9F%AC-1%EB%B6%84-%EB%A7%8C%EC%97%90-%ED%95%B4%EA%B2%B0%ED%95%98%EB%8A%94-%EC%99%84%EB%B2%BD-%EA%B0%80
      keywords: [
        '요청 과다',
        '너무 많은 요청',
        '요청 횟수 초과',
        '요청 한도',
        '요청 한도 초과',
        '호출 한도 초과',
        '호출 횟수 초과',
        'API 사용량 초과',
        'API 호출 제한',
        '할당량 초과',
        '쿼터 초과',
        '스로틀링',
        '과도한 요청',
        '로그인 시도 횟수 초과',
        '연타',
        '새로고침 연타',
        'F5 연타',
        '너무 자주 요청',
        '호출 횟수 제한',
        '짧은 시간 많은 요청',
        '연속 요청',
        '반복 호출',
      ],
    },
  },
  {
    code: 431,
    phrase: 'Request Header Fields Too Large',
    status: 'permanent',
    headers: ['Cookie', 'Set-Cookie', 'Authorization'],
    spec: {
      title: 'RFC 6585',
      section: '5',
      url: 'https://www.rfc-editor.org/rfc/rfc6585#section-5',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/431',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Request Header Fields Too Large',
      summary:
        'The server refuses the request because its headers, either one field or all of them together, exceed the size it accepts.',
      detail:
        'Servers cap header size to protect their memory, for example Node.js with --max-http-header-size (16 KB by default) or ASP.NET Core Kestrel with MaxRequestHeadersTotalSize, and reject requests that go over. The usual culprit is the Cookie header: a site and its subdomains keep adding cookies until the browser sends several kilobytes with every request, which is especially common on localhost, where cookies from every project you run pile up. Oversized JWTs in Authorization and very long Referer URLs are other suspects. It differs from 414 URI Too Long, which concerns the request target, and from 413 Content Too Large, which concerns the body; nginx and Apache usually report the same problem as 400 with a message such as "Request Header Or Cookie Too Large".',
      causes: [
        'Too many or too large cookies for the domain, often on localhost where cookies from many different projects accumulate.',
        'A large JWT or session token in the Authorization or Cookie header, for example one that embeds many roles or claims.',
        'A very long Referer or custom header, or tracing and forwarding headers that each proxy hop keeps appending.',
        'A server or proxy configured with a small header limit.',
      ],
      clientFixes: [
        'Clear the cookies for the site (or for localhost) in the browser settings and reload.',
        'Trim what you send: drop unneeded custom headers and keep tokens small.',
        'In a dev setup, give each project its own hostname or port-specific cookie names so cookies stop piling up on localhost.',
      ],
      serverFixes: [
        'Raise the limit where it makes sense: node --max-http-header-size=32768, nginx large_client_header_buffers 4 32k, Apache LimitRequestFieldSize, Kestrel MaxRequestHeadersTotalSize.',
        'Stop setting cookies you do not need, scope them to specific paths or subdomains, and expire old ones.',
        'Keep session data on the server and put only a short identifier in the cookie instead of a bulky token.',
      ],
      retryNote:
        'The same oversized headers are rejected again; clear cookies or shrink the headers before retrying.',
      keywords: [
        'cookie too large',
        'header too big',
        'request header too large',
        'too many cookies',
        'header size limit',
        'max-http-header-size',
        'large JWT',
        'localhost cookies',
      ],
    },
    ko: {
      name: '요청 헤더가 너무 큼',
      summary:
        '헤더 하나 또는 헤더 전체의 크기가 서버가 받아들이는 한도를 넘어, 서버가 요청을 거절했습니다.',
      detail:
        '서버는 메모리를 보호하려고 헤더 크기에 상한을 두고 이를 넘는 요청을 거절합니다. Node.js의 --max-http-header-size(기본 16KB)나 ASP.NET Core Kestrel의 MaxRequestHeadersTotalSize가 그런 설정입니다. 가장 흔한 원인은 Cookie 헤더입니다. 사이트와 하위 도메인이 쿠키를 계속 쌓으면 브라우저가 요청마다 수 KB를 보내게 되는데, 실행하는 모든 프로젝트의 쿠키가 한데 모이는 localhost에서 특히 잦습니다. Authorization에 담긴 큰 JWT나 아주 긴 Referer URL도 의심해 볼 만합니다. 요청 대상이 긴 414 URI Too Long, 본문이 큰 413 Content Too Large와는 다른 문제이며, nginx와 Apache는 같은 문제를 "Request Header Or Cookie Too Large" 같은 메시지와 함께 400으로 알리는 경우가 많습니다.',
      causes: [
        '도메인의 쿠키가 너무 많거나 큽니다. 여러 프로젝트의 쿠키가 쌓이는 localhost에서 흔합니다.',
        'Authorization이나 Cookie 헤더에 역할과 클레임을 잔뜩 담은 큰 JWT나 세션 토큰이 들어 있습니다.',
        'Referer나 사용자 정의 헤더가 매우 길거나, 프록시를 거칠 때마다 추적·전달용 헤더가 계속 덧붙습니다.',
        '서버나 프록시의 헤더 크기 한도가 작게 설정되어 있습니다.',
      ],
      clientFixes: [
        '브라우저 설정에서 해당 사이트(또는 localhost)의 쿠키를 지우고 새로고침합니다.',
        '보내는 양을 줄입니다. 필요 없는 사용자 정의 헤더는 빼고 토큰은 작게 유지합니다.',
        '개발 환경이라면 프로젝트마다 호스트 이름을 따로 쓰거나 포트별로 쿠키 이름을 구분해, localhost에 쿠키가 쌓이지 않게 합니다.',
      ],
      serverFixes: [
        '합당한 경우에는 한도를 올립니다. node --max-http-header-size=32768, nginx large_client_header_buffers 4 32k, Apache LimitRequestFieldSize, Kestrel MaxRequestHeadersTotalSize를 조정합니다.',
        '필요 없는 쿠키는 설정하지 말고, 쿠키의 범위를 특정 경로나 하위 도메인으로 좁히며, 오래된 쿠키는 만료시킵니다.',
        '세션 데이터는 서버에 두고 쿠키에는 큰 토큰 대신 짧은 식별자만 넣습니다.',
      ],
      retryNote:
        '너무 큰 헤더를 그대로 보내면 다시 거절되므로, 쿠키를 지우거나 헤더를 줄인 뒤에 재시도해야 합니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/431, https://earscoming.tistory.com/entry/server-431-Request-Header-Fields-Too-Large-에러란-원인-및-해결방법, https://developer.mozilla.org/ko/docs/Web/HTTP/Status/431, https://ko.wikipedia.org/wiki/HTTP_상태_코드
      keywords: [
        '요청 헤더 필드가 너무 큼',
        '헤더 크기 초과',
        '헤더가 너무 큼',
        '쿠키 용량 초과',
        '쿠키 너무 많음',
        '쿠키 삭제',
        '쿠키 폭탄',
        'JWT 토큰 너무 큼',
        'localhost 쿠키',
      ],
    },
  },
  {
    code: 451,
    phrase: 'Unavailable For Legal Reasons',
    status: 'permanent',
    headers: ['Link'],
    spec: {
      title: 'RFC 7725',
      section: '3',
      url: 'https://www.rfc-editor.org/rfc/rfc7725#section-3',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/451',
    cacheable: false,
    retry: 'never',
    en: {
      name: 'Unavailable For Legal Reasons',
      summary:
        'The server cannot provide the resource because of a legal demand, such as a court order, government censorship or a copyright takedown.',
      detail:
        'RFC 7725 added 451 so that legally required blocking is visible and can be told apart from an ordinary 403 Forbidden or 404 Not Found; the number nods to Ray Bradbury\'s novel Fahrenheit 451. The body should explain the legal demand and who made it, and a Link header with rel="blocked-by" can identify the party that carries out the block (for example an ISP or the site operator), which is not necessarily the authority that ordered it. Typical cases are content removed under a DMCA or national takedown order, pages censored in particular countries, and sites that block visitors from a region whose laws they do not follow, as some US sites did for EU visitors after GDPR took effect. Because the reason is legal rather than technical, only a change in the legal situation will change the answer.',
      causes: [
        'A government or court order requires the site, host or ISP to block the content in your country.',
        'The content was taken down after a copyright (DMCA) or similar legal notice.',
        'The service refuses visitors from a region whose regulations it does not comply with, such as GDPR in the EU.',
        'Sanctions or export-control rules forbid serving users in certain countries.',
      ],
      clientFixes: [
        'Read the response body and any Link header with rel="blocked-by" to learn who is blocking the content and why.',
        'Look for a lawful alternative: a regional edition of the site, the publisher’s other channels, or the rights holder.',
        'If you believe the block is a mistake, contact the site operator or follow the appeal process named in the notice.',
      ],
      serverFixes: [
        'Use 451 rather than 403 or 404 for legal blocks, so users and researchers can see the real cause.',
        'Explain in the body which legal demand applies and who issued it, and add Link: <url>; rel="blocked-by" for the party enforcing the block.',
        'Scope the block narrowly to specific URLs and jurisdictions, and review it when the legal basis changes.',
      ],
      retryNote:
        'Retrying will not help: the block is a legal decision that stays in place until the legal situation changes.',
      keywords: [
        'censorship',
        'court order',
        'government block',
        'DMCA takedown',
        'copyright takedown',
        'geoblocking',
        'not available in your country',
        'blocked in my country',
        'GDPR block',
        'sanctions',
        'Fahrenheit 451',
      ],
    },
    ko: {
      name: '법적 사유로 이용할 수 없음',
      summary:
        '법원 명령, 정부 검열, 저작권 침해 신고 같은 법적 요구 때문에 서버가 리소스를 제공할 수 없습니다.',
      detail:
        'RFC 7725는 법적 이유로 막힌 콘텐츠가 드러나고 일반적인 403 Forbidden이나 404 Not Found와 구별되도록 451을 추가했으며, 번호는 레이 브래드버리의 소설 《화씨 451》에서 따왔습니다. 본문에는 어떤 법적 요구가 있었고 누가 요구했는지 설명해야 하며, rel="blocked-by"가 붙은 Link 헤더로 실제 차단을 수행하는 주체(ISP나 사이트 운영자 등)를 밝힐 수 있습니다. 이 주체는 차단을 명령한 기관과 다를 수 있습니다. DMCA나 각국의 삭제 명령으로 내려간 콘텐츠, 특정 국가에서 검열된 페이지, 그리고 GDPR 시행 뒤 일부 미국 사이트가 EU 방문자를 막았듯이 사이트가 따르지 않는 법이 적용되는 지역의 방문자를 막는 경우가 대표적입니다. 이유가 기술이 아니라 법에 있으므로 법적 상황이 바뀌어야만 결과가 달라집니다.',
      causes: [
        '정부나 법원의 명령으로 사이트, 호스팅 업체, ISP가 해당 국가에서 콘텐츠를 차단해야 합니다.',
        '저작권(DMCA) 침해 신고나 그와 비슷한 법적 통지로 콘텐츠가 삭제되었습니다.',
        '서비스가 EU의 GDPR처럼 자신이 따르지 않는 규제가 적용되는 지역의 방문자를 거부합니다.',
        '제재나 수출 통제 규정 때문에 특정 국가의 사용자에게 서비스를 제공할 수 없습니다.',
      ],
      clientFixes: [
        '응답 본문과 rel="blocked-by"가 붙은 Link 헤더를 확인해 누가 왜 차단했는지 알아봅니다.',
        '지역별 사이트, 발행처의 다른 채널, 저작권자처럼 합법적으로 이용할 수 있는 다른 경로를 찾습니다.',
        '차단이 잘못되었다고 생각되면 사이트 운영자에게 문의하거나 안내된 이의 제기 절차를 따릅니다.',
      ],
      serverFixes: [
        '법적 차단에는 403이나 404 대신 451을 써서 사용자와 연구자가 실제 원인을 알 수 있게 합니다.',
        '어떤 법적 요구에 따른 것이고 누가 요구했는지 본문에 설명하고, 차단을 수행하는 주체를 Link: <url>; rel="blocked-by" 헤더로 알립니다.',
        '차단 범위는 특정 URL과 관할 지역으로 좁히고, 법적 근거가 바뀌면 다시 검토합니다.',
      ],
      retryNote:
        '차단은 법적 결정이라 법적 상황이 바뀌기 전까지 유지되므로 재시도해도 소용없습니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/451, https://ko.wikipedia.org/wiki/HTTP_상태_코드
      keywords: [
        '법적인 이유로 이용 불가',
        '검열',
        '법적 차단',
        '정부 차단',
        '법원 명령',
        '저작권 신고',
        '저작권 침해 차단',
        '지리적 차단',
        '국가별 차단',
        '화씨 451',
      ],
    },
  },
];
