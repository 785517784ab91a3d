/**
 * The one form in which a URL enters the tab record, whichever event brought it (a request, a
 * redirect, a failed sub-request, an address change) or whether it is read back from storage.
 */

export const MAX_URL_LENGTH = 500;
/** What stands for a hidden value. */
const MASK = '…';
// Past this, nothing of the address can show once it is clipped: what follows is not read.
const READ_LENGTH = 4 * MAX_URL_LENGTH;

/**
 * A URL as the record keeps it, for reading, never for following: no user name or password,
 * no fragment, every query value masked (`?token=…&page=…`: the names stay, so the address is
 * still recognisable; a parameter with no name is masked whole), `;name=value` path parameters
 * too (`;jsessionid=…`), and cut to MAX_URL_LENGTH characters (a page may push a 2 MB address).
 */
export function recordUrl(url: string): string {
  // The credentials end at the last `@` before the path; a cut address could hide that `@`.
  const bare = url.replace(/^([a-z][\w+.-]*:\/\/)[^/?#\\]*@/iu, '$1');
  const read = bare.length > READ_LENGTH ? bare.slice(0, READ_LENGTH) : bare;
  const [beforeFragment = ''] = read.split('#', 1);
  const query = beforeFragment.indexOf('?');
  const path = query < 0 ? beforeFragment : beforeFragment.slice(0, query);
  let kept = path.replace(/;([^;=/]*)=[^;/]+/gu, `;$1=${MASK}`);
  if (query >= 0) kept += `?${maskQuery(beforeFragment.slice(query + 1))}`;
  return kept.length <= MAX_URL_LENGTH ? kept : `${kept.slice(0, MAX_URL_LENGTH - 1)}…`;
}

function maskQuery(query: string): string {
  return query
    .split('&')
    .map((part) => {
      const equals = part.indexOf('=');
      if (equals < 0) return part === '' ? '' : MASK;
      return equals === part.length - 1 ? part : `${part.slice(0, equals)}=${MASK}`;
    })
    .join('&');
}
