/** What the popup learns as it opens: the tab it is about, and a code it was sent to explain. */

/** The key in `storage.session` under which the context menu leaves the code to explain. */
export const EXPLAIN_KEY = 'explain';
/** A request older than this was meant for a popup that never opened: it is ignored. */
const FRESH_MS = 30_000;

export interface ExplainRequest {
  readonly code: number;
  /** When it was made, in milliseconds since the epoch. */
  readonly at: number;
}

/**
 * The tab the popup is about: the active tab, or the one named by `?tab=123`. The end-to-end
 * tests open `popup.html?tab=123` as a page in a tab of its own, where the active tab would be
 * the popup itself.
 */
export function popupTabId(
  search: string,
  active: { id?: number | undefined } | undefined,
): number | undefined {
  const given = new URLSearchParams(search).get('tab');
  if (given !== null) return /^\d{1,10}$/u.test(given) ? Number(given) : undefined;
  return active?.id;
}

interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  remove(key: string): Promise<void>;
}

/** Reads and forgets the request the context menu left; its code, when it is recent. */
export async function takeExplainCode(
  session: SessionArea,
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
