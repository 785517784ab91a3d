import type { StatusMeaning } from '../types';

export const INFORMATIONAL: readonly StatusMeaning[] = [
  {
    code: 100,
    phrase: 'Continue',
    status: 'permanent',
    headers: ['Expect'],
    spec: {
      title: 'RFC 9110',
      section: '15.2.1',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/100',
    cacheable: false,
    retry: 'not-needed',
    en: {
      name: 'Continue',
      summary:
        'The server has looked at the request headers and is happy for the client to go ahead and send the body.',
      detail:
        'A client that sends `Expect: 100-continue` pauses before uploading a large body and waits for this interim answer, so it does not waste bandwidth on a request that would be refused anyway. If the server would reject the request (too large, missing credentials), it sends a final status such as 413 or 401 instead and the client skips the upload. Browsers never send Expect themselves; you mostly meet 100 with curl, which adds the header on its own for large POST and PUT bodies, and with HTTP libraries that upload files. When a server or proxy ignores the header, curl waits about one second and then sends the body regardless.',
      retryNote:
        'Nothing to retry: 100 is only a go-ahead, and the final status arrives after the body has been sent.',
      keywords: [
        'Expect: 100-continue',
        '100-continue',
        'expect header',
        'interim response',
        'large upload',
        'curl',
        'curl upload delay',
        'go-ahead before sending the body',
        'wait before sending a large body',
      ],
    },
    ko: {
      name: '계속',
      summary:
        '서버가 요청 헤더를 확인했으니 클라이언트가 이어서 본문을 보내도 된다는 중간 응답입니다.',
      detail:
        '`Expect: 100-continue` 헤더를 보낸 클라이언트는 큰 본문을 올리기 전에 잠시 멈추고 이 중간 응답을 기다립니다. 어차피 거절될 요청에 대역폭을 낭비하지 않으려는 것으로, 본문이 너무 크거나 자격 증명이 없어 서버가 요청을 거절할 상황이면 413이나 401 같은 최종 상태 코드가 대신 오고 클라이언트는 업로드를 건너뜁니다. 브라우저는 Expect 헤더를 직접 보내지 않으므로, 100은 주로 큰 POST·PUT 본문에 이 헤더를 알아서 붙이는 curl이나 파일을 올리는 HTTP 라이브러리에서 보게 됩니다. 서버나 프록시가 이 헤더를 무시하면 curl은 1초쯤 기다렸다가 본문을 그냥 보냅니다.',
      retryNote:
        '재시도할 것이 없습니다. 100은 본문을 보내라는 신호일 뿐이고, 최종 상태 코드는 본문을 보낸 뒤에 옵니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/headers/expect, https://m.php.cn/ko/http/http-http100.html, https://programming-cafe.com/ko/it-info-ko/internet-ko/http-status-code-ko/100-continue-ko/
      keywords: [
        'Expect 헤더',
        '100-continue',
        '중간 응답',
        '대용량 업로드',
        '업로드 지연',
        '본문 전송 대기',
        'curl',
      ],
    },
  },
  {
    code: 101,
    phrase: 'Switching Protocols',
    status: 'permanent',
    headers: ['Upgrade', 'Connection', 'Sec-WebSocket-Accept'],
    spec: {
      title: 'RFC 9110',
      section: '15.2.2',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/101',
    cacheable: false,
    retry: 'not-needed',
    en: {
      name: 'Switching Protocols',
      summary:
        'The server accepts the Upgrade header of the request and switches the connection to another protocol right after this response.',
      detail:
        'By far the most common case is the WebSocket handshake: the browser sends a GET with `Upgrade: websocket` and `Connection: Upgrade`, the server answers 101 with a Sec-WebSocket-Accept header, and from then on the same TCP connection carries WebSocket frames instead of HTTP messages. The 101 response must name the new protocol in its own Upgrade header. The code exists only in HTTP/1.1; HTTP/2 and HTTP/3 forbid it and open WebSockets with extended CONNECT instead (RFC 8441, RFC 9220). When WebSockets fail behind nginx or a load balancer, check that the proxy talks HTTP/1.1 to the backend (`proxy_http_version 1.1`) and passes the Upgrade and Connection headers on.',
      retryNote: 'Nothing to retry: after 101 the connection is already speaking the new protocol.',
      keywords: [
        'websocket',
        'websocket handshake',
        'websocket upgrade',
        'Upgrade: websocket',
        'upgrade',
        'protocol upgrade',
        'handshake',
        'wss',
        'socket.io',
        'websocket connection failed',
        'proxy_http_version',
        'h2c',
      ],
    },
    ko: {
      name: '프로토콜 전환',
      summary:
        '서버가 요청의 Upgrade 헤더를 받아들여, 이 응답 직후부터 같은 연결을 다른 프로토콜로 전환합니다.',
      detail:
        '가장 흔한 예는 WebSocket 핸드셰이크입니다. 브라우저가 `Upgrade: websocket`과 `Connection: Upgrade`를 담은 GET 요청을 보내면 서버는 Sec-WebSocket-Accept 헤더와 함께 101로 응답하고, 그 뒤로 같은 TCP 연결에는 HTTP 메시지 대신 WebSocket 프레임이 오갑니다. 101 응답은 새 프로토콜을 자기 Upgrade 헤더에 밝혀야 합니다. 이 코드는 HTTP/1.1에만 있고 HTTP/2와 HTTP/3에서는 금지되어 있어, 그곳에서는 WebSocket도 확장 CONNECT(RFC 8441, RFC 9220)로 엽니다. nginx나 로드 밸런서 뒤에서 WebSocket 연결이 실패하면, 프록시가 백엔드와 HTTP/1.1로 통신하는지(`proxy_http_version 1.1`), Upgrade와 Connection 헤더를 넘겨주는지부터 확인합니다.',
      retryNote: '재시도할 것이 없습니다. 101 이후 연결은 이미 새 프로토콜로 바뀌어 있습니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/101, https://zandi123.tistory.com/337, https://softsquared.notion.site/9a11aef282f44581a6f7f146ca89fc68, https://w-llama.tistory.com/archive/202505, https://ko.wikipedia.org/wiki/HTTP_%EC%83%81%ED%83%9C_%EC%BD%94%EB%93%9C
      keywords: [
        '웹소켓',
        '웹소켓 업그레이드',
        'websocket',
        '웹소켓 연결 실패',
        '웹소켓 핸드셰이크',
        '핸드셰이크',
        '프로토콜 업그레이드',
        '업그레이드',
        'wss',
        'socket.io',
        '프로토콜 전환',
        '프로토콜 변환',
      ],
    },
  },
  {
    code: 102,
    phrase: 'Processing',
    status: 'permanent',
    headers: [],
    spec: {
      title: 'RFC 2518',
      section: '10.1',
      url: 'https://www.rfc-editor.org/rfc/rfc2518#section-10.1',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/102',
    cacheable: false,
    retry: 'not-needed',
    en: {
      name: 'Processing',
      summary:
        'The server has received a slow WebDAV request and is still working on it, so the client should keep waiting instead of giving up.',
      detail:
        'The original WebDAV specification, RFC 2518, introduced it so that clients would not time out during long operations such as a recursive COPY, MOVE or DELETE over thousands of files; the server could send it every so often as a sign of life. Its successor RFC 4918 dropped 102 because hardly any client implemented it, but the IANA registry still lists it, so it remains a valid code. You will rarely see it in practice: browsers ignore it and most servers never send it. Do not mix it up with 202 Accepted, which is a final response that ends the exchange while the work carries on in the background.',
      retryNote: 'Nothing to retry: keep waiting for the final status that follows 102.',
      keywords: [
        'WebDAV',
        'long-running request',
        'still processing',
        'keep-alive',
        'prevent timeout',
        'slow request',
        'interim response',
        'RFC 2518',
      ],
    },
    ko: {
      name: '처리 중',
      summary:
        '오래 걸리는 WebDAV 요청을 서버가 아직 처리하고 있으니, 클라이언트는 포기하지 말고 계속 기다리라는 뜻입니다.',
      detail:
        '최초의 WebDAV 명세인 RFC 2518이 도입한 코드입니다. 수천 개 파일을 재귀적으로 COPY·MOVE·DELETE하는 것처럼 오래 걸리는 작업 도중 클라이언트가 시간 초과로 포기하지 않도록, 서버가 살아 있다는 신호로 이따금 보내는 용도였습니다. 후속 명세인 RFC 4918은 구현한 클라이언트가 거의 없다는 이유로 102를 뺐지만, IANA 레지스트리에는 여전히 올라 있어 유효한 코드입니다. 실제로 볼 일은 드문데, 브라우저는 이 응답을 무시하고 대부분의 서버도 보내지 않습니다. 202 Accepted와 헷갈리기 쉽지만, 202는 작업이 백그라운드에서 계속되는 동안 그 요청을 끝맺는 최종 응답입니다.',
      retryNote: '재시도할 것이 없습니다. 102 뒤에 올 최종 응답을 계속 기다리면 됩니다.',
      // Korean usage: https://php.cn/ko/faq/497235.html, https://yoojin99.github.io/network/http-%EC%83%81%ED%83%9C-%EC%BD%94%EB%93%9C, https://xhcode.com/ko/beautify/httpcode/index.html
      keywords: ['WebDAV', '처리 계속', '오래 걸리는 요청', '중간 응답', '타임아웃 방지'],
    },
  },
  {
    code: 103,
    phrase: 'Early Hints',
    status: 'permanent',
    headers: ['Link'],
    spec: {
      title: 'RFC 8297',
      section: '2',
      url: 'https://www.rfc-editor.org/rfc/rfc8297#section-2',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/103',
    cacheable: false,
    retry: 'not-needed',
    en: {
      name: 'Early Hints',
      summary:
        'An interim response that sends Link headers ahead of time so the browser can preload or preconnect while the server is still building the page.',
      detail:
        'As soon as the server, or a CDN in front of it, knows which resources the page will need, it sends 103 with headers such as `Link: </app.css>; rel=preload; as=style` or `rel=preconnect`, and the real 200 follows later. Modern browsers use these hints for page navigations (how far preload and preconnect are supported varies by browser), and Chrome only processes them over HTTP/2 and HTTP/3. The gain is largest when generating the HTML is slow; Cloudflare, Fastly and other CDNs can even produce 103 automatically from Link headers your origin sent earlier. The hints are optional: the final response must still contain everything the page needs, and a wrong hint costs a wasted fetch, not a broken page.',
      retryNote:
        'Nothing to retry: 103 only carries hints, and the final response follows on its own.',
      keywords: [
        'preload',
        'preconnect',
        'Link header',
        'rel=preload',
        'resource hints',
        'page speed',
        'LCP',
        'Core Web Vitals',
        'server push alternative',
        'HTTP/2 server push',
      ],
    },
    ko: {
      name: '사전 힌트',
      summary:
        '서버가 페이지를 만드는 동안 Link 헤더를 먼저 보내, 브라우저가 필요한 리소스를 미리 불러오거나 미리 연결해 두게 하는 중간 응답입니다.',
      detail:
        '서버나 그 앞단의 CDN은 페이지에 필요한 리소스를 알게 되는 즉시 `Link: </app.css>; rel=preload; as=style`이나 `rel=preconnect` 같은 헤더를 담아 103을 보내고, 실제 200 응답은 나중에 보냅니다. 최신 브라우저는 페이지 이동 시 이 힌트를 활용하며(preload와 preconnect 지원 범위는 브라우저마다 다릅니다), Chrome은 HTTP/2와 HTTP/3 연결에서만 처리합니다. HTML 생성이 느릴수록 효과가 크고, Cloudflare나 Fastly 같은 CDN은 원 서버가 전에 보낸 Link 헤더를 바탕으로 103을 자동으로 만들어 주기도 합니다. 힌트는 선택 사항이라 최종 응답에도 페이지에 필요한 내용이 모두 들어 있어야 하며, 힌트가 틀려도 불필요한 요청이 하나 생길 뿐 페이지가 깨지지는 않습니다.',
      retryNote: '재시도할 것이 없습니다. 103은 힌트만 담고 있으며 최종 응답은 따로 이어서 옵니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/103, https://developer.chrome.com/docs/web-platform/early-hints?hl=ko, https://yoojin99.github.io/network/http-%EC%83%81%ED%83%9C-%EC%BD%94%EB%93%9C
      keywords: [
        'preload',
        '사전 로딩',
        'preconnect',
        'Link 헤더',
        '리소스 힌트',
        '미리 불러오기',
        '페이지 로딩 속도',
        '서버 푸시 대체',
        '조기 힌트',
      ],
    },
  },
  {
    code: 104,
    phrase: 'Upload Resumption Supported',
    status: 'temporary',
    headers: ['Location', 'Upload-Complete', 'Upload-Offset'],
    spec: {
      title: 'draft-ietf-httpbis-resumable-upload',
      url: 'https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/',
    },
    cacheable: false,
    retry: 'not-needed',
    en: {
      name: 'Upload Resumption Supported',
      summary:
        'An interim response telling the client that this upload can be resumed if the connection breaks, and where to resume it.',
      detail:
        'It comes from the IETF resumable uploads draft, which grew out of the tus protocol, and IANA holds it as a temporary registration until the draft becomes an RFC. When a client starts an upload that supports the mechanism, the server answers 104 with a Location header pointing to a newly created upload resource. If the transfer is cut off, the client asks that resource how many bytes arrived (the Upload-Offset header) and sends only the remainder with PATCH, instead of uploading the whole file again. Header names and details have changed between draft revisions, so client and server need to implement the same one.',
      retryNote:
        'Nothing to retry now; if the upload is interrupted later, resume it at the announced upload resource instead of starting over.',
      keywords: [
        'resumable upload',
        'resume upload',
        'tus',
        'tus protocol',
        'Upload-Offset',
        'upload offset',
        'interrupted upload',
        'PATCH upload',
        'large file upload',
      ],
    },
    ko: {
      name: '업로드 재개 지원',
      summary:
        '연결이 끊겨도 이 업로드를 이어서 보낼 수 있다는 것과, 어디로 이어 보내면 되는지를 알려 주는 중간 응답입니다.',
      detail:
        'tus 프로토콜에서 발전한 IETF의 재개 가능한 업로드(resumable upload) 초안에서 나온 코드이며, 초안이 RFC가 될 때까지 IANA에 임시 등록되어 있습니다. 이 방식을 지원하는 업로드를 클라이언트가 시작하면, 서버는 새로 만든 업로드 리소스를 가리키는 Location 헤더와 함께 104를 보냅니다. 전송이 중간에 끊기면 클라이언트는 그 리소스에 지금까지 도착한 바이트 수(Upload-Offset 헤더)를 물어본 뒤 나머지만 PATCH로 보내므로, 파일 전체를 처음부터 다시 올릴 필요가 없습니다. 초안 개정판마다 헤더 이름과 세부 동작이 바뀌어 왔으므로 클라이언트와 서버가 같은 개정판을 구현해야 합니다.',
      retryNote:
        '지금 재시도할 것은 없습니다. 나중에 업로드가 끊기면 처음부터 다시 올리지 말고 안내받은 업로드 리소스에서 이어 보내면 됩니다.',
      // Korean usage: https://w.cublr.com/application/tus/, https://samithahansaka.github.io/dropup/ko/docs/modules/tus, https://blog-c9u11.vercel.app/posts/f854ce42-6f9c-4346-b3c0-7bc7410c1cbf
      keywords: [
        '이어서 업로드',
        '업로드 재개',
        '재개 가능한 업로드',
        'tus',
        '대용량 파일 업로드',
        'resumable upload',
        '업로드 중단',
      ],
    },
  },
];
