/**
 * How the content script gets the explainer (`explainer.ts`) that the background injects on
 * demand. Both run in the extension's isolated world of the frame (Chromium's ISOLATED world,
 * Firefox's content-script sandbox), which page scripts cannot see: the injected script puts
 * its factory in a slot on that world's global object, and the content script takes it from
 * there once the background says the injection is done.
 *
 * Only the slot's key and the tooltip's tag live here: the content script imports this module,
 * not the explainer.
 */
import type { CreateExplainer } from './explainer.ts';

/** The tooltip's host element: ours, so the page reader and the mutation watcher skip it. */
export const TOOLTIP_TAG = 'http-status-tooltip';

/** The injected script's file, as the build names it (entrypoints/tooltip.ts). */
export const TOOLTIP_SCRIPT = '/tooltip.js';

const SLOT = Symbol.for('http-status-explainer.tooltip');

type Slot = { [SLOT]?: CreateExplainer };

/** Run by the injected script. */
export function offerExplainer(create: CreateExplainer, scope: object = globalThis): void {
  (scope as Slot)[SLOT] = create;
}

/** The injected factory, once the background has injected it into this frame. */
export const injectedExplainer = (scope: object = globalThis): CreateExplainer | undefined =>
  (scope as Slot)[SLOT];
