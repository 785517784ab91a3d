/** The code the context menu left for the popup to explain, handed over through storage.session. */
import type { Browser, WxtBrowser } from 'wxt/browser';
import { sendMessage } from './protocol.ts';

/** The key in `storage.session` under which the context menu leaves the code to explain. */
export const EXPLAIN_KEY = 'explain';
/** A request older than this was meant for a popup that never opened: it is ignored. */
const FRESH_MS = 30_000;

export interface ExplainRequest {
  readonly code: number;
  /** When it was made, in milliseconds since the epoch. */
  readonly at: number;
}

/** Reads and forgets the request the context menu left; its code, when it is recent. */
export async function takeExplainCode(
  session: Pick<Browser.storage.StorageArea, 'get' | 'remove'>,
  now = Date.now(),
): Promise<number | undefined> {
  const stored = (await session.get(EXPLAIN_KEY))[EXPLAIN_KEY];
  if (stored === undefined) return undefined;
  await session.remove(EXPLAIN_KEY);
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { code, at } = stored as Partial<Record<keyof ExplainRequest, unknown>>;
  const valid =
    Number.isInteger(code) &&
    typeof at === 'number' &&
    now - at >= 0 &&
    now - at <= FRESH_MS &&
    (code as number) >= 100 &&
    (code as number) <= 999;
  return valid ? (code as number) : undefined;
}

/**
 * Sent by the popup's first script, before its page loads: wakes a sleeping worker, which
 * starts building the search index (someone is about to search) while the popup's modules load.
 */
export function wakeWorker(runtime: Pick<WxtBrowser['runtime'], 'sendMessage'>): void {
  sendMessage('search', { query: '' }, runtime).catch(() => undefined);
}
