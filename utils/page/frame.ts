/**
 * Every frame but the top one starts with `frame-watch.js`, a few kilobytes: the candidate watch
 * alone. On the frame's first number that could be a status it loads the reader from the package
 * (`frame-reader.js`, the content script's code, web-accessible at a per-session URL); most frames
 * (ads, players, comment widgets) never do, and pay neither its compile nor its set-up
 * (docs/performance.md, _Round two_). The top frame has its reader from the start, for the first
 * screen of a page that arrives at once.
 */
import { whenCandidate } from './candidate-watch.ts';
import { extension } from './extension.ts';

/** The reader's file, as the manifest makes it web-accessible (wxt.config.ts). */
export const FRAME_READER = 'frame-reader.js';

export async function watchFrame(win: Window = window): Promise<void> {
  if (win === win.top) return;
  await whenCandidate(win.document, new AbortController().signal);
  const runtime = extension().runtime;
  // The extension went away meanwhile: its package is gone too.
  if (runtime?.id == null) return;
  await import(/* @vite-ignore */ runtime.getURL(`/${FRAME_READER}`));
}
