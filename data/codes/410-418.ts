import type { StatusMeaning } from '../types';

/** Client errors 410–418: RFC 9110 §15.5.11–15.5.19 (418 is reserved). */
export const CLIENT_ERRORS_410_418: readonly StatusMeaning[] = [
  {
    code: 410,
    phrase: 'Gone',
    status: 'permanent',
    headers: [],
    spec: {
      title: 'RFC 9110',
      section: '15.5.11',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/410',
    cacheable: true,
    retry: 'never',
    en: {
      name: 'Gone',
      summary: 'The resource used to be here, was removed on purpose, and is not coming back.',
      detail:
        'Where 404 only says nothing was found, 410 adds that the absence is intentional and expected to be permanent, with no forwarding address. Search engines tend to drop 410 URLs from their index a little sooner than 404 ones, and caches may keep the response by default. It suits retired API versions, expired promotions and content deleted for legal or privacy reasons; if the content moved rather than vanished, a 301 or 308 redirect serves visitors better.',
      causes: [
        'The page, file or account was deliberately deleted, and the server keeps a record that it once existed.',
        'An API version or endpoint was retired at the end of its deprecation period.',
        'A time-limited resource such as a promotion page, one-time download or event listing has expired.',
      ],
      clientFixes: [
        'Stop requesting the URL and remove it from bookmarks, sitemaps, crawlers and client code.',
        'For APIs, look in the changelog or migration guide for the replacement endpoint.',
        "Look for the content elsewhere, for example through the site's own search or a web archive.",
      ],
      serverFixes: [
        'Use 410 only when removal is intentional and final, and send 404 when you are not sure.',
        'If a replacement exists, redirect with 301 or 308 instead so visitors and links keep working.',
        'Announce API retirements ahead of time with `Deprecation` and `Sunset` headers before switching to 410.',
      ],
      retryNote: 'Retrying is pointless: the server has stated that the resource is gone for good.',
      keywords: [
        'permanently deleted',
        'permanently removed',
        'no longer available',
        'deleted page',
        'resource removed',
        'retired API',
        'removed endpoint',
        'sunset API',
        'discontinued',
      ],
    },
    ko: {
      name: '사라짐',
      summary: '예전에 있던 리소스를 일부러 삭제했으며 다시 돌아오지 않습니다.',
      detail:
        '404가 찾지 못했다는 사실만 알린다면, 410은 일부러 없앴고 앞으로도 돌아오지 않을 것이며 옮겨 간 주소도 없다는 점까지 알려 줍니다. 검색 엔진은 410 URL을 404보다 조금 더 빨리 색인에서 빼는 경향이 있고, 캐시는 이 응답을 기본적으로 저장할 수 있습니다. 지원이 끝난 API 버전, 기간이 지난 프로모션, 법적 사유나 개인정보 보호 때문에 지운 콘텐츠에 알맞습니다. 콘텐츠가 사라진 것이 아니라 옮겨 갔다면 301이나 308 리다이렉션이 방문자에게 더 낫습니다.',
      causes: [
        '페이지, 파일, 계정을 일부러 삭제했고, 서버는 그것이 있었다는 기록을 남겨 두었습니다.',
        '사용 중단 권고 기간이 끝나 API 버전이나 엔드포인트의 지원이 종료되었습니다.',
        '프로모션 페이지, 일회용 다운로드, 행사 안내처럼 기간이 정해진 리소스가 만료되었습니다.',
      ],
      clientFixes: [
        '이 URL을 더는 요청하지 말고 북마크, 사이트맵, 크롤러, 클라이언트 코드에서 지웁니다.',
        'API라면 변경 기록이나 마이그레이션 안내에서 대체 엔드포인트를 찾습니다.',
        '사이트 자체 검색이나 웹 아카이브 등 다른 곳에서 콘텐츠를 찾아봅니다.',
      ],
      serverFixes: [
        '삭제가 의도적이고 최종적일 때만 410을 쓰고, 확실하지 않으면 404를 보냅니다.',
        '대체할 리소스가 있으면 410 대신 301이나 308로 리다이렉트해, 방문자와 링크가 계속 동작하게 합니다.',
        'API 지원을 끝낼 때는 Deprecation, Sunset 헤더로 미리 알린 뒤에 410으로 바꿉니다.',
      ],
      retryNote: '서버가 리소스가 영구히 사라졌다고 밝혔으므로 재시도해도 소용없습니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/410, https://earscoming.tistory.com/entry/server-410-Gone-%EC%97%90%EB%9F%AC%EB%9E%80-%EC%84%A4%EB%AA%85-%EB%B0%8F-%ED%95%B4%EA%B2%B0%EB%B0%A9%EB%B2%95?category=1072027, https://kineticharbor.com/ko/articles/http-410-gone, https://devsnap.dev/ko/http-status/410, https://apidog.com/kr/blog/status-code-410-gone
      keywords: [
        '영구 삭제',
        '삭제됨',
        '삭제된 페이지',
        '없어진 페이지',
        '영구적으로 사라짐',
        '더 이상 없음',
        '더 이상 사용할 수 없음',
        '폐기된 API',
        '지원 종료된 API',
        '서비스 종료',
        '삭제된 게시물',
        '탈퇴한 회원',
        '삭제된 계정',
        '종료된 이벤트',
        '만료된 프로모션',
        '단종된 상품',
        'API 버전 종료',
      ],
    },
  },
  {
    code: 411,
    phrase: 'Length Required',
    status: 'permanent',
    headers: ['Content-Length', 'Transfer-Encoding'],
    spec: {
      title: 'RFC 9110',
      section: '15.5.12',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/411',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Length Required',
      summary:
        'The server refuses a request body unless its size is stated up front in `Content-Length`.',
      detail:
        'Some servers and proxies will not accept a body of unknown size, so they reject requests that stream it with chunked transfer coding or leave out `Content-Length` altogether. It tends to show up with POST or PUT requests that have an empty body, with streamed uploads, and with older servers or storage APIs that need the size before they start reading. Sending an explicit length, even `Content-Length: 0` for an empty body, resolves it.',
      causes: [
        'A POST or PUT without a body is sent without `Content-Length: 0` (some HTTP clients leave it out).',
        'The client streams the body with `Transfer-Encoding: chunked` to a server or proxy that does not accept chunked request bodies.',
        'A proxy or middleware dropped the `Content-Length` header while rewriting the request.',
        'An object-storage or legacy API needs the exact upload size before the transfer starts.',
      ],
      clientFixes: [
        'Add `Content-Length: 0` to empty POST and PUT requests (with curl: `-d ""` or `-H "Content-Length: 0"`).',
        'Buffer the body, or tell your HTTP client the size of the file or stream, so it sends `Content-Length` instead of chunking.',
        'For S3-style uploads whose size is not known in advance, switch to multipart upload.',
      ],
      serverFixes: [
        'Accept chunked request bodies where your stack allows it (nginx has done so since 1.3.9; check older proxies and IIS modules).',
        'Configure proxies to pass `Content-Length` through unchanged.',
        'Say in the error body that `Content-Length` is required, because the status code alone puzzles many users.',
      ],
      retryNote:
        'Send the request again with a correct `Content-Length` header; resending it without one fails the same way.',
      keywords: [
        'Content-Length missing',
        'Content-Length required',
        'missing length header',
        'chunked transfer',
        'chunked request body',
        'empty POST body',
        'Transfer-Encoding',
        'no content-length',
        'missing content-length',
      ],
    },
    ko: {
      name: '길이 필요',
      summary: '본문 크기를 Content-Length로 밝히지 않은 요청을 서버가 받지 않습니다.',
      detail:
        '일부 서버와 프록시는 크기를 알 수 없는 본문을 받지 않으므로, 청크 전송 코딩(chunked)으로 본문을 스트리밍하거나 Content-Length를 아예 빠뜨린 요청을 거부합니다. 본문이 빈 POST나 PUT, 스트리밍 업로드, 그리고 읽기 전에 크기부터 알아야 하는 오래된 서버나 스토리지 API에서 주로 나타납니다. 빈 본문이라도 `Content-Length: 0`처럼 길이를 명시하면 해결됩니다.',
      causes: [
        '본문 없는 POST나 PUT을 `Content-Length: 0` 없이 보냈습니다(일부 HTTP 클라이언트는 이 헤더를 생략합니다).',
        '청크 요청 본문을 받지 않는 서버나 프록시에 `Transfer-Encoding: chunked`로 본문을 스트리밍했습니다.',
        '프록시나 미들웨어가 요청을 고쳐 쓰면서 Content-Length 헤더를 빠뜨렸습니다.',
        '객체 스토리지나 오래된 API가 전송을 시작하기 전에 정확한 업로드 크기를 알아야 합니다.',
      ],
      clientFixes: [
        '빈 POST, PUT 요청에 `Content-Length: 0`을 붙입니다(curl이라면 `-d ""` 또는 `-H "Content-Length: 0"`).',
        '본문을 버퍼에 모으거나 파일·스트림 크기를 HTTP 클라이언트에 알려 주어, 청크로 나누지 않고 Content-Length를 보내게 합니다.',
        'S3 방식 업로드에서 크기를 미리 알 수 없다면 멀티파트 업로드로 바꿉니다.',
      ],
      serverFixes: [
        '스택이 허용한다면 청크 요청 본문을 받도록 합니다(nginx는 1.3.9부터 지원하며, 오래된 프록시와 IIS 모듈은 따로 확인합니다).',
        '프록시가 Content-Length를 바꾸지 않고 그대로 전달하도록 설정합니다.',
        '상태 코드만으로는 헷갈리는 사용자가 많으니 Content-Length가 필요하다고 오류 본문에 적습니다.',
      ],
      retryNote:
        '올바른 Content-Length 헤더를 붙여 다시 보내야 하며, 헤더 없이 보내면 똑같이 실패합니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/411, https://earscoming.tistory.com/entry/server-411-Length-Required-%EC%97%90%EB%9F%AC%EB%9E%80-%EC%84%A4%EB%AA%85-%EB%B0%8F-%ED%95%B4%EA%B2%B0%EB%B0%A9%EB%B2%95
      keywords: [
        'Content-Length 누락',
        'Content-Length 헤더 필요',
        '청크 전송',
        '본문 길이',
        '길이 헤더',
        '빈 POST 요청',
        'Transfer-Encoding',
      ],
    },
  },
  {
    code: 412,
    phrase: 'Precondition Failed',
    status: 'permanent',
    headers: ['If-Match', 'If-None-Match', 'If-Unmodified-Since', 'ETag', 'Last-Modified'],
    spec: {
      title: 'RFC 9110',
      section: '15.5.13',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/412',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Precondition Failed',
      summary:
        'A condition the client attached to the request, such as `If-Match`, turned out false on the server, so nothing was changed.',
      detail:
        'Conditional headers let a client say "only do this if the resource is still the version I saw" (`If-Match` with an ETag, `If-Unmodified-Since` with a date) or "only create it if nothing is there yet" (`If-None-Match: *`). When such a condition fails on a state-changing request, the server leaves the resource untouched and answers 412, which is how optimistic locking prevents lost updates. For GET and HEAD, a failed `If-None-Match` or `If-Modified-Since` yields 304 Not Modified instead, and 409 is used when the server finds a conflict without any precondition from the client.',
      causes: [
        'Someone else modified the resource after you read it, so your `If-Match` ETag no longer matches.',
        '`If-None-Match: *` was sent to create a resource that already exists.',
        'A proxy or CDN compressed the response and turned the strong ETag into a weak one (`W/"…"`), which can never pass the strong comparison `If-Match` uses.',
        'Servers behind a load balancer generate different ETags for the same file.',
      ],
      clientFixes: [
        'Fetch the resource again, take its new ETag, reapply your change and resend with the updated `If-Match`.',
        'Tell the user that someone else edited the item first and offer to merge or overwrite.',
        'Send the ETag exactly as the server gave it, quotes included.',
      ],
      serverFixes: [
        'Return the current `ETag` with the 412 so the client can refresh without an extra round trip.',
        'Make every server produce the same ETag for the same content (in Apache, keep `FileETag` from using inode numbers).',
        'Require `If-Match` on risky updates and answer 428 Precondition Required when it is missing.',
      ],
      retryNote:
        'Resending with the same stale condition fails again; refresh the resource, update the ETag or date, then try again.',
      keywords: [
        'ETag mismatch',
        'stale ETag',
        'If-Match',
        'If-Unmodified-Since',
        'conditional request failed',
        'optimistic locking',
        'optimistic concurrency',
        'lost update',
        'etag did not match',
        'if-match mismatch',
        'etag mismatch',
      ],
    },
    ko: {
      name: '전제 조건 실패',
      summary:
        '클라이언트가 If-Match 같은 헤더로 요청에 건 조건이 서버에서 맞지 않아, 아무것도 바뀌지 않았습니다.',
      detail:
        '조건부 헤더를 쓰면 클라이언트는 "내가 본 버전 그대로일 때만 실행해 달라"(ETag를 담은 If-Match, 날짜를 담은 If-Unmodified-Since)거나 "아직 없을 때만 만들어 달라"(`If-None-Match: *`)고 요구할 수 있습니다. 상태를 바꾸는 요청에서 이 조건이 맞지 않으면 서버는 리소스를 건드리지 않고 412를 돌려줍니다. 낙관적 잠금은 이런 식으로 갱신 손실을 막습니다. GET과 HEAD에서는 If-None-Match나 If-Modified-Since 조건이 맞지 않으면 412가 아니라 304 Not Modified가 오며, 클라이언트가 건 조건 없이 서버가 충돌을 찾아낸 경우에는 409를 씁니다.',
      causes: [
        '내가 읽은 뒤에 다른 사람이 리소스를 수정해서, If-Match에 담은 ETag가 더 이상 맞지 않습니다.',
        '이미 있는 리소스를 `If-None-Match: *`로 새로 만들려고 했습니다.',
        '프록시나 CDN이 응답을 압축하면서 강한 ETag를 약한 ETag(`W/"…"`)로 바꿨습니다. 약한 ETag는 If-Match가 쓰는 강한 비교를 결코 통과하지 못합니다.',
        '로드 밸런서 뒤의 서버들이 같은 파일에 서로 다른 ETag를 만들어 냅니다.',
      ],
      clientFixes: [
        '리소스를 다시 받아 새 ETag를 얻고, 변경 사항을 다시 적용한 뒤 새 값을 담은 If-Match와 함께 보냅니다.',
        '다른 사람이 먼저 수정했다는 사실을 사용자에게 알리고 병합할지 덮어쓸지 고르게 합니다.',
        'ETag는 따옴표까지 포함해 서버가 준 값 그대로 보냅니다.',
      ],
      serverFixes: [
        '412와 함께 현재 ETag를 보내, 클라이언트가 요청을 한 번 더 하지 않고도 최신 상태를 알 수 있게 합니다.',
        '모든 서버가 같은 콘텐츠에 같은 ETag를 만들게 합니다. Apache라면 FileETag가 inode 번호를 쓰지 않도록 설정합니다.',
        '위험한 수정에는 If-Match를 필수로 하고, 빠졌을 때는 428 Precondition Required로 응답합니다.',
      ],
      retryNote:
        '오래된 조건을 그대로 보내면 또 실패하므로, 리소스를 새로 받아 ETag나 날짜를 갱신한 뒤 재시도합니다.',
      // Korean usage: https://earscoming.tistory.com/entry/server-412-Precondition-Failed%EB%9E%80-%EC%84%A4%EB%AA%85-%EB%B0%8F-%ED%95%B4%EA%B2%B0%EB%B0%A9, https://runebook.dev/ko/docs/http/headers/if-match, https://runebook.dev/ko/docs/http/methods/put, https://runebook.dev/ko/docs/http/status/412, https://httpstatuscodes.info/_ko/412_status_code
      keywords: [
        'ETag 불일치',
        '조건부 요청 실패',
        '조건부 요청',
        '낙관적 잠금',
        '낙관적 락',
        '갱신 손실',
        'If-Match',
        'If-Unmodified-Since',
        'ETag 다름',
        'ETag 불일치로 수정 실패',
        'If-Match 실패',
        '오래된 버전으로 수정',
        '이미 수정됨',
        '전제 조건 실패',
      ],
    },
  },
  {
    code: 413,
    phrase: 'Content Too Large',
    formerPhrases: ['Payload Too Large', 'Request Entity Too Large'],
    status: 'permanent',
    headers: ['Content-Length', 'Retry-After'],
    spec: {
      title: 'RFC 9110',
      section: '15.5.14',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/413',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Content Too Large',
      summary: 'The request body is bigger than the server is willing or able to accept.',
      detail:
        "The server, or a proxy in front of it, enforces a size limit on request bodies and this upload went over it; the server may close the connection rather than read the rest, and can add `Retry-After` if the limit is only temporary. The limit is usually a configuration value rather than a hard technical constraint, and nginx's `client_max_body_size` defaults to just 1 MB, so it is often the first one large uploads hit. RFC 9110 renamed the code from Payload Too Large (and, before that, Request Entity Too Large), which is why all three names still turn up in logs and error pages.",
      causes: [
        'An upload exceeds nginx `client_max_body_size`, which is 1 MB by default.',
        'A framework or runtime limit applies: PHP `upload_max_filesize` and `post_max_size`, the Express body-parser `limit` (100 kB by default), IIS `maxAllowedContentLength` or Spring `multipart.max-file-size`.',
        "A CDN, load balancer or serverless platform caps request size, for example 10 MB on AWS API Gateway or 100 MB on Cloudflare's Free plan.",
        'A JSON body embeds a large Base64-encoded file, which inflates it by about a third.',
      ],
      clientFixes: [
        'Compress or resize the file, or split it into smaller parts.',
        "Use the service's chunked, resumable or direct-to-storage upload (such as an S3 presigned URL) for big files.",
        'Send binary files as `multipart/form-data` instead of Base64 inside JSON.',
      ],
      serverFixes: [
        'Raise the limit on every layer the request crosses: nginx `client_max_body_size`, the application framework, and any load balancer or CDN.',
        'State the maximum allowed size in the error message, and check file size in the browser before the upload starts.',
        'Send `Retry-After` when the limit is temporary, for example while storage space is short.',
      ],
      retryNote: 'The same body is rejected again; make it smaller or raise the limit first.',
      keywords: [
        'file too large',
        'file too big to upload',
        'upload limit',
        'upload size limit',
        'max upload size',
        'request body too large',
        'body size limit',
        'client_max_body_size',
        'upload_max_filesize',
        'post_max_size',
        'maxAllowedContentLength',
        'MaxUploadSizeExceededException',
      ],
    },
    ko: {
      name: '콘텐츠가 너무 큼',
      summary: '요청 본문이 서버가 받을 수 있거나 받으려는 크기보다 큽니다.',
      detail:
        '서버나 그 앞단의 프록시가 요청 본문 크기에 한도를 두는데 이번 업로드가 그 한도를 넘었습니다. 서버는 나머지를 읽지 않고 연결을 닫을 수 있으며, 한도가 일시적이라면 Retry-After를 붙일 수 있습니다. 이 한도는 대개 기술적 한계가 아니라 설정값입니다. nginx의 client_max_body_size 기본값은 1MB밖에 되지 않아 큰 파일을 올릴 때 가장 먼저 걸리곤 합니다. RFC 9110이 이름을 Payload Too Large(그 전에는 Request Entity Too Large)에서 지금 이름으로 바꿨기 때문에, 로그와 오류 페이지에는 세 이름이 모두 보입니다.',
      causes: [
        '업로드가 nginx client_max_body_size(기본 1MB)를 넘었습니다.',
        '프레임워크나 런타임 제한에 걸렸습니다. PHP의 upload_max_filesize와 post_max_size, Express body-parser의 limit(기본 100kB), IIS의 maxAllowedContentLength, Spring의 multipart.max-file-size 등이 있습니다.',
        'CDN, 로드 밸런서, 서버리스 플랫폼이 요청 크기를 제한합니다(예: AWS API Gateway 10MB, Cloudflare 무료 요금제 100MB).',
        'JSON 본문에 큰 파일을 Base64로 넣어 크기가 3분의 1가량 불어났습니다.',
      ],
      clientFixes: [
        '파일을 압축하거나 크기를 줄이거나 여러 조각으로 나눕니다.',
        '큰 파일은 서비스가 제공하는 분할 업로드, 이어 올리기, 스토리지 직접 업로드(예: S3 사전 서명 URL)를 씁니다.',
        '바이너리 파일은 JSON 안에 Base64로 넣지 말고 `multipart/form-data`로 보냅니다.',
      ],
      serverFixes: [
        '요청이 거치는 모든 계층의 한도를 함께 올립니다. nginx client_max_body_size와 애플리케이션 프레임워크는 물론 로드 밸런서와 CDN까지 확인합니다.',
        '허용되는 최대 크기를 오류 메시지에 적고, 업로드를 시작하기 전에 브라우저에서 파일 크기를 검사합니다.',
        '저장 공간 부족처럼 제한이 일시적이라면 Retry-After를 보냅니다.',
      ],
      retryNote: '같은 본문은 또 거부되므로 크기를 줄이거나 한도를 먼저 올려야 합니다.',
      // Korean usage: https://learn.microsoft.com/ko-kr/azure/event-grid/delivery-and-retry, https://earscoming.tistory.com/entry/server-413-Payload-Too-Large-%EC%97%90%EB%9F%AC%EB%9E%80-%EC%9B%90%EC%9D%B8-%EB%B0%8F-%ED%95%B4%EA%B2%B0%EB%B0%A9%EB%B2%95?category=1072027, https://runebook.dev/ko/docs/http/status/413, https://beautifulsoup.dev/blog/nginx-413-request-entity-too-large-upload-fix, https://httpstatuscodes.info/_ko/413_status_code, https://devsnap.dev/ko/http-status/413
      keywords: [
        '요청 엔터티가 너무 큼',
        '파일 크기 초과',
        '업로드 용량 초과',
        '업로드 크기 제한',
        '업로드 제한',
        '파일이 너무 큼',
        '첨부 파일이 너무 큼',
        '요청 크기 초과',
        '요청 본문 크기 초과',
        '페이로드 너무 큼',
        '대용량 파일 업로드',
        'client_max_body_size',
        '용량이 커서',
        '사진 업로드 실패',
        '이미지 업로드 실패',
        '동영상 업로드 실패',
        '큰 파일 업로드',
        '파일 용량 초과',
        'JSON 너무 큼',
        '업로드 용량 제한',
      ],
    },
  },
  {
    code: 414,
    phrase: 'URI Too Long',
    formerPhrases: ['Request-URI Too Long'],
    status: 'permanent',
    headers: [],
    spec: {
      title: 'RFC 9110',
      section: '15.5.15',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/414',
    cacheable: true,
    retry: 'after-change',
    en: {
      name: 'URI Too Long',
      summary: 'The URL in the request is longer than the server is willing to read.',
      detail:
        'Servers cap the length of the request target to protect their memory, commonly at around 8 KB (IIS is stricter), and answer 414 beyond that without routing the request at all. Ordinary links rarely get there; it usually means too much data was packed into the query string, or a redirect loop kept appending to the URL. Moving the data into a POST body is the usual fix. Node.js counts the URL toward its header size limit and answers 431 instead of 414.',
      causes: [
        'A GET request carries bulky data in the query string, such as a long list of IDs, serialized filters or a Base64 image.',
        'A redirect loop adds the same parameter (for example `returnUrl`) again on every hop.',
        'The URL exceeds a configured limit: Apache `LimitRequestLine` (8190 bytes), nginx `large_client_header_buffers` (8 KB by default), or IIS `maxUrl` and `maxQueryString`.',
      ],
      clientFixes: [
        'Send large inputs in a POST body instead of the query string, if the API offers such an endpoint.',
        "Look for repeated parameters in the URL, which point to a redirect loop, and clear the site's cookies if the loop involves login.",
        'Pass an ID that refers to data stored on the server instead of long inline data.',
      ],
      serverFixes: [
        'Offer POST endpoints for searches and filters that can grow large.',
        'Fix redirect logic that keeps encoding the return URL into itself.',
        'If long URLs are legitimate, raise `LimitRequestLine`, `large_client_header_buffers` or the IIS request limits, and keep proxies in front in line.',
      ],
      retryNote:
        'The same URL is rejected again; shorten it or move the data into the request body first.',
      keywords: [
        'URL too long',
        'Request-URI Too Large',
        'long query string',
        'query string too long',
        'URL length limit',
        'GET parameters too long',
        'LimitRequestLine',
        'maxQueryString',
      ],
    },
    ko: {
      name: 'URI가 너무 김',
      summary: '요청 URL이 서버가 읽으려는 길이보다 깁니다.',
      detail:
        '서버는 메모리를 보호하려고 요청 대상의 길이에 상한을 두며(흔히 8KB 안팎이고 IIS는 더 엄격합니다), 이를 넘으면 라우팅도 하지 않고 414를 돌려줍니다. 일반 링크로는 좀처럼 닿지 않는 길이라, 대개 쿼리 문자열에 데이터를 너무 많이 실었거나 리다이렉션 루프가 URL 뒤에 계속 무언가를 덧붙인 경우입니다. 데이터를 POST 본문으로 옮기는 것이 일반적인 해결책입니다. Node.js는 URL을 헤더 크기 제한에 포함해 계산하므로 414 대신 431을 돌려줍니다.',
      causes: [
        'GET 요청의 쿼리 문자열에 긴 ID 목록, 직렬화한 필터, Base64 이미지 같은 큰 데이터를 실었습니다.',
        '리다이렉션 루프가 한 번 돌 때마다 같은 파라미터(예: returnUrl)를 다시 덧붙입니다.',
        'URL이 설정된 한도를 넘었습니다. Apache LimitRequestLine(8190바이트), nginx large_client_header_buffers(기본 8KB), IIS의 maxUrl과 maxQueryString이 해당합니다.',
      ],
      clientFixes: [
        'API가 지원한다면 큰 입력은 쿼리 문자열 대신 POST 본문으로 보냅니다.',
        'URL에 같은 파라미터가 반복된다면 리다이렉션 루프이므로, 로그인과 관련된 루프라면 해당 사이트의 쿠키를 지웁니다.',
        '긴 데이터를 URL에 직접 넣지 말고 서버에 저장한 데이터의 ID를 넘깁니다.',
      ],
      serverFixes: [
        '검색이나 필터처럼 길어질 수 있는 요청에는 POST 엔드포인트를 제공합니다.',
        '복귀 URL을 자기 안에 계속 인코딩해 넣는 리다이렉션 로직을 고칩니다.',
        '긴 URL이 정상적인 사용이라면 LimitRequestLine, large_client_header_buffers, IIS의 요청 한계 값을 올리고 앞단 프록시 설정도 맞춥니다.',
      ],
      retryNote:
        '같은 URL은 또 거부되므로, URL을 줄이거나 데이터를 요청 본문으로 옮긴 뒤 보내야 합니다.',
      // Korean usage: https://sy-develop-note.tistory.com/131, https://runebook.dev/ko/docs/http/status/414, https://earscoming.tistory.com/entry/server-414-URI-Too-Long-%EC%97%90%EB%9F%AC%EB%9E%80-%EC%9B%90%EC%9D%B8-%EB%B0%8F-%ED%95%B4%EA%B2%B0%EB%B0%A9?category=1072027, https://runebook.dev/ko/docs/http/rfc9110/section-15.5.15
      keywords: [
        'URL 길이 초과',
        'URL이 너무 김',
        '주소가 너무 김',
        '요청 URI가 너무 김',
        '긴 URL',
        'URL 길이 제한',
        '쿼리 문자열 길이 초과',
        '쿼리스트링 길이',
        'GET 파라미터 길이 초과',
        'URL 너무 김',
        '검색어 너무 김',
        '검색어 길게',
        '주소창 URL 너무 김',
        '긴 쿼리 문자열',
        '쿼리 파라미터 너무 많음',
        'GET으로 긴 데이터',
        'URI 너무 김',
      ],
    },
  },
  {
    code: 415,
    phrase: 'Unsupported Media Type',
    status: 'permanent',
    headers: ['Content-Type', 'Content-Encoding', 'Accept-Encoding', 'Accept-Post', 'Accept-Patch'],
    spec: {
      title: 'RFC 9110',
      section: '15.5.16',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/415',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Unsupported Media Type',
      summary:
        'The server will not process the request body because of its media type or content coding.',
      detail:
        'The trouble is the format of what you sent: the `Content-Type` names a type the endpoint does not parse, or the `Content-Encoding` (such as gzip or br) is one it cannot decode. The server may point to what it does accept with `Accept-Post` or `Accept-Patch`, or with `Accept-Encoding` when the coding is at fault. A very common case is JSON posted without `Content-Type: application/json`, which frameworks such as Spring and ASP.NET Core reject with 415. Do not confuse it with 406, which concerns the format of the response the client asked for.',
      causes: [
        'The body is JSON but the `Content-Type` header is missing or says `text/plain` or `application/x-www-form-urlencoded`.',
        'A file was sent as raw bytes to an endpoint that expects `multipart/form-data`, or the other way round.',
        'The request body is gzip-compressed (`Content-Encoding: gzip`) and the server does not decompress requests.',
        'A PATCH is sent as `application/json` where the API requires `application/merge-patch+json` or `application/json-patch+json`.',
        'The charset or a vendor type such as `application/vnd.example.v2+json` does not match what the endpoint lists.',
      ],
      clientFixes: [
        'Set `Content-Type` to exactly what the API documents, for example `application/json` for JSON bodies.',
        'Let your HTTP client build multipart bodies (`FormData`, `files=` in Python requests) so the boundary parameter is right, rather than setting `Content-Type: multipart/form-data` by hand.',
        'Send the body uncompressed unless the API says it accepts `Content-Encoding`.',
      ],
      serverFixes: [
        'Name the accepted media types in the error body and in `Accept-Post` or `Accept-Patch` headers.',
        'Declare the consumed types in the framework (Spring `consumes`, ASP.NET Core `[Consumes]`) and accept common variants such as an added charset parameter.',
        'List the supported codings in `Accept-Encoding` when a compressed body is the problem.',
      ],
      retryNote:
        'Resending the same body with the same headers fails again; fix the `Content-Type`, body format or encoding first.',
      keywords: [
        'wrong content type',
        'unsupported content type',
        'Content-Type missing',
        'content-type',
        'application/json',
        'multipart/form-data',
        'MIME type',
        'Content type not supported',
        'HttpMediaTypeNotSupportedException',
        'gzip request body',
        'sent xml instead of json',
        'only accepts json',
      ],
    },
    ko: {
      name: '지원하지 않는 미디어 타입',
      summary: '요청 본문의 미디어 타입이나 콘텐츠 인코딩 때문에 서버가 처리하지 않습니다.',
      detail:
        '문제는 보낸 데이터의 형식입니다. Content-Type이 엔드포인트가 해석하지 못하는 타입이거나, Content-Encoding(gzip, br 등)이 서버가 풀 수 없는 방식인 경우입니다. 서버는 받을 수 있는 형식을 Accept-Post나 Accept-Patch로, 인코딩이 문제라면 Accept-Encoding으로 알려 줄 수 있습니다. 특히 흔한 경우는 `Content-Type: application/json` 없이 JSON을 보냈다가 Spring이나 ASP.NET Core에서 415를 받는 것입니다. 클라이언트가 요청한 응답 형식의 문제인 406과 헷갈리지 않도록 합니다.',
      causes: [
        '본문은 JSON인데 Content-Type 헤더가 없거나 `text/plain`, `application/x-www-form-urlencoded`로 되어 있습니다.',
        '엔드포인트는 `multipart/form-data`를 기대하는데 파일을 원시 바이트로 보냈거나, 그 반대입니다.',
        '요청 본문을 gzip으로 압축해(`Content-Encoding: gzip`) 보냈는데, 서버는 요청의 압축을 풀지 않습니다.',
        'API는 `application/merge-patch+json`이나 `application/json-patch+json`을 요구하는데 PATCH를 `application/json`으로 보냈습니다.',
        '문자 집합(charset)이나 `application/vnd.example.v2+json` 같은 제공 업체 전용 타입이 엔드포인트가 받는 목록과 맞지 않습니다.',
      ],
      clientFixes: [
        'Content-Type을 API 문서에 적힌 값 그대로 설정합니다. JSON 본문이라면 `application/json`입니다.',
        '`Content-Type: multipart/form-data`를 손으로 넣지 말고, HTTP 클라이언트(FormData, Python requests의 `files=`)가 multipart 본문을 만들게 합니다. 그래야 boundary 파라미터가 올바르게 붙습니다.',
        'API가 Content-Encoding을 받는다고 명시하지 않았다면 본문을 압축하지 않고 보냅니다.',
      ],
      serverFixes: [
        '받을 수 있는 미디어 타입을 오류 본문과 Accept-Post, Accept-Patch 헤더에 적습니다.',
        '프레임워크에 받는 타입을 선언하고(Spring의 consumes, ASP.NET Core의 [Consumes]), charset 파라미터가 붙은 값 같은 흔한 변형도 허용합니다.',
        '압축된 본문이 문제라면 지원하는 인코딩을 Accept-Encoding 헤더로 알려 줍니다.',
      ],
      retryNote:
        '같은 본문과 헤더로 다시 보내면 또 실패하므로, Content-Type이나 본문 형식, 인코딩부터 고쳐야 합니다.',
      // Korean usage: https://runebook.dev/ko/docs/http/status/415, https://haenny.tistory.com/280, https://devsnap.dev/ko/http-status/415, https://earscoming.tistory.com/entry/server-415-Unsupported-Media-Type-%EC%97%90%EB%9F%AC%EB%9E%80-%EC%9B%90%EC%9D%B8%EA%B3%BC-%ED%95%B4%EA%B2%B0-%EB%B0%A9%EB%B2%95
      keywords: [
        'Content-Type 오류',
        'Content-Type 누락',
        '콘텐츠 타입 불일치',
        '미디어 타입 불일치',
        '지원하지 않는 형식',
        'MIME 타입',
        'application/json',
        'multipart/form-data',
        '미디어 타입 미지원',
        '지원하지 않는 미디어 타입',
        'Content-Type 안 맞음',
        'JSON 대신 폼 전송',
        'text/plain 전송',
        'x-www-form-urlencoded',
        'boundary 누락',
        '@RequestBody 오류',
      ],
    },
  },
  {
    code: 416,
    phrase: 'Range Not Satisfiable',
    formerPhrases: ['Requested Range Not Satisfiable'],
    status: 'permanent',
    headers: ['Range', 'Content-Range', 'Accept-Ranges', 'If-Range'],
    spec: {
      title: 'RFC 9110',
      section: '15.5.17',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/416',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Range Not Satisfiable',
      summary:
        'The byte range asked for in the Range header lies outside what the resource actually contains, so the server cannot send that part.',
      detail:
        'A server answers 416 when none of the ranges in the Range header can be satisfied, typically because the start offset is at or beyond the current length of the file, or when a request asks for so many tiny or overlapping ranges that it looks like abuse. For byte ranges the response should carry Content-Range: bytes */LENGTH, which tells the client the real size so it can correct its offsets. You mostly run into it when resuming a download whose file has since shrunk or been replaced, or when a media player seeks past the end. Servers may also ignore Range and send the whole file with 200, so a client cannot count on getting 416.',
      causes: [
        'A download manager resumes from a saved offset, but the file on the server has since become shorter or been replaced.',
        'The Range header starts at or past the end of the resource, for example bytes=5000- for a 4,000-byte file.',
        'The request lists too many small or overlapping ranges, and the server rejects it as a possible denial-of-service pattern.',
        'A CDN or cache holds a truncated copy of the object and checks the requested range against the wrong length.',
      ],
      clientFixes: [
        'Read the real length from the Content-Range: bytes */N header and request a range that ends before N.',
        'Delete the partial file and download again without a Range header; when resuming, send the saved ETag in If-Range so a changed file comes back whole with 200.',
        'Merge adjacent or overlapping ranges into a few larger ones.',
      ],
      serverFixes: [
        'Include Content-Range: bytes */<length> in every 416 response so clients can recover on their own.',
        'Send ETag or Last-Modified and honour If-Range, so clients resuming a file that has changed get a full 200 instead of a 416.',
        'Purge CDN or cache entries that hold truncated objects (for example after a failed upload) so the advertised length matches the origin.',
        'If you cannot serve ranges reliably, send Accept-Ranges: none and answer Range requests with the full representation.',
      ],
      retryNote:
        'The same Range header fails again; fix the offsets using the length in Content-Range, or drop Range and fetch the whole resource.',
      keywords: [
        'range request',
        'byte range',
        'invalid range',
        'range out of bounds',
        'range beyond file size',
        'resume download failed',
        'file changed during download',
        'video seek error',
        'Content-Range',
        'If-Range',
      ],
    },
    ko: {
      name: '충족할 수 없는 범위',
      summary:
        'Range 헤더로 요청한 바이트 범위가 리소스의 실제 크기를 벗어나, 서버가 그 부분을 보낼 수 없습니다.',
      detail:
        'Range 헤더에 적힌 범위를 하나도 충족할 수 없을 때 서버가 416을 보냅니다. 대개 시작 위치가 파일의 현재 길이와 같거나 그보다 뒤인 경우이며, 잘게 쪼개지거나 서로 겹치는 범위를 지나치게 많이 요청해 악용이 의심될 때도 보냅니다. 바이트 범위라면 응답의 Content-Range: bytes */<길이> 헤더가 실제 크기를 알려 주므로, 클라이언트는 이 값으로 시작 위치를 고칠 수 있습니다. 다운로드를 이어받는데 그사이 서버의 파일이 줄어들었거나 바뀐 경우, 또는 미디어 플레이어가 파일 끝을 넘어 탐색할 때 자주 봅니다. 서버는 Range를 무시하고 200으로 파일 전체를 보내도 되므로, 클라이언트는 416이 온다고 기대할 수 없습니다.',
      causes: [
        '저장해 둔 위치부터 다운로드를 이어받으려 했지만, 그사이 서버의 파일이 짧아졌거나 다른 파일로 바뀌었습니다.',
        'Range 헤더의 시작 위치가 리소스 끝과 같거나 그 뒤입니다. 4,000바이트 파일에 bytes=5000-을 요청한 경우가 그렇습니다.',
        '작거나 서로 겹치는 범위를 너무 많이 요청해, 서버가 서비스 거부 공격 패턴일 수 있다고 보고 거절했습니다.',
        'CDN이나 캐시에 잘린 사본이 남아 있어, 잘못된 길이를 기준으로 범위를 판단했습니다.',
      ],
      clientFixes: [
        '응답의 Content-Range: bytes */N 헤더에서 실제 길이를 확인하고, N보다 앞에서 끝나는 범위로 다시 요청합니다.',
        '받다 만 파일을 지우고 Range 헤더 없이 처음부터 받습니다. 이어받을 때 저장해 둔 ETag를 If-Range에 넣으면, 파일이 바뀐 경우 서버가 파일 전체를 200으로 보내 줍니다.',
        '붙어 있거나 겹치는 범위는 몇 개의 큰 범위로 합쳐서 요청합니다.',
      ],
      serverFixes: [
        '모든 416 응답에 Content-Range: bytes */<길이> 헤더를 넣어, 클라이언트가 스스로 복구할 수 있게 합니다.',
        'ETag나 Last-Modified를 보내고 If-Range를 지원해, 바뀐 파일을 이어받으려는 클라이언트에게 416 대신 파일 전체를 200으로 보냅니다.',
        '업로드 실패 등으로 잘린 객체가 CDN이나 캐시에 남아 있다면 지워서, CDN이 알리는 길이를 원 서버와 맞춥니다.',
        '범위 요청을 안정적으로 처리할 수 없다면 Accept-Ranges: none을 보내고, Range 요청에도 전체 내용으로 응답합니다.',
      ],
      retryNote:
        '같은 Range 헤더로 다시 보내면 또 실패하므로, Content-Range에 나온 길이에 맞게 범위를 고치거나 Range 없이 전체를 요청해야 합니다.',
      // Korean usage: https://ko.wikipedia.org/wiki/HTTP_상태_코드, https://runebook.dev/ko/docs/http/status/416, https://earscoming.tistory.com/entry/server-416-Requested-Range-Not-Satisfiable-에러란-원인-및-해결방법, https://apidog.com/kr/blog/statut-code-416-range-not-satisfiable
      keywords: [
        '처리할 수 없는 요청 범위',
        '요청 범위 불만족',
        '범위 요청',
        '바이트 범위',
        '잘못된 범위',
        '요청 범위 초과',
        '이어받기 실패',
        '다운로드 재개 실패',
        '부분 다운로드',
        '동영상 탐색 오류',
        'Range 헤더',
        '크기보다 큰 범위',
        '범위 벗어남',
        'Range 범위 초과',
      ],
    },
  },
  {
    code: 417,
    phrase: 'Expectation Failed',
    status: 'permanent',
    headers: ['Expect'],
    spec: {
      title: 'RFC 9110',
      section: '15.5.18',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/417',
    cacheable: false,
    retry: 'after-change',
    en: {
      name: 'Expectation Failed',
      summary:
        'The server, or a proxy on the way to it, cannot meet the expectation the client stated in its Expect header.',
      detail:
        'The Expect header lets a client ask for something before it sends the body; the only expectation defined today is 100-continue, where the client waits for a 100 Continue before uploading a large body. A 417 means at least one server on the path does not support that expectation or refuses it, often an old proxy or a server set up to reject Expect altogether. It is not the same as 412 Precondition Failed, which concerns If-* conditions on the resource rather than how the message is delivered. The usual fix is simply to send the request again without the Expect header.',
      causes: [
        'The HTTP client (curl, PHP cURL, .NET) added Expect: 100-continue on its own for a large POST or PUT body, and a proxy or server on the path does not support it.',
        'The request carries an expectation other than 100-continue, which servers are entitled to reject.',
        'An intermediary such as an old HTTP/1.0 proxy or a misconfigured load balancer cannot pass the expectation along.',
      ],
      clientFixes: [
        "Send the request without Expect: with curl add -H 'Expect:', in .NET set ExpectContinue = false on the request headers (or ServicePointManager.Expect100Continue = false).",
        'Check that you are not sending a custom or misspelled expectation value; 100-continue is the only standard one.',
        'If a proxy sits in between, try the request directly or through another route to find the hop that refuses it.',
      ],
      serverFixes: [
        'Support Expect: 100-continue by sending 100 Continue (or a final error status) before the client streams the body; nginx, Apache and Node.js do this by default.',
        'Configure proxies and load balancers to forward or answer 100-continue instead of rejecting it.',
        'When you do reply 417, say in the body which expectation is unsupported.',
      ],
      retryNote:
        'The same request with the same Expect header gets another 417; remove or change the expectation before sending it again.',
      keywords: [
        '100-continue',
        'Expect header',
        'expect 100 continue',
        'Expect: 100-continue rejected',
        'curl Expect',
        'ExpectContinue',
        'Expect100Continue',
        'cannot honour expect',
        'expect header not supported',
      ],
    },
    ko: {
      name: '기대 실패',
      summary:
        '클라이언트가 Expect 헤더로 밝힌 기대를 서버나 경로 중간의 프록시가 들어줄 수 없습니다.',
      detail:
        'Expect 헤더는 클라이언트가 본문을 보내기 전에 서버에 무언가를 요구하는 수단이며, 현재 정의된 기대는 100-continue 하나뿐입니다. 이 값을 보낸 클라이언트는 큰 본문을 올리기 전에 100 Continue를 기다립니다. 417은 경로 위의 서버 중 적어도 하나가 이 기대를 지원하지 않거나 거부했다는 뜻이며, 오래된 프록시나 Expect 자체를 거부하도록 설정된 서버에서 자주 나옵니다. 메시지 전달 방식이 아니라 리소스에 대한 If-* 조건을 다루는 412 Precondition Failed와는 다릅니다. 대부분은 Expect 헤더를 빼고 다시 보내면 해결됩니다.',
      causes: [
        'curl, PHP cURL, .NET 같은 HTTP 클라이언트가 큰 POST나 PUT 본문에 Expect: 100-continue를 자동으로 붙였는데, 경로 위의 프록시나 서버가 이를 지원하지 않습니다.',
        '요청에 100-continue가 아닌 다른 기대가 들어 있었고, 서버는 이를 거부할 수 있습니다.',
        '오래된 HTTP/1.0 프록시나 잘못 설정된 로드 밸런서 같은 중간 서버가 이 기대를 전달하지 못합니다.',
      ],
      clientFixes: [
        "Expect 헤더 없이 보냅니다. curl이라면 -H 'Expect:'를 추가하고, .NET이라면 요청 헤더의 ExpectContinue를 false로 설정하거나 ServicePointManager.Expect100Continue를 false로 바꿉니다.",
        '직접 정의했거나 철자가 틀린 Expect 값을 보내고 있지 않은지 확인합니다. 표준 값은 100-continue 하나뿐입니다.',
        '중간에 프록시가 있다면 직접 연결하거나 다른 경로로 요청해서, 어느 구간이 거부하는지 찾습니다.',
      ],
      serverFixes: [
        '클라이언트가 본문을 보내기 전에 100 Continue(또는 최종 오류 상태 코드)를 보내는 방식으로 Expect: 100-continue를 지원합니다. nginx, Apache, Node.js는 기본으로 이렇게 동작합니다.',
        '프록시와 로드 밸런서가 100-continue를 거부하지 말고 전달하거나 직접 응답하도록 설정합니다.',
        '417을 보낼 때는 어떤 Expect 값을 지원하지 않는지 본문에 적어 줍니다.',
      ],
      retryNote:
        '같은 Expect 헤더로 다시 보내면 또 417이 오므로, 그 헤더를 빼거나 값을 고친 뒤에 보내야 합니다.',
      // Korean usage: https://ko.wikipedia.org/wiki/HTTP_상태_코드, https://learn.microsoft.com/ko-kr/uwp/api/windows.web.http.httpstatuscode
      keywords: [
        '예상 실패',
        '100-continue',
        'Expect 헤더',
        'Expect 헤더 제거',
        'curl Expect',
        '익스펙트 헤더',
        'Expect 헤더 미지원',
      ],
    },
  },
  {
    code: 418,
    phrase: "I'm a teapot",
    status: 'unused',
    headers: [],
    spec: {
      title: 'RFC 9110',
      section: '15.5.19',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19',
    },
    mdn: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/418',
    cacheable: false,
    retry: 'never',
    en: {
      name: "I'm a teapot",
      summary:
        "An April Fools' joke from RFC 2324, in which a teapot refuses to brew coffee; the number is now reserved and carries no real meaning.",
      detail:
        "RFC 2324, published on 1 April 1998, parodied HTTP with the Hyper Text Coffee Pot Control Protocol (HTCPCP) for networked coffee makers, and gave 418 I'm a teapot to a pot that is asked to brew coffee but can only make tea. The joke caught on: Node.js, Go, Python and many frameworks define a constant for it, and pages such as google.com/teapot really answer with it. Because it was deployed so widely, RFC 9110 §15.5.19 reserved the number instead of freeing it, so the IANA registry lists 418 as (Unused): it cannot be given a real meaning for now, though it could be reassigned if 4xx numbers ever run out. Some sites use it informally to turn away bots or odd requests, but a client should treat any 418 as a generic 4xx client error.",
      causes: [
        'The server or framework returns 418 on purpose as an Easter egg, as google.com/teapot does.',
        'An anti-bot or scraping defence uses 418 as an unofficial way to refuse requests it thinks are automated.',
        'A developer used 418 as a placeholder or test status in code or mocks and it leaked into a real response.',
      ],
      clientFixes: [
        'On a joke endpoint there is nothing to fix; the teapot is working as intended.',
        'If a real API answers 418, read the response body: the service is probably blocking your client, so check your User-Agent, request rate and the terms of use.',
        'Treat an unexpected 418 like a 400: log it and do not retry in a loop.',
      ],
      serverFixes: [
        'Do not use 418 for real errors; pick a registered code such as 400, 403 or 429 that clients and monitoring tools understand.',
        'If you keep the Easter egg, confine it to a dedicated URL so it never shows up in normal API responses.',
        'Remove placeholder 418 responses from tests and mocks before they reach production.',
      ],
      retryNote:
        'Retrying is pointless: a 418 is either a deliberate joke or a deliberate refusal, and neither changes on its own.',
      keywords: [
        'teapot',
        'HTCPCP',
        'RFC 2324',
        "April Fools'",
        'coffee pot',
        'easter egg',
        'google teapot',
        'joke status code',
      ],
    },
    ko: {
      name: '나는 찻주전자',
      summary:
        '차만 끓일 수 있는 주전자가 커피 주문을 거절한다는 RFC 2324의 만우절 농담이며, 지금은 번호만 예약되어 있고 실제 의미는 없습니다.',
      detail:
        "1998년 4월 1일에 나온 RFC 2324는 커피 메이커를 네트워크로 제어하는 HTCPCP(Hyper Text Coffee Pot Control Protocol)로 HTTP를 패러디했고, 차만 끓일 수 있는 주전자에 커피를 주문하면 418 I'm a teapot으로 거절하게 했습니다. 이 농담이 널리 퍼져 Node.js, Go, Python과 여러 프레임워크에 상수로 들어갔고, google.com/teapot 같은 페이지는 실제로 이 코드로 응답합니다. 이렇게 널리 쓰이다 보니 RFC 9110 15.5.19절은 이 번호를 풀어 주지 않고 예약해 두었고, IANA 레지스트리에는 (Unused), 즉 사용하지 않음으로 올라 있습니다. 그래서 지금은 실제 의미를 부여할 수 없으며, 4xx 번호가 바닥나면 그때 다시 배정될 수는 있습니다. 일부 사이트는 봇이나 이상한 요청을 돌려보낼 때 비공식적으로 쓰기도 하지만, 클라이언트는 418을 일반적인 4xx 클라이언트 오류로 다루면 됩니다.",
      causes: [
        'google.com/teapot처럼 서버나 프레임워크가 이스터 에그로 일부러 418을 보냅니다.',
        '봇 차단이나 크롤링 방어 장치가 자동화된 요청으로 보이는 트래픽을 돌려보낼 때 비공식적으로 418을 씁니다.',
        '개발자가 코드나 목(mock)에 임시 상태 코드로 넣어 둔 418이 실제 응답으로 새어 나왔습니다.',
      ],
      clientFixes: [
        '농담용 페이지라면 고칠 것이 없습니다. 찻주전자는 제대로 동작하고 있습니다.',
        '실제 API가 418을 보낸다면 응답 본문을 읽어 봅니다. 서비스가 클라이언트를 막고 있을 가능성이 높으니 User-Agent, 요청 빈도, 이용 약관을 확인합니다.',
        '예상하지 못한 418은 400처럼 다룹니다. 로그만 남기고 반복해서 재시도하지 않습니다.',
      ],
      serverFixes: [
        '실제 오류에는 418을 쓰지 말고, 클라이언트와 모니터링 도구가 이해하는 400, 403, 429 같은 등록된 코드를 고릅니다.',
        '이스터 에그를 남겨 둘 생각이라면 전용 URL에서만 응답하게 해서, 일반 API 응답에 섞이지 않게 합니다.',
        '테스트나 목에 넣어 둔 임시 418 응답은 운영 환경에 배포하기 전에 지웁니다.',
      ],
      retryNote:
        '418은 의도된 농담이거나 의도된 거절이라 저절로 바뀌지 않으므로 재시도해도 소용없습니다.',
      // Korean usage: https://ko.wikipedia.org/wiki/HTTP_상태_코드
      keywords: [
        '찻주전자',
        '주전자',
        '나는 주전자입니다',
        '티팟',
        '만우절',
        'HTCPCP',
        '이스터 에그',
        '커피 포트',
        '농담 상태 코드',
      ],
    },
  },
];
