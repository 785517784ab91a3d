import type { StatusMeaning } from '../types';

export const REDIRECTION: readonly StatusMeaning[] = [
  {
    code: 300,
    phrase: 'Multiple Choices',
    status: 'permanent',
    headers: ['Location', 'Link'],
    spec: {
      title: 'RFC 9110',
      section: '15.4.1',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/300',
    cacheable: true,
    retry: 'follow',
    en: {
      name: 'Multiple Choices',
      summary:
        'The resource is available in several variants, and the client or the user has to pick one of them.',
      detail:
        'It exists for reactive content negotiation: instead of choosing a language or format itself, the server lists the alternatives, in the body or as Link headers, and leaves the choice to the client. If the server prefers one option it can name it in Location, and some clients such as `curl -L` follow that automatically. Browsers, however, do not treat 300 as a redirect (the Fetch standard only follows 301, 302, 303, 307 and 308), so they just display the body. Because there is no standard format for the list, the code is rare; nearly every site picks the variant itself from Accept and Accept-Language and answers 200.',
      retryNote:
        'Pick one of the listed alternatives, or the preferred one in Location, and request that URL.',
      keywords: [
        'content negotiation',
        'reactive negotiation',
        'agent-driven negotiation',
        'variants',
        'alternatives',
        'language versions',
        'multiple choice',
        'choose variant',
      ],
    },
    ko: {
      name: '여러 선택지',
      summary: '리소스가 여러 형태로 제공되므로, 클라이언트나 사용자가 그중 하나를 골라야 합니다.',
      detail:
        '에이전트 주도 협상(reactive negotiation)을 위한 코드입니다. 서버가 언어나 형식을 직접 정하지 않고 본문이나 Link 헤더에 선택지를 나열해, 고르는 일을 클라이언트에게 맡깁니다. 서버가 권하는 선택지가 있으면 Location 헤더에 넣을 수 있고, `curl -L` 같은 일부 클라이언트는 그 주소를 자동으로 따라갑니다. 하지만 브라우저는 300을 리다이렉션으로 취급하지 않으므로(Fetch 표준이 따라가는 코드는 301, 302, 303, 307, 308뿐입니다) 본문을 그대로 보여 줍니다. 선택지 목록에 표준 형식이 없어 실제로는 드물게 쓰이며, 거의 모든 사이트는 서버 주도 협상으로 Accept와 Accept-Language를 보고 직접 골라 200으로 응답합니다.',
      retryNote:
        '나열된 선택지 중 하나나 Location에 적힌 권장 주소를 골라 그 URL로 요청하면 됩니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/300, https://duddal.tistory.com/24, https://devsnap.dev/en/http-status/300
      keywords: [
        '콘텐츠 협상',
        '에이전트 주도 협상',
        '다중 선택',
        '여러 선택항목',
        '선택지 목록',
        '언어별 페이지',
      ],
    },
  },
  {
    code: 301,
    phrase: 'Moved Permanently',
    status: 'permanent',
    headers: ['Location'],
    spec: {
      title: 'RFC 9110',
      section: '15.4.2',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/301',
    cacheable: true,
    retry: 'follow',
    en: {
      name: 'Moved Permanently',
      summary:
        'The resource has a new permanent URL, given in the Location header, and links should be updated to point there.',
      detail:
        'Browsers follow the Location header automatically and may cache the redirect indefinitely unless Cache-Control limits it, which makes a mistaken 301 hard to undo for visitors who already received it. Search engines transfer ranking signals to the new URL, so 301 is the usual choice for domain moves and for sending http:// traffic to https://. For historical reasons, clients may turn a POST into a GET when following a 301; if the method and body must survive (an API endpoint that moved), use 308 instead. It is safer to test a new redirect with 302 or a short max-age first and switch to 301 once you are sure.',
      retryNote: 'Follow the Location URL and use that address directly from now on.',
      keywords: [
        'redirect',
        'redirection',
        'permanent redirect',
        'moved',
        'URL change',
        'SEO',
        'http to https',
        'www redirect',
        'domain move',
        '.htaccess redirect',
        'cached redirect',
        'redirect loop',
        'too many redirects',
        'ERR_TOO_MANY_REDIRECTS',
        'redirected you too many times',
        "isn't redirecting properly",
      ],
    },
    ko: {
      name: '영구 이동',
      summary:
        '리소스의 주소가 Location 헤더에 적힌 새 URL로 영구히 바뀌었으므로, 링크도 그 주소로 고쳐야 합니다.',
      detail:
        '브라우저는 Location 헤더를 자동으로 따라가며, Cache-Control로 제한하지 않으면 이 리다이렉션을 무기한 캐시할 수 있습니다. 그래서 잘못 보낸 301은 이미 받은 방문자에게서 되돌리기 어렵습니다. 검색 엔진은 순위 신호를 새 URL로 옮기므로, 도메인을 옮기거나 http:// 접속을 https://로 보낼 때 흔히 301을 씁니다. 역사적인 이유로 클라이언트는 301을 따라가면서 POST를 GET으로 바꿀 수 있으니, 옮겨 간 API 엔드포인트처럼 메서드와 본문이 그대로 전달되어야 한다면 308을 씁니다. 새 리다이렉션은 302나 짧은 max-age로 먼저 시험해 보고, 확실해진 뒤에 301로 바꾸는 편이 안전합니다.',
      retryNote: 'Location의 URL을 따라가고, 앞으로는 그 주소를 바로 사용하면 됩니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/301, https://301check.com/ko/guides/redirect-guide.html, https://runebook.dev/ko/docs/http/rfc9110/section-15.4.2, https://zeroerror.safechem.co.kr/2025/10/errtoomanyredirects.html, https://antamis.tistory.com/35, https://mrseo.co.kr/301-리다이렉트-제대로-쓰기, https://www.thewordcracker.com/basic/301-%EB%A6%AC%EB%94%94%EB%A0%89%EC%85%98-%EC%96%B8%EC%A0%9C%EA%B9%8C%EC%A7%80-%EC%9C%A0%EC%A7%80%ED%95%B4%EC%95%BC-seo%EC%97%90-%ED%9A%A8%EA%B3%BC%EC%A0%81%EC%9D%BC%EA%B9%8C/
      keywords: [
        '리다이렉트',
        'redirect',
        '영구 리다이렉트',
        '주소 변경',
        '도메인 이전',
        'HTTPS 전환',
        'www 리다이렉트',
        'SEO',
        '리다이렉트 캐시',
        '무한 리다이렉트',
        '리다이렉트 루프',
        'ERR_TOO_MANY_REDIRECTS',
        '리디렉션한 횟수가 너무 많습니다',
        '옛 주소',
        '예전 주소',
        '사이트 이전',
        '사이트 리뉴얼',
        'URL 구조 변경',
        '영구 이동',
        '검색 순위 이전',
        '검색엔진 주소 갱신',
      ],
    },
  },
  {
    code: 302,
    phrase: 'Found',
    formerPhrases: ['Moved Temporarily'],
    status: 'permanent',
    headers: ['Location'],
    spec: {
      title: 'RFC 9110',
      section: '15.4.3',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/302',
    cacheable: false,
    retry: 'follow',
    en: {
      name: 'Found',
      summary:
        'The resource is temporarily at another URL, given in Location, and the original URL should stay in use.',
      detail:
        'HTTP/1.0 called it "Moved Temporarily". Browsers follow it automatically and, for historical reasons, usually switch a POST to a GET on the way, which is why login forms and OAuth flows so often use 302 to land the user on the next page. Because the move is temporary, caches do not store it unless told to, and search engines keep the original URL indexed. If the method and body must be preserved, use 307; if you explicitly want the follow-up request to be a GET, 303 states that without ambiguity.',
      retryNote:
        'Follow the Location URL this time, but keep using the original URL for future requests.',
      keywords: [
        'redirect',
        'redirection',
        'temporary move',
        'temporary redirect',
        'login redirect',
        'OAuth redirect',
        'header location',
        'res.redirect',
        'sendRedirect',
        'redirect loop',
        'too many redirects',
        'ERR_TOO_MANY_REDIRECTS',
        'redirected you too many times',
        "isn't redirecting properly",
        'elsewhere for a short while',
        'temporarily elsewhere',
      ],
    },
    ko: {
      name: '임시 이동',
      summary:
        '리소스가 잠시 Location 헤더에 적힌 다른 URL에 있으며, 앞으로도 원래 URL을 계속 써야 합니다.',
      detail:
        'HTTP/1.0에서는 "Moved Temporarily"라는 이름이었습니다. 브라우저는 이 응답을 자동으로 따라가며, 역사적인 이유로 대개 POST를 GET으로 바꿔 요청합니다. 로그인 폼이나 OAuth 흐름에서 사용자를 다음 페이지로 보낼 때 302를 많이 쓰는 것도 그래서입니다. 이동이 임시이므로 캐시는 따로 지시가 없으면 저장하지 않고, 검색 엔진도 원래 URL을 계속 색인합니다. 메서드와 본문을 유지해야 한다면 307을 쓰고, 다음 요청을 반드시 GET으로 보내게 하려면 303이 의도를 분명하게 전합니다.',
      retryNote:
        '이번에는 Location의 URL을 따라가되, 다음 요청부터는 원래 URL을 계속 사용하면 됩니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/rfc9110/section-15.4.3, https://sangki19.tistory.com/entry/http-%EC%9B%B9-%EC%9A%94%EC%B2%AD%EC%8B%9C-302-found-%EC%9D%91%EB%8B%B5%EC%9D%B4-%EC%98%AC-%EA%B2%BD%EC%9A%B0-%EB%AC%B4%EC%8A%A8-%EB%82%B4%EC%9A%A9%EC%9D%BC%EA%B9%8C, https://duddal.tistory.com/24, https://wpade.com/ko/too-many-redirects-1.html
      keywords: [
        '리다이렉트',
        'redirect',
        '임시 리다이렉트',
        '로그인 리다이렉트',
        '로그인 후 이동',
        '발견됨',
        '무한 리다이렉트',
        '리다이렉트 루프',
        'ERR_TOO_MANY_REDIRECTS',
        '리디렉션한 횟수가 너무 많습니다',
        '임시 이동',
        '잠시 다른 주소',
        '로그인 페이지로 이동',
        '로그인 페이지로 튕김',
        '점검 페이지로 이동',
        'A/B 테스트',
        'POST가 GET으로 바뀜',
      ],
    },
  },
  {
    code: 303,
    phrase: 'See Other',
    status: 'permanent',
    headers: ['Location'],
    spec: {
      title: 'RFC 9110',
      section: '15.4.4',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/303',
    cacheable: false,
    retry: 'follow',
    en: {
      name: 'See Other',
      summary:
        'The answer to this request is at another URL, and the client should fetch it from there with a GET.',
      detail:
        'Its classic use is the Post/Redirect/Get pattern: after processing a form POST, the server replies 303 pointing to a result page, so reloading that page does not submit the form a second time. Whatever the original method was, clients switch to GET (HEAD stays HEAD) when following it. APIs also use it to send the client from a finished asynchronous job to the resource it produced. Unlike 301 and 302, it does not claim that the original resource has moved; it only says where to look for the response.',
      retryNote: 'Follow the Location URL with a GET; do not resend the original request body.',
      keywords: [
        'redirect',
        'redirection',
        'Post/Redirect/Get',
        'PRG pattern',
        'redirect after POST',
        'form resubmission',
        'Confirm Form Resubmission',
        'duplicate form submission',
        'POST then GET',
        'redirect after a form post',
        'results page after post',
        'post redirect get',
      ],
    },
    ko: {
      name: '다른 위치 보기',
      summary:
        '이 요청에 대한 응답은 다른 URL에 있으니, 클라이언트는 그 URL에 GET으로 요청해 받아야 합니다.',
      detail:
        '대표적인 용도는 PRG(Post/Redirect/Get) 패턴입니다. 폼 POST를 처리한 서버가 결과 페이지를 가리키는 303으로 응답하면, 사용자가 그 페이지를 새로고침해도 폼이 다시 제출되지 않습니다. 클라이언트는 원래 메서드가 무엇이었든 303을 따라갈 때 GET으로 바꿉니다(HEAD는 HEAD 그대로입니다). API에서는 끝난 비동기 작업에서 그 작업이 만든 리소스로 클라이언트를 안내할 때도 씁니다. 301이나 302와 달리 원래 리소스가 옮겨졌다는 뜻은 없으며, 응답을 어디서 찾을지만 알려 줍니다.',
      retryNote: 'Location의 URL을 GET으로 요청하면 되며, 원래 요청 본문은 다시 보내지 않습니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/303, https://httpstatuscodes.info/_ko/303_status_code, https://qkrehdwns032.tistory.com/tag/prg%ED%8C%A8%ED%84%B4, https://duddal.tistory.com/24, https://gilbert9172.github.io/posts/cs-network-3xx-redirect, https://runebook.dev/ko/docs/http/rfc9110/section-15.4.3
      keywords: [
        '리다이렉트',
        'redirect',
        '기타 위치 보기',
        'PRG 패턴',
        'POST 후 리다이렉트',
        '폼 재전송 방지',
        '중복 제출 방지',
        '양식 다시 제출 확인',
        '새로고침 중복 제출',
        '제출 후 결과 페이지',
        '폼 제출 후 이동',
        '결과 페이지로 이동',
        '주문 완료 페이지',
        'GET으로 다시 조회',
        '처리 후 GET 이동',
      ],
    },
  },
  {
    code: 304,
    phrase: 'Not Modified',
    status: 'permanent',
    headers: [
      'ETag',
      'Last-Modified',
      'If-None-Match',
      'If-Modified-Since',
      'Cache-Control',
      'Vary',
    ],
    spec: {
      title: 'RFC 9110',
      section: '15.4.5',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/304',
    cacheable: false,
    retry: 'not-needed',
    en: {
      name: 'Not Modified',
      summary:
        'The copy the client already holds is still current, so the server sends no body and the client reuses its cache.',
      detail:
        'It answers a conditional request: the client sends If-None-Match with a stored ETag, or If-Modified-Since with a stored Last-Modified date, and if nothing has changed the server replies 304 with an empty body. This keeps content fresh while saving bandwidth, and the browser shows the cached copy as if it had just been downloaded. The response should repeat headers such as ETag, Cache-Control and Vary so the cache can refresh its stored metadata. Despite its 3xx number it is not a redirect; if pages never seem to update, look for a wrong or constant ETag rather than at redirection rules.',
      retryNote:
        'Nothing to retry: use the cached copy, which the server has just confirmed is still current.',
      keywords: [
        'cache',
        'browser cache',
        'etag',
        'If-None-Match',
        'If-Modified-Since',
        'Last-Modified',
        'conditional request',
        'revalidation',
        'cache validation',
        'cached response',
        'page not updating',
        'cached copy still fresh',
        'cache still valid',
        'no body sent from cache',
      ],
    },
    ko: {
      name: '수정되지 않음',
      summary:
        '클라이언트가 이미 가진 사본이 여전히 최신이므로, 서버는 본문 없이 응답하고 클라이언트는 캐시를 그대로 씁니다.',
      detail:
        '조건부 요청에 대한 응답입니다. 클라이언트가 저장해 둔 ETag를 If-None-Match에, 또는 Last-Modified 날짜를 If-Modified-Since에 담아 보내면, 서버는 바뀐 것이 없을 때 본문 없이 304로 응답합니다. 콘텐츠를 최신으로 유지하면서도 전송량을 아낄 수 있고, 브라우저는 캐시된 사본을 방금 받은 것처럼 보여 줍니다. 캐시가 저장해 둔 메타데이터를 갱신할 수 있도록 응답에 ETag, Cache-Control, Vary 같은 헤더를 다시 넣어야 합니다. 3xx 번호이지만 리다이렉션이 아닙니다. 페이지가 도무지 갱신되지 않는다면 리다이렉션 규칙보다 ETag가 잘못되었거나 늘 같은 값인지부터 확인합니다.',
      retryNote:
        '재시도할 필요가 없습니다. 서버가 최신임을 방금 확인해 준 캐시 사본을 쓰면 됩니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/rfc9110/section-15.4.5, https://k-security.tistory.com/225, https://runebook.dev/ko/docs/http/status/304, https://heunnajo.gitbook.io/http/http-2-1/2
      keywords: [
        '캐시',
        'cache',
        '브라우저 캐시',
        'ETag',
        'If-None-Match',
        'If-Modified-Since',
        '조건부 요청',
        '캐시 재검증',
        '캐시 검증',
        '변경 없음',
        '변경되지 않음',
        '캐시 갱신 안 됨',
        '예전 화면',
        '캐시된 화면',
        '이전 버전 보임',
        '수정 반영 안 됨',
        '변경 사항 안 보임',
        '새로고침해도 그대로',
        'CSS 반영 안 됨',
        '캐시된 파일 사용',
      ],
    },
  },
  {
    code: 305,
    phrase: 'Use Proxy',
    status: 'deprecated',
    headers: ['Location'],
    spec: {
      title: 'RFC 9110',
      section: '15.4.6',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.6',
    },
    cacheable: false,
    retry: 'never',
    en: {
      name: 'Use Proxy',
      summary:
        'An old instruction to repeat the request through the proxy named in Location, now deprecated and ignored by clients.',
      detail:
        "RFC 2068, the first HTTP/1.1 specification, defined it so that an origin server could tell a client to go through a particular proxy. Letting a server reroute a client's traffic through an arbitrary proxy is a security hole, so RFC 7231 deprecated the code, and browsers such as Firefox and Chrome refuse to act on it. A 305 today points to a very old server or a misconfiguration; proxies belong in client-side settings such as the operating system's proxy configuration, a PAC file or environment variables like HTTPS_PROXY.",
      retryNote:
        'Do not retry through the proxy the response names; set up any proxy you need on the client yourself.',
      keywords: [
        'proxy',
        'proxy settings',
        'deprecated',
        'deprecated status code',
        'PAC file',
        'HTTPS_PROXY',
        'RFC 2068',
      ],
    },
    ko: {
      name: '프록시 사용',
      summary:
        'Location에 적힌 프록시를 거쳐 다시 요청하라는 옛 지시로, 지금은 사용 중단 권고 상태이며 클라이언트가 무시합니다.',
      detail:
        '최초의 HTTP/1.1 명세인 RFC 2068이 정의한 코드로, 원 서버가 클라이언트에게 특정 프록시를 거치라고 지시하는 용도였습니다. 서버가 클라이언트의 트래픽을 아무 프록시로나 돌릴 수 있다는 것은 보안 구멍이라 RFC 7231에서 사용 중단 권고되었고, Firefox와 Chrome 같은 브라우저는 이 응답을 따르지 않습니다. 지금 305를 본다면 아주 오래된 서버이거나 잘못된 설정입니다. 프록시는 운영 체제의 프록시 설정, PAC 파일, HTTPS_PROXY 같은 환경 변수처럼 클라이언트 쪽 설정에서 지정합니다.',
      retryNote:
        '응답이 지정한 프록시를 거쳐 재시도하지 말고, 필요한 프록시는 클라이언트에서 직접 설정하면 됩니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/rfc9110/section-15.4.6, https://docs.requestbite.com/http/status-codes/305-use-proxy
      keywords: [
        '프록시',
        '프록시 설정',
        '프록시 경유',
        '사용 중단',
        '사용 비권장',
        'Deprecated',
        'PAC 파일',
        'HTTPS_PROXY',
      ],
    },
  },
  {
    code: 306,
    phrase: 'Switch Proxy',
    status: 'unused',
    headers: [],
    spec: {
      title: 'RFC 9110',
      section: '15.4.7',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7',
    },
    cacheable: false,
    retry: 'never',
    en: {
      name: 'Switch Proxy',
      summary:
        'A reserved number that no server should send: it was once "Switch Proxy" in an HTTP/1.1 draft, and the registry now lists it only as unused.',
      detail:
        'A 1998 Internet-Draft extending HTTP/1.1 used 306 to tell clients to send their following requests through a different proxy, but the idea was abandoned, and RFC 2616 already described the number as used by an earlier version and reserved. It stays reserved so that it can never be reassigned with a different meaning, and RFC 9110 lists it simply as "(Unused)". No client behaviour is defined for it. If a server or tool returns 306, treat it as a bug or a private custom code and look in that software\'s own documentation.',
      retryNote:
        'There is nothing meaningful to retry: 306 is not a valid response, so report it to whoever runs the server.',
      keywords: [
        'reserved',
        'reserved status code',
        'unused status code',
        'proxy switch',
        'obsolete proxy code',
      ],
    },
    ko: {
      name: '프록시 전환',
      summary:
        '어떤 서버도 보내서는 안 되는 예약 번호로, 한때 HTTP/1.1 초안에서 "Switch Proxy"였지만 지금 레지스트리에는 사용하지 않는 번호로만 남아 있습니다.',
      detail:
        '1998년의 HTTP/1.1 확장 인터넷 초안은 306으로 이후 요청을 다른 프록시로 보내라고 클라이언트에 알리려 했지만, 이 아이디어는 버려졌고 RFC 2616도 이미 예전 버전에서 쓰던 예약 번호로만 적었습니다. 번호가 다른 의미로 다시 배정되지 않도록 계속 예약해 두었으며, RFC 9110에는 그냥 "(Unused)"로 나옵니다. 클라이언트가 이 코드를 받았을 때의 동작도 정해져 있지 않습니다. 서버나 도구가 306을 돌려준다면 버그이거나 그 소프트웨어만의 자체 코드이므로 해당 소프트웨어의 문서를 확인합니다.',
      retryNote:
        '의미 있는 재시도는 없습니다. 306은 유효한 응답이 아니므로 서버 운영자에게 알려야 합니다.',
      // Korean usage: https://evertpot.com/http/306-switch-proxy, https://http.dev/306, http://www.hq42.net/manuals/browser_codes_306.html
      keywords: ['예약된 코드', '사용되지 않음', '미사용 상태 코드', 'Switch Proxy', '프록시 변경'],
    },
  },
  {
    code: 307,
    phrase: 'Temporary Redirect',
    status: 'permanent',
    headers: ['Location'],
    spec: {
      title: 'RFC 9110',
      section: '15.4.8',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/307',
    cacheable: false,
    retry: 'follow',
    en: {
      name: 'Temporary Redirect',
      summary:
        'The resource is temporarily at the URL in Location, and the client must repeat the request there with the same method and body.',
      detail:
        'HTTP/1.1 added it to remove the ambiguity of 302: a POST stays a POST, and its body is sent again to the new URL. Browser devtools also show a 307 when the browser itself upgrades http:// to https:// because of HSTS; that "Internal Redirect" never came from the server, so do not go looking for it in your server configuration. Use 307 for temporary rerouting where the method matters, such as during maintenance or a traffic shift, and 308 once the move is permanent.',
      retryNote:
        'Follow the Location URL with the same method and body, but keep the original URL for later requests.',
      keywords: [
        'redirect',
        'redirection',
        'internal redirect',
        'HSTS',
        'HSTS redirect',
        'Non-Authoritative-Reason: HSTS',
        'keep method',
        'POST redirect',
        'redirect loop',
        'too many redirects',
        'ERR_TOO_MANY_REDIRECTS',
        'redirected you too many times',
        "isn't redirecting properly",
        'keep the method on redirect',
        'without turning post into get',
        'temporary move keeping post',
      ],
    },
    ko: {
      name: '임시 리다이렉션',
      summary:
        '리소스가 잠시 Location의 URL에 있으며, 클라이언트는 같은 메서드와 본문으로 그곳에 다시 요청해야 합니다.',
      detail:
        '302의 모호함을 없애려고 HTTP/1.1에서 추가한 코드입니다. POST는 POST 그대로 유지되고, 본문도 새 URL로 다시 전송됩니다. 브라우저가 HSTS 때문에 http://를 https://로 스스로 바꿀 때도 개발자 도구에 307이 보이는데, 이 "Internal Redirect"는 서버가 보낸 것이 아니므로 서버 설정에서 찾지 않아도 됩니다. 점검 중이거나 트래픽을 옮길 때처럼 메서드가 중요한 요청을 잠시 다른 곳으로 보낼 때는 307을, 이동이 영구적이라면 308을 씁니다.',
      retryNote:
        'Location의 URL로 같은 메서드와 본문을 보내되, 다음 요청부터는 원래 URL을 계속 사용하면 됩니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/307, https://www.kacao.co.kr/307-temporary-redirect/, https://zeroerror.safechem.co.kr/2026/01/chrome-hsts-hsts-https.html, https://velog.io/@hyevvy/Next.js의-permanent, https://gilbert9172.github.io/posts/cs-network-3xx-redirect
      keywords: [
        '리다이렉트',
        'redirect',
        '임시 리다이렉트',
        'HSTS',
        '내부 리다이렉트',
        'Internal Redirect',
        '메서드 유지',
        'POST 유지',
        '무한 리다이렉트',
        '리다이렉트 루프',
        'ERR_TOO_MANY_REDIRECTS',
        '리디렉션한 횟수가 너무 많습니다',
        'HTTPS로 자동 이동',
        'POST 그대로 재전송',
        '메서드 그대로',
        '본문 그대로 재전송',
        '임시로 다른 서버',
        'Non-Authoritative-Reason',
      ],
    },
  },
  {
    code: 308,
    phrase: 'Permanent Redirect',
    status: 'permanent',
    headers: ['Location'],
    spec: {
      title: 'RFC 9110',
      section: '15.4.9',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/308',
    cacheable: true,
    retry: 'follow',
    en: {
      name: 'Permanent Redirect',
      summary:
        'The resource has permanently moved to the URL in Location, and clients must keep the method and body when they follow it.',
      detail:
        'First defined in RFC 7538 and now part of RFC 9110, it is the permanent counterpart of 307 and the method-preserving counterpart of 301. That makes it the right choice for API endpoints that moved, because a PUT or POST arrives at the new URL unchanged; caches and search engines treat it like 301. Some very old clients did not know 308 and displayed the body instead of following it, but every current browser supports it. Frameworks such as Next.js use 308 by default for permanent redirects.',
      retryNote:
        'Follow the Location URL with the same method and body, and update stored links to point there.',
      keywords: [
        'redirect',
        'redirection',
        'permanent',
        'method preserving',
        'keep POST body',
        'API endpoint moved',
        'Next.js redirect',
        'trailing slash',
        'RFC 7538',
        'redirect loop',
        'too many redirects',
        'ERR_TOO_MANY_REDIRECTS',
        'redirected you too many times',
        "isn't redirecting properly",
      ],
    },
    ko: {
      name: '영구 리다이렉션',
      summary:
        '리소스가 Location의 URL로 영구히 옮겨졌으며, 클라이언트는 이를 따라갈 때 메서드와 본문을 그대로 유지해야 합니다.',
      detail:
        'RFC 7538에서 처음 정의되었고 지금은 RFC 9110에 들어 있는 코드로, 307의 영구 버전이자 메서드를 유지하는 301이라고 보면 됩니다. PUT이나 POST가 바뀌지 않고 새 URL에 도착하므로 엔드포인트를 옮긴 API에 알맞으며, 캐시와 검색 엔진은 301처럼 취급합니다. 아주 오래된 일부 클라이언트는 308을 몰라 따라가지 않고 본문을 보여 주기도 했지만, 현재 브라우저는 모두 지원합니다. Next.js 같은 프레임워크는 영구 리다이렉션에 기본으로 308을 씁니다.',
      retryNote:
        'Location의 URL로 같은 메서드와 본문을 보내고, 저장해 둔 링크도 그 주소로 바꾸면 됩니다.',
      // Korean usage: https://lonelywolf.tistory.com/46, https://velog.io/@hyevvy/Next.js의-permanent, https://devsnap.dev/ko/http-status/308, https://httpstatuscodes.info/_ko/308_status_code, https://runebook.dev/ko/docs/http/status/308
      keywords: [
        '리다이렉트',
        'redirect',
        '영구 리다이렉트',
        '메서드 유지',
        'API 주소 변경',
        '트레일링 슬래시',
        '무한 리다이렉트',
        '리다이렉트 루프',
        'ERR_TOO_MANY_REDIRECTS',
        '리디렉션한 횟수가 너무 많습니다',
        '엔드포인트 영구 변경',
        'API 경로 영구 이동',
        '끝 슬래시',
        '슬래시 자동 추가',
        'POST 영구 리다이렉트',
        'PUT 영구 리다이렉트',
      ],
    },
  },
];
