/** The user's recent lookups, newest first, kept in storage.local (never synced or sent). */
export const RECENT_KEY = 'recent';
const MAX_RECENT = 8;

export function addRecent(list: readonly number[], code: number): number[] {
  return [code, ...list.filter((c) => c !== code)].slice(0, MAX_RECENT);
}

export function parseRecent(stored: unknown): number[] {
  if (!Array.isArray(stored)) return [];
  return stored
    .filter((c): c is number => Number.isInteger(c) && c >= 100 && c <= 599)
    .slice(0, MAX_RECENT);
}

/**
 * The codes the popup lists before anything is typed: our choice of those developers meet most
 * often, a fixed list (no lookups are counted anywhere).
 */
export const COMMON_CODES = [
  200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 405, 409, 422, 429, 500, 502, 503, 504,
];
