/**
 * The groups of status codes developers confuse, compared side by side: what each code means
 * in the group's terms, whose move it is, who sends it, and when to pick it over the others.
 * Grounded in RFC 9110 §15 and the RFCs and vendor documents listed in each `sources`;
 * docs/comparisons.md explains the rows, the decisions and how to add a group.
 * Cacheable and retry are not repeated here: the view reads them from each code's entry.
 */
import type { SpecRef } from '../types.ts';
import type { Comparison } from './types.ts';

const rfc = (rfcNumber: number, section: string): SpecRef => ({
  title: `RFC ${rfcNumber}`,
  section,
  url: `https://www.rfc-editor.org/rfc/rfc${rfcNumber}#section-${section}`,
});
const rfc9110 = (section: string): SpecRef => rfc(9110, section);

const NGINX_499: SpecRef = {
  title: 'nginx source code (ngx_http_request.h)',
  url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h',
};
const NGINX_CLIENT_ABORT: SpecRef = {
  title: 'nginx documentation: proxy_ignore_client_abort',
  url: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_ignore_client_abort',
};
const NGINX_READ_TIMEOUT: SpecRef = {
  title: 'nginx documentation: proxy_read_timeout',
  url: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_read_timeout',
};
const CLOUDFLARE_502_504: SpecRef = {
  title: 'Cloudflare documentation: Error 502 or 504',
  url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/',
};
const cloudflare = (code: number): SpecRef => ({
  title: `Cloudflare documentation: Error ${code}`,
  url: `https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-${code}/`,
});
const ALB_TROUBLESHOOTING =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html';
const alb = (code: number): SpecRef => ({
  title: `AWS documentation: Application Load Balancer HTTP ${code}`,
  url: `${ALB_TROUBLESHOOTING}#http-${code}-issues`,
});

export const COMPARISONS: readonly Comparison[] = [
  {
    id: '401-403-404',
    en: {
      title: '401, 403 or 404: who you are, what you may do, whether it is there',
      summary:
        '401 says the server does not know who is asking yet: send valid credentials. 403 says it understood and refuses; the same credentials will not help. 404 says nothing is here, and a server may also answer 404 to hide a resource the caller should not learn about.',
    },
    ko: {
      title: '401, 403, 404: 누구인지, 무엇이 허용되는지, 리소스가 있는지',
      summary:
        '401은 서버가 아직 누가 요청했는지 모른다는 뜻이므로 올바른 자격 증명을 보내면 됩니다. 403은 요청을 이해했지만 거부한다는 뜻으로, 같은 자격 증명으로 다시 보내도 소용없습니다. 404는 여기에 아무것도 없다는 뜻이며, 서버가 리소스의 존재를 숨기려고 404로 응답하기도 합니다.',
    },
    rows: [
      {
        code: 401,
        fault: 'client',
        senders: ['app', 'web-server', 'proxy'],
        en: {
          meaning: 'Credentials are missing or invalid, so the server does not know who is asking.',
          useWhen:
            'Send 401 when the request has no credentials, or expired or wrong ones, with a WWW-Authenticate header naming the scheme to use.',
        },
        ko: {
          meaning: '자격 증명이 없거나 유효하지 않아서 서버가 누가 요청했는지 모릅니다.',
          useWhen:
            '자격 증명이 없거나 만료되었거나 틀렸을 때 401로 응답하고, 어떤 인증 방식을 써야 하는지 WWW-Authenticate 헤더로 알려 줍니다.',
        },
      },
      {
        code: 403,
        fault: 'client',
        senders: ['app', 'web-server', 'cdn'],
        en: {
          meaning:
            'The server understood the request and refuses it; logging in again as the same user changes nothing.',
          useWhen:
            'Send 403 when the caller is known but lacks the permission, or when the resource is closed to everyone, as with an IP block or a WAF rule.',
        },
        ko: {
          meaning:
            '서버가 요청을 이해했지만 거부합니다. 같은 사용자로 다시 로그인해도 결과는 같습니다.',
          useWhen:
            '누구인지는 확인되었지만 권한이 없을 때, 또는 IP 차단이나 WAF 규칙처럼 누구에게도 열어 주지 않는 리소스일 때 403으로 응답합니다.',
        },
      },
      {
        code: 404,
        fault: 'client',
        senders: ['app', 'web-server', 'cdn'],
        en: {
          meaning: 'Nothing exists at this URL, or the server will not admit that something does.',
          useWhen:
            "Send 404 when the resource does not exist, or instead of 403 when admitting that it exists would leak something, such as another user's private record.",
        },
        ko: {
          meaning: '이 URL에는 아무것도 없거나, 서버가 무언가 있다는 사실을 밝히지 않습니다.',
          useWhen:
            '리소스가 없을 때, 또는 다른 사용자의 비공개 레코드처럼 있다는 사실만 알려도 정보가 새어 나갈 때 403 대신 404로 응답합니다.',
        },
      },
    ],
    sources: [rfc9110('15.5.2'), rfc9110('15.5.4'), rfc9110('15.5.5'), rfc9110('11.6.1')],
  },
  {
    id: '301-302-303-307-308',
    en: {
      title: '301, 302, 303, 307 or 308: permanent or temporary, and what becomes of the method',
      summary:
        '301 and 308 are permanent, 302 and 307 temporary. 307 and 308 keep the method and body; after a 301 or 302 browsers turn a POST into a GET. 303 always sends the client to fetch another URL with GET.',
    },
    ko: {
      title: '301, 302, 303, 307, 308: 영구인지 임시인지, 메서드는 어떻게 되는지',
      summary:
        '301과 308은 영구, 302와 307은 임시 리다이렉션입니다. 307과 308은 메서드와 본문을 그대로 유지하지만, 301과 302를 받으면 브라우저가 POST를 GET으로 바꿉니다. 303은 언제나 다른 URL을 GET으로 가져오라는 뜻입니다.',
    },
    rows: [
      {
        code: 301,
        fault: 'none',
        method: 'post-may-become-get',
        senders: ['web-server', 'app', 'cdn'],
        en: {
          meaning:
            'The resource has moved for good, so clients and search engines should update their links.',
          useWhen:
            'Send 301 when pages fetched with GET move for good, such as a new domain or the switch to HTTPS; if POST or PUT requests must follow, send 308.',
        },
        ko: {
          meaning:
            '리소스가 영구히 옮겨졌으므로 클라이언트와 검색 엔진은 링크를 새 URL로 바꿔야 합니다.',
          useWhen:
            '도메인을 바꾸거나 HTTPS로 전환할 때처럼 GET으로 가져오는 페이지가 영구히 옮겨지면 301로 응답합니다. POST나 PUT 요청도 따라가야 한다면 308을 씁니다.',
        },
      },
      {
        code: 302,
        fault: 'none',
        method: 'post-may-become-get',
        senders: ['app', 'web-server'],
        en: {
          meaning: 'The resource is elsewhere for now, and the original URL stays the one to use.',
          useWhen:
            'Send 302 for a temporary detour of GET requests, such as to a login page; after handling a form POST, 303 says what you mean more clearly.',
        },
        ko: {
          meaning: '리소스가 지금은 다른 곳에 있지만, 앞으로도 원래 URL을 써야 합니다.',
          useWhen:
            '로그인 페이지로 보낼 때처럼 GET 요청을 잠시 다른 곳으로 돌릴 때 302로 응답합니다. 폼 POST를 처리한 뒤라면 303이 의도를 더 분명하게 전합니다.',
        },
      },
      {
        code: 303,
        fault: 'none',
        method: 'becomes-get',
        senders: ['app'],
        en: {
          meaning: "The request's result is at another URL, which the client fetches with GET.",
          useWhen:
            'Send 303 after handling a POST, pointing at the result page, so that reloading it does not submit the form again (Post/Redirect/Get).',
        },
        ko: {
          meaning: '요청의 결과는 다른 URL에 있고, 클라이언트는 그 URL을 GET으로 가져옵니다.',
          useWhen:
            'POST를 처리한 뒤 결과 페이지를 가리킬 때 303으로 응답합니다. 그러면 사용자가 새로고침해도 폼이 다시 제출되지 않습니다(PRG 패턴).',
        },
      },
      {
        code: 307,
        fault: 'none',
        method: 'kept',
        senders: ['app', 'web-server', 'browser'],
        en: {
          meaning: 'A temporary redirection that repeats the same method and body at the new URL.',
          useWhen:
            'Send 307 when a POST, PUT or DELETE must go unchanged to another URL for a while; Chrome also shows a 307 of its own when HSTS upgrades a URL to HTTPS.',
        },
        ko: {
          meaning: '임시 리다이렉션이며, 새 URL에 같은 메서드와 본문으로 다시 요청합니다.',
          useWhen:
            'POST, PUT, DELETE 요청을 잠시 다른 URL로 그대로 보내야 할 때 307로 응답합니다. HSTS 때문에 URL이 HTTPS로 바뀔 때 Chrome이 스스로 만드는 307도 있습니다.',
        },
      },
      {
        code: 308,
        fault: 'none',
        method: 'kept',
        senders: ['web-server', 'app', 'cdn'],
        en: {
          meaning: 'A permanent move that, unlike 301, keeps the method and body.',
          useWhen:
            'Send 308 when an API endpoint, or any URL that receives POST, PUT or PATCH, moves for good.',
        },
        ko: {
          meaning: '영구 이동이지만 301과 달리 메서드와 본문을 그대로 유지합니다.',
          useWhen:
            'API 엔드포인트처럼 POST, PUT, PATCH를 받는 URL이 영구히 옮겨졌을 때 308로 응답합니다.',
        },
      },
    ],
    sources: [
      rfc9110('15.4.2'),
      rfc9110('15.4.3'),
      rfc9110('15.4.4'),
      rfc9110('15.4.8'),
      rfc9110('15.4.9'),
      rfc(7538, '3'),
    ],
  },
  {
    id: '500-502-503-504',
    en: {
      title: '500, 502, 503 or 504: which server failed, and how',
      summary:
        'A 500 or 503 comes from the server that answered: 500 is a bug or an unexpected failure, 503 a deliberate "not now" (overload, maintenance). A 502 or 504 comes from a gateway about the server behind it: 502 got a bad answer or none, 504 gave up waiting.',
    },
    ko: {
      title: '500, 502, 503, 504: 어느 서버가 어떻게 실패했는지',
      summary:
        '500과 503은 응답한 서버 자신의 문제입니다. 500은 버그나 예상하지 못한 실패이고, 503은 과부하나 점검 때문에 지금은 받지 않겠다는 뜻입니다. 502와 504는 게이트웨이가 뒤에 있는 서버에 대해 알리는 코드로, 502는 응답이 잘못되었거나 없었고 504는 기다리다 포기했다는 뜻입니다.',
    },
    rows: [
      {
        code: 500,
        fault: 'server',
        senders: ['app', 'web-server'],
        en: {
          meaning:
            'The server that answered failed unexpectedly, most often with an unhandled exception.',
          useWhen:
            'Send 500 when your own code fails and no more specific code fits; log the details and keep them out of the response body.',
        },
        ko: {
          meaning: '응답한 서버가 예상하지 못한 실패를 겪었으며, 대개 처리되지 않은 예외입니다.',
          useWhen:
            '서버 코드가 실패했고 더 구체적인 코드가 없을 때 500으로 응답합니다. 자세한 내용은 로그에 남기고 응답 본문에는 싣지 않습니다.',
        },
      },
      {
        code: 502,
        fault: 'upstream',
        senders: ['proxy', 'load-balancer', 'cdn'],
        en: {
          meaning:
            'A gateway could not get a valid response from the server behind it: the connection failed, broke, or carried garbage.',
          useWhen:
            "You see it when the upstream app crashed, refused the connection or closed it early; an app keep-alive timeout shorter than the load balancer's is a classic cause.",
        },
        ko: {
          meaning:
            '게이트웨이가 뒤에 있는 서버에서 올바른 응답을 받지 못했습니다. 연결이 안 되었거나, 끊겼거나, 응답이 깨졌습니다.',
          useWhen:
            '업스트림 애플리케이션이 죽었거나, 연결을 거부했거나, 연결을 일찍 끊었을 때 보게 됩니다. 애플리케이션의 keep-alive 제한 시간이 로드 밸런서보다 짧은 것이 전형적인 원인입니다.',
        },
      },
      {
        code: 503,
        fault: 'server',
        senders: ['app', 'web-server', 'load-balancer', 'cdn'],
        en: {
          meaning:
            'The server cannot handle requests for a while, because of overload or maintenance, and expects to recover.',
          useWhen:
            'Send 503 during maintenance or while shedding load, with Retry-After saying when to come back; load balancers also send it when they have no target to route to.',
        },
        ko: {
          meaning:
            '과부하나 점검 때문에 서버가 잠시 요청을 처리할 수 없으며, 곧 회복될 것으로 봅니다.',
          useWhen:
            '점검 중이거나 과부하로 요청을 덜어 내야 할 때 Retry-After로 언제 다시 오면 되는지 알리며 503으로 응답합니다. 로드 밸런서도 요청을 보낼 대상이 없으면 503을 보냅니다.',
        },
      },
      {
        code: 504,
        fault: 'upstream',
        senders: ['proxy', 'load-balancer', 'cdn'],
        en: {
          meaning: 'A gateway waited for the server behind it and gave up before any answer came.',
          useWhen:
            "You see it when the upstream is slower than the proxy's read timeout, as with a slow query or a long job run inside the request; speed it up or move the work to a background job.",
        },
        ko: {
          meaning: '게이트웨이가 뒤에 있는 서버를 기다리다가 응답이 오기 전에 포기했습니다.',
          useWhen:
            '느린 쿼리나 요청 안에서 돌리는 긴 작업 때문에 업스트림 서버가 프록시의 읽기 제한 시간을 넘길 때 보게 됩니다. 처리를 빠르게 하거나 작업을 백그라운드로 옮깁니다.',
        },
      },
    ],
    sources: [
      rfc9110('15.6.1'),
      rfc9110('15.6.3'),
      rfc9110('15.6.4'),
      rfc9110('15.6.5'),
      CLOUDFLARE_502_504,
      alb(502),
      alb(503),
      alb(504),
    ],
  },
  {
    id: '400-409-422',
    en: {
      title: '400, 409 or 422: malformed, in conflict, or invalid',
      summary:
        '400 means the server cannot make sense of the request: broken syntax, unparsable JSON, a missing parameter. 422 means it parsed fine but the data breaks the rules. 409 means the data is fine but clashes with the current state, such as a duplicate.',
    },
    ko: {
      title: '400, 409, 422: 형식이 틀렸는지, 현재 상태와 부딪히는지, 값이 규칙에 어긋나는지',
      summary:
        '400은 깨진 문법, 파싱할 수 없는 JSON, 빠진 파라미터처럼 서버가 요청을 해석할 수 없다는 뜻입니다. 422는 해석은 되지만 데이터가 규칙에 어긋난다는 뜻이고, 409는 데이터는 맞지만 중복처럼 현재 상태와 부딪힌다는 뜻입니다.',
    },
    rows: [
      {
        code: 400,
        fault: 'client',
        senders: ['app', 'web-server', 'proxy'],
        en: {
          meaning: 'The request is malformed, so the server cannot read it as sent.',
          useWhen:
            'Send 400 for an unparsable body, bad framing, a wrongly typed or missing parameter; many APIs answer every validation error with 400, which works if the body names the fields.',
        },
        ko: {
          meaning: '요청의 형식이 잘못되어서 서버가 보낸 그대로는 읽을 수 없습니다.',
          useWhen:
            '본문을 파싱할 수 없거나, 파라미터 타입이 틀렸거나, 필수 파라미터가 빠졌을 때 400으로 응답합니다. 검증 오류에 모두 400으로 응답하는 API도 많은데, 본문에 문제 필드를 적어 준다면 괜찮습니다.',
        },
      },
      {
        code: 409,
        fault: 'client',
        senders: ['app'],
        en: {
          meaning: 'The request is valid but clashes with the current state of the resource.',
          useWhen:
            'Send 409 when the request would create a duplicate (a username already taken) or break a state rule (cancelling a shipped order), and say in the body how to resolve it.',
        },
        ko: {
          meaning: '요청은 올바르지만 리소스의 현재 상태와 부딪힙니다.',
          useWhen:
            '이미 쓰이는 사용자 이름처럼 중복이 생기거나, 이미 배송된 주문을 취소하는 것처럼 상태 규칙에 어긋날 때 409로 응답하고, 해결 방법을 본문에 적습니다.',
        },
      },
      {
        code: 422,
        fault: 'client',
        senders: ['app'],
        en: {
          meaning:
            'The body is well-formed and of a supported type, but its values fail validation.',
          useWhen:
            'Send 422 when the JSON parses but a value breaks a rule (an email without @, an end date before the start), listing every failing field; FastAPI and Laravel do so by default.',
        },
        ko: {
          meaning: '본문의 형식과 미디어 타입은 올바르지만 값이 검증을 통과하지 못했습니다.',
          useWhen:
            'JSON은 파싱되지만 @가 없는 이메일이나 시작일보다 이른 종료일처럼 값이 규칙에 어긋날 때 422로 응답하고, 실패한 필드를 모두 알려 줍니다. FastAPI와 Laravel은 기본으로 이렇게 응답합니다.',
        },
      },
    ],
    sources: [rfc9110('15.5.1'), rfc9110('15.5.10'), rfc9110('15.5.21'), rfc(4918, '11.2')],
  },
  {
    id: '200-201-202-204',
    en: {
      title: '200, 201, 202 or 204: which success to report',
      summary:
        '200 returns a result in the body. 201 says something new was created and where (Location). 202 only says the work was accepted and has not happened yet. 204 says it worked and there is deliberately no body.',
    },
    ko: {
      title: '200, 201, 202, 204: 어떤 성공을 알릴지',
      summary:
        '200은 결과를 본문에 담아 돌려줍니다. 201은 새 리소스를 만들었고 그 위치를 Location으로 알려 줍니다. 202는 작업을 받아 두었을 뿐 아직 끝나지 않았다는 뜻이고, 204는 성공했지만 돌려줄 본문이 없다는 뜻입니다.',
    },
    rows: [
      {
        code: 200,
        fault: 'none',
        senders: ['app', 'web-server', 'cdn'],
        en: {
          meaning: 'The request succeeded and the body carries the result.',
          useWhen:
            'Send 200 for a successful GET, or for any other method when you return the resulting state or a report in the body.',
        },
        ko: {
          meaning: '요청이 성공했고 본문에 결과가 담겨 있습니다.',
          useWhen:
            'GET이 성공했을 때, 또는 다른 메서드라도 처리 결과나 바뀐 상태를 본문에 담아 돌려줄 때 200으로 응답합니다.',
        },
      },
      {
        code: 201,
        fault: 'none',
        senders: ['app'],
        en: {
          meaning: 'The request created a new resource, whose URL the Location header gives.',
          useWhen:
            'Send 201 once a POST, or a PUT to a new URL, has created the resource, with Location pointing at it and usually the new resource in the body.',
        },
        ko: {
          meaning: '요청으로 새 리소스가 만들어졌고, Location 헤더가 그 URL을 알려 줍니다.',
          useWhen:
            'POST나 새 URL에 대한 PUT으로 리소스를 만들었을 때 201로 응답하고 Location에 그 URL을 담습니다. 본문에는 대개 만든 리소스를 넣습니다.',
        },
      },
      {
        code: 202,
        fault: 'none',
        senders: ['app'],
        en: {
          meaning:
            'The request was accepted for processing later; whether it will succeed is not known yet.',
          useWhen:
            'Send 202 when the work runs in the background, such as a video encode or a report export, and give the client a URL where it can check progress.',
        },
        ko: {
          meaning: '요청을 나중에 처리하려고 받아 두었으며, 성공할지는 아직 알 수 없습니다.',
          useWhen:
            '동영상 인코딩이나 보고서 내보내기처럼 작업을 백그라운드에서 처리할 때 202로 응답하고, 진행 상황을 확인할 URL을 알려 줍니다.',
        },
      },
      {
        code: 204,
        fault: 'none',
        senders: ['app', 'web-server'],
        en: {
          meaning: 'The request succeeded and the response has no body at all.',
          useWhen:
            'Send 204 for a DELETE, for a PUT or PATCH whose result the client already knows, or for a CORS preflight, and never put a body in it.',
        },
        ko: {
          meaning: '요청이 성공했고 응답에는 본문이 전혀 없습니다.',
          useWhen:
            'DELETE나, 결과를 클라이언트가 이미 아는 PUT과 PATCH, CORS 사전 요청에 204로 응답합니다. 본문은 절대 넣지 않습니다.',
        },
      },
    ],
    sources: [rfc9110('15.3.1'), rfc9110('15.3.2'), rfc9110('15.3.3'), rfc9110('15.3.5')],
  },
  {
    id: '404-410',
    en: {
      title: '404 or 410: missing, or removed for good',
      summary:
        'Both say nothing is at this URL. 410 adds that something was here, was removed on purpose and will not return; 404 makes no such promise, so it is the one to use whenever you are unsure.',
    },
    ko: {
      title: '404, 410: 없는 것인지, 영구히 삭제된 것인지',
      summary:
        '둘 다 이 URL에 아무것도 없다는 뜻입니다. 410은 리소스가 있었지만 일부러 지웠고 다시 돌아오지 않는다고 덧붙이며, 404는 그런 약속을 하지 않으므로 확실하지 않을 때는 404로 응답합니다.',
    },
    rows: [
      {
        code: 404,
        fault: 'client',
        senders: ['app', 'web-server', 'cdn'],
        en: {
          meaning: 'Nothing is here now, with no word on whether that is temporary or permanent.',
          useWhen:
            'Send 404 when the resource does not exist, or when you cannot tell whether its absence is permanent.',
        },
        ko: {
          meaning: '지금 여기에는 아무것도 없으며, 일시적인지 영구적인지는 알려 주지 않습니다.',
          useWhen: '리소스가 없거나, 없는 상태가 영구적인지 알 수 없을 때 404로 응답합니다.',
        },
      },
      {
        code: 410,
        fault: 'client',
        senders: ['app', 'web-server'],
        en: {
          meaning: 'The resource was here, was deleted on purpose and is not coming back.',
          useWhen:
            "Send 410 for content you removed deliberately, such as an ended campaign or a closed account's page, so that clients and search engines drop their links.",
        },
        ko: {
          meaning: '리소스가 있었지만 일부러 지웠고 다시 돌아오지 않습니다.',
          useWhen:
            '끝난 이벤트 페이지나 탈퇴한 계정의 페이지처럼 일부러 지운 콘텐츠에 410으로 응답하면, 클라이언트와 검색 엔진이 그 링크를 지웁니다.',
        },
      },
    ],
    sources: [rfc9110('15.5.5'), rfc9110('15.5.11')],
  },
  {
    id: '429-503',
    en: {
      title: '429 or 503: one client too fast, or the whole server overloaded',
      summary:
        '429 blames one client for going over its quota, while others are still served. 503 says the server cannot serve anyone right now. Both may carry Retry-After, and a client should wait that long before it retries.',
    },
    ko: {
      title: '429, 503: 한 클라이언트가 너무 빠른지, 서버 전체가 과부하인지',
      summary:
        '429는 한 클라이언트가 요청 한도를 넘었다는 뜻이며, 다른 클라이언트는 계속 처리됩니다. 503은 지금은 누구의 요청도 처리할 수 없다는 뜻입니다. 둘 다 Retry-After를 보낼 수 있고, 클라이언트는 그만큼 기다린 뒤 재시도해야 합니다.',
    },
    rows: [
      {
        code: 429,
        fault: 'client',
        senders: ['app', 'proxy', 'cdn'],
        en: {
          meaning:
            'This client has sent more requests than its rate limit allows in a time window.',
          useWhen:
            'Send 429 when one user, API key or IP address goes over its quota, with Retry-After and, ideally, headers stating the remaining quota.',
        },
        ko: {
          meaning: '이 클라이언트가 정해진 시간 동안 보낼 수 있는 요청 한도를 넘었습니다.',
          useWhen:
            '한 사용자나 API 키, IP 주소가 요청 한도를 넘었을 때 Retry-After와 함께 429로 응답합니다. 남은 한도를 헤더로 알려 주면 더 좋습니다.',
        },
      },
      {
        code: 503,
        fault: 'server',
        senders: ['app', 'load-balancer', 'web-server', 'cdn'],
        en: {
          meaning: 'The server as a whole cannot take requests right now, whoever sends them.',
          useWhen:
            "Send 503 when maintenance or overload affects every caller, not because of one caller's volume.",
        },
        ko: {
          meaning: '누가 보내든 지금은 서버 전체가 요청을 받을 수 없습니다.',
          useWhen:
            '한 호출자의 요청량 때문이 아니라 점검이나 과부하로 모든 사용자가 영향을 받을 때 503으로 응답합니다.',
        },
      },
    ],
    sources: [rfc(6585, '4'), rfc9110('15.6.4'), rfc9110('10.2.3')],
  },
  {
    id: '412-428',
    en: {
      title: '412 or 428: a condition that failed, or one that is missing',
      summary:
        'Both guard against lost updates. 412 means the client sent a condition such as If-Match and it is false: someone changed the resource first. 428 means the client sent no condition, and this server demands one before it accepts a change.',
    },
    ko: {
      title: '412, 428: 조건이 어긋났는지, 조건이 빠졌는지',
      summary:
        '둘 다 다른 사람의 수정을 덮어쓰는 일을 막습니다. 412는 클라이언트가 보낸 If-Match 같은 조건이 거짓이라는 뜻으로, 누군가 먼저 리소스를 바꾼 것입니다. 428은 조건 없이 보냈는데 이 서버는 변경 요청에 조건을 요구한다는 뜻입니다.',
    },
    rows: [
      {
        code: 412,
        fault: 'client',
        senders: ['app', 'web-server'],
        en: {
          meaning:
            'A precondition in the request, such as If-Match or If-Unmodified-Since, is false, so nothing was changed.',
          useWhen:
            'Send 412 when the ETag in If-Match no longer matches the current version; the client then fetches the latest version, merges and tries again.',
        },
        ko: {
          meaning:
            '요청에 담긴 If-Match나 If-Unmodified-Since 같은 전제 조건이 거짓이어서 아무것도 바뀌지 않았습니다.',
          useWhen:
            'If-Match의 ETag가 현재 버전과 맞지 않을 때 412로 응답합니다. 클라이언트는 최신 버전을 받아 병합한 뒤 다시 보내야 합니다.',
        },
      },
      {
        code: 428,
        fault: 'client',
        senders: ['app'],
        en: {
          meaning: 'The request lacks the precondition that this server requires for changes.',
          useWhen:
            'Send 428 when a PUT, PATCH or DELETE arrives without If-Match on a resource where you enforce optimistic locking.',
        },
        ko: {
          meaning: '이 서버가 변경 요청에 요구하는 전제 조건이 요청에 없습니다.',
          useWhen:
            '낙관적 잠금을 강제하는 리소스에 If-Match 없이 PUT, PATCH, DELETE가 오면 428로 응답합니다.',
        },
      },
    ],
    sources: [rfc9110('15.5.13'), rfc(6585, '3'), rfc9110('13.1.1')],
  },
  {
    id: '413-414-431',
    en: {
      title: '413, 414 or 431: which part of the request is too big',
      summary:
        'All three refuse a request for its size, and each names the part: 413 the body, 414 the URL, 431 the headers (often the cookies). Shrink that part, or raise the matching limit on the server.',
    },
    ko: {
      title: '413, 414, 431: 요청의 어느 부분이 너무 큰지',
      summary:
        '세 코드 모두 크기 때문에 요청을 거부하며, 너무 큰 부분이 다릅니다. 413은 본문, 414는 URL, 431은 헤더(대개 쿠키)입니다. 그 부분을 줄이거나 서버에서 해당 제한을 늘립니다.',
    },
    rows: [
      {
        code: 413,
        fault: 'client',
        senders: ['web-server', 'proxy', 'app'],
        en: {
          meaning: 'The request body is larger than the server accepts.',
          useWhen:
            "Send 413 when an upload or body exceeds your limit, and state the limit in the response; nginx's client_max_body_size is the classic source.",
        },
        ko: {
          meaning: '요청 본문이 서버가 받는 크기보다 큽니다.',
          useWhen:
            '업로드나 본문이 제한을 넘었을 때 413으로 응답하고, 제한이 얼마인지 응답에 적습니다. nginx의 client_max_body_size가 가장 흔한 원인입니다.',
        },
      },
      {
        code: 414,
        fault: 'client',
        senders: ['web-server', 'proxy'],
        en: {
          meaning: 'The URL, usually its query string, is longer than the server will read.',
          useWhen:
            'Send 414 when a URL exceeds your limit; a client that keeps hitting it should move the data into a POST body.',
        },
        ko: {
          meaning: 'URL, 대개 쿼리 문자열이 서버가 읽으려는 길이보다 깁니다.',
          useWhen:
            'URL이 제한보다 길 때 414로 응답합니다. 이 제한에 자주 걸리는 클라이언트라면 데이터를 POST 본문으로 옮겨야 합니다.',
        },
      },
      {
        code: 431,
        fault: 'client',
        senders: ['app', 'web-server', 'proxy'],
        en: {
          meaning: 'One header field, or all of them together, is larger than the server accepts.',
          useWhen:
            'Send 431 when the headers exceed your limit, naming the field that is too large; piled-up cookies or an oversized token are the usual cause.',
        },
        ko: {
          meaning: '헤더 하나 또는 헤더 전체의 크기가 서버가 받는 크기보다 큽니다.',
          useWhen:
            '헤더가 제한을 넘었을 때 너무 큰 필드를 알려 주며 431로 응답합니다. 대개 쿠키가 쌓였거나 토큰이 지나치게 큰 경우입니다.',
        },
      },
    ],
    sources: [rfc9110('15.5.14'), rfc9110('15.5.15'), rfc(6585, '5')],
  },
  {
    id: '405-501',
    en: {
      title: '405 or 501: a method this resource refuses, or one the server does not support',
      summary:
        '405 means the server knows the method but this resource does not take it; the Allow header lists the ones it does. 501 means the server does not support the method, or the feature the request needs, for any resource.',
    },
    ko: {
      title: '405, 501: 이 리소스가 거부하는 메서드인지, 서버가 지원하지 않는 메서드인지',
      summary:
        '405는 서버가 아는 메서드이지만 이 리소스에서는 받지 않는다는 뜻이며, 받는 메서드는 Allow 헤더에 적힙니다. 501은 서버가 그 메서드나 요청에 필요한 기능을 어떤 리소스에서도 지원하지 않는다는 뜻입니다.',
    },
    rows: [
      {
        code: 405,
        fault: 'client',
        senders: ['app', 'web-server'],
        en: {
          meaning: 'This resource exists but does not accept this method.',
          useWhen:
            'Send 405 with an Allow header when the route exists but not for this method, such as a DELETE on a read-only collection.',
        },
        ko: {
          meaning: '리소스는 있지만 이 메서드는 받지 않습니다.',
          useWhen:
            '읽기 전용 컬렉션에 DELETE가 온 경우처럼 경로는 있지만 그 메서드를 받지 않을 때 Allow 헤더와 함께 405로 응답합니다.',
        },
      },
      {
        code: 501,
        fault: 'server',
        senders: ['web-server', 'app', 'proxy'],
        en: {
          meaning:
            'The server does not implement what the request needs, usually the method itself, on any resource.',
          useWhen:
            'Send 501 when no resource on the server supports the method, for example a WebDAV or invented method sent to a plain web server.',
        },
        ko: {
          meaning:
            '서버가 요청에 필요한 기능, 대개 메서드 자체를 어느 리소스에서도 구현하지 않았습니다.',
          useWhen:
            '일반 웹 서버에 WebDAV 메서드나 지어낸 메서드가 오는 경우처럼 서버의 어느 리소스도 그 메서드를 지원하지 않을 때 501로 응답합니다.',
        },
      },
    ],
    sources: [rfc9110('15.5.6'), rfc9110('15.6.2'), rfc9110('10.2.1')],
  },
  {
    id: '406-415',
    en: {
      title: '406 or 415: the format of the response, or of the request',
      summary:
        'Both are about media types, in opposite directions. 406: the server cannot produce any format the Accept headers ask for. 415: the server cannot read the format the request body was sent in (Content-Type or Content-Encoding).',
    },
    ko: {
      title: '406, 415: 응답 형식이 문제인지, 요청 형식이 문제인지',
      summary:
        '둘 다 미디어 타입 문제이지만 방향이 반대입니다. 406은 Accept 헤더가 원하는 형식으로 서버가 응답을 만들 수 없다는 뜻이고, 415는 요청 본문의 형식(Content-Type이나 Content-Encoding)을 서버가 읽을 수 없다는 뜻입니다.',
    },
    rows: [
      {
        code: 406,
        fault: 'client',
        senders: ['app'],
        en: {
          meaning:
            'None of the formats the client said it accepts (Accept, Accept-Language) can be produced.',
          useWhen:
            'Send 406 only when refusing is better than falling back; most servers ignore an Accept they cannot satisfy and send their default format with 200.',
        },
        ko: {
          meaning:
            '클라이언트가 받겠다고 밝힌 형식(Accept, Accept-Language) 중 어느 것도 만들 수 없습니다.',
          useWhen:
            '기본 형식으로 응답하기보다 거절하는 편이 나을 때만 406으로 응답합니다. 대부분의 서버는 맞출 수 없는 Accept를 무시하고 기본 형식으로 200을 보냅니다.',
        },
      },
      {
        code: 415,
        fault: 'client',
        senders: ['app', 'web-server'],
        en: {
          meaning:
            'The request body is in a media type or content coding the server does not take.',
          useWhen:
            'Send 415 when the Content-Type of the body is missing or unsupported, such as form data sent to a JSON-only endpoint, and list the accepted types in an Accept response header.',
        },
        ko: {
          meaning: '요청 본문의 미디어 타입이나 콘텐츠 인코딩을 서버가 받지 않습니다.',
          useWhen:
            'JSON만 받는 엔드포인트에 폼 데이터가 오는 것처럼 본문의 Content-Type이 없거나 지원하지 않는 타입일 때 415로 응답하고, 받을 수 있는 타입을 응답의 Accept 헤더로 알려 줍니다.',
        },
      },
    ],
    sources: [rfc9110('15.5.7'), rfc9110('15.5.16'), rfc9110('12.5.1')],
  },
  {
    id: '499-408-504',
    en: {
      title: '499, 408 or 504: who gave up waiting',
      summary:
        'Each is a timeout seen from another side. 499 (nginx only): the client hung up before nginx answered. 408: the server gave up on a client too slow to send its request. 504: a proxy gave up on the server behind it.',
    },
    ko: {
      title: '499, 408, 504: 기다리다 포기한 쪽이 누구인지',
      summary:
        '셋 다 시간 초과이지만 포기한 쪽이 다릅니다. 499(nginx 전용)는 nginx가 응답하기 전에 클라이언트가 연결을 끊은 것이고, 408은 요청을 너무 느리게 보내는 클라이언트를 서버가 포기한 것이며, 504는 프록시가 뒤에 있는 서버를 포기한 것입니다.',
    },
    rows: [
      {
        code: 499,
        vendor: 'nginx',
        fault: 'client-gone',
        senders: ['proxy', 'web-server'],
        en: {
          meaning:
            'The client closed the connection while nginx was still handling the request, so no response was sent.',
          useWhen:
            "You see it in nginx logs when a user left the page or cancelled, or when the client's own timeout is shorter than your upstream's response time; a surge of 499s points to a slow upstream.",
        },
        ko: {
          meaning:
            'nginx가 아직 요청을 처리하는 동안 클라이언트가 연결을 닫아서 아무 응답도 보내지 못했습니다.',
          useWhen:
            '사용자가 페이지를 떠났거나 요청을 취소했을 때, 또는 클라이언트의 제한 시간이 업스트림 서버의 응답 시간보다 짧을 때 nginx 로그에서 보게 됩니다. 499가 갑자기 늘면 업스트림이 느려졌다는 신호입니다.',
        },
      },
      {
        code: 408,
        fault: 'client',
        senders: ['web-server', 'load-balancer', 'proxy'],
        en: {
          meaning:
            'The server waited for the client to finish sending its request, then closed the connection.',
          useWhen:
            'Send 408 when a client opens a connection but does not finish sending its request within your timeout, as with a stalled upload; web servers do this on their own.',
        },
        ko: {
          meaning: '서버가 클라이언트의 요청이 끝나기를 기다리다가 연결을 닫았습니다.',
          useWhen:
            '클라이언트가 연결만 열고 제한 시간 안에 요청을 다 보내지 않을 때 408로 응답합니다. 멈춘 업로드가 대표적이며, 보통은 웹 서버가 알아서 보냅니다.',
        },
      },
      {
        code: 504,
        fault: 'upstream',
        senders: ['proxy', 'load-balancer', 'cdn'],
        en: {
          meaning: "The proxy waited for the upstream server's response and gave up.",
          useWhen:
            "You see it when the upstream is slower than the proxy's read timeout (proxy_read_timeout in nginx, the idle timeout of an AWS load balancer); the client did nothing wrong.",
        },
        ko: {
          meaning: '프록시가 업스트림 서버의 응답을 기다리다가 포기했습니다.',
          useWhen:
            '업스트림 서버가 프록시의 읽기 제한 시간(nginx의 proxy_read_timeout, AWS 로드 밸런서의 유휴 제한 시간)을 넘길 때 보게 됩니다. 클라이언트의 잘못은 아닙니다.',
        },
      },
    ],
    sources: [
      NGINX_499,
      NGINX_CLIENT_ABORT,
      rfc9110('15.5.9'),
      rfc9110('15.6.5'),
      NGINX_READ_TIMEOUT,
      alb(504),
    ],
  },
  {
    id: '401-407',
    en: {
      title: '401 or 407: the site wants credentials, or a proxy on the way does',
      summary:
        'Both ask for authentication; they differ in who asks. 401 comes from the origin server with WWW-Authenticate and is answered with Authorization. 407 comes from a proxy between you and the site with Proxy-Authenticate and is answered with Proxy-Authorization.',
    },
    ko: {
      title: '401, 407: 사이트가 자격 증명을 요구하는지, 중간의 프록시가 요구하는지',
      summary:
        '둘 다 인증을 요구하지만 요구하는 쪽이 다릅니다. 401은 원 서버가 WWW-Authenticate로 요구하고, 클라이언트는 Authorization 헤더로 자격 증명을 보냅니다. 407은 사이트와의 사이에 있는 프록시가 Proxy-Authenticate로 요구하고, 클라이언트는 Proxy-Authorization 헤더로 보냅니다.',
    },
    rows: [
      {
        code: 401,
        fault: 'client',
        senders: ['app', 'web-server'],
        en: {
          meaning: 'The origin server wants the client to authenticate to it.',
          useWhen:
            'Send 401 from your application or web server when the credentials for it are missing or invalid.',
        },
        ko: {
          meaning: '원 서버가 클라이언트에게 자신에 대한 인증을 요구합니다.',
          useWhen:
            '애플리케이션이나 웹 서버에 대한 자격 증명이 없거나 유효하지 않을 때 401로 응답합니다.',
        },
      },
      {
        code: 407,
        fault: 'client',
        senders: ['proxy'],
        en: {
          meaning:
            'A proxy between the client and the site wants credentials before it forwards the request.',
          useWhen:
            "You see it behind a corporate forward proxy; give the tool the proxy's credentials (in HTTPS_PROXY or the package manager's proxy setting), not the site's.",
        },
        ko: {
          meaning:
            '클라이언트와 사이트 사이의 프록시가 요청을 전달하기 전에 자격 증명을 요구합니다.',
          useWhen:
            '회사 포워드 프록시 뒤에서 보게 됩니다. 사이트가 아니라 프록시의 자격 증명을 HTTPS_PROXY나 패키지 관리자의 프록시 설정에 넣어야 합니다.',
        },
      },
    ],
    sources: [rfc9110('15.5.2'), rfc9110('15.5.8'), rfc9110('11.6.1'), rfc9110('11.7.1')],
  },
  {
    id: '409-412',
    en: {
      title: '409 or 412: an edit conflict the server found, or a condition the client set',
      summary:
        'Both can report that someone changed the resource first. 412 fits when the client sent If-Match and the ETag no longer matches; 409 fits when the server finds the clash itself, for example from a version number in the body.',
    },
    ko: {
      title: '409, 412: 서버가 찾은 충돌인지, 클라이언트가 건 조건에 걸린 것인지',
      summary:
        '둘 다 누군가 먼저 리소스를 바꿨다는 사실을 알릴 수 있습니다. 클라이언트가 If-Match를 보냈는데 ETag가 더는 맞지 않으면 412, 본문의 버전 번호처럼 서버가 스스로 충돌을 찾아냈으면 409로 응답합니다.',
    },
    rows: [
      {
        code: 409,
        fault: 'client',
        senders: ['app'],
        en: {
          meaning:
            'The server found that the change clashes with the current state of the resource.',
          useWhen:
            'Send 409 when your own check finds the conflict, such as a stale version field or a duplicate key, with enough detail in the body to resolve it.',
        },
        ko: {
          meaning: '변경 내용이 리소스의 현재 상태와 부딪힌다는 것을 서버가 찾아냈습니다.',
          useWhen:
            '오래된 버전 필드나 중복 키처럼 서버가 스스로 확인해서 충돌을 찾았을 때 409로 응답하고, 해결할 수 있을 만큼 본문에 설명합니다.',
        },
      },
      {
        code: 412,
        fault: 'client',
        senders: ['app', 'web-server'],
        en: {
          meaning:
            'The condition the client attached, such as If-Match, does not hold, so the change was not applied.',
          useWhen:
            "Send 412 when the request's If-Match or If-Unmodified-Since does not hold for the current version of the resource.",
        },
        ko: {
          meaning: '클라이언트가 붙인 If-Match 같은 조건이 맞지 않아서 변경을 적용하지 않았습니다.',
          useWhen:
            '요청의 If-Match나 If-Unmodified-Since가 리소스의 현재 버전에 맞지 않을 때 412로 응답합니다.',
        },
      },
    ],
    sources: [rfc9110('15.5.10'), rfc9110('15.5.13'), rfc9110('13.1.1')],
  },
  {
    id: '504-522-524',
    en: {
      title: '504, 522 or 524 behind Cloudflare: where the wait ran out',
      summary:
        "Behind Cloudflare, 522 means Cloudflare could not open a connection to your origin in time, and 524 that the connection opened but no response came before Cloudflare's read timeout. A 504 usually comes from a proxy at your origin reporting its own timeout.",
    },
    ko: {
      title: 'Cloudflare를 쓸 때 504, 522, 524: 어디서 시간이 초과되었는지',
      summary:
        'Cloudflare를 쓸 때 522는 Cloudflare가 원 서버와 제시간에 연결을 맺지 못했다는 뜻이고, 524는 연결은 되었지만 Cloudflare의 읽기 제한 시간 안에 응답이 오지 않았다는 뜻입니다. 504는 대개 원 서버 쪽 프록시가 자신의 시간 초과를 알리는 것입니다.',
    },
    rows: [
      {
        code: 504,
        fault: 'upstream',
        senders: ['proxy', 'load-balancer', 'cdn'],
        en: {
          meaning:
            'A gateway at your origin, such as nginx in front of the app, timed out on the app, and Cloudflare passed its 504 on.',
          useWhen:
            "You see it when the proxy at your origin gives up on the application behind it; the page is Cloudflare's, but the fix is on your server.",
        },
        ko: {
          meaning:
            '애플리케이션 앞의 nginx처럼 원 서버 쪽 게이트웨이가 애플리케이션을 기다리다 시간 초과되었고, Cloudflare가 그 504를 그대로 전달했습니다.',
          useWhen:
            '원 서버 쪽 프록시가 뒤의 애플리케이션을 기다리다 포기할 때 보게 됩니다. Cloudflare 오류 페이지로 보이지만 고칠 곳은 원 서버입니다.',
        },
      },
      {
        code: 522,
        vendor: 'cloudflare',
        fault: 'upstream',
        senders: ['cdn'],
        en: {
          meaning: 'Cloudflare could not complete a TCP connection to the origin in time.',
          useWhen:
            "You see it when a firewall silently drops Cloudflare's addresses or the origin is too overloaded to accept connections; check that the origin allows Cloudflare's IP ranges.",
        },
        ko: {
          meaning: 'Cloudflare가 원 서버와 TCP 연결을 제시간에 맺지 못했습니다.',
          useWhen:
            '방화벽이 Cloudflare의 IP를 조용히 막거나 원 서버가 과부하로 연결을 받지 못할 때 보게 됩니다. 원 서버가 Cloudflare의 IP 대역을 허용하는지 확인합니다.',
        },
      },
      {
        code: 524,
        vendor: 'cloudflare',
        fault: 'upstream',
        senders: ['cdn'],
        en: {
          meaning:
            "Cloudflare connected and sent the request, but the origin sent no response before Cloudflare's read timeout.",
          useWhen:
            "You see it when a request runs longer than Cloudflare allows, such as a long export or import; raising your own server's timeouts does not help, so move the work to a background job.",
        },
        ko: {
          meaning:
            'Cloudflare가 연결해서 요청을 보냈지만, Cloudflare의 읽기 제한 시간 안에 원 서버가 응답하지 않았습니다.',
          useWhen:
            '긴 내보내기나 가져오기처럼 요청이 Cloudflare가 허용하는 시간보다 오래 걸릴 때 보게 됩니다. 원 서버의 제한 시간을 늘려도 소용없으므로 작업을 백그라운드로 옮깁니다.',
        },
      },
    ],
    sources: [rfc9110('15.6.5'), CLOUDFLARE_502_504, cloudflare(522), cloudflare(524)],
  },
];
