import type { StatusMeaning } from '../../types';

/** Microsoft's codes from IIS, Exchange and its Open Specifications ([MS-WDV], [MS-ASHTTP]). */
export const IIS_CODES: readonly StatusMeaning[] = [
  {
    code: 440,
    phrase: 'Login Time-out',
    status: 'non-standard',
    vendor: 'iis',
    headers: ['Set-Cookie'],
    spec: {
      title: 'Wikipedia: List of HTTP status codes',
      url: 'https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Internet_Information_Services',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Login Time-out',
      summary:
        "A Microsoft IIS and Exchange code, not in the HTTP standard, meaning the client's login session has expired.",
      detail:
        "440 is not an HTTP standard code; it comes from Microsoft's IIS-based products, most visibly Exchange's Outlook Web App (OWA) with forms-based authentication. When the session cookie issued at sign-in has timed out or is no longer accepted, the server answers 440 and the user has to sign in again. Unlike 401, it does not carry a WWW-Authenticate challenge; the client is simply expected to go back to the login form. Scripts that call Exchange Web Services or WebDAV through a forms-based login endpoint also run into it.",
      causes: [
        'The OWA or web application session was idle longer than its forms-authentication timeout.',
        'A load balancer sent the request to a server that does not recognise the session cookie.',
        'A script reused an old session cookie, or called a forms-based login URL without signing in first.',
      ],
      clientFixes: [
        "Sign in again; if that loops, clear the site's cookies and retry.",
        'For scripts, use an authentication method the endpoint supports directly (OAuth, Basic over TLS, or Windows authentication) instead of forms-based login.',
      ],
      serverFixes: [
        'Review the forms-based authentication timeouts in IIS or Exchange and set them to fit how long users stay idle.',
        'Keep session affinity on the load balancer, or make every server able to validate the same session cookies.',
        'Check the clocks of the servers involved, since skew can make fresh cookies look expired.',
      ],
      retryNote: 'Sign in again to get a new session before repeating the request.',
      // English usage: https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx, https://mskb.pkisolutions.com/kb/941201
      keywords: [
        'iis',
        'exchange',
        'owa',
        'outlook web app',
        '440 login timeout',
        'owa session expired',
        'forms-based authentication',
      ],
    },
    ko: {
      name: '로그인 시간 초과',
      summary:
        '클라이언트의 로그인 세션이 만료되었다는 뜻으로 Microsoft IIS와 Exchange가 쓰는 비표준 코드입니다.',
      detail:
        '440은 HTTP 표준 코드가 아니며, IIS 기반 Microsoft 제품, 특히 폼 기반 인증을 쓰는 Exchange의 Outlook Web App(OWA)에서 볼 수 있습니다. 로그인 때 받은 세션 쿠키가 만료되었거나 더 이상 인정되지 않으면 서버가 440으로 응답하고, 사용자는 다시 로그인해야 합니다. 401과 달리 WWW-Authenticate 챌린지를 보내지 않으며, 클라이언트는 그냥 로그인 폼으로 돌아가면 됩니다. 폼 기반 로그인 엔드포인트를 거쳐 Exchange Web Services나 WebDAV를 호출하는 스크립트에서도 자주 만납니다.',
      causes: [
        'OWA나 웹 애플리케이션 세션이 폼 인증 제한 시간보다 오래 사용되지 않았습니다.',
        '로드 밸런서가 요청을 세션 쿠키를 모르는 다른 서버로 보냈습니다.',
        '스크립트가 오래된 세션 쿠키를 다시 썼거나, 로그인하지 않은 채 폼 기반 로그인 URL을 호출했습니다.',
      ],
      clientFixes: [
        '다시 로그인합니다. 로그인 화면이 되풀이된다면 사이트 쿠키를 지우고 재시도합니다.',
        '스크립트라면 폼 기반 로그인 대신 엔드포인트가 직접 지원하는 인증 방식(OAuth, TLS 위의 Basic, Windows 인증)을 씁니다.',
      ],
      serverFixes: [
        'IIS나 Exchange의 폼 기반 인증 제한 시간을 검토해 사용자가 자리를 비우는 시간에 맞게 설정합니다.',
        '로드 밸런서에서 고정 세션(session affinity)을 유지하거나, 모든 서버가 같은 세션 쿠키를 검증할 수 있게 합니다.',
        '관련 서버들의 시계를 확인합니다. 시계가 어긋나면 새 쿠키도 만료된 것처럼 보일 수 있습니다.',
      ],
      retryNote: '요청을 다시 보내기 전에 먼저 다시 로그인해 새 세션을 받아야 합니다.',
      // Korean usage: https://archmond.net/archives/8356, https://blog.happygom.com/?p=4024
      keywords: [
        'iis',
        '익스체인지',
        'owa',
        '아웃룩 웹',
        'OWA 세션 만료',
        'OWA 자동 로그아웃',
        '폼 기반 인증',
      ],
    },
  },
  {
    code: 449,
    phrase: 'Retry With',
    status: 'non-standard',
    vendor: 'iis',
    headers: ['Ms-Echo-Request', 'Ms-Echo-Reply'],
    spec: {
      title: 'Microsoft Learn: [MS-WDV]',
      section: '2.2.6',
      url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Retry With',
      summary:
        'A Microsoft extension code, outside the HTTP standard, asking the client to repeat the request with extra information.',
      detail:
        "449 comes from Microsoft's WebDAV extensions ([MS-WDV]) and is used by IIS and Windows components; it is not part of the HTTP standard. The server sends it with an Ms-Echo-Request header when it needs more from the client before it can act; a client that supports the extension processes the body silently and repeats the request with an Ms-Echo-Reply header. Clients that do not know 449 should treat it as a generic 4xx error. Windows HTTP APIs expose it as HTTP_STATUS_RETRY_WITH.",
      causes: [
        'A Microsoft WebDAV server needs the client to confirm or supply information before completing the request.',
        'The client repeated a request without the Ms-Echo-Reply header that the previous 449 asked for.',
        'A non-Windows WebDAV client talks to a server that uses this Microsoft-only extension.',
      ],
      clientFixes: [
        'Repeat the request, copying the value from the Ms-Echo-Request response header into an Ms-Echo-Reply request header.',
        'Use a WebDAV client that implements the [MS-WDV] extensions, such as the built-in Windows WebDAV client (the WebClient service), when talking to IIS or SharePoint.',
      ],
      serverFixes: [
        'Send 449 only to clients known to support the extension, and always include the Ms-Echo-Request header.',
        'Never answer a request that already carries Ms-Echo-Reply with another 449, or clients will loop.',
      ],
      retryNote:
        'Repeat the request only after adding the Ms-Echo-Reply header the server asked for.',
      // English usage: https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100, https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Internet_Information_Services
      keywords: [
        'microsoft',
        'iis 449',
        'webdav',
        'Ms-Echo-Request',
        'HTTP_STATUS_RETRY_WITH',
        'winhttp',
        'sharepoint',
      ],
    },
    ko: {
      name: '추가 정보로 재시도',
      summary: '추가 정보를 담아 요청을 다시 보내라는 Microsoft의 비표준 확장 코드입니다.',
      detail:
        '449는 Microsoft의 WebDAV 확장 명세([MS-WDV])에서 나온 코드로 IIS와 Windows 구성 요소가 쓰며, HTTP 표준에는 없습니다. 서버는 요청을 처리하기 전에 클라이언트에게서 더 받을 것이 있을 때 Ms-Echo-Request 헤더와 함께 449를 보냅니다. 이 확장을 지원하는 클라이언트는 본문을 사용자에게 보여 주지 않고 처리한 뒤, Ms-Echo-Reply 헤더를 붙여 요청을 다시 보냅니다. 449를 모르는 클라이언트는 일반적인 4xx 오류로 다루면 됩니다. Windows HTTP API에서는 HTTP_STATUS_RETRY_WITH라는 이름으로 노출됩니다.',
      causes: [
        'Microsoft WebDAV 서버가 요청을 마치기 전에 클라이언트에게 확인이나 추가 정보를 요구합니다.',
        '앞선 449가 요구한 Ms-Echo-Reply 헤더 없이 요청을 다시 보냈습니다.',
        'Windows가 아닌 WebDAV 클라이언트가 이 Microsoft 전용 확장을 쓰는 서버와 통신합니다.',
      ],
      clientFixes: [
        '응답의 Ms-Echo-Request 헤더 값을 요청의 Ms-Echo-Reply 헤더에 담아 다시 보냅니다.',
        'IIS나 SharePoint와 통신할 때는 Windows 기본 WebDAV 클라이언트(WebClient 서비스)처럼 [MS-WDV] 확장을 구현한 클라이언트를 씁니다.',
      ],
      serverFixes: [
        '확장을 지원한다고 알려진 클라이언트에만 449를 보내고, 항상 Ms-Echo-Request 헤더를 함께 넣습니다.',
        '이미 Ms-Echo-Reply가 있는 요청에는 다시 449로 응답하지 않습니다. 그러면 클라이언트가 끝없이 반복합니다.',
      ],
      retryNote: '서버가 요구한 Ms-Echo-Reply 헤더를 추가한 뒤에만 요청을 다시 보냅니다.',
      // Korean usage: https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Internet_Information_Services (no Korean posts found; product names as Korean docs write them)
      keywords: [
        '마이크로소프트',
        'iis 449',
        'webdav',
        'Ms-Echo-Request',
        'HTTP_STATUS_RETRY_WITH',
        'winhttp',
        '셰어포인트',
      ],
    },
  },
  {
    code: 451,
    phrase: 'Redirect',
    status: 'non-standard',
    vendor: 'iis',
    headers: ['X-MS-Location'],
    spec: {
      title: 'Microsoft Learn: [MS-ASHTTP]',
      section: '3.1.5.2.2',
      url: 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/a907164a-907c-48b4-b2ef-44a06867f03f',
    },
    cacheable: false,
    retry: 'follow',
    en: {
      name: 'Redirect',
      summary:
        'A non-standard Microsoft Exchange ActiveSync code, unrelated to the standard 451, telling a mobile device to use a different mail server.',
      detail:
        "In Microsoft's Exchange ActiveSync protocol ([MS-ASHTTP]), 451 Redirect means the device reached a server that cannot serve the user's mailbox, or that a better server exists. The response usually carries an X-MS-Location header with the URL to use from now on; without it, the device runs Autodiscover again. This has nothing to do with the registered 451 Unavailable For Legal Reasons (RFC 7725), which browsers and general HTTP clients will assume instead. You normally meet the Exchange meaning only in ActiveSync logs and mobile mail clients.",
      causes: [
        "The user's mailbox was moved to another server, site or to Exchange Online.",
        'The device is configured with an old or internal ActiveSync URL.',
        'The organisation has several Exchange sites and the device connected to one that does not hold the mailbox.',
      ],
      clientFixes: [
        'Send later requests to the URL in the X-MS-Location header.',
        'If no header is present, run Autodiscover again or re-add the account so the device picks up the current server.',
      ],
      serverFixes: [
        'Set the ExternalUrl of the Microsoft-Server-ActiveSync virtual directory correctly on each site.',
        'Make sure Autodiscover returns the current ActiveSync endpoint after mailbox moves or migrations.',
        'Check that X-MS-Location is included in the 451 response so devices can switch without a full rediscovery.',
      ],
      retryNote:
        'Repeat the request at the URL given in X-MS-Location, or at the server Autodiscover returns.',
      // English usage: https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/a907164a-907c-48b4-b2ef-44a06867f03f, https://nodejs2025.netlify.app/host-http-msdn.microsoft.com/en-us/library/gg651019
      keywords: [
        'exchange activesync',
        'activesync 451',
        'X-MS-Location',
        'Microsoft-Server-ActiveSync',
        'autodiscover',
        'mailbox moved',
        'eas',
      ],
    },
    ko: {
      name: 'Exchange 리다이렉션',
      summary:
        '모바일 기기에 다른 메일 서버를 쓰라고 알리는 Microsoft Exchange ActiveSync의 비표준 코드로, 표준 451과는 다릅니다.',
      detail:
        'Microsoft Exchange ActiveSync 프로토콜([MS-ASHTTP])에서 451 Redirect는 기기가 사용자의 사서함을 처리할 수 없는 서버에 접속했거나 더 알맞은 서버가 있다는 뜻입니다. 응답에는 보통 앞으로 쓸 URL을 담은 X-MS-Location 헤더가 들어 있고, 이 헤더가 없으면 기기가 Autodiscover를 다시 실행합니다. IANA에 등록된 451 Unavailable For Legal Reasons(RFC 7725)와는 전혀 관계가 없으며, 브라우저와 일반 HTTP 클라이언트는 451을 그 표준 의미로 받아들입니다. Exchange의 의미는 주로 ActiveSync 로그와 모바일 메일 앱에서만 만납니다.',
      causes: [
        '사용자의 사서함이 다른 서버나 사이트, 또는 Exchange Online으로 옮겨졌습니다.',
        '기기에 예전 ActiveSync URL이나 내부용 URL이 설정되어 있습니다.',
        '조직에 Exchange 사이트가 여러 개 있고, 기기가 사서함이 없는 사이트에 접속했습니다.',
      ],
      clientFixes: [
        '이후 요청은 X-MS-Location 헤더에 있는 URL로 보냅니다.',
        '헤더가 없으면 Autodiscover를 다시 실행하거나 계정을 다시 추가해 기기가 현재 서버를 알아내게 합니다.',
      ],
      serverFixes: [
        '사이트마다 Microsoft-Server-ActiveSync 가상 디렉터리의 ExternalUrl을 올바르게 설정합니다.',
        '사서함 이동이나 마이그레이션 뒤에도 Autodiscover가 현재 ActiveSync 엔드포인트를 돌려주는지 확인합니다.',
        '기기가 Autodiscover를 처음부터 다시 하지 않고도 서버를 바꿀 수 있도록, 451 응답에 X-MS-Location이 들어가는지 확인합니다.',
      ],
      retryNote: 'X-MS-Location에 적힌 URL이나 Autodiscover가 알려 준 서버로 요청을 다시 보냅니다.',
      // Korean usage: http://technet.microsoft.com/ko-kr/library/bb124307(v=EXCHG.65).aspx, https://technet.microsoft.com/ko-kr/library/ff597981(v=exchg.80).aspx, http://kernel64.tistory.com/entry/Exchange-2010%EC%9C%BC%EB%A1%9C%EC%9D%98-%EC%82%AC%EC%84%9C%ED%95%A8-%EC%9D%B4%EB%8F%99-%EC%8B%9C-%ED%81%B4%EB%9D%BC%EC%9D%B4%EC%96%B8%ED%8A%B8-%EC%98%81%ED%96%A5
      keywords: [
        '익스체인지 액티브싱크',
        '액티브싱크 451',
        'X-MS-Location',
        '자동 검색',
        '사서함 이동',
        'eas',
      ],
    },
  },
];
