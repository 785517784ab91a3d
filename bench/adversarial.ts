/**
 * Hostile text for the detector: each generator fills one segment (the most text the content
 * script hands the detector at once, `MAX_SEGMENT`) with a pattern that makes some part of the
 * detector work hardest: every number a candidate, every line a table row, every word a verb.
 */
import { MAX_SEGMENT } from '../utils/page/segments.ts';

const fill = (unit: (i: number) => string): string => {
  let text = '';
  for (let i = 0; text.length < MAX_SEGMENT; i++) text += unit(i);
  return text.slice(0, MAX_SEGMENT);
};

const code = (i: number): number => 400 + (i % 32);

export const ADVERSARIAL: readonly (readonly [string, () => string])[] = [
  ['numbers in prose', () => fill((i) => `a ${code(i)} `)],
  ['a 404, repeated', () => fill(() => 'a 404 ')],
  ['JSON keys', () => fill((i) => `"${code(i)}": {`)],
  ['one JSON key, repeated', () => fill(() => '"404": {')],
  ['error 404 404 404', () => fill(() => 'error 404 404 404 ')],
  ['tab-separated cells', () => fill((i) => `${code(i)}\t${i}\t${code(i + 1)}\n`)],
  ['repeated error words', () => fill((i) => `error ${code(i)} ${code(i + 1)} ${code(i + 2)} `)],
  ['Korean particles', () => fill((i) => `${code(i)}가 `)],
  ['comma groups', () => fill((i) => `${code(i)},${code(i + 1)},`)],
  ['list items', () => fill((i) => `- ${code(i)}\n`)],
  ['definition lines', () => fill((i) => `${code(i)}: Not Found\n`)],
  ['pipe table rows', () => fill((i) => `| ${code(i)} | row ${i} |\n`)],
  ['status lines', () => fill((i) => `HTTP/1.1 ${code(i)} \n`)],
  ['access log', () => fill((i) => `1.2.3.4 - - [x] "GET /${i} HTTP/1.1" ${code(i)} ${i}\n`)],
  ['one long line of numbers', () => fill((i) => `${code(i)} `)],
  ['brackets', () => fill((i) => `(((((${code(i)}`)],
  ['mail replies', () => fill((i) => `${250 + (i % 4) * 100} OK\n`)],
  ['one run of digits', () => fill(() => '4040404040')],
  ['long digit runs', () => fill((i) => `${String(code(i)).repeat(5 + (i % 20))} `)],
  ['digits and dots', () => fill((i) => `${code(i)}.${code(i + 1)}.${code(i + 2)} `)],
];
