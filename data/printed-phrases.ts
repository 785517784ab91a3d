/**
 * What pages print next to a status code besides its reason phrases in `codes/` (the registered
 * phrase and its former names): the wordings of servers, frameworks and browsers, the same names
 * in other languages, and the Korean names Korean pages write. Written by us; the on-page
 * detector reads them as reason phrases (`utils/detector/phrase-source.ts`). Case, `-` and `_`
 * do not matter.
 */

/** The wordings printed with one code, by language. */
export interface PrintedWordings {
  /** English wordings of servers and libraries: `Page Not Found`, `Proxy Error`. */
  readonly en?: readonly string[];
  /** Korean names seen after codes on Korean pages: `403 금지됨`. */
  readonly ko?: readonly string[];
  /** Other languages, as localised servers and frameworks print them: `404 Nicht gefunden`. */
  readonly others?: readonly string[];
}

export const PRINTED_PHRASES: Readonly<Partial<Record<number, PrintedWordings>>> = {
  200: { ko: ['성공'] },
  201: { ko: ['생성됨'] },
  204: { ko: ['콘텐츠 없음'] },
  300: { en: ['Multiple Choice'] },
  301: { ko: ['영구 이동', '영구적으로 이동'] },
  302: { ko: ['임시 이동', '임시로 이동', '발견됨'] },
  304: { ko: ['수정되지 않음'] },
  306: { en: ['Unused'] },
  307: { en: ['Internal Redirect'], ko: ['임시 리다이렉트', '임시 리다이렉션'] },
  308: { ko: ['영구 리다이렉트', '영구 리다이렉션'] },
  400: {
    ko: ['잘못된 요청'],
    others: [
      'Solicitud incorrecta',
      'Requisição inválida',
      'Ungültige Anfrage',
      '错误请求',
      '不正なリクエスト',
    ],
  },
  401: {
    en: ['Unauthorised', 'Authorization Required'],
    ko: ['인증 필요', '권한 없음', '인증되지 않음'],
    others: ['No autorizado', 'Não autorizado', 'Nicht autorisiert', 'Non autorisé', '未授权'],
  },
  403: {
    en: ['Access Denied'],
    ko: ['접근 금지', '금지됨'],
    others: ['Prohibido', 'Proibido', 'Verboten', 'Interdit', '禁止访问', 'アクセス禁止'],
  },
  404: {
    en: ['Page Not Found', 'File Not Found', 'File or directory not found'],
    ko: ['찾을 수 없음', '페이지를 찾을 수 없음'],
    others: [
      'No encontrado',
      'Não encontrado',
      'Nicht gefunden',
      'Introuvable',
      'Non trovato',
      '見つかりません',
      '未找到',
      '找不到',
    ],
  },
  405: { ko: ['허용되지 않는 메서드', '허용되지 않는 메소드'] },
  408: { en: ['Request Time-out'], ko: ['요청 시간 초과', '요청 타임아웃'] },
  409: { ko: ['충돌'] },
  410: { ko: ['사라짐'] },
  413: { ko: ['콘텐츠가 너무 큼', '요청이 너무 큼'] },
  414: { en: ['Request-URI Too Large'] },
  418: { en: ['Im a teapot', 'I am a teapot'] },
  419: { en: ['Authentication Timeout'] },
  429: {
    ko: ['요청이 너무 많음', '너무 많은 요청'],
    others: ['Demasiadas solicitudes', 'Zu viele Anfragen', '请求过多', 'リクエストが多すぎます'],
  },
  440: { en: ['Login Timeout'] },
  444: { en: ['Connection Closed Without Response'] },
  500: {
    en: ['Internal Error', 'Server Error'],
    ko: ['내부 서버 오류', '서버 내부 오류'],
    others: [
      'Error interno del servidor',
      'Erro interno do servidor',
      'Interner Serverfehler',
      'Erreur interne du serveur',
      '内部服务器错误',
      '服务器内部错误',
      '内部サーバーエラー',
    ],
  },
  501: { ko: ['구현되지 않음'] },
  502: {
    en: ['Proxy Error'],
    ko: ['잘못된 게이트웨이', '불량 게이트웨이'],
    others: ['Puerta de enlace incorrecta', '不正なゲートウェイ', '错误网关', '网关错误'],
  },
  503: {
    en: ['Service Temporarily Unavailable'],
    ko: ['서비스를 사용할 수 없음', '서비스 이용 불가'],
    others: [
      'Servicio no disponible',
      'Serviço indisponível',
      'Dienst nicht verfügbar',
      'Service indisponible',
      '服务不可用',
      'サービス利用不可',
    ],
  },
  504: {
    en: ['Gateway Time-out'],
    ko: ['게이트웨이 시간 초과', '게이트웨이 타임아웃'],
    others: [
      'Tiempo de espera de la puerta de enlace agotado',
      '网关超时',
      'ゲートウェイタイムアウト',
    ],
  },
  520: { en: ['Web server is returning an unknown error', 'Unknown Error'] },
  530: { en: ['Site is frozen'] },
};

/**
 * Phrases that are also everyday English ("Found 302 results", "100 continue to …"): after a
 * code they count only as a status line writes them, in Title Case or upper case.
 */
export const EVERYDAY_PHRASES: readonly string[] = [
  'Continue',
  'Processing',
  'Checkpoint',
  'Created',
  'Accepted',
  'This is fine',
  'Found',
  'See Other',
  'Unused',
  'Conflict',
  'Gone',
  'Locked',
  'No Response',
  'Retry With',
  'Redirect',
  'Unknown Error',
];
