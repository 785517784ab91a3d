import type { StatusMeaning } from '../types';

export const SUCCESSFUL: readonly StatusMeaning[] = [
  {
    code: 200,
    phrase: 'OK',
    status: 'permanent',
    headers: ['Content-Type', 'Content-Length', 'ETag', 'Cache-Control'],
    spec: {
      title: 'RFC 9110',
      section: '15.3.1',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/200',
    cacheable: true,
    retry: 'not-needed',
    en: {
      name: 'OK',
      summary: 'The request worked, and the response body carries the result.',
      detail:
        'What the body holds depends on the method: the requested resource for GET, nothing but headers for HEAD, and the outcome of the action for POST. Without a Cache-Control header, caches may still keep a 200 for a while, guessing a lifetime from Last-Modified. An API that answers 200 with an error message in the body hides the failure from monitoring, retry logic and browser devtools, so a real 4xx or 5xx is the better choice. When the body is empty on purpose, 204 says so more clearly, and when a POST created something, 201 is more precise.',
      retryNote: 'Nothing to retry: the request succeeded.',
      keywords: [
        'success',
        'successful response',
        'request succeeded',
        'ok response',
        'HTTP OK',
        'status ok',
        'normal response',
        'worked fine',
        'went fine',
        'everything ok',
        'data in the body',
        'success response',
      ],
    },
    ko: {
      name: 'OK(정상)',
      summary: '요청이 정상적으로 처리되었고, 응답 본문에 그 결과가 담겨 있습니다.',
      detail:
        '본문에 무엇이 들어 있는지는 메서드에 따라 다릅니다. GET이면 요청한 리소스가, HEAD면 본문 없이 헤더만, POST면 작업의 결과가 옵니다. Cache-Control 헤더가 없어도 캐시는 Last-Modified를 근거로 유효 기간을 추정해 200 응답을 한동안 저장할 수 있습니다. 오류 메시지를 본문에 담아 200으로 돌려주는 API는 모니터링, 재시도 로직, 브라우저 개발자 도구에서 실패를 가려 버리므로, 제대로 된 4xx나 5xx를 쓰는 편이 낫습니다. 일부러 본문을 비울 때는 204가, POST로 무언가를 만들었을 때는 201이 더 정확합니다.',
      retryNote: '재시도할 필요가 없습니다. 요청이 성공했습니다.',
      // Korean usage: https://programming-cafe.com/ko/it-info-ko/internet-ko/http-status-code-ko/200-ok-ko/, https://prod.velog.io/@kyky7896/HTTP-상태코드-HTTP-상태코드-소개-2xx-성공, https://modunamu.github.io/HTTP-Status-Codes, https://withzenis.com/200-ok-%ec%83%81%ed%83%9c-%ec%bd%94%eb%93%9c%ec%9d%98-%eb%b9%84%eb%b0%80%ea%b3%bc-%ec%9d%98%eb%af%b8%eb%a5%bc-%ec%95%8c%ec%95%84%eb%b3%b4%eb%8a%94-%ea%bf%80%ed%8c%81, https://runebook.dev/ko/docs/http/status/200
      keywords: [
        '성공',
        '정상',
        '정상 응답',
        '정상 처리',
        '요청 성공',
        '성공 응답',
        '정상 동작',
        '문제없이 처리',
        '조회 성공',
        '데이터 잘 받아옴',
        '200인데 오류 메시지',
        '200인데 실패',
      ],
    },
  },
  {
    code: 201,
    phrase: 'Created',
    status: 'permanent',
    headers: ['Location', 'ETag'],
    spec: {
      title: 'RFC 9110',
      section: '15.3.2',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/201',
    cacheable: false,
    retry: 'not-needed',
    en: {
      name: 'Created',
      summary:
        'The request succeeded and created a new resource, whose URL is usually given in the Location header.',
      detail:
        "You typically get it after a POST to a collection (`POST /users`) or a PUT to a URL that did not exist yet. The Location header should point to the new resource, and the body often describes it, for example the stored object with its generated ID. An ETag in the response identifies the new version, which the client can later send in If-Match to avoid overwriting someone else's change. 201 means the work is already done; if a background job will create the resource later, 202 Accepted is the honest answer.",
      retryNote:
        'Nothing to retry: the resource exists now, and sending the same POST again would usually create a duplicate.',
      keywords: [
        'POST',
        'POST success',
        'new resource',
        'resource created',
        'created successfully',
        'REST create',
        'PUT create',
        'Location header',
      ],
    },
    ko: {
      name: '생성됨',
      summary: '요청이 성공해 새 리소스가 만들어졌고, 그 URL은 보통 Location 헤더에 들어 있습니다.',
      detail:
        '컬렉션에 POST를 보냈을 때(`POST /users`)나 아직 없던 URL에 PUT을 보냈을 때 주로 받습니다. Location 헤더는 새 리소스를 가리켜야 하고, 본문에는 생성된 ID가 담긴 객체처럼 새 리소스에 대한 설명이 들어가는 경우가 많습니다. 응답의 ETag는 새 버전을 식별하므로, 나중에 이 값을 If-Match에 담아 보내면 다른 사람의 변경을 덮어쓰지 않을 수 있습니다. 201은 작업이 이미 끝났다는 뜻이며, 백그라운드 작업이 나중에 리소스를 만든다면 202 Accepted가 사실에 맞는 응답입니다.',
      retryNote:
        '재시도할 필요가 없습니다. 리소스는 이미 만들어졌으며, 같은 POST를 다시 보내면 대개 중복 리소스가 하나 더 생깁니다.',
      // Korean usage: https://duddal.tistory.com/24, https://devsnap.dev/ko/http-status/201, https://runebook.dev/ko/docs/http/status/201, https://qastack.kr/programming/1860645/create-request-with-post-which-response-codes-200-or-201-and-content, https://money-novel.tistory.com/entry/HTTP-201-%EC%83%81%ED%83%9C-%EC%BD%94%EB%93%9C-%EC%9E%90%EC%9B%90%EC%9D%98-%EC%84%B1%EA%B3%B5%EC%A0%81%EC%9D%B8-%EC%83%9D%EC%84%B1%EA%B3%BC-%EA%B7%B8-%EC%9D%98%EB%AF%B8, https://elephant-dev.tistory.com/tag/Spring%20Put%20Api
      keywords: [
        'created',
        '작성됨',
        'POST',
        'POST 성공',
        '생성 성공',
        '리소스 생성',
        '새 리소스',
        'Location 헤더',
        'REST API',
        '새로 생성',
        '새로 생김',
        'PUT으로 생성',
        'upsert 생성',
        '회원가입 성공',
        '게시글 작성 성공',
        '등록 성공',
        '데이터 추가 성공',
      ],
    },
  },
  {
    code: 202,
    phrase: 'Accepted',
    status: 'permanent',
    headers: ['Location', 'Retry-After'],
    spec: {
      title: 'RFC 9110',
      section: '15.3.3',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/202',
    cacheable: false,
    retry: 'not-needed',
    en: {
      name: 'Accepted',
      summary:
        'The server has queued the request for processing but has not finished it, so the outcome is not known yet.',
      detail:
        'It fits asynchronous work such as video transcoding, report generation or bulk imports, where the server replies at once instead of holding the connection open. HTTP has no way to deliver the eventual result on the same request, so a well-designed API returns a status URL (in Location or in the body) for the client to poll, sometimes with Retry-After to suggest how often. A 202 promises nothing: the job may still fail later. Unlike 201, there is no guarantee that anything exists yet when the client reads the response.',
      retryNote:
        'Do not resend the request; poll the status URL the server gave you to learn how the job ended.',
      keywords: [
        'async',
        'async API',
        'asynchronous processing',
        'queued',
        'job queued',
        'background job',
        'polling',
        'status URL',
        'long running task',
        'request accepted',
      ],
    },
    ko: {
      name: '수락됨',
      summary:
        '서버가 요청을 처리 대기열에 넣었을 뿐 아직 끝내지 않았으므로, 결과는 알 수 없습니다.',
      detail:
        '동영상 변환, 보고서 생성, 대량 가져오기처럼 오래 걸리는 비동기 작업에서 연결을 붙잡고 있지 않고 곧바로 응답할 때 씁니다. HTTP에는 나중에 나온 결과를 같은 요청으로 전해 줄 방법이 없으므로, 잘 설계된 API는 클라이언트가 폴링할 상태 확인 URL을 Location 헤더나 본문에 담아 주고, Retry-After로 확인 간격을 권하기도 합니다. 202는 아무것도 약속하지 않으며, 작업은 나중에 실패할 수도 있습니다. 201과 달리 응답을 받은 시점에 리소스가 이미 존재한다는 보장도 없습니다.',
      retryNote:
        '요청을 다시 보내지 말고, 서버가 알려 준 상태 확인 URL을 조회해 작업 결과를 확인하면 됩니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/202, https://devsnap.dev/ko/http-status/202, https://duddal.tistory.com/24, https://prod.velog.io/@kyky7896/HTTP-상태코드-HTTP-상태코드-소개-2xx-성공, https://apidog.com/kr/blog/status-code-202-accepted, https://protocolcodes.com/ko/http/202-accepted
      keywords: [
        '비동기 처리',
        '비동기 API',
        '대기열',
        '작업 큐',
        '백그라운드 작업',
        '배치 처리',
        '폴링',
        '작업 접수',
        '요청 접수',
        '접수됨',
        '허용됨',
        'async',
        '나중에 처리',
        '처리는 나중에',
        '처리 대기',
        '작업 대기',
        '아직 처리 안 됨',
        '큐에 넣음',
        '백그라운드 처리',
        '처리 상태 확인',
        '처리 완료 전 응답',
      ],
    },
  },
  // 203: the seed page called this "신뢰할 수 없는 정보" ("untrustworthy information"), which is
  // wrong, and so is "unofficial". "Non-authoritative" means a transforming proxy
  // modified the origin server's 200 response, so the content is not the origin's own version;
  // nothing says it cannot be trusted. "변환된 정보" ("transformed information") names what
  // actually happened; the literal "비권위적 정보" is kept as a keyword.
  {
    code: 203,
    phrase: 'Non-Authoritative Information',
    status: 'permanent',
    headers: ['Via', 'Cache-Control'],
    spec: {
      title: 'RFC 9110',
      section: '15.3.4',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.4',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/203',
    cacheable: true,
    retry: 'not-needed',
    en: {
      name: 'Non-Authoritative Information',
      summary:
        "The request succeeded, but a transforming proxy changed the origin server's 200 response before it reached you.",
      detail:
        'A proxy that rewrites content, for example by recompressing images, stripping scripts or injecting a banner, may replace 200 with 203 to signal that the body is no longer exactly what the origin server sent. "Non-authoritative" means "not the origin\'s own version"; it does not mean untrustworthy or unverified. The code is rare today: most CDNs and optimising proxies keep 200, and HTTPS stops third-party proxies from altering responses at all. If a 203 shows up unexpectedly, the Via header tells you which intermediary touched the response, and the origin can send `Cache-Control: no-transform` to ask proxies to leave its content alone.',
      retryNote:
        'Nothing to retry: the request succeeded; fetch from the origin directly only if you need its unmodified content.',
      keywords: [
        'non authoritative',
        'transforming proxy',
        'modified response',
        'proxy rewrite',
        'content transformation',
        'no-transform',
        'Cache-Control: no-transform',
        'Via header',
      ],
    },
    ko: {
      name: '변환된 정보',
      summary:
        '요청은 성공했지만, 원 서버의 200 응답을 변환 프록시가 중간에서 고쳐서 전달했습니다.',
      detail:
        '이미지를 다시 압축하거나 스크립트를 빼거나 배너를 끼워 넣는 식으로 콘텐츠를 고치는 프록시는, 본문이 더 이상 원 서버가 보낸 그대로가 아님을 알리려고 200을 203으로 바꿀 수 있습니다. 이름의 "Non-Authoritative"(비권위적)는 "원 서버가 낸 원본이 아니다"라는 뜻이지, "신뢰할 수 없다"는 뜻이 아닙니다. 요즘은 보기 드문 코드로, 대부분의 CDN과 최적화 프록시는 200을 그대로 두며 HTTPS에서는 제3자 프록시가 응답을 고칠 수도 없습니다. 뜻밖에 203을 받았다면 Via 헤더에서 어느 중간 서버가 응답을 건드렸는지 확인할 수 있고, 원 서버는 `Cache-Control: no-transform`을 보내 프록시가 콘텐츠를 고치지 않도록 요청할 수 있습니다.',
      retryNote:
        '재시도할 필요가 없습니다. 요청은 성공했으며, 고쳐지지 않은 원본이 필요할 때만 원 서버에서 직접 받아 오면 됩니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/203, https://runebook.dev/ko/docs/http/rfc9110/section-15.3.4, https://apidog.com/kr/blog/status-code-203-non-authoritative-information, https://duddal.tistory.com/24
      keywords: [
        '비권위적 정보',
        '신뢰할 수 없는 정보',
        '변환 프록시',
        '응답 변경',
        '콘텐츠 변환',
        'no-transform',
        'Via 헤더',
      ],
    },
  },
  {
    code: 204,
    phrase: 'No Content',
    status: 'permanent',
    headers: ['ETag'],
    spec: {
      title: 'RFC 9110',
      section: '15.3.5',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/204',
    cacheable: true,
    retry: 'not-needed',
    en: {
      name: 'No Content',
      summary: 'The request succeeded and there is deliberately nothing to send back in the body.',
      detail:
        'It is a common answer to DELETE, to a PUT or PATCH that saved changes, and to CORS preflight (OPTIONS) requests. A 204 can never carry a body; if a server writes one anyway, a client on the same keep-alive connection may read those bytes as the start of the next response. When a page navigation or form submission receives 204, the browser stays on the current page without reloading. In JavaScript, `response.json()` throws on a 204, so check the status before parsing.',
      retryNote: 'Nothing to retry: the action succeeded even though the body is empty.',
      keywords: [
        'empty response',
        'no body',
        'empty body',
        'no response body',
        'DELETE success',
        'preflight',
        'CORS',
        'OPTIONS',
        'Unexpected end of JSON input',
        'response.json() error',
        'nothing to send back',
        'nothing to return',
        'no body returned',
        'empty response after update',
      ],
    },
    ko: {
      name: '콘텐츠 없음',
      summary: '요청은 성공했으며, 본문에 돌려줄 내용이 일부러 비어 있습니다.',
      detail:
        'DELETE 요청, 변경 사항을 저장한 PUT이나 PATCH 요청, CORS 사전 요청(OPTIONS)에 대한 응답으로 흔히 씁니다. 204 응답에는 본문이 절대 올 수 없으며, 서버가 그래도 본문을 쓰면 같은 keep-alive 연결을 쓰는 클라이언트가 그 바이트를 다음 응답의 시작으로 잘못 읽을 수 있습니다. 페이지 이동이나 폼 제출에 204가 오면 브라우저는 새로고침하지 않고 현재 페이지에 그대로 머뭅니다. JavaScript에서 204 응답에 `response.json()`을 호출하면 예외가 발생하므로, 파싱하기 전에 상태 코드를 먼저 확인해야 합니다.',
      retryNote: '재시도할 필요가 없습니다. 본문은 비어 있어도 작업은 성공했습니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/204, https://httpstatuscodes.info/_ko/204_status_code, https://andongmin.com/docs/network/ch9/ch9-4/8.html, https://duddal.tistory.com/24
      keywords: [
        '빈 응답',
        '본문 없음',
        '삭제 성공',
        'DELETE',
        '사전 요청',
        'CORS',
        'OPTIONS',
        'Unexpected end of JSON input',
        '응답 내용 없음',
        '빈 본문',
        '응답 비어 있음',
        '데이터 안 옴',
        '수정 성공',
        '저장 성공',
        '화면 그대로 유지',
      ],
    },
  },
  {
    code: 205,
    phrase: 'Reset Content',
    status: 'permanent',
    headers: [],
    spec: {
      title: 'RFC 9110',
      section: '15.3.6',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/205',
    cacheable: false,
    retry: 'not-needed',
    en: {
      name: 'Reset Content',
      summary:
        'The request succeeded, and the client should reset the form or view that sent it, for example by clearing its input fields.',
      detail:
        'It was designed for data-entry screens: after the user submits one record, the server answers 205 so the form is emptied for the next entry without leaving the page. Like 204, a 205 must not have a body. Browsers do not actually clear anything when they receive it, so a web app has to reset the form in its own JavaScript, and the code is seldom used in practice.',
      retryNote:
        'Nothing to retry: the submission worked; only the client-side view needs resetting.',
      keywords: [
        'reset form',
        'form reset',
        'clear form',
        'clear input fields',
        'reset view',
        'reset document view',
        'data entry',
      ],
    },
    ko: {
      name: '콘텐츠 재설정',
      summary:
        '요청은 성공했으니, 입력 칸을 비우는 등 요청을 보낸 폼이나 화면을 처음 상태로 되돌리라는 뜻입니다.',
      detail:
        '데이터 입력 화면을 염두에 둔 코드입니다. 사용자가 레코드 하나를 제출하면 서버가 205로 응답해, 페이지를 떠나지 않고 폼만 비워 다음 입력을 받게 하려는 것이었습니다. 204와 마찬가지로 205 응답에는 본문이 있으면 안 됩니다. 브라우저는 205를 받아도 실제로 아무것도 비우지 않으므로 웹 앱은 JavaScript로 직접 폼을 초기화해야 하며, 실무에서는 거의 쓰이지 않습니다.',
      retryNote: '재시도할 필요가 없습니다. 제출은 성공했고, 클라이언트 화면만 초기화하면 됩니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/205, https://runebook.dev/ko/docs/http/rfc9110/section-15.3.6, https://duddal.tistory.com/24
      keywords: [
        '폼 초기화',
        '폼 리셋',
        '폼 비우기',
        '양식 비우기',
        '입력 필드 비우기',
        '화면 초기화',
        '리셋',
      ],
    },
  },
  {
    code: 206,
    phrase: 'Partial Content',
    status: 'permanent',
    headers: ['Content-Range', 'Range', 'Accept-Ranges', 'If-Range'],
    spec: {
      title: 'RFC 9110',
      section: '15.3.7',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/206',
    cacheable: true,
    retry: 'not-needed',
    en: {
      name: 'Partial Content',
      summary:
        'The server is sending only the part of the resource that the client asked for with a Range header.',
      detail:
        'Range requests are what make video seeking, resumable downloads and parallel download managers work: the client asks for, say, `Range: bytes=1000-1999`, and the server answers 206 with a Content-Range header stating which bytes follow and how large the whole file is. Several ranges in one request come back as a `multipart/byteranges` body. A server that does not support ranges simply returns 200 with the full file, and a range beyond the end of the file gets 416 Range Not Satisfiable. When resuming a download, send If-Range with the ETag you already have, so that a file that changed in the meantime is sent whole instead of being stitched together from two versions.',
      retryNote:
        'Nothing to retry: request the remaining ranges separately if you need more of the file.',
      keywords: [
        'range',
        'range request',
        'byte range',
        'partial',
        'partial download',
        'resume download',
        'interrupted download',
        'video streaming',
        'video seeking',
        'Accept-Ranges',
        'Content-Range',
        'multipart/byteranges',
        'download manager',
        'seek in a video',
        'serves a byte range',
      ],
    },
    ko: {
      name: '일부 콘텐츠',
      summary: '클라이언트가 Range 헤더로 요청한 부분만 서버가 잘라서 보내고 있습니다.',
      detail:
        '동영상 탐색, 다운로드 이어받기, 병렬 다운로드 관리자는 모두 범위 요청 덕분에 동작합니다. 클라이언트가 `Range: bytes=1000-1999`처럼 범위를 요청하면, 서버는 206과 함께 어느 바이트 구간이 오는지와 파일 전체 크기를 Content-Range 헤더에 담아 보냅니다. 한 요청에 여러 범위를 요청하면 본문이 `multipart/byteranges` 형식으로 옵니다. 범위 요청을 지원하지 않는 서버는 그냥 200으로 파일 전체를 보내고, 파일 끝을 넘어선 범위에는 416 Range Not Satisfiable로 응답합니다. 다운로드를 이어받을 때는 이미 받아 둔 ETag를 If-Range에 담아 보내야, 그사이 파일이 바뀐 경우 두 버전을 이어 붙이지 않고 파일 전체를 새로 받습니다.',
      retryNote:
        '재시도할 필요가 없습니다. 파일의 다른 부분이 필요하면 남은 범위를 따로 요청하면 됩니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/rfc9110/section-14, https://apidog.com/kr/blog/status-code-206-partial-content-kr, https://httpstatuscodes.info/_ko/206_status_code, https://runebook.dev/ko/docs/http/status/206, https://marine.pe.kr/1521, https://developer.mozilla.org/ko/docs/Web/HTTP/Status/206
      keywords: [
        'range',
        'partial',
        '범위 요청',
        'Range 헤더',
        '바이트 범위',
        '부분 콘텐츠',
        '부분 응답',
        '부분 다운로드',
        '이어받기',
        '다운로드 재개',
        '동영상 스트리밍',
        '동영상 탐색',
        '일부만 받음',
        '나눠서 받음',
        '분할 다운로드',
        '이어서 다운로드',
        '영상 구간 이동',
        '동영상 건너뛰기',
        'Content-Range',
      ],
    },
  },
  {
    code: 207,
    phrase: 'Multi-Status',
    status: 'permanent',
    headers: ['Content-Type'],
    spec: {
      title: 'RFC 4918',
      section: '11.1',
      url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.1',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/207',
    cacheable: false,
    retry: 'not-needed',
    en: {
      name: 'Multi-Status',
      summary:
        'One response reports a separate status for each of several resources or operations, listed in an XML body.',
      detail:
        'WebDAV methods such as PROPFIND and PROPPATCH, or a COPY or DELETE on a whole collection, can touch many resources at once, so the server answers 207 with a `multistatus` XML document in which every `response` element carries its own status code. The 207 itself only means the report was produced: individual entries may still have failed with 403, 404 or 423 Locked, so a client must check each one. You mostly meet it with WebDAV, CalDAV and CardDAV servers such as Apache mod_dav, Nextcloud or SharePoint, and in a few batch APIs that borrowed the idea.',
      retryNote:
        'Nothing to retry as a whole; read each entry in the body and repeat only the operations that failed.',
      keywords: [
        'WebDAV',
        'PROPFIND',
        'multistatus',
        'batch response',
        'bulk API',
        'partial success',
        'per-item status',
        'per-member status',
        'CalDAV',
        'CardDAV',
      ],
    },
    ko: {
      name: '다중 상태',
      summary:
        '여러 리소스나 작업 각각의 상태 코드를 하나의 응답 안에 XML 본문으로 모아서 알려 줍니다.',
      detail:
        'PROPFIND와 PROPPATCH, 컬렉션 전체에 대한 COPY나 DELETE 같은 WebDAV 메서드는 한 번에 많은 리소스를 건드리므로, 서버는 `response` 요소마다 상태 코드를 따로 담은 `multistatus` XML 문서와 함께 207로 응답합니다. 207 자체는 보고서를 만들었다는 뜻일 뿐입니다. 개별 항목은 403, 404, 423 Locked로 실패했을 수 있으므로 클라이언트는 항목을 하나하나 확인해야 합니다. 주로 Apache mod_dav, Nextcloud, SharePoint 같은 WebDAV·CalDAV·CardDAV 서버와, 이 방식을 빌려 쓴 일부 일괄 처리 API에서 볼 수 있습니다.',
      retryNote:
        '전체를 재시도할 필요는 없습니다. 본문의 항목을 하나씩 확인하고 실패한 작업만 다시 보내면 됩니다.',
      // Korean usage: https://programming-cafe.com/ko/it-info-ko/internet-ko/http-status-code-ko/207-multi-status-ko/, https://http-statuscode.com/ko/code/2XX/207, https://httpstatuscodes.info/_ko/207_status_code, https://duddal.tistory.com/24
      keywords: [
        'WebDAV',
        'PROPFIND',
        'multistatus',
        '멀티 상태',
        '일괄 처리 응답',
        '배치 작업',
        '벌크 API',
        '부분 성공',
        'CalDAV',
        'CardDAV',
      ],
    },
  },
  {
    code: 208,
    phrase: 'Already Reported',
    status: 'permanent',
    headers: ['DAV', 'Depth'],
    spec: {
      title: 'RFC 5842',
      section: '7.1',
      url: 'https://www.rfc-editor.org/rfc/rfc5842#section-7.1',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/208',
    cacheable: false,
    retry: 'not-needed',
    en: {
      name: 'Already Reported',
      summary:
        'Used inside a WebDAV multistatus body to say that this member was already listed earlier in the same response and is not repeated.',
      detail:
        'RFC 5842 added bindings to WebDAV, which let one resource appear under several paths and can even create cycles in a collection tree. When a client sends PROPFIND with `Depth: infinity`, the server describes each resource once and marks later encounters with 208, which keeps the response finite. The code only appears inside a 207 body, never as the status of a whole response. Servers should use it only when the client has announced support by including `bind` in its DAV request header; otherwise a tree with a cycle may end in 508 Loop Detected.',
      retryNote: 'Nothing to retry: the member is described elsewhere in the same response.',
      keywords: [
        'WebDAV',
        'binding',
        'bindings',
        'DAV bind',
        'RFC 5842',
        'PROPFIND',
        'Depth infinity',
        'duplicate member',
        'cycle',
      ],
    },
    ko: {
      name: '이미 보고됨',
      summary:
        'WebDAV multistatus 본문 안에서, 이 멤버는 같은 응답의 앞부분에 이미 나왔으므로 다시 나열하지 않는다는 표시입니다.',
      detail:
        'RFC 5842는 WebDAV에 바인딩을 추가했습니다. 바인딩을 쓰면 리소스 하나가 여러 경로에 나타날 수 있고, 컬렉션 트리에 순환이 생기기도 합니다. 클라이언트가 `Depth: infinity`로 PROPFIND를 보내면 서버는 각 리소스를 한 번만 설명하고 다시 만나면 208로 표시해, 응답이 끝없이 길어지지 않게 합니다. 이 코드는 207 본문 안에서만 쓰이며 응답 전체의 상태 코드로 오는 일은 없습니다. 서버는 클라이언트가 DAV 요청 헤더에 `bind`를 넣어 지원한다고 알렸을 때만 이 코드를 써야 하며, 그렇지 않으면 순환이 있는 트리는 508 Loop Detected로 끝날 수 있습니다.',
      retryNote: '재시도할 필요가 없습니다. 해당 멤버의 정보는 같은 응답의 다른 곳에 있습니다.',
      // Korean usage: https://programming-cafe.com/ko/it-info-ko/internet-ko/http-status-code-ko/208-already-reported-ko/, https://apidog.com/kr/blog/status-code-208-already-reported, https://duddal.tistory.com/24
      keywords: [
        'WebDAV',
        '바인딩',
        'PROPFIND',
        'Depth infinity',
        '중복 나열',
        '중복 제거',
        '순환 참조',
      ],
    },
  },
  {
    code: 226,
    phrase: 'IM Used',
    status: 'permanent',
    headers: ['A-IM', 'IM', 'Delta-Base', 'ETag'],
    spec: {
      title: 'RFC 3229',
      section: '10.4.1',
      url: 'https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/226',
    cacheable: false,
    retry: 'not-needed',
    en: {
      name: 'IM Used',
      summary:
        'The server answered a GET with the result of an instance manipulation, such as a delta against a version the client already has, instead of the full resource.',
      detail:
        'With RFC 3229 delta encoding, the client lists the ETag of its cached copy in If-None-Match and names acceptable manipulations in A-IM, for example `A-IM: vcdiff`. The server can then send only the differences, stating the method it applied in the IM header and the base version in Delta-Base, and the client applies the delta to its stored copy to rebuild the current one. Apart from a few RSS and Atom feed servers that use `A-IM: feed` to return only new entries, it never caught on, and browsers do not support it. Do not confuse it with 206: a 206 carries a byte range of the current version, while a 226 carries a computed difference.',
      retryNote:
        'Nothing to retry: apply the delta to your cached copy to obtain the current version.',
      keywords: [
        'delta encoding',
        'delta update',
        'A-IM',
        'A-IM: feed',
        'instance manipulation',
        'vcdiff',
        'feed delta',
        'RSS delta',
        'RFC 3229',
      ],
    },
    ko: {
      name: 'IM 사용됨',
      summary:
        '서버가 GET 요청에 리소스 전체 대신, 클라이언트에 이미 있는 버전과의 차이(델타) 같은 인스턴스 조작 결과를 보냈습니다.',
      detail:
        'RFC 3229의 델타 인코딩에서는 클라이언트가 캐시한 사본의 ETag를 If-None-Match에 담고, `A-IM: vcdiff`처럼 받아들일 수 있는 조작 방식을 A-IM 헤더로 알립니다. 그러면 서버는 바뀐 부분만 보내면서 적용한 방식을 IM 헤더에, 기준 버전을 Delta-Base 헤더에 적고, 클라이언트는 저장해 둔 사본에 델타를 적용해 현재 버전을 다시 만듭니다. `A-IM: feed`로 새 항목만 돌려주는 일부 RSS·Atom 피드 서버를 빼면 거의 쓰이지 않으며, 브라우저도 지원하지 않습니다. 206과 헷갈리기 쉬운데, 206은 현재 버전의 바이트 구간을 그대로 보내고 226은 계산된 차이를 보낸다는 점이 다릅니다.',
      retryNote:
        '재시도할 필요가 없습니다. 캐시한 사본에 델타를 적용하면 현재 버전을 얻을 수 있습니다.',
      // Korean usage: http://www.zvon.org/tmRFC/RFC3229/Output/index.html, https://www.tech-invite.com/y30/tinv-ietf-rfc-3229.html
      keywords: [
        '델타 인코딩',
        '델타 업데이트',
        'A-IM',
        'IM 헤더',
        '인스턴스 조작',
        'vcdiff',
        'RSS 피드',
      ],
    },
  },
];
