/**
 * A status code's class, its first digit, and everything the extension ties to it: the name
 * shown for it (an i18n key), the highlight that paints it on pages and the badge colour.
 * Pure: the content script, the background and the pages all import it.
 */
export type ClassDigit = 1 | 2 | 3 | 4 | 5;

export const CLASS_DIGITS: readonly ClassDigit[] = [1, 2, 3, 4, 5];

/** The class a code belongs to (4 for 404); undefined outside 100–599. */
export function classOf(code: number): ClassDigit | undefined {
  const digit = Math.floor(code / 100);
  return digit >= 1 && digit <= 5 ? (digit as ClassDigit) : undefined;
}

/** The interface string that names a class (`class4`: 클라이언트 오류 / Client error). */
export type ClassKey = `class${ClassDigit}`;
export const classKey = (digit: ClassDigit): ClassKey => `class${digit}`;

/** The CSS Custom Highlight that paints a class on web pages (styled by the content stylesheet). */
export const HIGHLIGHT_PREFIX = 'http-status';
export const highlightName = (digit: ClassDigit): string => `${HIGHLIGHT_PREFIX}-${digit}xx`;

/**
 * The class colours of the light theme, 1xx first: the toolbar badge's background. The pages
 * and the tooltip take theirs from `status-class.css`, whose light values a test holds equal.
 */
export const CLASS_COLORS: Readonly<Record<ClassDigit, string>> = {
  1: '#5b5f97',
  2: '#1a7f37',
  3: '#0969da',
  4: '#b35900',
  5: '#cf222e',
};
