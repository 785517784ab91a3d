import type { StatusMeaning } from '../../types';

/** Web APIs that defined their own codes: Twitter's v1 API and Esri's ArcGIS REST API. */
export const API_CODES: readonly StatusMeaning[] = [
  {
    code: 420,
    phrase: 'Enhance Your Calm',
    status: 'non-standard',
    vendor: 'twitter',
    headers: ['Retry-After'],
    spec: {
      title: 'X (Twitter) developer documentation',
      url: 'https://developer.x.com/en/docs/basics/response-codes',
    },
    cacheable: false,
    retry: 'after-delay',
    en: {
      name: 'Enhance Your Calm',
      summary: "Twitter's old, non-standard way of saying a client was sending too many requests.",
      detail:
        'This is not an HTTP standard code. Twitter introduced it in 2010 for rate limiting in the version 1 Search and Trends APIs, and the v1.1 Streaming API also sent it to clients that connected or reconnected too often. It means exactly what 429 Too Many Requests means, and Twitter (now X) uses 429 in its current API. You will mostly meet 420 in older client libraries and in code that still handles it next to 429.',
      causes: [
        'Too many calls to the old Search or Trends API within the rate-limit window.',
        'A streaming client reconnected too quickly after disconnects, or opened several connections at once.',
        'Several scripts shared one set of API credentials and used up its quota together.',
      ],
      clientFixes: [
        'Stop sending, wait, then retry with exponential backoff and jitter; honour Retry-After when it is present.',
        'For streams, keep one long-lived connection and back off between reconnects instead of reconnecting in a loop.',
        'Handle 420 exactly like 429 in your client code, since older libraries and proxies may still return it.',
      ],
      serverFixes: [
        'If you run your own API, send the standard 429 Too Many Requests with a Retry-After header instead of 420.',
        'Document the limits and expose the remaining quota in response headers so clients can slow down before hitting them.',
      ],
      retryNote: 'Wait before trying again, using Retry-After or exponential backoff.',
      // English usage: https://developer.x.com/en/docs/basics/response-codes, https://http.dev/420, https://httpresponsestatuscodes.com/420/
      keywords: [
        'twitter 420',
        'twitter rate limit',
        'twitter streaming api',
        'twitter search api',
        'tweepy 420',
        'x api 420',
        'told to calm down',
        'calm down',
      ],
    },
    ko: {
      name: '진정하세요',
      summary: '요청을 너무 많이 보냈다는 뜻으로 Twitter가 예전에 쓰던 비표준 응답입니다.',
      detail:
        'HTTP 표준 코드가 아닙니다. Twitter는 2010년 버전 1 Search·Trends API의 요청 한도 초과를 알리려고 이 코드를 도입했고, v1.1 Streaming API도 연결이나 재연결이 너무 잦은 클라이언트에 420을 보냈습니다. 의미는 429 Too Many Requests와 똑같으며, Twitter(현재 X)의 현행 API는 429를 씁니다. 지금은 주로 오래된 클라이언트 라이브러리나 429와 함께 420을 처리하는 코드에서 볼 수 있습니다.',
      causes: [
        '요청 한도 시간 창 안에서 예전 Search·Trends API를 너무 많이 호출했습니다.',
        '스트리밍 클라이언트가 연결이 끊긴 뒤 너무 빨리 다시 연결했거나, 여러 연결을 한꺼번에 열었습니다.',
        '여러 스크립트가 같은 API 자격 증명을 함께 써서 할당량을 같이 소진했습니다.',
      ],
      clientFixes: [
        '요청을 멈추고 기다린 뒤 지터를 섞은 지수 백오프로 재시도하며, Retry-After가 있으면 그 값을 따릅니다.',
        '스트림은 오래 유지하는 연결 하나만 쓰고, 끊겼을 때 곧바로 계속 재연결하지 말고 간격을 늘려 가며 재연결합니다.',
        '오래된 라이브러리나 프록시가 아직 420을 돌려줄 수 있으니, 클라이언트 코드에서 420을 429와 똑같이 처리합니다.',
      ],
      serverFixes: [
        '직접 API를 운영한다면 420 대신 표준인 429 Too Many Requests와 Retry-After 헤더를 보냅니다.',
        '요청 한도를 문서화하고 남은 할당량을 응답 헤더로 알려, 클라이언트가 한도에 닿기 전에 속도를 줄일 수 있게 합니다.',
      ],
      retryNote: 'Retry-After나 지수 백오프에 따라 기다린 뒤 재시도합니다.',
      // Korean usage: https://devnot.tistory.com/123, https://apidog.com/kr/blog/x-twitter-429-error, https://main.diettoss.com/2025/11/api.html
      keywords: [
        '트위터',
        '트위터 420',
        '트위터 API 요청 한도',
        '트위터 스트리밍 API',
        '트위터 검색 API',
        'tweepy 420',
      ],
    },
  },
  {
    code: 498,
    phrase: 'Invalid Token',
    status: 'non-standard',
    vendor: 'esri',
    headers: ['X-Esri-Authorization'],
    spec: {
      title: 'Esri ArcGIS REST JS documentation',
      url: 'https://developers.arcgis.com/arcgis-rest-js/api-reference/arcgis-rest-request/ArcGISAuthError/',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Invalid Token',
      summary:
        "Esri ArcGIS's non-standard code for an access token that was sent but not accepted.",
      detail:
        'ArcGIS Server, ArcGIS Enterprise and ArcGIS Online use 498 when a request carries a token that is expired, malformed, revoked or issued for a different server or referrer. It is an Esri convention, not an HTTP standard code, and it usually appears as the code inside a JSON error body ({"error": {"code": 498, ...}}) while the HTTP status itself is 200. Esri\'s client libraries, such as ArcGIS REST JS, treat 498 and 499 as authentication errors and try to refresh the token. Compare 499 Token Required, which means no token was sent at all.',
      causes: [
        'The token has expired (tokens from generateToken or OAuth have a limited lifetime).',
        'The token was generated with a referer or IP restriction that does not match the request.',
        'The token belongs to a different portal or to a server that is not federated with it.',
        "The administrator revoked the token or changed the user's password.",
      ],
      clientFixes: [
        'Get a new token (sign in again, call generateToken, or refresh the OAuth token) and resend.',
        'Check the JSON body for "error" even when the HTTP status is 200, and handle code 498 by refreshing.',
        'If you used client=referer, send the same Referer the token was generated for.',
      ],
      serverFixes: [
        'Review token expiration settings in the ArcGIS Server or portal security configuration.',
        'Check federation between the portal and each ArcGIS Server, since federated servers must trust portal tokens.',
        'Keep server clocks synchronised, as skew makes fresh tokens look expired.',
      ],
      retryNote: 'Retry only after obtaining a fresh, valid token.',
      // English usage: https://http.dev/498, https://errcodes.dev/http/invalid-token, https://support.esri.com/en-us/knowledge-base/1022-invalid-token-1462479498481-000006009
      keywords: [
        'arcgis',
        'esri',
        'arcgis 498',
        'arcgis token expired',
        'arcgis invalid token',
        'generateToken',
        'arcgis server',
      ],
    },
    ko: {
      name: '유효하지 않은 토큰',
      summary: '보낸 액세스 토큰이 받아들여지지 않았음을 알리는 Esri ArcGIS의 비표준 코드입니다.',
      detail:
        'ArcGIS Server, ArcGIS Enterprise, ArcGIS Online은 요청에 담긴 토큰이 만료되었거나 형식이 잘못되었거나 폐기되었거나, 다른 서버나 Referer용으로 발급된 경우 498을 씁니다. HTTP 표준 코드가 아닌 Esri의 관례이며, 보통 HTTP 상태는 200인 채로 JSON 오류 본문 안의 코드({"error": {"code": 498, ...}})로 나타납니다. ArcGIS REST JS 같은 Esri 클라이언트 라이브러리는 498과 499를 인증 오류로 보고 토큰 갱신을 시도합니다. 토큰을 아예 보내지 않은 경우인 499 Token Required와 구분해야 합니다.',
      causes: [
        '토큰이 만료되었습니다(generateToken이나 OAuth로 받은 토큰은 수명이 정해져 있습니다).',
        '토큰 발급 때 지정한 Referer나 IP 제한이 실제 요청과 맞지 않습니다.',
        '다른 포털의 토큰이거나, 포털과 페더레이션되지 않은 서버에 보냈습니다.',
        '관리자가 토큰을 폐기했거나 사용자 비밀번호가 바뀌었습니다.',
      ],
      clientFixes: [
        '다시 로그인하거나 generateToken을 호출하거나 OAuth 토큰을 갱신해 새 토큰을 받은 뒤 다시 보냅니다.',
        'HTTP 상태가 200이어도 JSON 본문에 "error"가 있는지 확인하고, 코드가 498이면 토큰을 갱신하도록 처리합니다.',
        'client=referer로 토큰을 받았다면 발급 때와 같은 Referer를 보냅니다.',
      ],
      serverFixes: [
        'ArcGIS Server나 포털 보안 설정에서 토큰 만료 시간을 검토합니다.',
        '페더레이션된 서버는 포털 토큰을 신뢰해야 하므로 포털과 각 ArcGIS Server의 페더레이션 상태를 확인합니다.',
        '시계가 어긋나면 새 토큰도 만료된 것처럼 보이므로 서버 시계를 동기화합니다.',
      ],
      retryNote: '새로 발급받은 유효한 토큰이 있을 때만 재시도합니다.',
      // Korean usage: https://http.dev/498 (no Korean posts found; Korean GIS users write ArcGIS, Esri in Latin letters)
      keywords: [
        'arcgis',
        'esri',
        'ArcGIS 498',
        'ArcGIS 토큰 만료',
        'Esri 토큰 만료',
        'ArcGIS 잘못된 토큰',
        'generateToken',
        'arcgis server',
      ],
    },
  },
  {
    code: 499,
    phrase: 'Token Required',
    status: 'non-standard',
    vendor: 'esri',
    headers: ['X-Esri-Authorization'],
    spec: {
      title: 'Esri Support',
      url: 'https://support.esri.com/en-us/knowledge-base/error-authentication-token-required-status-code-499-000022899',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Token Required',
      summary:
        "Esri ArcGIS's non-standard code for a request to a secured service that carried no token at all.",
      detail:
        'ArcGIS services that are not shared publicly answer 499 when a request arrives without any token, and clients usually show it as "Token Required" or "Authentication token required (status code 499)". Like 498 it is an Esri convention rather than an HTTP standard code, and it is normally delivered as the code in a JSON error body while the HTTP status is 200. The fix is to sign in and attach a token, or to share the service publicly if it is meant to be open. Do not confuse it with nginx\'s 499, which is a log entry for a client that hung up.',
      causes: [
        'The service, layer or folder is secured and the request did not include a token parameter or header.',
        'A web map or app references a layer that is shared only with the organisation, and the viewer is not signed in.',
        'A saved project or map document points at a secured layer without stored credentials.',
      ],
      clientFixes: [
        'Sign in, then send the token as the token parameter or in the X-Esri-Authorization header.',
        'In code, use an authentication manager (for example ArcGISIdentityManager or an API key) so tokens are added automatically.',
        'Re-add the layer from its source instead of from an old project, so the current credentials are used.',
      ],
      serverFixes: [
        'Check the sharing level of the service or item, and share it with everyone if it is meant to be public.',
        'For public apps that must show secured layers, store credentials with the item or use a proxy or API key.',
      ],
      retryNote: 'Retry once a valid token is attached to the request.',
      // English usage: https://support.esri.com/en-us/knowledge-base/error-authentication-token-required-status-code-499-000022899
      keywords: [
        'arcgis',
        'esri',
        'arcgis 499',
        'authentication token required',
        'arcgis token missing',
        'arcgis secured service',
        'arcgis online',
      ],
    },
    ko: {
      name: '토큰 필요',
      summary: '보안이 설정된 서비스에 토큰 없이 요청했을 때 쓰는 Esri ArcGIS의 비표준 코드입니다.',
      detail:
        '공개로 공유되지 않은 ArcGIS 서비스는 토큰이 전혀 없는 요청에 499로 응답하며, 클라이언트는 보통 "Token Required"나 "Authentication token required (status code 499)"로 표시합니다. 498과 마찬가지로 HTTP 표준 코드가 아닌 Esri의 관례이고, 대개 HTTP 상태는 200인 채로 JSON 오류 본문 안의 코드로 전달됩니다. 로그인해서 토큰을 붙이거나, 공개할 서비스라면 공개로 공유하면 해결됩니다. 클라이언트가 연결을 끊었다는 nginx 로그의 499와 헷갈리지 않도록 합니다.',
      causes: [
        '서비스, 레이어, 폴더에 보안이 설정되어 있는데 요청에 토큰 파라미터나 헤더가 없습니다.',
        '웹 맵이나 앱이 조직 내부에만 공유된 레이어를 참조하는데, 보는 사람이 로그인하지 않았습니다.',
        '저장된 프로젝트나 맵 문서가 자격 증명 없이 보안 레이어를 가리킵니다.',
      ],
      clientFixes: [
        '로그인한 뒤 토큰을 token 파라미터나 X-Esri-Authorization 헤더에 담아 보냅니다.',
        '코드에서는 ArcGISIdentityManager나 API 키 같은 인증 관리자를 써서 토큰이 자동으로 붙게 합니다.',
        '오래된 프로젝트가 아니라 원본에서 레이어를 다시 추가해 현재 자격 증명이 쓰이도록 합니다.',
      ],
      serverFixes: [
        '서비스나 항목의 공유 수준을 확인하고, 공개용이라면 모든 사람에게 공유합니다.',
        '보안 레이어를 보여 줘야 하는 공개 앱이라면 항목에 자격 증명을 저장하거나, 프록시나 API 키를 씁니다.',
      ],
      retryNote: '요청에 유효한 토큰을 붙인 뒤에 재시도합니다.',
      // Korean usage: https://support.esri.com/en-us/knowledge-base/error-authentication-token-required-status-code-499-000022899 (no Korean posts found)
      keywords: [
        'arcgis',
        'esri',
        'ArcGIS 499',
        'ArcGIS 인증 토큰 필요',
        'ArcGIS 토큰 없음',
        'ArcGIS 보안 서비스',
        'arcgis online',
      ],
    },
  },
];
