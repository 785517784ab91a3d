/**
 * What a text as a whole says: how much it talks HTTP (the word, "status code" in several
 * languages, codes shown with unmistakable evidence), and how much it shows sessions of other
 * protocols that reuse HTTP's numbers (SMTP, FTP, SIP, RTSP). On a page the same tally runs
 * over every text read (`PageTally`), so a paragraph is judged with what the page said before.
 */
import { F } from './features.ts';
import type { Evidence } from './types.ts';

/**
 * HTTP named (not inside a URL), "status code" as pages write it in the languages we meet,
 * request lines and headers as logs and traces show them.
 */
const HTTP_MARKERS =
  /\bHTTPS?\b(?!:\/\/)|\b(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|CONNECT) (?:\/|https?:\/\/|[\w.-]+:\d)|\bMozilla\/\d|\bUser-Agent\b|\bContent-Type\b|\bstatus[ _-]?codes?\b|\bresponse[ _-]?codes?\b|\bstatuscodes?\b|상태[ \t]?코드|응답[ \t]?코드|ステータスコード|状态码|狀態碼|código de (?:estado|status)|code (?:d'état|de statut|d'erreur http)|mã trạng thái|\b(?:nginx|apache|cloudflare|rest api)\b/gi;

/** Words of web development, which pages about anything else rarely use. */
const WEB_WORDS =
  /\b(?:api|apis|server|servers|request|requests|response|responses|endpoint|endpoints|url|urls|header|headers|browser|proxy|upstream|backend|frontend|client|website|web ?page|fetch|axios|curl|cdn|load balancer|webhook)\b|서버|요청|응답|클라이언트|브라우저|헤더|엔드포인트|프록시|웹사이트|사이트|サーバー?|リクエスト|レスポンス|服务器|请求|响应|servidor|solicitud|requisição|anfrage|serveur|requête|máy chủ/gi;

/** Markers of another protocol's session (see `context.ts` for the nearby ones). */
const OTHER_MARKERS =
  /\b(?:SIP\/2\.0|RTSP\/1\.0|ESMTP|EHLO|HELO|RCPT TO|MAIL FROM|PASV|RETR|CSeq|SMTP|FTP)\b/g;

const count = (text: string, pattern: RegExp): number => {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) n++;
  return n;
};

/** What the page said before this text: markers and codes shown with evidence. */
export class PageTally {
  #markers = 0;
  #web = 0;
  #other = 0;
  #shown = 0;
  readonly #strong = new Set<number>();

  /** Counts what `text` (a title, a heading) says. */
  read(text: string): void {
    this.add(
      readTopic(text, () => true),
      [],
    );
  }

  add(topic: Topic, strong: Iterable<number>): void {
    this.#markers += topic.markers;
    this.#web += topic.web;
    this.#other += topic.other;
    for (const code of strong) {
      this.#strong.add(code);
      this.#shown++;
    }
  }

  /** Codes shown outright so far (each code once per text). */
  get shown(): number {
    return this.#shown;
  }

  get markers(): number {
    return this.#markers;
  }
  get web(): number {
    return this.#web;
  }
  get other(): number {
    return this.#other;
  }
  hasStrong(code: number): boolean {
    return this.#strong.has(code);
  }
}

export interface Topic {
  readonly markers: number;
  readonly web: number;
  readonly other: number;
  /** Three-digit numbers standing alone, and how many of them are no known code. */
  readonly numbers: number;
  readonly otherNumbers: number;
}

const THREE_DIGITS = /(?<![\d.,])\d{3}(?![\d.,])/g;

export function readTopic(text: string, isKnown: (code: number) => boolean): Topic {
  let numbers = 0;
  let otherNumbers = 0;
  THREE_DIGITS.lastIndex = 0;
  for (let m = THREE_DIGITS.exec(text); m; m = THREE_DIGITS.exec(text)) {
    numbers++;
    if (!isKnown(Number(m[0]))) otherNumbers++;
  }
  return {
    markers: count(text, HTTP_MARKERS),
    web: count(text, WEB_WORDS),
    other: count(text, OTHER_MARKERS),
    numbers,
    otherNumbers,
  };
}

/** Sets the text-wide features of a candidate, given the topic and the strong codes seen. */
export function topicFeatures(ev: Evidence, topic: Topic, strong: number, echo: boolean): void {
  const said = Math.min(4, Math.log2(1 + topic.markers + strong));
  const web = Math.min(4, Math.log2(1 + topic.web));
  const tier = ev[F.tier1] ? 1 : ev[F.tier2] ? 2 : 3;
  ev[tier === 1 ? F.tier1Topic : tier === 2 ? F.tier2Topic : F.rareTopic] = said;
  ev[tier === 1 ? F.tier1Web : tier === 2 ? F.tier2Web : F.rareWeb] = web;
  if (said === 0 && web === 0) {
    ev[F.topicNone] = 1;
    [ev[F.tier1NoTopic], ev[F.tier1]] = [ev[F.tier1] ?? 0, 0];
    [ev[F.tier2NoTopic], ev[F.tier2]] = [ev[F.tier2] ?? 0, 0];
    // `308은 연비가`: a particle alone says "a noun", not "a status", on a page about nothing web.
    if (ev[F.particle] && !ev[F.koVerb] && !ev[F.particleFollower]) ev[F.bareParticle] = 1;
  }
  ev[F.otherNumbers] = topic.numbers === 0 ? 0 : topic.otherNumbers / topic.numbers;
  ev[F.otherDoc] = Math.min(3, Math.log2(1 + topic.other));
  if (echo) ev[F.echo] = 1;
}
