import type { StatusMeaning } from '../../types';

/** Codes attributed to Apache HTTP Server setups and cPanel hosting. */
export const APACHE_CODES: readonly StatusMeaning[] = [
  {
    code: 218,
    phrase: 'This Is Fine',
    status: 'non-standard',
    vendor: 'apache',
    headers: [],
    spec: {
      title: 'Wikipedia: List of HTTP status codes',
      url: 'https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes',
    },
    cacheable: false,
    retry: 'not-needed',
    en: {
      name: 'This Is Fine',
      summary:
        'An informal, non-standard code attributed to Apache setups, said to pass an error body through as if nothing went wrong.',
      detail:
        "Lists of unofficial codes describe 218 as an Apache HTTP Server code for the case where mod_proxy's ProxyErrorOverride is on: instead of replacing an upstream error with Apache's own error page, the error body is let through under a 2xx status. Be careful with that claim: Apache httpd's source and manual do not define 218, so if it shows up in your logs, some module, application or proxy set it on purpose. The name is a nod to the \"This is fine\" meme of a dog sitting calmly in a burning room. Because it is a 2xx code, browsers and HTTP clients treat the response as a success, which can hide a real upstream failure.",
      retryNote:
        'Clients count it as a success, so there is nothing to retry; if the body describes an error, look into the upstream service instead.',
      // English usage: https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes
      keywords: [
        'apache 218',
        'ProxyErrorOverride',
        'mod_proxy',
        'this is fine meme',
        'upstream error passed through',
        'unofficial',
      ],
    },
    ko: {
      name: '괜찮음',
      summary:
        'Apache 환경에서 쓴다고 알려진 비공식 코드로, 오류 본문을 아무 일 없다는 듯 그대로 내보낸다고 합니다.',
      detail:
        '비공식 코드 목록들은 218을 Apache HTTP Server의 코드로 소개합니다. mod_proxy의 ProxyErrorOverride가 켜져 있을 때 업스트림 서버의 오류를 Apache 자체 오류 페이지로 바꾸지 않고, 오류 본문을 2xx 상태로 내보내는 경우라는 설명입니다. 다만 이 설명은 조심해서 받아들여야 합니다. Apache httpd의 소스 코드와 매뉴얼에는 218이 정의되어 있지 않으므로, 로그에 이 코드가 보인다면 어떤 모듈이나 애플리케이션, 프록시가 일부러 설정한 것입니다. 이름은 불타는 방 안에서 태연하게 앉아 있는 개 그림, 이른바 "This is fine" 밈에서 따왔습니다. 2xx 코드라서 브라우저와 HTTP 클라이언트는 응답을 성공으로 처리하며, 그 때문에 실제 업스트림 장애가 가려질 수 있습니다.',
      retryNote:
        '클라이언트는 성공으로 보므로 재시도할 것은 없으며, 본문에 오류 내용이 있다면 업스트림 서비스를 살펴봐야 합니다.',
      // Korean usage: https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes (no Korean posts found; plain terms)
      keywords: [
        '아파치',
        '아파치 218',
        'ProxyErrorOverride',
        'mod_proxy',
        '아파치 오류 무시',
        '개 밈',
        '비공식 코드',
      ],
    },
  },
  {
    code: 509,
    phrase: 'Bandwidth Limit Exceeded',
    status: 'non-standard',
    vendor: 'apache',
    headers: [],
    spec: {
      title: 'Wikipedia: List of HTTP status codes',
      url: 'https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes',
    },
    cacheable: false,
    retry: 'after-delay',
    en: {
      name: 'Bandwidth Limit Exceeded',
      summary:
        'A non-standard code from shared-hosting setups (Apache with cPanel or bandwidth modules) for a site that has used up its traffic allowance.',
      detail:
        'Shared hosting control panels such as cPanel, and Apache bandwidth-limiting modules, answer 509 once a hosting account has served more data than its plan allows for the period, usually a month. The code is not in the HTTP standard and Apache httpd itself does not define it; it comes from these add-ons. Every page of the site then fails until the counter resets or the owner raises the limit, so it looks like a site-wide outage. A 503 Service Unavailable or 429 Too Many Requests would be the standard codes for similar situations.',
      causes: [
        'The hosting account exceeded its monthly bandwidth quota.',
        'A traffic spike, a viral post or large downloads (videos, backups, installers) used up the allowance early.',
        'Bots, scrapers or other sites hotlinking images and files consumed the traffic.',
      ],
      clientFixes: [
        'Wait and try later; the limit usually resets at the start of the next billing period.',
        'Let the site owner know, since they may not have noticed the site is down.',
      ],
      serverFixes: [
        'Raise the bandwidth limit or upgrade the plan in WHM/cPanel or with the hosting provider.',
        'Put a CDN or caching layer in front of the site and enable compression to cut transferred bytes.',
        'Block hotlinking and abusive bots, and move large downloads to object storage.',
      ],
      retryNote: 'Try again later; the site stays unavailable until the quota resets or is raised.',
      // English usage: https://errorcode.help/errors/509-bandwidth-limit-exceeded, https://www.clients.paymonthlyhosting.co.uk/knowledgebase/48/Bandwidth-Limit-Exceeded---http-509-error-message.html
      keywords: [
        'cpanel',
        'cpanel bandwidth',
        'bandwidth exceeded',
        'hosting bandwidth quota',
        'shared hosting',
        'apache 509',
      ],
    },
    ko: {
      name: '대역폭 한도 초과',
      summary:
        '사이트가 허용된 트래픽을 모두 썼을 때 공유 호스팅 환경(cPanel이나 대역폭 모듈을 쓰는 Apache)이 보내는 비표준 코드입니다.',
      detail:
        'cPanel 같은 공유 호스팅 관리 패널이나 Apache 대역폭 제한 모듈은 호스팅 계정이 요금제에서 정한 기간(대개 한 달) 동안의 전송량을 넘기면 509로 응답합니다. HTTP 표준에 없는 코드이고 Apache httpd 자체가 정의한 것도 아니며, 이런 부가 기능에서 나옵니다. 카운터가 초기화되거나 운영자가 한도를 올릴 때까지 사이트의 모든 페이지가 실패하므로 사이트 전체 장애처럼 보입니다. 비슷한 상황에 쓰는 표준 코드는 503 Service Unavailable이나 429 Too Many Requests입니다.',
      causes: [
        '호스팅 계정이 월간 대역폭 할당량을 넘었습니다.',
        '트래픽 급증, 화제가 된 게시물, 동영상·백업·설치 파일 같은 대용량 다운로드로 할당량을 일찍 소진했습니다.',
        '봇, 스크레이퍼, 이미지와 파일을 직접 링크하는 다른 사이트가 트래픽을 써 버렸습니다.',
      ],
      clientFixes: [
        '기다렸다가 나중에 재시도합니다. 보통 다음 결제 주기가 시작되면 한도가 초기화됩니다.',
        '사이트 운영자가 사이트가 멈춘 것을 모를 수 있으니 알려 줍니다.',
      ],
      serverFixes: [
        'WHM/cPanel이나 호스팅 업체를 통해 대역폭 한도를 올리거나 요금제를 바꿉니다.',
        '사이트 앞에 CDN이나 캐시 계층을 두고 압축을 켜서 전송량을 줄입니다.',
        '핫링크와 악성 봇을 막고, 대용량 다운로드 파일은 오브젝트 스토리지로 옮깁니다.',
      ],
      retryNote: '할당량이 초기화되거나 늘어날 때까지 사이트를 쓸 수 없으므로 나중에 재시도합니다.',
      // Korean usage: https://httpstatuscodes.info/_ko/509_status_code
      keywords: [
        'cpanel',
        '아파치 509',
        '호스팅 트래픽 초과',
        '트래픽 초과',
        '대역폭 초과',
        '공유 호스팅',
        '웹 호스팅 용량 초과',
      ],
    },
  },
];
