/**
 * Comparisons asked in words: `unauthorized vs forbidden`, `bad gateway vs gateway timeout`,
 * `401 vs forbidden`, `인증 필요 vs 접근 금지 차이`, `difference between 502 and gateway timeout`.
 * The query is cut at `vs`/`versus`/`대` (or `and` after `difference between`); each part must
 * name one code on its own, by number or by a confident word match.
 */

const SEPARATOR = /\s+(?:vs\.?|versus|대)\s+/u;
const BETWEEN = /^(?:what(?:'s| is) the )?differences? between\s+(.+)$/u;
const TRAILING =
  /\s+(?:차이점?(?:은|이|는|가)?|비교|difference|differences)(?:\s+(?:뭐야|뭔가요|무엇인가요))?\??$/u;
const MAX_PARTS = 5;

/** The parts of a query that compares things by name, or undefined. `text` is normalised. */
export function comparedParts(text: string): string[] | undefined {
  const trimmed = text.replace(TRAILING, '').replace(/\?$/u, '');
  const between = BETWEEN.exec(trimmed)?.[1];
  const parts = (
    between === undefined ? trimmed.split(SEPARATOR) : between.split(/\s+and\s+/u)
  ).map((p) => p.trim());
  const fits = parts.length >= 2 && parts.length <= MAX_PARTS && parts.every((p) => p !== '');
  return fits ? parts : undefined;
}

/**
 * The codes compared, each part read by `codeOf`, or undefined when a part names no code
 * with confidence or two parts name the same.
 */
export function codesComparedByName(
  text: string,
  codeOf: (part: string) => number | undefined,
): number[] | undefined {
  const parts = comparedParts(text);
  if (parts === undefined) return undefined;
  const codes: number[] = [];
  for (const part of parts) {
    const code = codeOf(part);
    if (code === undefined || codes.includes(code)) return undefined;
    codes.push(code);
  }
  return codes;
}
