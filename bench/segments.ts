/**
 * The detector on the bench's real pages, cut as the content script cuts a long text: each
 * page's text in `MAX_SEGMENT` pieces, each timed once, the slowest five again `rounds` times.
 * Reported beside the hostile segments (`adversarial.ts`), whose target is the same.
 */
import { detect } from '../utils/detector/detect.ts';
import { MAX_SEGMENT } from '../utils/page/segments.ts';
import { summarize, type Summary } from './stats.ts';

export interface PageSegments {
  readonly name: string;
  readonly segments: number;
  /** The slowest segment's times (median of `rounds`). */
  readonly slowest: Summary;
}

/** The text a reader sees: tags dropped, a block's end a line's. */
const textOf = (html: string): string =>
  html
    .replace(/<(?:script|style)\b[\s\S]*?<\/(?:script|style)>/g, '')
    .replace(/<\/(?:div|p|li|tr|h\d|pre|section)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function timed(text: string): number {
  const start = performance.now();
  detect(text);
  return performance.now() - start;
}

export function pageSegments(name: string, html: string, rounds = 7): PageSegments {
  const text = textOf(html);
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += MAX_SEGMENT)
    pieces.push(text.slice(at, at + MAX_SEGMENT));
  const slowest = pieces
    .map((piece) => ({ piece, ms: timed(piece) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5)
    .map(({ piece }) => summarize(Array.from({ length: rounds }, () => timed(piece))))
    .reduce((a, b) => (b.median > a.median ? b : a));
  return { name, segments: pieces.length, slowest };
}
