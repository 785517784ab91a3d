/**
 * "Which status code should I return?": questions about the situation an API or web server
 * author is in, each answer leading to the next question or to the code to send and why.
 *
 * Anchored on the well-known decision charts (Michael Kropat's "Choosing an HTTP Status Code",
 * Alan Dean's HTTP status diagram) and on RFC 9110 §15, RFC 6585 and RFC 7725; every question,
 * answer and reason is our own wording. docs/choose.md draws the tree and says how to extend it.
 */
import type { ChoiceQuestion } from './types.ts';

/** The question every path starts from. */
export const CHOICE_ROOT = 'outcome';

export const CHOICE_QUESTIONS: readonly ChoiceQuestion[] = [
  {
    id: 'outcome',
    en: {
      question: 'How did the request turn out?',
      hint: 'Decide the class first: success, redirection, the client’s fault or the server’s.',
    },
    ko: {
      question: '요청은 어떻게 처리되었나요?',
      hint: '성공, 리다이렉션, 클라이언트 오류, 서버 오류 중 어느 분류인지부터 정합니다.',
    },
    answers: [
      {
        id: 'success',
        en: 'It worked',
        ko: '요청을 제대로 처리했습니다',
        next: 'success',
      },
      {
        id: 'redirect',
        en: 'The client should look elsewhere, or its cached copy is still good',
        ko: '클라이언트가 다른 곳을 봐야 하거나, 캐시한 사본을 그대로 써도 됩니다',
        next: 'redirect',
      },
      {
        id: 'client',
        en: 'The request cannot or may not be served as it was sent',
        ko: '보낸 그대로는 처리할 수 없거나 처리해서는 안 되는 요청입니다',
        next: 'client',
      },
      {
        id: 'server',
        en: 'The request was fine, but the server or something behind it failed',
        ko: '요청에는 문제가 없는데 서버나 그 뒤의 시스템이 실패했습니다',
        next: 'server',
      },
    ],
  },
  {
    id: 'success',
    en: { question: 'What did the request achieve?' },
    ko: { question: '요청으로 무엇을 했나요?' },
    answers: [
      {
        id: 'created',
        en: 'It created a new resource',
        ko: '새 리소스를 만들었습니다',
        next: {
          code: 201,
          reason: {
            en: 'Something new now exists because of this request. Point the Location header at it so the client can fetch it.',
            ko: '이 요청 때문에 새로운 리소스가 생겼습니다. 클라이언트가 바로 가져갈 수 있도록 Location 헤더에 그 주소를 담습니다.',
          },
        },
      },
      {
        id: 'accepted',
        en: 'It was accepted, and the work will finish later',
        ko: '요청을 받아 두었고, 실제 작업은 나중에 끝납니다',
        next: {
          code: 202,
          reason: {
            en: 'Nothing is done yet and the outcome is still open. Say where the client can check progress, such as a job URL.',
            ko: '아직 처리가 끝나지 않았고 결과도 정해지지 않았습니다. 작업 상태를 확인할 주소 같은, 진행 상황을 볼 방법을 함께 알려 줍니다.',
          },
        },
      },
      {
        id: 'partial',
        en: 'It returns only the byte range the Range header asked for',
        ko: 'Range 헤더가 요청한 바이트 범위만 돌려줍니다',
        next: {
          code: 206,
          reason: {
            en: 'The body holds part of the resource, as asked, with Content-Range saying which part. Resumed downloads and video seeking rely on it.',
            ko: '요청받은 대로 리소스의 일부만 본문에 담고, 어느 부분인지는 Content-Range로 밝힙니다. 이어받기나 동영상 탐색이 이 응답에 기댑니다.',
          },
        },
      },
      {
        id: 'empty',
        en: 'It worked, and there is nothing to send back',
        ko: '처리는 끝났고 돌려줄 내용이 없습니다',
        next: {
          code: 204,
          reason: {
            en: 'Success with an empty body, typical after a DELETE or a PUT that needs no reply. The client knows not to wait for content.',
            ko: '본문 없이 성공만 알립니다. 따로 돌려줄 것이 없는 DELETE나 PUT 뒤에 흔히 씁니다. 클라이언트는 읽을 콘텐츠가 없다는 것을 바로 압니다.',
          },
        },
      },
      {
        id: 'content',
        en: 'It worked, and the response carries a result',
        ko: '처리가 끝났고 응답에 결과를 담아 보냅니다',
        next: {
          code: 200,
          reason: {
            en: 'The general success answer: the body is what the client asked for, or the outcome of what it asked the server to do.',
            ko: '가장 일반적인 성공 응답입니다. 본문에는 클라이언트가 요청한 리소스나, 요청한 작업의 결과가 들어갑니다.',
          },
        },
      },
    ],
  },
  {
    id: 'redirect',
    en: { question: 'Where should the client go?' },
    ko: { question: '클라이언트는 어디로 가야 하나요?' },
    answers: [
      {
        id: 'not-modified',
        en: 'Nowhere: it asked conditionally, and its cached copy has not changed',
        ko: '어디로도 가지 않습니다. 조건부 요청이었고 캐시한 사본이 바뀌지 않았습니다',
        next: {
          code: 304,
          reason: {
            en: 'The client sent If-None-Match or If-Modified-Since and the resource still matches. Send no body; the client reuses what it has.',
            ko: '클라이언트가 If-None-Match나 If-Modified-Since를 보냈고 리소스가 그대로입니다. 본문 없이 응답하면 클라이언트가 가진 사본을 다시 씁니다.',
          },
        },
      },
      {
        id: 'moved',
        en: 'The resource moved to a new URL for good',
        ko: '리소스가 새 URL로 완전히 옮겨 갔습니다',
        next: 'permanent',
      },
      {
        id: 'elsewhere',
        en: 'The resource is at another URL for now',
        ko: '리소스가 당분간 다른 URL에 있습니다',
        next: 'temporary',
      },
      {
        id: 'see-other',
        en: 'After a POST or form, send the client to a page to GET (a result or status page)',
        ko: 'POST나 폼을 처리한 뒤, 결과나 상태 페이지를 GET으로 보게 합니다',
        next: {
          code: 303,
          reason: {
            en: 'The client follows Location with GET whatever it sent, so reloading the result page never submits the form again.',
            ko: '클라이언트는 어떤 메서드로 보냈든 Location의 주소를 GET으로 엽니다. 그래서 결과 페이지를 새로고침해도 폼이 다시 제출되지 않습니다.',
          },
        },
      },
    ],
  },
  {
    id: 'permanent',
    en: {
      question: 'Must a POST to the old URL stay a POST?',
      hint: 'APIs usually need the method and body kept; web pages are read with GET anyway.',
    },
    ko: {
      question: '옛 URL로 온 POST가 POST 그대로 전달되어야 하나요?',
      hint: 'API는 보통 메서드와 본문이 유지되어야 하고, 웹 페이지는 어차피 GET으로 읽습니다.',
    },
    answers: [
      {
        id: 'keep-method',
        en: 'Yes, keep the method and body',
        ko: '네, 메서드와 본문을 그대로 유지해야 합니다',
        next: {
          code: 308,
          reason: {
            en: 'A permanent move where clients must repeat the same method and body at the new URL. Caches and search engines remember it.',
            ko: '영구적인 이동이면서 클라이언트가 새 URL에 같은 메서드와 본문으로 다시 요청해야 합니다. 캐시와 검색 엔진도 새 주소를 기억합니다.',
          },
        },
      },
      {
        id: 'any-method',
        en: 'No, it is pages and links read with GET',
        ko: '아니요, GET으로 읽는 페이지와 링크입니다',
        next: {
          code: 301,
          reason: {
            en: 'The classic permanent redirect: search engines move the old URL’s standing to the new one. Browsers may turn a POST into a GET, which is harmless here.',
            ko: '전통적인 영구 리다이렉션입니다. 검색 엔진은 옛 URL의 평가를 새 URL로 옮깁니다. 브라우저가 POST를 GET으로 바꿀 수 있지만 이 경우에는 문제가 없습니다.',
          },
        },
      },
    ],
  },
  {
    id: 'temporary',
    en: {
      question: 'Must a POST to this URL stay a POST?',
      hint: 'Only 307 guarantees the method and body are sent again unchanged.',
    },
    ko: {
      question: '이 URL로 온 POST가 POST 그대로 전달되어야 하나요?',
      hint: '메서드와 본문이 바뀌지 않고 다시 전송된다고 보장하는 것은 307뿐입니다.',
    },
    answers: [
      {
        id: 'keep-method',
        en: 'Yes, keep the method and body',
        ko: '네, 메서드와 본문을 그대로 유지해야 합니다',
        next: {
          code: 307,
          reason: {
            en: 'A temporary detour that repeats the exact request at the other URL. Clients keep using the original URL afterwards.',
            ko: '요청을 그대로 다른 URL로 다시 보내게 하는 임시 우회입니다. 클라이언트는 이후에도 원래 URL을 계속 씁니다.',
          },
        },
      },
      {
        id: 'any-method',
        en: 'No, it is pages and links read with GET',
        ko: '아니요, GET으로 읽는 페이지와 링크입니다',
        next: {
          code: 302,
          reason: {
            en: 'The common temporary redirect for pages, such as a login page or a language version. Nothing is cached or remembered for good.',
            ko: '로그인 페이지나 언어별 페이지로 보낼 때처럼 페이지에서 흔히 쓰는 임시 리다이렉션입니다. 새 주소가 영구히 캐시되거나 기억되지 않습니다.',
          },
        },
      },
    ],
  },
  {
    id: 'client',
    en: { question: 'What is wrong with the request?' },
    ko: { question: '요청의 무엇이 문제인가요?' },
    answers: [
      {
        id: 'content',
        en: 'Its syntax or its values',
        ko: '요청의 문법이나 값',
        next: 'content',
      },
      {
        id: 'identity',
        en: 'Who sent it: no valid credentials, or not allowed',
        ko: '보낸 사람: 유효한 자격 증명이 없거나 권한이 없습니다',
        next: 'identity',
      },
      {
        id: 'target',
        en: 'The URL or the method',
        ko: 'URL이나 메서드',
        next: 'target',
      },
      {
        id: 'state',
        en: 'It clashes with the resource’s current state or version',
        ko: '리소스의 현재 상태나 버전과 맞지 않습니다',
        next: 'state',
      },
      {
        id: 'form',
        en: 'Its size or format',
        ko: '요청의 크기나 형식',
        next: 'form',
      },
      {
        id: 'rate',
        en: 'This client sent too many requests',
        ko: '이 클라이언트가 요청을 너무 많이 보냈습니다',
        next: {
          code: 429,
          reason: {
            en: 'The client went over its rate limit. Add Retry-After so it knows when to come back; the rest of your users are unaffected.',
            ko: '클라이언트가 요청 한도를 넘었습니다. 언제 다시 보내면 되는지 Retry-After로 알려 줍니다. 다른 사용자에게는 영향이 없습니다.',
          },
        },
      },
    ],
  },
  {
    id: 'content',
    en: { question: 'Could the server read the request at all?' },
    ko: { question: '서버가 요청을 읽어 낼 수는 있었나요?' },
    answers: [
      {
        id: 'unreadable',
        en: 'No: broken JSON, a bad header, a parameter of the wrong type',
        ko: '아니요. JSON이 깨졌거나, 헤더가 잘못되었거나, 파라미터의 타입이 틀렸습니다',
        next: {
          code: 400,
          reason: {
            en: 'The request is malformed and no server could make sense of it. Say in the body what was wrong so the client can fix it.',
            ko: '요청의 형식이 잘못되어 어느 서버도 이해할 수 없습니다. 클라이언트가 고칠 수 있도록 무엇이 틀렸는지 본문에 적어 줍니다.',
          },
        },
      },
      {
        id: 'invalid',
        en: 'Yes, but the values fail validation (a required field missing, an end date before the start)',
        ko: '네. 하지만 값이 검증을 통과하지 못합니다(필수 필드 누락, 시작일보다 앞선 종료일 등)',
        next: {
          code: 422,
          reason: {
            en: 'The request is well-formed but its content breaks your rules. Many APIs send 400 here too; 422 tells the client the syntax was fine.',
            ko: '요청 형식은 올바르지만 내용이 규칙에 어긋납니다. 이때 400으로 응답하는 API도 많지만, 422를 쓰면 문법에는 문제가 없다는 것까지 전할 수 있습니다.',
          },
        },
      },
    ],
  },
  {
    id: 'identity',
    en: {
      question: 'Did the request carry valid credentials?',
      hint: 'A token or session that is missing, expired or wrong counts as no.',
    },
    ko: {
      question: '요청에 유효한 자격 증명이 있었나요?',
      hint: '토큰이나 세션이 없거나, 만료되었거나, 틀렸다면 “아니요”입니다.',
    },
    answers: [
      {
        id: 'no',
        en: 'No, the caller is not authenticated',
        ko: '아니요, 인증되지 않은 요청입니다',
        next: {
          code: 401,
          reason: {
            en: 'Authentication is needed and missing or failed. Send WWW-Authenticate naming the scheme, so the client knows how to log in.',
            ko: '인증이 필요한데 없거나 실패했습니다. 어떤 방식으로 인증하면 되는지 WWW-Authenticate 헤더로 알려 줍니다.',
          },
        },
      },
      {
        id: 'yes',
        en: 'Yes, but this user may not do this',
        ko: '네, 하지만 이 사용자에게는 권한이 없습니다',
        next: 'forbidden',
      },
    ],
  },
  {
    id: 'forbidden',
    en: { question: 'May this user know that the resource exists?' },
    ko: { question: '이 사용자가 리소스가 있다는 사실을 알아도 되나요?' },
    answers: [
      {
        id: 'may-know',
        en: 'Yes, refusing openly is fine',
        ko: '네, 거부한다고 드러내도 됩니다',
        next: {
          code: 403,
          reason: {
            en: 'The server knows who is asking and refuses. Logging in again as the same user does not help; only more permissions would.',
            ko: '서버는 누가 요청했는지 알고 있고 그 요청을 거부합니다. 같은 사용자로 다시 로그인해도 소용없고, 권한을 더 받아야만 합니다.',
          },
        },
      },
      {
        id: 'hide',
        en: 'No, even its existence is private',
        ko: '아니요, 있다는 사실도 감춰야 합니다',
        next: {
          code: 404,
          reason: {
            en: 'Answer as if it were not there, so outsiders cannot probe which private resources exist. Code hosting sites do this for private repositories.',
            ko: '리소스가 없는 것처럼 응답해서, 외부인이 비공개 리소스가 있는지 떠볼 수 없게 합니다. 코드 저장소 서비스가 비공개 저장소에 이렇게 응답합니다.',
          },
        },
      },
    ],
  },
  {
    id: 'target',
    en: { question: 'What about the URL or the method?' },
    ko: { question: 'URL이나 메서드의 어떤 점이 문제인가요?' },
    answers: [
      {
        id: 'nothing-there',
        en: 'There is nothing at this URL',
        ko: '이 URL에는 아무것도 없습니다',
        next: 'missing',
      },
      {
        id: 'method',
        en: 'The resource exists, but not for this method (a DELETE on a read-only list)',
        ko: '리소스는 있지만 이 메서드로는 안 됩니다(읽기 전용 목록에 DELETE 등)',
        next: 'method',
      },
      {
        id: 'legal',
        en: 'It must not be shown for legal reasons (a court order, a government demand)',
        ko: '법적인 이유로 보여 줄 수 없습니다(법원 명령, 정부 요구 등)',
        next: {
          code: 451,
          reason: {
            en: 'The resource exists but a legal demand blocks it. Say who demanded it, for example with a Link header with rel="blocked-by".',
            ko: '리소스는 있지만 법적 요구로 막혀 있습니다. 누가 요구했는지 rel="blocked-by"인 Link 헤더 등으로 밝혀 줍니다.',
          },
        },
      },
    ],
  },
  {
    id: 'missing',
    en: { question: 'Was something there before?' },
    ko: { question: '예전에는 이 URL에 무언가가 있었나요?' },
    answers: [
      {
        id: 'unknown',
        en: 'No, or the server cannot tell',
        ko: '아니요, 또는 서버가 알 수 없습니다',
        next: {
          code: 404,
          reason: {
            en: 'The usual answer for a URL that leads nowhere. It says nothing about whether it is for good, so clients may try again later.',
            ko: '아무것도 없는 URL에 하는 일반적인 응답입니다. 영구적인지는 말하지 않으므로 클라이언트가 나중에 다시 시도할 수 있습니다.',
          },
        },
      },
      {
        id: 'removed',
        en: 'Yes, it was removed on purpose and will not come back',
        ko: '네, 일부러 삭제했고 다시 생기지 않습니다',
        next: {
          code: 410,
          reason: {
            en: 'Gone for good: search engines drop the URL sooner and clients stop asking. Use it when you know the removal is final.',
            ko: '영구히 사라졌다는 뜻입니다. 검색 엔진은 이 URL을 더 빨리 색인에서 빼고 클라이언트도 더는 요청하지 않습니다. 삭제가 확정되었을 때만 씁니다.',
          },
        },
      },
    ],
  },
  {
    id: 'method',
    en: { question: 'Does the server support this method anywhere?' },
    ko: { question: '서버가 이 메서드를 다른 곳에서는 지원하나요?' },
    answers: [
      {
        id: 'elsewhere',
        en: 'Yes, on other resources, just not this one',
        ko: '네, 다른 리소스에서는 되고 이 리소스에서만 안 됩니다',
        next: {
          code: 405,
          reason: {
            en: 'The method is known but this resource does not take it. List the methods it does take in the Allow header.',
            ko: '서버가 아는 메서드지만 이 리소스에는 쓸 수 없습니다. 쓸 수 있는 메서드는 Allow 헤더에 나열합니다.',
          },
        },
      },
      {
        id: 'nowhere',
        en: 'No, the server does not implement it at all',
        ko: '아니요, 서버가 이 메서드를 전혀 구현하지 않았습니다',
        next: {
          code: 501,
          reason: {
            en: 'No resource on this server can handle the method. It is a 5xx because the server lacks the feature, not because the request was wrong.',
            ko: '이 서버의 어떤 리소스도 이 메서드를 처리하지 못합니다. 요청이 틀려서가 아니라 서버에 기능이 없어서이므로 5xx입니다.',
          },
        },
      },
    ],
  },
  {
    id: 'state',
    en: {
      question: 'What kind of clash is it?',
      hint: 'Conditional requests carry If-Match or If-Unmodified-Since to avoid overwriting others’ changes.',
    },
    ko: {
      question: '어떻게 맞지 않나요?',
      hint: '조건부 요청은 If-Match나 If-Unmodified-Since를 보내 다른 사람의 변경을 덮어쓰지 않게 합니다.',
    },
    answers: [
      {
        id: 'conflict',
        en: 'It conflicts with the current state (the name is taken, the order is already shipped)',
        ko: '현재 상태와 충돌합니다(이미 쓰는 이름, 이미 발송된 주문 등)',
        next: {
          code: 409,
          reason: {
            en: 'The request is valid on its own but not now, given the resource’s state. Explain the conflict so the user can resolve it and retry.',
            ko: '요청 자체는 올바르지만 리소스의 지금 상태에서는 처리할 수 없습니다. 사용자가 충돌을 해결하고 다시 보낼 수 있도록 무엇이 충돌했는지 알려 줍니다.',
          },
        },
      },
      {
        id: 'condition-failed',
        en: 'A condition it sent (If-Match, If-Unmodified-Since) no longer holds',
        ko: '요청이 보낸 조건(If-Match, If-Unmodified-Since)이 더는 맞지 않습니다',
        next: {
          code: 412,
          reason: {
            en: 'Someone changed the resource since the client last read it. The client should fetch the current version and apply its change to that.',
            ko: '클라이언트가 마지막으로 읽은 뒤 누군가 리소스를 바꿨습니다. 클라이언트는 최신 버전을 다시 받아 그 위에 변경을 적용해야 합니다.',
          },
        },
      },
      {
        id: 'condition-missing',
        en: 'It changes the resource without a condition, and you require one',
        ko: '조건 없이 리소스를 바꾸려 하는데, 서버는 조건을 요구합니다',
        next: {
          code: 428,
          reason: {
            en: 'You insist on conditional updates to prevent lost updates. Tell the client to send If-Match with the ETag it last saw.',
            ko: '변경 내용이 사라지는 일을 막기 위해 조건부 수정만 받습니다. 클라이언트가 마지막으로 본 ETag를 If-Match에 담아 보내도록 알려 줍니다.',
          },
        },
      },
    ],
  },
  {
    id: 'form',
    en: { question: 'What does not fit?' },
    ko: { question: '무엇이 맞지 않나요?' },
    answers: [
      {
        id: 'body-size',
        en: 'The body is larger than the server accepts',
        ko: '본문이 서버가 받는 크기보다 큽니다',
        next: {
          code: 413,
          reason: {
            en: 'The upload or body is over your limit. Say what the limit is; add Retry-After only if the limit is temporary.',
            ko: '업로드하거나 보낸 본문이 제한을 넘었습니다. 제한이 얼마인지 알려 주고, 제한이 일시적일 때만 Retry-After를 붙입니다.',
          },
        },
      },
      {
        id: 'url-length',
        en: 'The URL is too long',
        ko: 'URL이 너무 깁니다',
        next: {
          code: 414,
          reason: {
            en: 'Often a query string that grew out of control, or a redirect loop that keeps adding to it. Long inputs belong in a POST body.',
            ko: '쿼리 문자열이 지나치게 길어졌거나, 리다이렉션 루프가 URL을 계속 늘린 경우가 많습니다. 긴 입력은 POST 본문으로 보내야 합니다.',
          },
        },
      },
      {
        id: 'header-size',
        en: 'The headers are too large (often the cookies)',
        ko: '헤더가 너무 큽니다(쿠키인 경우가 많습니다)',
        next: {
          code: 431,
          reason: {
            en: 'One header or all of them together are over the limit. Say which, so the client can trim it, such as by clearing cookies.',
            ko: '헤더 하나 또는 헤더 전체가 제한을 넘었습니다. 클라이언트가 쿠키를 지우는 식으로 줄일 수 있도록 어느 헤더인지 알려 줍니다.',
          },
        },
      },
      {
        id: 'media-type',
        en: 'The body’s media type (Content-Type) is one the server does not take',
        ko: '본문의 미디어 타입(Content-Type)을 서버가 받지 않습니다',
        next: {
          code: 415,
          reason: {
            en: 'It concerns what the client sent: XML where you take JSON, or a missing Content-Type. Name the types you accept.',
            ko: '클라이언트가 보낸 것이 문제입니다. JSON만 받는데 XML을 보냈거나 Content-Type이 빠진 경우입니다. 받을 수 있는 타입을 알려 줍니다.',
          },
        },
      },
      {
        id: 'accept',
        en: 'The server cannot produce any format the Accept headers ask for',
        ko: 'Accept 헤더가 요구하는 형식을 서버가 하나도 만들 수 없습니다',
        next: {
          code: 406,
          reason: {
            en: 'It concerns what the client wants back. Most servers ignore Accept and send their default instead; send 406 only when that would be worse.',
            ko: '클라이언트가 돌려받으려는 형식이 문제입니다. 대부분의 서버는 Accept를 무시하고 기본 형식으로 응답합니다. 그렇게 하는 편이 더 나쁠 때만 406을 씁니다.',
          },
        },
      },
    ],
  },
  {
    id: 'server',
    en: { question: 'What failed?' },
    ko: { question: '무엇이 실패했나요?' },
    answers: [
      {
        id: 'bug',
        en: 'Our own code: an unexpected error or a crash',
        ko: '우리 코드입니다. 예상하지 못한 오류가 나거나 프로그램이 죽었습니다',
        next: {
          code: 500,
          reason: {
            en: 'The catch-all for failures the client cannot fix. Log the details on your side and keep stack traces out of the response.',
            ko: '클라이언트가 고칠 수 없는 실패를 두루 나타냅니다. 자세한 내용은 서버 쪽 로그에 남기고, 스택 트레이스는 응답에 넣지 않습니다.',
          },
        },
      },
      {
        id: 'not-implemented',
        en: 'The server does not implement what the request needs',
        ko: '요청에 필요한 기능을 서버가 구현하지 않았습니다',
        next: {
          code: 501,
          reason: {
            en: 'A missing feature rather than a failure, such as a method the server does not know. It says the same request will not work later either.',
            ko: '실패라기보다 기능이 없는 것입니다. 서버가 모르는 메서드가 대표적입니다. 같은 요청은 나중에도 처리되지 않는다는 뜻입니다.',
          },
        },
      },
      {
        id: 'upstream',
        en: 'A server behind ours (we are a gateway or proxy)',
        ko: '우리 뒤에 있는 서버입니다(우리는 게이트웨이나 프록시입니다)',
        next: 'upstream',
      },
      {
        id: 'unavailable',
        en: 'We are overloaded or down for maintenance, for a while',
        ko: '과부하나 점검 때문에 잠시 처리할 수 없습니다',
        next: {
          code: 503,
          reason: {
            en: 'A temporary state of the whole service, not one client’s fault (that would be 429). Add Retry-After when you know how long.',
            ko: '특정 클라이언트 탓이 아니라 서비스 전체가 일시적으로 처리할 수 없는 상태입니다(클라이언트 탓이면 429). 얼마나 걸릴지 안다면 Retry-After를 붙입니다.',
          },
        },
      },
    ],
  },
  {
    id: 'upstream',
    en: { question: 'What did the upstream server do?' },
    ko: { question: '업스트림 서버는 어떻게 반응했나요?' },
    answers: [
      {
        id: 'bad-answer',
        en: 'It answered with something invalid, refused or dropped the connection',
        ko: '잘못된 응답을 보냈거나, 연결을 거부하거나 끊었습니다',
        next: {
          code: 502,
          reason: {
            en: 'The gateway reached the upstream but got no usable response. The fault is behind the gateway, not in the request.',
            ko: '게이트웨이가 업스트림 서버와 통신했지만 쓸 만한 응답을 받지 못했습니다. 문제는 요청이 아니라 게이트웨이 뒤쪽에 있습니다.',
          },
        },
      },
      {
        id: 'no-answer',
        en: 'It did not answer in time',
        ko: '제한 시간 안에 응답하지 않았습니다',
        next: {
          code: 504,
          reason: {
            en: 'The gateway gave up waiting. The upstream may still be working on the request, so retry only what is safe to repeat.',
            ko: '게이트웨이가 기다리다 포기했습니다. 업스트림 서버는 아직 요청을 처리하고 있을 수 있으므로, 다시 보내도 안전한 요청만 재시도합니다.',
          },
        },
      },
    ],
  },
];
