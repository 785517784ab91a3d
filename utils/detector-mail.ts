/**
 * SMTP and FTP replies reuse HTTP's numbers (`550 5.1.1 User unknown`, `230 Login successful`,
 * `421 Service not available`), so the detector recognises their sessions and rejects them.
 * Two kinds of clue: transcript markers (protocol verbs and capabilities, server names, enhanced
 * mail codes) that only sessions show, and topic words (`SMTP`, `FTP`, `mail server`) that a
 * page about HTTP may also use in passing, which therefore count only very close by.
 */
import type { DetectorContext } from './detector-context.ts';
import type { Candidate, Evidence } from './detector-evidence.ts';

/**
 * Transcript markers. Verbs and capabilities are matched case-sensitively (upper case, as sent on
 * the wire) so that "data" or "feat" in prose do not count. `550 5.1.1`: a reply with an RFC 3463
 * enhanced code.
 */
const SESSION_WORDS = [
  'ESMTP LMTP EHLO HELO STARTTLS PIPELINING 8BITMIME ENHANCEDSTATUSCODES SMTPUTF8',
  'PASV EPSV RETR STOR MLSD NLST SYST FEAT',
  'Postfix postfix Exim exim Sendmail sendmail Dovecot vsFTPd vsftpd ProFTPD proftpd Pure-FTPd FileZilla',
]
  .join(' ')
  .split(' ')
  .concat(['MAIL FROM', 'RCPT TO', 'Passive Mode']);
export const SESSION_MARKERS = new RegExp(
  `\\b(?:${SESSION_WORDS.join('|')})\\b|\\b[245]\\d\\d[ -][245]\\.\\d{1,3}\\.\\d{1,3}\\b`,
  'g',
);

/** Topic words: `SMTP` (also inside `smtplib`, `SmtpClient`), `FTP` (not `ftp://`), `mail server`. */
export const TOPIC_MARKERS =
  /smtp|\bftps?\b(?!:\/\/)|\bmail ?servers?\b|\bmailbox(?:es)?\b|\bMTA\b/gi;

/** What may precede a reply code on its line in a transcript: `Reply: `, `< `, `S: `, `<-- `. */
const REPLY_PREFIX =
  /^(?:(?:reply|response|resp|server|s|r)[ \t]*:|<{1,3}|>{1,3}|<-{1,2}|-{1,2}>)?$/i;

/** RFC 3463 enhanced mail status (`5.7.1`), which only follows SMTP reply codes. */
const ENHANCED = /^[ \t]+[245]\.\d{1,3}\.\d{1,3}(?![\d.])/;

export function hasEnhancedCode(text: string, end: number): boolean {
  return ENHANCED.test(text.slice(end, end + 12));
}

/**
 * Is the number shaped like a reply in a transcript: first on its line (after a transcript
 * prefix) and followed by a space, `-` (multi-line reply) or the line end?
 */
export function isReplyShaped(
  text: string,
  lineStart: number,
  start: number,
  end: number,
): boolean {
  if (start - lineStart > 24 || !REPLY_PREFIX.test(text.slice(lineStart, start).trim())) {
    return false;
  }
  const next = text[end];
  return next === undefined || next === ' ' || next === '-' || next === '\n' || next === '\r';
}

/** The texts mail and FTP servers put after their reply codes. Lower case. */
const REPLY_TEXTS = [
  'relay',
  'recipient',
  'sender',
  'mailbox',
  'user unknown',
  'login incorrect',
  'login successful',
  'logged in',
  'not logged in',
  'password required',
  'please specify the password',
  'entering passive mode',
  'entering extended passive',
  'transfer complete',
  'opening ascii',
  'opening binary',
  'closing control connection',
  'closing transmission channel',
  'service ready',
  'service not available',
  'requested action',
  'requested mail action',
  'requested file action',
  'directory send ok',
  'failed to open file',
  "can't open data connection",
  'must issue a starttls',
  'start mail input',
  'type set to',
  'command okay',
  'command not implemented',
  'unknown command',
  'smtp',
  'esmtp',
  'ftp',
];

/** `550 Relay denied`, `230 Login successful`: the reply text of a mail or FTP server. */
export function replyTextAfter(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && i - end < 3 && (text[i] === ' ' || text[i] === '-')) i++;
  const first = text.charCodeAt(i) | 32;
  if (i === end || first < 97 || first > 122) return false;
  const next = text.slice(i, i + 28).toLowerCase();
  return REPLY_TEXTS.some((t) => next.startsWith(t));
}

/**
 * SMTP/FTP: a reply (`550 5.1.1`, `230 Login successful`, a reply line in a transcript) is never
 * HTTP; near a transcript only a status line or a reason phrase is; near the words `SMTP`/`FTP`
 * only strong evidence is.
 */
export function mailVeto(text: string, c: Candidate, ctx: DetectorContext, ev: Evidence): void {
  if (hasEnhancedCode(text, c.end) || replyTextAfter(text, c.end)) ev.veto = true;
  const session = ctx.nearSession(c.start);
  const topic = ctx.nearMailTopic(c.start);
  if ((session || topic) && isReplyShaped(text, c.lineStart, c.start, c.end)) ev.veto = true;
  if (session && !ev.phrase && !ev.statusLine) ev.veto = true;
  if (!ev.strong && ctx.closeMailTopic(c.start)) ev.veto = true;
}
