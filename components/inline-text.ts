/**
 * The dataset's prose as pieces to render: plain text, `inline code` (the only Markdown it
 * uses) and header names, which read as code and link to MDN.
 */
import { HEADER_NAMES } from './headers.ts';

export type Piece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'code'; readonly text: string }
  /** A header name, alone or starting a header line (`Retry-After: 120`) in `text`. */
  | { readonly kind: 'header'; readonly text: string; readonly name: string };

const known = new Set(HEADER_NAMES);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
// Longest first, so that `If-Match` wins over `If`; never inside a longer word or name.
const NAMES = new RegExp(
  `(?<![\\w-])(${[...HEADER_NAMES]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\w-])`,
  'gu',
);
/** A name that cannot be an ordinary word: hyphenated (`Retry-After`) or camel-cased (`ETag`). */
const DISTINCT = /-|.[A-Z][a-z]/u;
/** What makes a plain word (`Location`, `Host`) a header: the word "header" after it. */
const CALLED_HEADER = /^\s?(?:headers?\b|헤더)/u;

/** Header names in plain prose. */
function headersIn(text: string): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  for (const match of text.matchAll(NAMES)) {
    const name = match[1] as string;
    const at = match.index;
    const after = text.slice(at + name.length);
    if (!DISTINCT.test(name) && !CALLED_HEADER.test(after)) continue;
    if (at > from) pieces.push({ kind: 'text', text: text.slice(from, at) });
    pieces.push({ kind: 'header', text: name, name });
    from = at + name.length;
  }
  if (from < text.length) pieces.push({ kind: 'text', text: text.slice(from) });
  return pieces;
}

/** A code span: a header when it is one (`Retry-After`, `Content-Type: text/plain`). */
function codeSpan(text: string): Piece {
  const name = /^([\w-]+)(?::|$)/u.exec(text)?.[1];
  return name !== undefined && known.has(name)
    ? { kind: 'header', text, name }
    : { kind: 'code', text };
}

/**
 * Splits a text at its backticks: odd parts are code. A backtick without its pair stays a
 * character (data/data.test.ts keeps the dataset free of them).
 */
export function inlinePieces(text: string): Piece[] {
  const parts = text.split('`');
  if (parts.length % 2 === 0) {
    const last = parts.splice(-2).join('`');
    parts.push(last);
  }
  return parts.flatMap((part, i) => {
    if (i % 2 === 1) return [codeSpan(part)];
    return part === '' ? [] : headersIn(part);
  });
}
