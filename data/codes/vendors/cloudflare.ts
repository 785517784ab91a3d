import type { StatusMeaning } from '../../types';

/** Cloudflare's 52x and 530: its edge answering for an origin it could not reach or trust. */
export const CLOUDFLARE_CODES: readonly StatusMeaning[] = [
  {
    code: 520,
    phrase: 'Web Server Returned an Unknown Error',
    status: 'non-standard',
    vendor: 'cloudflare',
    headers: [],
    spec: {
      title: 'Cloudflare documentation',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/',
    },
    cacheable: false,
    retry: 'idempotent-only',
    en: {
      name: 'Web Server Returned an Unknown Error',
      summary:
        "Cloudflare's non-standard catch-all for an empty, malformed or unexpected response from the origin server.",
      detail:
        "Cloudflare, not the HTTP standard, defines 520. Its edge reached the origin server, but what came back was not a usable HTTP response: the connection was reset, the reply was empty, or the headers were invalid or too large. Because it is a catch-all, the real cause is found in the origin's logs rather than in Cloudflare. Compare 502 from Cloudflare, which it uses for other invalid upstream responses, and 521 or 522, where no connection was made at all.",
      causes: [
        'The origin process crashed or reset the connection while handling the request (PHP-FPM or application workers dying, for example).',
        "The response headers exceed Cloudflare's limit (around 128 KB), often because of many or huge Set-Cookie headers.",
        'The origin returned an empty reply or a response without a valid status line.',
        'The origin accepts HTTP/2 from Cloudflare but does not handle it correctly.',
      ],
      clientFixes: [
        'Reload after a moment; if it keeps happening, report it to the site owner with the time and the Ray ID shown on the error page.',
        "Clear the site's cookies, in case your own large cookies are part of the problem.",
      ],
      serverFixes: [
        'Check the origin web server and application error logs at the time of the Ray ID for crashes and resets.',
        'Reduce response header size, especially cookies, and make sure every response has a valid status line and headers.',
        'Try turning off HTTP/2 to Origin in the Cloudflare dashboard, or switch the DNS record to DNS-only briefly to see whether the origin works without Cloudflare.',
        'Make sure the origin firewall allows all Cloudflare IP ranges, since resets from a firewall can also surface as 520.',
      ],
      retryNote:
        'A retry may succeed if the failure was brief, but only repeat idempotent requests automatically.',
      // English usage: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/
      keywords: [
        'cloudflare',
        'cloudflare 520',
        'cloudflare unknown error',
        'origin error',
        'origin empty response',
        'origin reset connection',
        'ray id',
      ],
    },
    ko: {
      name: '웹 서버가 알 수 없는 오류를 반환함',
      summary:
        '원 서버의 응답이 비어 있거나 형식이 잘못되었거나 예상 밖일 때 Cloudflare가 보내는 비표준 포괄 코드입니다.',
      detail:
        '520은 HTTP 표준이 아니라 Cloudflare가 정의한 코드입니다. Cloudflare 에지가 원 서버에 닿기는 했지만 돌아온 것이 쓸 수 있는 HTTP 응답이 아니었다는 뜻으로, 연결이 리셋되었거나 응답이 비었거나 헤더가 잘못되었거나 너무 큰 경우입니다. 포괄적인 코드라서 실제 원인은 Cloudflare가 아니라 원 서버 로그에서 찾아야 합니다. Cloudflare가 그 밖의 잘못된 업스트림 응답에 쓰는 502, 그리고 연결 자체가 이루어지지 않은 521·522와 구분합니다.',
      causes: [
        'PHP-FPM이나 애플리케이션 워커가 죽는 등, 요청을 처리하던 원 서버 프로세스가 비정상 종료되거나 연결을 리셋했습니다.',
        '많거나 거대한 Set-Cookie 헤더 때문에 응답 헤더가 Cloudflare 한도(약 128KB)를 넘었습니다.',
        '원 서버가 빈 응답이나 올바른 상태 줄이 없는 응답을 보냈습니다.',
        '원 서버가 Cloudflare의 HTTP/2 연결을 받아들이고도 제대로 처리하지 못합니다.',
      ],
      clientFixes: [
        '잠시 뒤 새로고침합니다. 계속되면 발생 시각과 오류 페이지에 표시된 Ray ID를 사이트 운영자에게 알립니다.',
        '내 브라우저의 큰 쿠키가 원인의 일부일 수도 있으니 사이트 쿠키를 지워 봅니다.',
      ],
      serverFixes: [
        'Ray ID가 찍힌 시각에 맞춰 원 서버의 웹 서버·애플리케이션 오류 로그에서 비정상 종료나 리셋을 찾습니다.',
        '쿠키를 중심으로 응답 헤더 크기를 줄이고, 모든 응답에 올바른 상태 줄과 헤더가 있는지 확인합니다.',
        'Cloudflare 대시보드에서 HTTP/2 to Origin을 꺼 보거나, DNS 레코드를 잠시 DNS 전용으로 바꿔 Cloudflare 없이도 원 서버가 정상인지 확인합니다.',
        '방화벽이 연결을 리셋해도 520으로 나타날 수 있으므로 원 서버 방화벽이 Cloudflare IP 대역을 모두 허용하는지 확인합니다.',
      ],
      retryNote: '일시적인 장애였다면 재시도가 통할 수 있지만, 자동 재시도는 멱등 요청에만 합니다.',
      // Korean usage: https://info.haominhouse.com/entry/%EC%82%AC%EC%9D%B4%ED%8A%B8-%EC%A0%91%EC%86%8D-%EC%9E%A5%EC%95%A0-%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C%ED%94%8C%EB%A0%88%EC%96%B4-%EC%98%A4%EB%A5%98%EB%B3%84-%EC%A1%B0%EC%B9%98-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC, https://elmajor710.com/m/193, https://petitevelo.com/entry/%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C%ED%94%8C%EB%A0%88%EC%96%B4-%EC%A0%91%EC%86%8D-%EC%97%90%EB%9F%AC%EC%BD%94%EB%93%9C-500-%EC%9B%90%EC%9D%B8-%ED%95%B4%EA%B2%B0%EB%B0%A9%EB%B2%95
      keywords: [
        '클라우드플레어',
        'cloudflare',
        '클라우드플레어 오류',
        '클라우드플레어 520',
        '클라우드플레어 원 서버 오류',
        '원 서버 오류',
        '원 서버 빈 응답',
        '원 서버 잘못된 응답',
        'Ray ID',
      ],
    },
  },
  {
    code: 521,
    phrase: 'Web Server Is Down',
    status: 'non-standard',
    vendor: 'cloudflare',
    headers: [],
    spec: {
      title: 'Cloudflare documentation',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/',
    },
    cacheable: false,
    retry: 'after-delay',
    en: {
      name: 'Web Server Is Down',
      summary:
        "Cloudflare's non-standard code for an origin server that refused Cloudflare's connection.",
      detail:
        'This is a Cloudflare-specific code, not part of the HTTP standard. It means Cloudflare tried to open a TCP connection to the origin and was actively refused, typically with a reset, so the web server is not listening or something blocks Cloudflare. Because the connection never opened, the origin did not see the request at all. It differs from 522, where connection attempts go unanswered until they time out.',
      causes: [
        'The web server process (nginx, Apache, Node, etc.) is stopped or crashed on the origin.',
        "A firewall, security plugin or hosting provider blocks Cloudflare's IP addresses.",
        'The origin does not listen on the port Cloudflare uses, for example port 80 closed while the SSL mode is Flexible, or 443 closed with Full mode.',
      ],
      clientFixes: [
        'Try again in a few minutes; the site owner has to bring the server back.',
        'Report the outage to the site owner with the time and Ray ID if it persists.',
      ],
      serverFixes: [
        'Check that the web server is running and listening on ports 80 and 443 (`ss -ltnp` on Linux).',
        'Allow all Cloudflare IP ranges (listed at https://www.cloudflare.com/ips/) in iptables, security groups, .htaccess rules and security plugins.',
        'Make sure the Cloudflare SSL/TLS mode matches the ports the origin actually serves.',
      ],
      retryNote:
        'Wait and retry later; the request never reached the origin, so nothing was processed.',
      // English usage: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/
      keywords: [
        'cloudflare',
        'cloudflare 521',
        'origin down',
        'origin offline',
        'origin refused connection',
        'cloudflare ip blocked',
        'fail2ban cloudflare',
      ],
    },
    ko: {
      name: '웹 서버가 다운됨',
      summary: '원 서버가 Cloudflare의 연결을 거부했을 때 Cloudflare가 보내는 비표준 코드입니다.',
      detail:
        'HTTP 표준에 없는 Cloudflare 전용 코드입니다. Cloudflare가 원 서버에 TCP 연결을 시도했는데 보통 리셋으로 곧바로 거부당했다는 뜻으로, 웹 서버가 그 포트에서 연결을 받고 있지 않거나 무언가가 Cloudflare를 막고 있는 것입니다. 연결이 열리지 않았으므로 원 서버는 요청을 전혀 받지 못했습니다. 연결 시도에 아무 응답이 없다가 시간이 초과되는 522와 다릅니다.',
      causes: [
        '원 서버에서 nginx, Apache, Node 같은 웹 서버 프로세스가 멈췄거나 비정상 종료되었습니다.',
        '방화벽, 보안 플러그인, 호스팅 업체가 Cloudflare IP 주소를 차단합니다.',
        'Cloudflare가 쓰는 포트에서 원 서버가 연결을 받지 않습니다. 예를 들어 SSL 모드가 Flexible인데 80번 포트가 닫혀 있거나, Full인데 443번 포트가 닫혀 있습니다.',
      ],
      clientFixes: [
        '몇 분 뒤 재시도합니다. 서버를 되살리는 일은 사이트 운영자의 몫입니다.',
        '계속되면 발생 시각과 Ray ID를 사이트 운영자에게 알려 장애를 보고합니다.',
      ],
      serverFixes: [
        '웹 서버가 실행 중이고 80·443번 포트에서 연결을 받는지 확인합니다(Linux에서는 `ss -ltnp`).',
        'iptables, 보안 그룹, .htaccess 규칙, 보안 플러그인에서 Cloudflare IP 대역(https://www.cloudflare.com/ips/)을 모두 허용합니다.',
        'Cloudflare SSL/TLS 모드가 원 서버가 실제로 여는 포트와 맞는지 확인합니다.',
      ],
      retryNote: '요청이 원 서버에 닿지 않아 처리된 것이 없으므로, 기다렸다가 나중에 재시도합니다.',
      // Korean usage: https://info.haominhouse.com/entry/%EC%82%AC%EC%9D%B4%ED%8A%B8-%EC%A0%91%EC%86%8D-%EC%9E%A5%EC%95%A0-%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C%ED%94%8C%EB%A0%88%EC%96%B4-%EC%98%A4%EB%A5%98%EB%B3%84-%EC%A1%B0%EC%B9%98-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC, https://story.haominhouse.com/entry/Cloudflare-%EC%9E%A5%EC%95%A0-%EC%9B%90%EC%9D%B8%EA%B3%BC-%EB%B3%B5%EA%B5%AC-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC%EC%82%AC%EC%9D%B4%ED%8A%B8-%EB%8B%A4%EC%9A%B4-%EC%8B%9C-%EC%A6%89%EC%8B%9C-%EB%8C%80%EC%9D%91
      keywords: [
        '클라우드플레어',
        'cloudflare',
        '클라우드플레어 521',
        '클라우드플레어 웹 서버 다운',
        '원 서버 다운',
        '원 서버 연결 거부',
        '원 서버 연결 실패',
        '클라우드플레어 IP 차단',
        'fail2ban',
      ],
    },
  },
  {
    code: 522,
    phrase: 'Connection Timed Out',
    status: 'non-standard',
    vendor: 'cloudflare',
    headers: [],
    spec: {
      title: 'Cloudflare documentation',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/',
    },
    cacheable: false,
    retry: 'idempotent-only',
    en: {
      name: 'Connection Timed Out',
      summary:
        "Cloudflare's non-standard code for an origin server that did not answer Cloudflare's connection attempt in time.",
      detail:
        "Cloudflare returns 522, a code outside the HTTP standard, when its TCP connection to the origin times out. Cloudflare's documentation names two cases: the origin did not reply to the SYN within about 19 seconds, or the connection opened but the origin did not acknowledge the request within about 90 seconds. Silent drops like this usually come from a firewall or an overloaded server. Compare 521, where the origin refuses the connection outright, and 524, where the connection works but the HTTP response is too slow.",
      causes: [
        'A firewall, rate limiter or tool such as fail2ban silently drops packets from Cloudflare IP addresses (the most common cause).',
        'The origin server is overloaded or offline and drops incoming connections.',
        'The DNS record in Cloudflare points at an old or wrong origin IP address.',
        'Keep-alive is disabled at the origin, or packets are lost on the route between Cloudflare and the host.',
      ],
      clientFixes: [
        'Wait a little and reload; persistent 522s need the site owner to act.',
        'Give the site owner the time and Ray ID from the error page.',
      ],
      serverFixes: [
        'Allow all Cloudflare IP ranges in the host firewall, cloud security groups and any rate-limiting or intrusion-prevention tools.',
        'Confirm the A/AAAA records in the Cloudflare DNS dashboard match the IP address your host currently assigns.',
        "Check the origin's load (CPU, memory, connection backlog) and keep-alive settings.",
        'Run an MTR or traceroute from the origin to a Cloudflare IP to find packet loss, and share it with your host.',
      ],
      retryNote:
        'Idempotent requests can be retried after a short wait; be careful with POST, since the second timeout case can occur after the request was sent.',
      // English usage: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/, https://soatechnology.net/http-error-522
      keywords: [
        'cloudflare',
        'cloudflare 522',
        'origin connection timeout',
        'origin not responding',
        'cloudflare ip allowlist',
        'origin tcp handshake',
      ],
    },
    ko: {
      name: '연결 시간 초과',
      summary:
        '원 서버가 Cloudflare의 연결 시도에 제시간에 응답하지 않았을 때 Cloudflare가 보내는 비표준 코드입니다.',
      detail:
        'Cloudflare는 원 서버와의 TCP 연결이 시간 초과되면 HTTP 표준에 없는 코드인 522를 보냅니다. Cloudflare 문서는 두 가지 경우를 듭니다. 원 서버가 SYN에 약 19초 안에 응답하지 않은 경우, 그리고 연결은 되었지만 원 서버가 약 90초 안에 요청 수신을 확인(ACK)하지 않은 경우입니다. 이렇게 아무 응답 없이 버려지는 것은 대개 방화벽이나 과부하 상태인 서버 때문입니다. 원 서버가 연결을 곧바로 거부하는 521, 연결은 되지만 HTTP 응답이 너무 늦는 524와 구분합니다.',
      causes: [
        '방화벽, 요청 한도 장치, fail2ban 같은 도구가 Cloudflare IP 주소의 패킷을 조용히 버립니다. 가장 흔한 원인입니다.',
        '원 서버가 과부하 상태이거나 꺼져 있어 들어오는 연결을 버립니다.',
        'Cloudflare의 DNS 레코드가 예전 IP나 잘못된 원 서버 IP를 가리킵니다.',
        '원 서버에서 keep-alive가 꺼져 있거나, Cloudflare와 호스트 사이 경로에서 패킷이 손실됩니다.',
      ],
      clientFixes: [
        '잠시 기다렸다가 새로고침합니다. 522가 계속되면 사이트 운영자가 조치해야 합니다.',
        '오류 페이지의 발생 시각과 Ray ID를 사이트 운영자에게 전달합니다.',
      ],
      serverFixes: [
        '호스트 방화벽, 클라우드 보안 그룹, 요청 한도·침입 방지 도구에서 Cloudflare IP 대역을 모두 허용합니다.',
        'Cloudflare DNS 대시보드의 A/AAAA 레코드가 호스팅 업체가 현재 할당한 IP 주소와 같은지 확인합니다.',
        '원 서버의 부하(CPU, 메모리, 연결 대기열)와 keep-alive 설정을 점검합니다.',
        '원 서버에서 Cloudflare IP로 MTR이나 traceroute를 실행해 패킷 손실을 찾고, 결과를 호스팅 업체와 공유합니다.',
      ],
      retryNote:
        '멱등 요청은 잠시 뒤 재시도할 수 있지만, 두 번째 경우는 요청을 보낸 뒤에도 생길 수 있으므로 POST는 조심해야 합니다.',
      // Korean usage: https://www.ofilgood.com/2026/01/522-5.html?m=1, https://info.haominhouse.com/entry/%EC%82%AC%EC%9D%B4%ED%8A%B8-%EC%A0%91%EC%86%8D-%EC%9E%A5%EC%95%A0-%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C%ED%94%8C%EB%A0%88%EC%96%B4-%EC%98%A4%EB%A5%98%EB%B3%84-%EC%A1%B0%EC%B9%98-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC, https://billionare200.com/entry/%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C-%ED%94%8C%EB%A0%88%EC%96%B4-%EC%A0%91%EC%86%8D-%EC%9E%A5%EC%95%A0-%EB%B3%B5%EA%B5%AC-%EB%B0%8F-%EA%B0%80%EC%9D%B4%EB%93%9C
      keywords: [
        '클라우드플레어',
        'cloudflare',
        '클라우드플레어 522',
        '클라우드플레어 연결 시간 초과',
        '원 서버 연결 타임아웃',
        '원 서버 응답 없음',
        '클라우드플레어 IP 허용',
        '원 서버 과부하',
      ],
    },
  },
  {
    code: 523,
    phrase: 'Origin Is Unreachable',
    status: 'non-standard',
    vendor: 'cloudflare',
    headers: [],
    spec: {
      title: 'Cloudflare documentation',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/',
    },
    cacheable: false,
    retry: 'after-delay',
    en: {
      name: 'Origin Is Unreachable',
      summary:
        "Cloudflare's non-standard code for an origin server that Cloudflare cannot reach over the network at all.",
      detail:
        'Cloudflare sends 523, which is not an HTTP standard code, when it has no working network route to the origin address. That points to a routing problem or a wrong IP address rather than to a web server that is down or slow. A frequent cause is a DNS record in Cloudflare that still lists an old IP address, or an AAAA record for an IPv6 address the origin does not actually serve. The request never reached the origin.',
      causes: [
        'The A or AAAA record in Cloudflare points to an IP address the origin no longer uses.',
        'An AAAA record exists, but the origin has no working IPv6 connectivity.',
        "A routing problem or outage at the hosting provider's network.",
      ],
      clientFixes: [
        "Try again later; the fix is on the site owner's side.",
        'Send the site owner the time and Ray ID of the error.',
      ],
      serverFixes: [
        "Compare the DNS records in Cloudflare with the origin's current public IPv4 and IPv6 addresses.",
        "Remove AAAA records for addresses the origin does not serve, or fix the origin's IPv6 setup.",
        'Ask your host to check routing, and run a traceroute from the origin to a Cloudflare IP address.',
      ],
      retryNote:
        'Wait and retry later; the request did not reach the origin, so repeating it has no side effects.',
      // English usage: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/
      keywords: [
        'cloudflare',
        'cloudflare 523',
        'origin unreachable',
        'wrong origin ip',
        'origin routing',
        'dns record wrong ip',
      ],
    },
    ko: {
      name: '원 서버에 도달할 수 없음',
      summary:
        'Cloudflare가 네트워크상으로 원 서버에 전혀 닿을 수 없을 때 보내는 비표준 코드입니다.',
      detail:
        'Cloudflare는 원 서버 주소로 가는 네트워크 경로가 없을 때, HTTP 표준 코드가 아닌 523을 보냅니다. 웹 서버가 꺼졌거나 느리다는 뜻이 아니라, 라우팅 문제나 잘못된 IP 주소를 의심하라는 신호입니다. Cloudflare의 DNS 레코드에 예전 IP 주소가 남아 있거나, 원 서버가 실제로 받지 않는 IPv6 주소의 AAAA 레코드가 있는 경우가 흔합니다. 요청은 원 서버까지 가지 못했습니다.',
      causes: [
        'Cloudflare의 A나 AAAA 레코드가 원 서버가 더 이상 쓰지 않는 IP 주소를 가리킵니다.',
        'AAAA 레코드는 있지만 원 서버의 IPv6 연결이 동작하지 않습니다.',
        '호스팅 업체 네트워크에 라우팅 문제나 장애가 있습니다.',
      ],
      clientFixes: [
        '해결은 사이트 운영자 쪽에서 해야 하므로 나중에 재시도합니다.',
        '오류 발생 시각과 Ray ID를 사이트 운영자에게 보냅니다.',
      ],
      serverFixes: [
        'Cloudflare의 DNS 레코드를 원 서버의 현재 공인 IPv4·IPv6 주소와 비교합니다.',
        '원 서버가 받지 않는 주소의 AAAA 레코드를 지우거나, 원 서버의 IPv6 설정을 고칩니다.',
        '호스팅 업체에 라우팅 점검을 요청하고, 원 서버에서 Cloudflare IP 주소로 traceroute를 실행해 봅니다.',
      ],
      retryNote:
        '요청이 원 서버에 닿지 않아 다시 보내도 부작용이 없으므로, 기다렸다가 나중에 재시도합니다.',
      // Korean usage: https://info.haominhouse.com/entry/%EC%82%AC%EC%9D%B4%ED%8A%B8-%EC%A0%91%EC%86%8D-%EC%9E%A5%EC%95%A0-%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C%ED%94%8C%EB%A0%88%EC%96%B4-%EC%98%A4%EB%A5%98%EB%B3%84-%EC%A1%B0%EC%B9%98-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC, https://story.haominhouse.com/entry/Cloudflare-%EC%9E%A5%EC%95%A0-%EC%9B%90%EC%9D%B8%EA%B3%BC-%EB%B3%B5%EA%B5%AC-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC%EC%82%AC%EC%9D%B4%ED%8A%B8-%EB%8B%A4%EC%9A%B4-%EC%8B%9C-%EC%A6%89%EC%8B%9C-%EB%8C%80%EC%9D%91
      keywords: [
        '클라우드플레어',
        'cloudflare',
        '클라우드플레어 523',
        '원 서버 도달 불가',
        '원 서버 IP 오류',
        'A 레코드 IP',
        '원 서버 라우팅',
      ],
    },
  },
  {
    code: 524,
    phrase: 'A Timeout Occurred',
    status: 'non-standard',
    vendor: 'cloudflare',
    headers: [],
    spec: {
      title: 'Cloudflare documentation',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/',
    },
    cacheable: false,
    retry: 'idempotent-only',
    en: {
      name: 'A Timeout Occurred',
      summary:
        "Cloudflare's non-standard code for an origin that accepted the request but did not send an HTTP response in time.",
      detail:
        "Cloudflare, not the HTTP standard, defines 524. The TCP connection to the origin worked and the request was sent, but no HTTP response arrived before Cloudflare's proxy read timeout, which is 120 seconds by default (older documentation said 100 seconds). The origin may still be working on the request and may finish it after Cloudflare has given up. Raising timeouts on your own server (nginx proxy_read_timeout, PHP max_execution_time) does not help, because Cloudflare's limit in front of it still applies.",
      causes: [
        "A long-running request such as a report, export, import or heavy database query takes longer than Cloudflare's limit.",
        'The origin is overloaded and queues requests until they time out.',
        'An upstream dependency of the application (database, external API) hangs.',
      ],
      clientFixes: [
        'Do not resubmit forms or payments blindly; the origin may have completed the first request.',
        'Retry idempotent requests later, or ask for a smaller result (pagination, narrower date ranges).',
      ],
      serverFixes: [
        'Move long work to a background job and let the client poll for the result, so each HTTP request finishes well within the limit.',
        'Serve endpoints that truly need long requests from a DNS-only (unproxied) subdomain.',
        "On the Enterprise plan, raise the zone's proxy_read_timeout (or use a Cache Rule with Proxy Read Timeout), up to 6000 seconds.",
        'Log response times at the origin to find the slow endpoints and queries.',
      ],
      retryNote:
        'Only retry idempotent requests automatically; the origin may still complete the original request.',
      // English usage: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/, https://community.cloudflare.com/t/topic/333602/3
      keywords: [
        'cloudflare',
        'cloudflare 524',
        'cloudflare timeout',
        'cloudflare 100 seconds',
        'cloudflare proxy read timeout',
        'origin slow response',
        'long running request',
        'took too long to send any response',
        'origin too slow to respond',
      ],
    },
    ko: {
      name: '시간 초과 발생',
      summary:
        '원 서버가 요청을 받았지만 제시간에 HTTP 응답을 보내지 않았을 때 Cloudflare가 보내는 비표준 코드입니다.',
      detail:
        '524는 HTTP 표준이 아니라 Cloudflare가 정의한 코드입니다. 원 서버와의 TCP 연결도 되었고 요청도 보냈지만, Cloudflare의 프록시 읽기 제한 시간(기본 120초, 예전 문서에서는 100초) 안에 HTTP 응답이 오지 않았다는 뜻입니다. 원 서버는 여전히 요청을 처리하는 중일 수 있고, Cloudflare가 포기한 뒤에 작업을 마칠 수도 있습니다. 앞단에 있는 Cloudflare의 제한 시간이 그대로 적용되므로, 내 서버의 제한 시간(nginx proxy_read_timeout, PHP max_execution_time)을 늘려도 소용없습니다.',
      causes: [
        '보고서, 내보내기, 가져오기, 무거운 데이터베이스 쿼리처럼 오래 걸리는 요청이 Cloudflare의 제한 시간을 넘깁니다.',
        '원 서버가 과부하 상태라 요청이 대기열에서 기다리다 시간 초과됩니다.',
        '애플리케이션이 의존하는 데이터베이스나 외부 API가 응답하지 않고 멈춰 있습니다.',
      ],
      clientFixes: [
        '원 서버가 첫 요청을 이미 처리했을 수 있으니 폼이나 결제를 무작정 다시 제출하지 않습니다.',
        '멱등 요청은 나중에 재시도하거나, 페이지를 나누거나 날짜 범위를 좁혀 결과를 작게 요청합니다.',
      ],
      serverFixes: [
        '오래 걸리는 작업은 백그라운드 작업으로 옮기고 클라이언트가 결과를 폴링하게 해서, HTTP 요청 하나하나가 제한 시간 안에 넉넉히 끝나도록 합니다.',
        '정말 긴 요청이 필요한 엔드포인트는 프록시하지 않는 DNS 전용 하위 도메인에서 제공합니다.',
        'Enterprise 요금제라면 영역의 proxy_read_timeout을 올리거나 Proxy Read Timeout을 지정한 Cache Rule을 써서 최대 6000초까지 늘릴 수 있습니다.',
        '원 서버에서 응답 시간을 기록해 느린 엔드포인트와 쿼리를 찾습니다.',
      ],
      retryNote:
        '원 서버가 원래 요청을 여전히 완료할 수 있으므로 자동 재시도는 멱등 요청에만 합니다.',
      // Korean usage: https://info.haominhouse.com/entry/%EC%82%AC%EC%9D%B4%ED%8A%B8-%EC%A0%91%EC%86%8D-%EC%9E%A5%EC%95%A0-%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C%ED%94%8C%EB%A0%88%EC%96%B4-%EC%98%A4%EB%A5%98%EB%B3%84-%EC%A1%B0%EC%B9%98-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC, https://elmajor710.com/m/193
      keywords: [
        '클라우드플레어',
        'cloudflare',
        '클라우드플레어 524',
        '클라우드플레어 타임아웃',
        '원 서버 응답 지연',
        '100초',
        '120초',
        '클라우드플레어 proxy_read_timeout',
      ],
    },
  },
  {
    code: 525,
    phrase: 'SSL Handshake Failed',
    status: 'non-standard',
    vendor: 'cloudflare',
    headers: [],
    spec: {
      title: 'Cloudflare documentation',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'SSL Handshake Failed',
      summary:
        "Cloudflare's non-standard code for a failed TLS handshake between Cloudflare and the origin server.",
      detail:
        "This Cloudflare-specific code, which is not part of the HTTP standard, appears when the SSL/TLS mode is Full or Full (strict) and Cloudflare cannot complete a TLS handshake with the origin. The visitor's connection to Cloudflare is fine; the failure is on the second leg, from Cloudflare to your server. Typical reasons are no certificate on port 443, no SNI support, or no TLS version and cipher suite in common. If the handshake succeeds but the certificate is not trusted, Cloudflare reports 526 instead.",
      causes: [
        'No valid certificate is installed for the hostname on the origin, or port 443 serves plain HTTP.',
        'The origin does not support SNI and so presents no certificate or the wrong one.',
        'The origin offers only TLS versions or cipher suites that Cloudflare does not accept.',
      ],
      clientFixes: [
        'There is nothing to fix in your browser; let the site owner know, with the Ray ID.',
        'Try again later after the owner has fixed the origin certificate.',
      ],
      serverFixes: [
        'Install a certificate on the origin, for example a free Cloudflare Origin CA certificate, and serve it on port 443.',
        'Test the handshake the way Cloudflare does: `openssl s_client -connect ORIGIN_IP:443 -servername example.com`.',
        'Enable TLS 1.2 or 1.3 with modern cipher suites and make sure SNI-based virtual hosts are configured.',
      ],
      retryNote: 'The handshake fails the same way until the origin TLS setup is fixed.',
      // English usage: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/
      keywords: [
        'cloudflare',
        'cloudflare 525',
        'origin ssl handshake',
        'cloudflare full ssl',
        'origin tls error',
        'origin sni',
      ],
    },
    ko: {
      name: 'SSL 핸드셰이크 실패',
      summary:
        'Cloudflare와 원 서버 사이의 TLS 핸드셰이크가 실패했을 때 Cloudflare가 보내는 비표준 코드입니다.',
      detail:
        'HTTP 표준에 없는 Cloudflare 전용 코드로, SSL/TLS 모드가 Full 또는 Full (strict)인데 Cloudflare가 원 서버와 TLS 핸드셰이크를 마치지 못할 때 나타납니다. 방문자와 Cloudflare 사이의 연결은 정상이고, 실패한 것은 Cloudflare에서 내 서버로 가는 두 번째 구간입니다. 443번 포트에 인증서가 없거나, SNI를 지원하지 않거나, 양쪽이 함께 쓸 수 있는 TLS 버전과 암호 스위트가 없는 경우가 대표적입니다. 핸드셰이크는 성공했지만 인증서를 신뢰할 수 없다면 Cloudflare는 526을 보냅니다.',
      causes: [
        '원 서버에 해당 호스트 이름의 유효한 인증서가 없거나, 443번 포트에서 일반 HTTP를 제공합니다.',
        '원 서버가 SNI를 지원하지 않아 인증서를 내놓지 않거나 엉뚱한 인증서를 내놓습니다.',
        '원 서버가 Cloudflare가 받아들이지 않는 TLS 버전이나 암호 스위트만 제공합니다.',
      ],
      clientFixes: [
        '브라우저에서 고칠 것은 없으니 Ray ID와 함께 사이트 운영자에게 알립니다.',
        '운영자가 원 서버 인증서를 고친 뒤에 재시도합니다.',
      ],
      serverFixes: [
        '무료 Cloudflare Origin CA 인증서 등을 원 서버에 설치하고 443번 포트에서 제공합니다.',
        'Cloudflare와 같은 방식으로 핸드셰이크를 시험해 봅니다(`openssl s_client -connect ORIGIN_IP:443 -servername example.com`).',
        'TLS 1.2나 1.3을 최신 암호 스위트와 함께 켜고, SNI 기반 가상 호스트가 설정되어 있는지 확인합니다.',
      ],
      retryNote: '원 서버의 TLS 설정을 고치기 전까지 핸드셰이크는 같은 이유로 실패합니다.',
      // Korean usage: https://story.haominhouse.com/entry/Cloudflare-%EC%9E%A5%EC%95%A0-%EC%9B%90%EC%9D%B8%EA%B3%BC-%EB%B3%B5%EA%B5%AC-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC%EC%82%AC%EC%9D%B4%ED%8A%B8-%EB%8B%A4%EC%9A%B4-%EC%8B%9C-%EC%A6%89%EC%8B%9C-%EB%8C%80%EC%9D%91, https://info.haominhouse.com/entry/%EC%82%AC%EC%9D%B4%ED%8A%B8-%EC%A0%91%EC%86%8D-%EC%9E%A5%EC%95%A0-%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C%ED%94%8C%EB%A0%88%EC%96%B4-%EC%98%A4%EB%A5%98%EB%B3%84-%EC%A1%B0%EC%B9%98-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC
      keywords: [
        '클라우드플레어',
        'cloudflare',
        '클라우드플레어 525',
        '클라우드플레어 SSL 오류',
        '클라우드플레어 SSL 핸드셰이크 실패',
        '원 서버 SSL 핸드셰이크',
        '원 서버 TLS 오류',
        'Full 모드',
      ],
    },
  },
  {
    code: 526,
    phrase: 'Invalid SSL Certificate',
    status: 'non-standard',
    vendor: 'cloudflare',
    headers: [],
    spec: {
      title: 'Cloudflare documentation',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Invalid SSL Certificate',
      summary:
        "Cloudflare's non-standard code for an origin certificate that fails validation in Full (strict) mode.",
      detail:
        'Cloudflare sends 526, a code that is not in the HTTP standard, when the SSL/TLS mode is Full (strict) and the certificate presented by the origin cannot be validated. The handshake itself worked, unlike with 525, but Cloudflare refuses to trust the certificate: it is expired, self-signed, issued for another hostname, or missing its intermediate chain. Cloudflare Gateway and Workers subrequests can show the same code for the same reason. Switching to plain Full mode hides the error but also turns off certificate checking, so fixing the certificate is the better answer.',
      causes: [
        'The origin certificate has expired, for example after an automatic renewal silently failed.',
        'The certificate is self-signed or issued by a CA Cloudflare does not trust.',
        "The hostname is not in the certificate's Common Name or Subject Alternative Names.",
        'The origin sends the leaf certificate without its intermediate certificates.',
      ],
      clientFixes: [
        'Nothing on your side can fix it; report it to the site owner with the Ray ID.',
        'Check back later once the certificate has been replaced.',
      ],
      serverFixes: [
        'Install a Cloudflare Origin CA certificate or a publicly trusted one that covers every proxied hostname.',
        'Renew expired certificates and check that the renewal job (certbot, acme.sh) really reloads the web server.',
        "Serve the full chain (leaf plus intermediates), for example fullchain.pem in nginx's ssl_certificate.",
        "For a self-signed certificate you must keep, upload it to Cloudflare's Custom Origin Trust Store.",
      ],
      retryNote: 'Requests keep failing until the origin certificate is valid.',
      // English usage: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/, https://brain-donnyaw-cf-pages-ols.pages.dev/10-troubleshooting-and-maintenance/ssl-errors/cloudflare-526-error
      keywords: [
        'cloudflare',
        'cloudflare 526',
        'invalid origin certificate',
        'full strict',
        'origin ca',
        'expired origin certificate',
        'self-signed origin certificate',
      ],
    },
    ko: {
      name: '유효하지 않은 SSL 인증서',
      summary:
        'Full (strict) 모드에서 원 서버 인증서 검증에 실패했을 때 Cloudflare가 보내는 비표준 코드입니다.',
      detail:
        'Cloudflare는 SSL/TLS 모드가 Full (strict)이고 원 서버가 내놓은 인증서를 검증할 수 없을 때, HTTP 표준에 없는 코드인 526을 보냅니다. 525와 달리 핸드셰이크 자체는 성공했지만, 인증서가 만료되었거나 자체 서명되었거나 다른 호스트 이름용이거나 중간 인증서 체인이 빠져 있어 Cloudflare가 신뢰하지 않는 것입니다. Cloudflare Gateway와 Workers 하위 요청에서도 같은 이유로 이 코드가 나올 수 있습니다. 그냥 Full 모드로 바꾸면 오류는 사라지지만 인증서 검사도 꺼지므로, 인증서를 고치는 편이 낫습니다.',
      causes: [
        '자동 갱신이 소리 없이 실패하는 바람에 원 서버 인증서가 만료되었습니다.',
        '자체 서명 인증서이거나 Cloudflare가 신뢰하지 않는 CA가 발급했습니다.',
        '호스트 이름이 인증서의 Common Name이나 Subject Alternative Name에 없습니다.',
        '원 서버가 중간 인증서 없이 최종 인증서만 보냅니다.',
      ],
      clientFixes: [
        '내 쪽에서 고칠 방법은 없으니 Ray ID와 함께 사이트 운영자에게 알립니다.',
        '인증서가 교체된 뒤에 다시 접속해 봅니다.',
      ],
      serverFixes: [
        '프록시하는 모든 호스트 이름을 포함하는 Cloudflare Origin CA 인증서나 공인 인증서를 설치합니다.',
        '만료된 인증서를 갱신하고, certbot이나 acme.sh 같은 갱신 작업이 웹 서버 설정을 실제로 다시 불러오는지 확인합니다.',
        'nginx ssl_certificate에 fullchain.pem을 지정하는 식으로 최종 인증서와 중간 인증서를 포함한 전체 체인을 제공합니다.',
        '자체 서명 인증서를 계속 써야 한다면 Cloudflare의 Custom Origin Trust Store에 올립니다.',
      ],
      retryNote: '원 서버 인증서가 유효해질 때까지 요청은 계속 실패합니다.',
      // Korean usage: https://allgoodall.co.kr/%ec%a0%95%eb%b3%b4/%ec%9b%b9%ec%82%ac%ec%9d%b4%ed%8a%b8-%ec%a0%91%ec%86%8d-%ec%b0%a8%eb%8b%a8-%ed%95%b4%ea%b2%b0%ec%82%ac-%ec%97%90%eb%9f%ac%ec%bd%94%eb%93%9c-526-%ea%b0%84%eb%8b%a8%ed%95%98%ea%b2%8c-%ed%95%b4%ea%b2%b0, https://blog.jiwon.io/posts/cloudflare-invalid-ssl
      keywords: [
        '클라우드플레어',
        'cloudflare',
        '클라우드플레어 526',
        '원 서버 인증서 오류',
        '원 서버 인증서 만료',
        'full strict',
        '원본 CA 인증서',
        '자체 서명 인증서',
      ],
    },
  },
  {
    code: 527,
    phrase: 'Railgun Error',
    formerPhrases: ['Railgun Listener to Origin Error'],
    status: 'non-standard',
    vendor: 'cloudflare',
    headers: [],
    spec: { title: 'Cloudflare blog', url: 'https://blog.cloudflare.com/deprecating-railgun/' },
    cacheable: false,
    retry: 'after-delay',
    en: {
      name: 'Railgun Error',
      summary:
        "Cloudflare's non-standard code for a failure between its discontinued Railgun service and the origin server.",
      detail:
        'Railgun was a Cloudflare product that compressed traffic between Cloudflare and a Railgun Listener installed next to the origin. 527, which is not an HTTP standard code, meant that the connection between Cloudflare and the Listener, or between the Listener and the origin web server, had failed or timed out. Cloudflare has since discontinued Railgun (the deprecation was announced in 2023), so you should only meet this code in old logs and documentation. If it still appears, some leftover Railgun setup is involved and should be removed.',
      causes: [
        'The Railgun Listener could not connect to the origin web server, or timed out waiting for it.',
        "A firewall blocked Cloudflare from the Listener's port (TCP 2408 by default).",
        'A leftover Railgun configuration still routes traffic after the service was shut down.',
      ],
      clientFixes: [
        'Retry after a while, and report the error with its Ray ID to the site owner if it continues.',
        'Treat it like a gateway error from the site: there is nothing to change in the request itself.',
      ],
      serverFixes: [
        'Remove any remaining Railgun configuration from the zone and uninstall the rg-listener service on the origin.',
        'Use a current Cloudflare feature instead, such as Argo Smart Routing or Cloudflare Tunnel, for faster or private origin connections.',
      ],
      retryNote:
        'A later retry may work if the failure was temporary, but the lasting fix is removing the retired Railgun setup.',
      // English usage: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-527/
      keywords: [
        'cloudflare',
        'cloudflare 527',
        'railgun',
        'rg-listener',
        'railgun discontinued',
        'origin railgun connection',
      ],
    },
    ko: {
      name: 'Railgun 오류',
      summary:
        '지금은 중단된 Cloudflare Railgun 서비스와 원 서버 사이에 문제가 생겼을 때 쓰던 Cloudflare의 비표준 코드입니다.',
      detail:
        'Railgun은 Cloudflare와 원 서버 옆에 설치한 Railgun Listener 사이의 트래픽을 압축해 주던 Cloudflare 제품입니다. HTTP 표준 코드가 아닌 527은 Cloudflare와 Listener 사이, 또는 Listener와 원 웹 서버 사이의 연결이 실패했거나 시간 초과되었다는 뜻이었습니다. Cloudflare는 그 뒤 Railgun을 중단했으므로(2023년에 중단 계획을 발표했습니다), 이 코드는 오래된 로그와 문서에서나 볼 수 있습니다. 아직도 나타난다면 남아 있는 Railgun 설정이 관련된 것이니 정리해야 합니다.',
      causes: [
        'Railgun Listener가 원 웹 서버에 연결하지 못했거나 응답을 기다리다 시간 초과되었습니다.',
        '방화벽이 Listener 포트(기본 TCP 2408)로 들어오는 Cloudflare 연결을 막았습니다.',
        '서비스가 종료된 뒤에도 남아 있는 Railgun 설정이 트래픽을 보내고 있습니다.',
      ],
      clientFixes: [
        '잠시 뒤 재시도하고, 계속되면 Ray ID와 함께 사이트 운영자에게 알립니다.',
        '사이트 쪽 게이트웨이 오류로 보면 되며, 요청 자체에서 바꿀 것은 없습니다.',
      ],
      serverFixes: [
        '영역에 남은 Railgun 설정을 지우고 원 서버에서 rg-listener 서비스를 제거합니다.',
        '빠르거나 비공개인 원 서버 연결이 필요하다면 Argo Smart Routing이나 Cloudflare Tunnel 같은 현행 기능을 씁니다.',
      ],
      retryNote:
        '일시적인 장애라면 나중에 재시도해 통할 수도 있지만, 근본 해결책은 종료된 Railgun 설정을 없애는 것입니다.',
      // Korean usage: https://info.haominhouse.com/entry/%EC%82%AC%EC%9D%B4%ED%8A%B8-%EC%A0%91%EC%86%8D-%EC%9E%A5%EC%95%A0-%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C%ED%94%8C%EB%A0%88%EC%96%B4-%EC%98%A4%EB%A5%98%EB%B3%84-%EC%A1%B0%EC%B9%98-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC (Railgun itself has no Korean coverage)
      keywords: [
        '클라우드플레어',
        'cloudflare',
        '클라우드플레어 527',
        'railgun',
        '레일건',
        'rg-listener',
        'Railgun 서비스 종료',
      ],
    },
  },
  {
    code: 530,
    phrase: 'Origin DNS Error',
    status: 'non-standard',
    vendor: 'cloudflare',
    headers: [],
    spec: {
      title: 'Cloudflare documentation',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Origin DNS Error',
      summary:
        "Cloudflare's non-standard code, shown together with a 1xxx error, for an origin hostname Cloudflare cannot resolve or reach.",
      detail:
        'Cloudflare returns 530, which is not part of the HTTP standard, when it cannot work out where to send the request, and the error page names a more specific Cloudflare 1xxx error. The most common pairing is error 1016 (Origin DNS error): the CNAME or origin hostname configured in Cloudflare does not resolve in public DNS. Another frequent one is 1033, a Cloudflare Tunnel whose cloudflared connector is not running. Always look up the 1xxx number on the page; it tells you what to fix.',
      causes: [
        'A CNAME record points at a hostname that no longer exists or does not resolve publicly (error 1016).',
        'The origin hostname only resolves on a private network or in split-horizon DNS that Cloudflare cannot see.',
        'A Cloudflare Tunnel has no healthy cloudflared connector (error 1033).',
      ],
      clientFixes: [
        'Note the 1xxx error number and Ray ID on the page and pass them to the site owner.',
        "Retry later; the fix is a DNS or tunnel change on the site owner's side.",
      ],
      serverFixes: [
        'Resolve the CNAME target or origin hostname from outside your network (`dig +short origin.example.com @1.1.1.1`) and fix or replace it.',
        'Check the DNS records in the Cloudflare dashboard for typos and for targets at old hosting providers or deleted load balancers.',
        'For tunnels, make sure cloudflared is running and connected (`cloudflared tunnel info NAME`) and that the route points to the right tunnel.',
      ],
      retryNote: 'Requests fail the same way until the DNS record or tunnel is fixed.',
      // English usage: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/, https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1016/
      keywords: [
        'cloudflare',
        'cloudflare 530',
        'error 1016',
        'error 1033',
        'cloudflare tunnel',
        'cloudflared',
        'origin cname not resolving',
      ],
    },
    ko: {
      name: '원 서버 DNS 오류',
      summary:
        'Cloudflare가 원 서버 호스트 이름을 확인하거나 찾아갈 수 없을 때 1xxx 오류와 함께 보내는 비표준 코드입니다.',
      detail:
        'Cloudflare는 요청을 어디로 보내야 할지 알아낼 수 없을 때 HTTP 표준에 없는 530을 보내고, 오류 페이지에 더 구체적인 Cloudflare 1xxx 오류 번호를 표시합니다. 가장 흔한 조합은 1016(Origin DNS error)으로, Cloudflare에 설정한 CNAME이나 원 서버 호스트 이름이 공개 DNS에서 확인되지 않는 경우입니다. cloudflared 커넥터가 실행되지 않는 Cloudflare Tunnel을 뜻하는 1033도 자주 나옵니다. 무엇을 고쳐야 하는지는 페이지의 1xxx 번호가 알려 주므로 꼭 찾아봅니다.',
      causes: [
        'CNAME 레코드가 더 이상 없거나 공개 DNS에서 확인되지 않는 호스트 이름을 가리킵니다(1016 오류).',
        '원 서버 호스트 이름이 사설 네트워크나 Cloudflare가 볼 수 없는 내부용 DNS(split-horizon)에서만 확인됩니다.',
        'Cloudflare Tunnel에 정상 동작하는 cloudflared 커넥터가 없습니다(1033 오류).',
      ],
      clientFixes: [
        '페이지의 1xxx 오류 번호와 Ray ID를 적어 사이트 운영자에게 전달합니다.',
        '사이트 운영자가 DNS나 터널을 고쳐야 해결되므로 나중에 재시도합니다.',
      ],
      serverFixes: [
        '네트워크 바깥에서 CNAME 대상이나 원 서버 호스트 이름을 조회해 보고(`dig +short origin.example.com @1.1.1.1`) 고치거나 바꿉니다.',
        'Cloudflare 대시보드의 DNS 레코드에 오타가 없는지, 예전 호스팅 업체나 삭제된 로드 밸런서를 가리키지 않는지 확인합니다.',
        '터널이라면 cloudflared가 실행되어 연결되어 있는지(`cloudflared tunnel info NAME`), 라우트가 올바른 터널을 가리키는지 확인합니다.',
      ],
      retryNote: 'DNS 레코드나 터널을 고치기 전까지 요청은 같은 이유로 실패합니다.',
      // Korean usage: https://story.haominhouse.com/entry/Cloudflare-%EC%9E%A5%EC%95%A0-%EC%9B%90%EC%9D%B8%EA%B3%BC-%EB%B3%B5%EA%B5%AC-%EB%B0%A9%EB%B2%95-%EC%B4%9D%EC%A0%95%EB%A6%AC%EC%82%AC%EC%9D%B4%ED%8A%B8-%EB%8B%A4%EC%9A%B4-%EC%8B%9C-%EC%A6%89%EC%8B%9C-%EB%8C%80%EC%9D%91, https://elmajor710.com/m/193
      keywords: [
        '클라우드플레어',
        'cloudflare',
        '클라우드플레어 530',
        '1016 오류',
        '1033 오류',
        '클라우드플레어 터널',
        'cloudflared',
        '원 서버 DNS 조회 실패',
      ],
    },
  },
];
