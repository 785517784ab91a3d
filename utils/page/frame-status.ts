/**
 * Whether a frame below the top one shows a status, asked before it reads its settings or sets
 * up its reader: most frames that show a number a status could be (an ad's `300×250`, a
 * widget's counts) show none, and then touch no extension API and wait for their text to change
 * (docs/performance.md, _Thirty frames_). The reader's walk and detector, over the whole parsed
 * frame, at balanced sensitivity (which finds all that strict does); a frame with more text than
 * this reads whole is left to the reader, which reads near the viewport.
 */
import { whenCandidate } from './candidate-watch.ts';
import { PageDetector } from './detector.ts';
import { MAX_SEGMENT } from './segments.ts';
import { RunWalker } from './text-blocks.ts';

/** Characters of a frame read whole here. */
export const WHOLE_FRAME_CHARS = 100_000;

export function showsStatus(doc: Document): boolean {
  const root = doc.body;
  if (!root) return false;
  const detector = new PageDetector(doc, 'balanced');
  const walker = new RunWalker(root, null, { maxRunChars: MAX_SEGMENT });
  let chars = 0;
  for (let run = walker.next(); run; run = walker.next()) {
    chars += run.chars;
    if (chars > WHOLE_FRAME_CHARS) return true;
    if (!run.hasCandidate()) continue;
    for (const segment of run.segments())
      if (detector.detect(segment.text).some((m) => m.start >= segment.from)) return true;
  }
  return false;
}

/** Resolves once the frame, parsed, shows a status: at once for most frames that do. */
export async function whenStatus(doc: Document, signal: AbortSignal): Promise<void> {
  if (doc.readyState === 'loading')
    await new Promise((resolve) =>
      doc.addEventListener('DOMContentLoaded', resolve, { once: true, signal }),
    );
  while (!signal.aborted && !showsStatus(doc)) await whenCandidate(doc, signal, true);
}
