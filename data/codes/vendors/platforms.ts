import type { StatusMeaning } from '../../types';

/** Hosted platforms answering for the sites they run: Shopify and Pantheon. */
export const PLATFORM_CODES: readonly StatusMeaning[] = [
  {
    code: 430,
    phrase: 'Shopify Security Rejection',
    formerPhrases: ['Request Header Fields Too Large'],
    status: 'non-standard',
    vendor: 'shopify',
    headers: ['Shopify-Storefront-Buyer-IP', 'Retry-After'],
    spec: {
      title: 'Shopify documentation',
      url: 'https://shopify.dev/docs/api/usage/response-codes',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Shopify Security Rejection',
      summary:
        "Shopify's non-standard refusal of a request that its bot and abuse protection considers malicious.",
      detail:
        'Shopify is the only notable user of 430, and it is not an HTTP standard code. Shopify once used it for throttling, much like 429, which is why older lists call it "Request Header Fields Too Large" (a name borrowed from an early draft; the standard code with that name is 431). Today Shopify documents 430 as a security rejection: its edge judged the traffic to be automated or abusive, often based on the IP address rather than on your API credentials. Apps that render storefronts on the server from shared cloud IP ranges run into it most often.',
      causes: [
        'Storefront pages or APIs are fetched in a pattern that looks like scraping or a bot.',
        'Server-side Storefront API calls all come from one shared cloud IP without the Shopify-Storefront-Buyer-IP header.',
        'The outgoing IP address has a poor reputation because other tenants of the same hosting range abused it.',
        'Bursts of requests far above normal shopper traffic, for example from a load test or crawler.',
      ],
      clientFixes: [
        'Slow down and spread requests out; use the official Admin or Storefront API instead of scraping HTML.',
        "When calling the Storefront API from a server, use a private access token and send the shopper's IP in Shopify-Storefront-Buyer-IP.",
        'Try from a different, dedicated outgoing IP address to see whether the rejection is tied to your current one.',
      ],
      serverFixes: [
        'Cache storefront responses in your own app so that each shopper visit does not become several calls to Shopify.',
        'Run server-side rendering from a static, dedicated egress IP rather than a large shared pool.',
        'If legitimate traffic keeps being rejected, contact Shopify support with the request IDs and timestamps.',
      ],
      retryNote:
        'Resending the same traffic from the same place tends to be rejected again; change how or where the requests are sent first.',
      // English usage: https://kelaenderkoe.pages.dev/next/python3-https-http.dev/430, https://httpstatuscodes.info/430_1_status_code
      keywords: [
        'shopify',
        'shopify 430',
        'shopify bot protection',
        'shopify blocked request',
        'storefront api',
        'shared cloud ip blocked',
      ],
    },
    ko: {
      name: 'Shopify 보안 거부',
      summary:
        'Shopify의 봇·악용 차단 장치가 악의적이라고 판단한 요청을 거절할 때 쓰는 비표준 코드입니다.',
      detail:
        '430을 쓰는 곳은 사실상 Shopify뿐이며 HTTP 표준 코드가 아닙니다. Shopify는 한때 429처럼 요청 한도 초과에 이 코드를 썼는데, 그래서 오래된 목록에는 "Request Header Fields Too Large"라는 이름으로 실려 있습니다(초기 초안에서 빌린 이름이며, 표준에서 이 이름을 가진 코드는 431입니다). 현재 Shopify는 430을 보안 거부로 설명합니다. Shopify 에지가 트래픽을 자동화되었거나 악의적이라고 판단했다는 뜻이며, 이 판단은 API 자격 증명보다 IP 주소를 기준으로 내려지는 경우가 많습니다. 공유 클라우드 IP 대역에서 스토어프런트를 서버 렌더링하는 앱이 가장 자주 겪습니다.',
      causes: [
        '스토어프런트 페이지나 API를 스크래핑이나 봇처럼 보이는 방식으로 가져옵니다.',
        '서버에서 호출하는 Storefront API 요청이 Shopify-Storefront-Buyer-IP 헤더 없이 공유 클라우드 IP 하나에서 모두 나갑니다.',
        '같은 호스팅 대역의 다른 사용자가 악용한 탓에 나가는 IP 주소의 평판이 나쁩니다.',
        '부하 테스트나 크롤러처럼 평소 쇼핑객 트래픽을 크게 넘는 요청이 한꺼번에 몰립니다.',
      ],
      clientFixes: [
        '요청 속도를 줄이고 간격을 두며, HTML을 긁어 오지 말고 공식 Admin·Storefront API를 씁니다.',
        '서버에서 Storefront API를 호출할 때는 비공개 액세스 토큰을 쓰고 쇼핑객 IP를 Shopify-Storefront-Buyer-IP 헤더에 담아 보냅니다.',
        '다른 전용 송신 IP 주소에서 요청해 보고, 거부가 지금 쓰는 IP 주소 때문인지 확인합니다.',
      ],
      serverFixes: [
        '쇼핑객 방문 한 번이 Shopify 호출 여러 번으로 이어지지 않도록 앱 쪽에서 스토어프런트 응답을 캐시합니다.',
        '서버 렌더링은 큰 공유 IP 풀 대신 고정된 전용 송신 IP에서 실행합니다.',
        '정상 트래픽이 계속 거부된다면 요청 ID와 발생 시각을 정리해 Shopify 지원팀에 문의합니다.',
      ],
      retryNote:
        '같은 곳에서 같은 트래픽을 다시 보내면 또 거부되기 쉬우므로, 요청 방식이나 출발지를 먼저 바꿔야 합니다.',
      // Korean usage: https://httpstatuscodes.info/430_1_status_code (no Korean posts found; Shopify written as 쇼피파이 by Korean sellers)
      keywords: [
        '쇼피파이',
        '쇼피파이 430',
        '쇼피파이 봇 차단',
        '쇼피파이 요청 차단',
        '쇼피파이 보안 차단',
        'storefront api',
      ],
    },
  },
  {
    code: 530,
    phrase: 'Site Frozen',
    status: 'non-standard',
    vendor: 'pantheon',
    headers: [],
    spec: {
      title: 'Pantheon documentation',
      url: 'https://docs.pantheon.io/guides/platform-considerations/platform-site-info#inactive-site-freezing',
    },
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Site Frozen',
      summary:
        "Pantheon's non-standard code for a site that the hosting platform has frozen because of inactivity.",
      detail:
        "Pantheon, a WordPress and Drupal hosting platform, freezes free Sandbox sites that have had no code commits or other Git activity for several months. Every request to a frozen site then returns 530 Site Frozen, and the site's dashboard is unavailable until it is unfrozen. The code is Pantheon's own and is not part of the HTTP standard; Cloudflare uses the same number for an unrelated DNS error. Unfreezing takes one click in the Pantheon dashboard and a few minutes.",
      causes: [
        'The site is a Sandbox (unpaid) site with no Git activity for the period Pantheon allows.',
        'A demo or development site was left idle after a project ended.',
      ],
      clientFixes: [
        'Visitors cannot fix this; contact the site owner or developer.',
        'If you own the site, sign in to Pantheon and unfreeze it from the site dashboard.',
      ],
      serverFixes: [
        'In the Pantheon User Dashboard, select the frozen site and click Unfreeze site, then wait a few minutes.',
        'If static assets are missing afterwards, restore the environment from its backup; only committed files survive.',
        'Move sites that must stay online to a paid plan, which is not subject to inactivity freezing.',
      ],
      retryNote:
        'The site stays frozen until its owner unfreezes it; retrying before that does not help.',
      // English usage: https://docs.pantheon.io/guides/platform-considerations/platform-site-info#inactive-site-freezing
      keywords: [
        'pantheon',
        'pantheon 530',
        'pantheon frozen site',
        'sandbox site',
        'inactive site',
        'unfreeze site',
      ],
    },
    ko: {
      name: '사이트 동결됨',
      summary:
        '호스팅 플랫폼이 오래 활동이 없는 사이트를 동결했을 때 Pantheon이 보내는 비표준 코드입니다.',
      detail:
        'WordPress·Drupal 호스팅 플랫폼인 Pantheon은 코드 커밋 등 Git 활동이 몇 달 동안 없는 무료 Sandbox 사이트를 동결합니다. 그러면 동결된 사이트로 가는 모든 요청이 530 Site Frozen을 돌려받고, 동결을 풀 때까지 사이트 대시보드도 쓸 수 없습니다. Pantheon 고유의 코드로 HTTP 표준에는 없으며, Cloudflare도 같은 번호를 관계없는 DNS 오류에 씁니다. 동결 해제는 Pantheon 대시보드에서 클릭 한 번이면 되고 몇 분 정도 걸립니다.',
      causes: [
        '사이트가 Pantheon이 허용하는 기간 동안 Git 활동이 없는 Sandbox(무료) 사이트입니다.',
        '프로젝트가 끝난 뒤 데모용이나 개발용 사이트가 방치되었습니다.',
      ],
      clientFixes: [
        '방문자가 해결할 수는 없으니 사이트 운영자나 개발자에게 연락합니다.',
        '사이트를 운영한다면 Pantheon에 로그인해 사이트 대시보드에서 동결을 해제합니다.',
      ],
      serverFixes: [
        'Pantheon User Dashboard에서 동결된 사이트를 고르고 Unfreeze site를 누른 뒤 몇 분 기다립니다.',
        '해제한 뒤 정적 파일이 빠져 있다면 그 환경의 백업에서 복원합니다. 커밋된 파일만 남기 때문입니다.',
        '계속 운영해야 하는 사이트는 비활성 동결 대상이 아닌 유료 요금제로 옮깁니다.',
      ],
      retryNote:
        '운영자가 동결을 풀기 전에는 사이트가 계속 동결되어 있으므로 재시도해도 소용없습니다.',
      // Korean usage: https://docs.pantheon.io/guides/platform-considerations/platform-site-info#inactive-site-freezing (no Korean posts found)
      keywords: [
        '판테온',
        'pantheon',
        '판테온 530',
        '판테온 사이트 동결',
        'sandbox',
        '비활성 사이트',
        '동결 해제',
      ],
    },
  },
];
