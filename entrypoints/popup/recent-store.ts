/** The user's recent lookups in storage.local (the list itself: `utils/search/recent.ts`). */
import { browser } from 'wxt/browser';
import { parseRecent, RECENT_KEY } from '../../utils/search/recent.ts';

/** The stored list, newest first; empty when nothing valid is stored. */
export async function readRecent(): Promise<number[]> {
  try {
    return parseRecent((await browser.storage.local.get(RECENT_KEY))[RECENT_KEY]);
  } catch {
    return [];
  }
}

export function saveRecent(codes: readonly number[]): Promise<void> {
  return browser.storage.local.set({ [RECENT_KEY]: [...codes] });
}
