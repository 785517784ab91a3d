/**
 * The one form in which a URL enters the tab record, whichever event brought it (a request, a
 * redirect, a failed sub-request, an address change) or whether it is read back from storage.
 */

export const MAX_URL_LENGTH = 500;

/**
 * A URL as the record keeps it: cut to MAX_URL_LENGTH characters (data in addresses is for
 * reading, not for following; a page may push a 2 MB address).
 */
export function recordUrl(url: string): string {
  return url.length <= MAX_URL_LENGTH ? url : `${url.slice(0, MAX_URL_LENGTH - 1)}…`;
}
