/**
 * Reason phrases by code: registered (IANA registry, RFC 9110) and former names (RFC 2616, RFC
 * 7231: `Payload Too Large`, `Moved Temporarily`, `Unprocessable Entity`), the wordings servers
 * and libraries print (`Page Not Found`, `Proxy Error`), vendor codes (nginx, Cloudflare, IIS, AWS
 * ELB, Laravel, Shopify …), and the Korean names seen after codes on Korean pages (`403 금지됨`).
 *
 * One string, split at load time: `|` between phrases, a code before the first phrase of its
 * list. Stored folded: lower case, `-` and `_` as spaces. `~` marks a phrase that is also an
 * everyday wording ("Found 302 results", "100 continue to …"), which counts only as written in
 * a status line (Title Case or upper case).
 */
import { isDigit } from './text.ts';

const TABLE =
  '100 ~continue|' +
  '101 switching protocols|' +
  '102 ~processing|' +
  '103 early hints|~checkpoint|' +
  '104 upload resumption supported|' +
  '200 ok|성공|' +
  '201 ~created|생성됨|' +
  '202 ~accepted|' +
  '203 non authoritative information|' +
  '204 no content|콘텐츠 없음|' +
  '205 reset content|' +
  '206 partial content|' +
  '207 multi status|' +
  '208 already reported|' +
  '218 ~this is fine|' +
  '226 im used|' +
  '300 multiple choices|multiple choice|' +
  '301 moved permanently|영구 이동|영구적으로 이동|' +
  '302 ~found|moved temporarily|임시 이동|임시로 이동|발견됨|' +
  '303 ~see other|' +
  '304 not modified|수정되지 않음|' +
  '305 use proxy|' +
  '306 switch proxy|~unused|' +
  '307 temporary redirect|internal redirect|임시 리다이렉트|임시 리다이렉션|' +
  '308 permanent redirect|영구 리다이렉트|영구 리다이렉션|' +
  '400 bad request|잘못된 요청|solicitud incorrecta|requisição inválida|ungültige anfrage|错误请求|不正なリクエスト|' +
  '401 unauthorized|unauthorised|authorization required|인증 필요|권한 없음|인증되지 않음|no autorizado|não autorizado|nicht autorisiert|non autorisé|未授权|' +
  '402 payment required|' +
  '403 forbidden|access denied|접근 금지|금지됨|prohibido|proibido|verboten|interdit|禁止访问|アクセス禁止|' +
  '404 not found|page not found|file not found|no encontrado|não encontrado|nicht gefunden|introuvable|non trovato|見つかりません|未找到|找不到|' +
  'file or directory not found|찾을 수 없음|페이지를 찾을 수 없음|' +
  '405 method not allowed|허용되지 않는 메서드|허용되지 않는 메소드|' +
  '406 not acceptable|' +
  '407 proxy authentication required|' +
  '408 request timeout|request time out|요청 시간 초과|요청 타임아웃|' +
  '409 ~conflict|충돌|' +
  '410 ~gone|사라짐|' +
  '411 length required|' +
  '412 precondition failed|' +
  '413 content too large|payload too large|request entity too large|' +
  '콘텐츠가 너무 큼|요청이 너무 큼|' +
  '414 uri too long|request uri too long|request uri too large|' +
  '415 unsupported media type|' +
  '416 range not satisfiable|requested range not satisfiable|' +
  '417 expectation failed|' +
  "418 i'm a teapot|im a teapot|i am a teapot|" +
  '419 page expired|authentication timeout|' +
  '420 enhance your calm|method failure|' +
  '421 misdirected request|' +
  '422 unprocessable content|unprocessable entity|' +
  '423 ~locked|' +
  '424 failed dependency|' +
  '425 too early|' +
  '426 upgrade required|' +
  '428 precondition required|' +
  '429 too many requests|요청이 너무 많음|너무 많은 요청|demasiadas solicitudes|zu viele anfragen|请求过多|リクエストが多すぎます|' +
  '430 request header fields too large|shopify security rejection|' +
  '431 request header fields too large|' +
  '440 login time out|login timeout|' +
  '444 ~no response|connection closed without response|' +
  '449 ~retry with|' +
  '451 unavailable for legal reasons|~redirect|' +
  '460 client closed connection|' +
  '463 too many x forwarded for addresses|' +
  '464 incompatible protocol|' +
  '494 request header too large|' +
  '495 ssl certificate error|' +
  '496 ssl certificate required|' +
  '497 http request sent to https port|' +
  '498 invalid token|' +
  '499 client closed request|token required|' +
  '500 internal server error|internal error|server error|내부 서버 오류|서버 내부 오류|error interno del servidor|erro interno do servidor|interner serverfehler|erreur interne du serveur|内部服务器错误|服务器内部错误|内部サーバーエラー|' +
  '501 not implemented|구현되지 않음|' +
  '502 bad gateway|proxy error|잘못된 게이트웨이|불량 게이트웨이|puerta de enlace incorrecta|不正なゲートウェイ|错误网关|网关错误|' +
  '503 service unavailable|service temporarily unavailable|서비스를 사용할 수 없음|서비스 이용 불가|servicio no disponible|serviço indisponível|dienst nicht verfügbar|service indisponible|服务不可用|サービス利用不可|' +
  '504 gateway timeout|gateway time out|게이트웨이 시간 초과|게이트웨이 타임아웃|tiempo de espera de la puerta de enlace agotado|网关超时|ゲートウェイタイムアウト|' +
  '505 http version not supported|' +
  '506 variant also negotiates|' +
  '507 insufficient storage|' +
  '508 loop detected|' +
  '509 bandwidth limit exceeded|' +
  '510 not extended|' +
  '511 network authentication required|' +
  '520 web server returned an unknown error|' +
  'web server is returning an unknown error|~unknown error|' +
  '521 web server is down|' +
  '522 connection timed out|' +
  '523 origin is unreachable|' +
  '524 a timeout occurred|' +
  '525 ssl handshake failed|' +
  '526 invalid ssl certificate|' +
  '527 railgun error|railgun listener to origin error|' +
  '530 site is frozen|site frozen|origin dns error|' +
  '561 unauthorized|' +
  '598 network read timeout error|' +
  '599 network connect timeout error';

interface PhraseTable {
  /** Folded phrases by code. */
  readonly byCode: Readonly<Record<number, readonly string[]>>;
  /** The phrases marked `~`. */
  readonly everyday: ReadonlySet<string>;
}

let parsed: PhraseTable | undefined;

/**
 * The table, parsed on first use: a page with no number that could be a status (most pages)
 * never pays for it (docs/performance.md, "start-up").
 */
export function phraseTable(): PhraseTable {
  if (parsed) return parsed;
  const byCode: Record<number, string[]> = {};
  const everyday = new Set<string>();
  let code = 0;
  for (let phrase of TABLE.split('|')) {
    if (isDigit(phrase.charCodeAt(0))) {
      code = Number(phrase.slice(0, 3));
      phrase = phrase.slice(4);
    }
    if (phrase.startsWith('~')) everyday.add((phrase = phrase.slice(1)));
    (byCode[code] ??= []).push(phrase);
  }
  return (parsed = { byCode, everyday });
}

/**
 * The numbers we know and can explain: exactly the dataset's codes (a test keeps the two
 * lists equal). The content script reads only these, so it never highlights a number it
 * could not explain, and reads far fewer candidates on pages full of numbers.
 */
export const isKnownCode = (code: number): boolean => phraseTable().byCode[code] !== undefined;
