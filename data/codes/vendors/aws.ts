import type { StatusMeaning } from '../../types';

/** AWS Elastic Load Balancing's codes, met in Application Load Balancer logs and responses. */
export const AWS_CODES: readonly StatusMeaning[] = [
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
];
