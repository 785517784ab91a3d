/**
 * Text-wide context, each kind found by one forward search made on first use, so queries of one
 * kind must come at non-decreasing positions: mail and FTP sessions (whose replies reuse HTTP's
 * numbers: docs/detector.md, "Other protocols"), nginx configuration, OpenAPI `responses`, and
 * class tokens (`4xx`).
 */
import { CLASS_DIGITS, type ClassDigit } from '../status-class.ts';
import { F } from './features.ts';
import { near, walk } from './text.ts';
import type { Candidate, Evidence } from './types.ts';

/** Request methods, for request lines (`GET /api 200`). */
export const METHODS = 'GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|CONNECT|TRACE';

/**
 * Transcript markers, case-sensitive (upper case as sent on the wire, so that "data" or "feat"
 * in prose do not count), and a reply with an RFC 3463 enhanced code (`550 5.1.1`).
 */
const SESSION_MARKERS = new RegExp(
  '\\b(?:ESMTP|LMTP|EHLO|HELO|STARTTLS|PIPELINING|8BITMIME|ENHANCEDSTATUSCODES|SMTPUTF8|' +
    'PASV|EPSV|RETR|STOR|MLSD|NLST|SYST|FEAT|MAIL FROM|RCPT TO|Passive Mode|[Pp]ostfix|[Ee]xim|' +
    '[Ss]endmail|Dovecot|vs(?:FTPd|ftpd)|ProFTPD|proftpd|Pure-FTPd|FileZilla|CSeq|INVITE sip)\\b' +
    '|\\b(?:SIP/2\\.0|RTSP/1\\.0)' +
    '|\\b[245]\\d\\d[ -][245]\\.\\d{1,3}\\.\\d{1,3}\\b',
  'g',
);

/** Topic words: `SMTP` (also inside `smtplib`, `SmtpClient`), `FTP` (not `ftp://`), `mail server`. */
const TOPIC_MARKERS = /smtp|\bftps?\b(?!:\/\/)|\bmail ?servers?\b|\bmailbox(?:es)?\b|\bMTA\b/gi;

/** Directives that only nginx configuration has, for `return 444;`. */
const NGINX =
  /\b(?:location|server_name|listen|proxy_pass|error_page|try_files|nginx|rewrite)\b|\bserver ?\{/g;

/** Class tokens (`4xx`) of each digit, by the same boundary rule as the scanner. */
const CLASS_TOKENS = CLASS_DIGITS.map((d) => new RegExp(`(?<![\\w.])${d}[xX]{2}(?!\\w)`, 'g'));

export function createContext(text: string, isKnown: (code: number) => boolean) {
  const classes = CLASS_TOKENS.map((p) => near(text, p, 100));
  return {
    isKnown,
    /** A mail/FTP transcript marker within a few lines. */
    nearSession: near(text, SESSION_MARKERS, 240),
    /** A mail/FTP topic word within a few lines, and within the sentence. */
    nearMailTopic: near(text, TOPIC_MARKERS, 240),
    closeMailTopic: near(text, TOPIC_MARKERS, 80),
    nearNginx: near(text, NGINX, 400),
    /** A request method and a space in the preceding ~300 characters. */
    nearMethod: near(text, new RegExp(`\\b(?:${METHODS}) `, 'g'), 320, 0),
    /** OpenAPI / Swagger: numeric keys under `responses:` are status codes. */
    underResponses: near(text, /\bresponses\b/gi, 3000, 0),
    /** A class token of `digit` (`5xx` for 502) within the sentence around `pos`. */
    nearClass: (pos: number, digit: ClassDigit | undefined): boolean =>
      digit !== undefined && (classes[digit - 1]?.(pos) ?? false),
  };
}

export type DetectorContext = ReturnType<typeof createContext>;

/** What may precede a reply code on its line in a transcript: `Reply: `, `< `, `S: `, `<-- `. */
const REPLY_PREFIX =
  /^(?:(?:reply|response|resp|server|s|r)[ \t]*:|<{1,3}|>{1,3}|<-{1,2}|-{1,2}>)?$/i;

/** RFC 3463 enhanced mail status (`5.7.1`), which only follows SMTP reply codes. */
const ENHANCED = /^[ \t]+[245]\.\d{1,3}\.\d{1,3}(?![\d.])/;

/** The texts mail and FTP servers put after their reply codes (`550 Relay denied`). */
const REPLY_TEXT = new RegExp(
  '^(?:relay|recipient|sender|mailbox|user unknown|login (?:incorrect|successful)|' +
    '(?:not )?logged in|password required|please specify the password|' +
    'entering (?:passive mode|extended passive)|transfer complete|opening (?:ascii|binary)|' +
    'closing (?:control connection|transmission channel)|service (?:ready|not available)|' +
    "requested (?:mail |file )?action|directory send ok|failed to open file|can't open data " +
    'connection|must issue a starttls|start mail input|type set to|' +
    'command (?:okay|not implemented)|unknown command|e?smtp|ftp)',
);

/**
 * Other protocols: a mail or FTP reply (`550 5.1.1`, `230 Login successful`, a reply line in a
 * transcript: first on its line after a transcript prefix, then a space, `-` or the line end);
 * a transcript of SMTP, FTP, SIP or RTSP nearby; the words `SMTP`/`FTP` close by.
 */
export function mailVeto(text: string, c: Candidate, ctx: DetectorContext, ev: Evidence): void {
  const { start, end, lineStart } = c;
  const replyText = walk(text, end, /[ -]/, 3);
  const session = ctx.nearSession(start);
  const replyShaped =
    start - lineStart <= 24 &&
    REPLY_PREFIX.test(text.slice(lineStart, start).trim()) &&
    /^[ \n\r-]?$/.test(text.charAt(end));
  if (
    ENHANCED.test(text.slice(end, end + 12)) ||
    (replyText > end && REPLY_TEXT.test(text.slice(replyText, replyText + 28).toLowerCase())) ||
    ((session || ctx.nearMailTopic(start)) && replyShaped)
  ) {
    ev[F.mailReply] = 1;
  }
  if (session) ev[F.mailSession] = 1;
  if (ctx.closeMailTopic(start)) ev[F.mailTopic] = 1;
}
