/**
 * The dataset: every code in the IANA registry plus the vendor codes met in logs, grouped by
 * number with the registered meaning first. Sources are named in `types.ts`.
 */
import { INFORMATIONAL } from './codes/1xx.ts';
import { SUCCESSFUL } from './codes/2xx.ts';
import { REDIRECTION } from './codes/3xx.ts';
import { CLIENT_ERRORS_A } from './codes/4xx-a.ts';
import { CLIENT_ERRORS_B } from './codes/4xx-b.ts';
import { SERVER_ERRORS } from './codes/5xx.ts';
import { VENDOR_CODES } from './codes/vendor.ts';
import type { StatusCode, StatusMeaning } from './types.ts';

export const ALL_MEANINGS: readonly StatusMeaning[] = [
  ...INFORMATIONAL,
  ...SUCCESSFUL,
  ...REDIRECTION,
  ...CLIENT_ERRORS_A,
  ...CLIENT_ERRORS_B,
  ...SERVER_ERRORS,
  ...VENDOR_CODES,
];

/** Groups meanings by number: sorted by code, registered meaning first, vendors in data order. */
export function groupByCode(meanings: readonly StatusMeaning[]): StatusCode[] {
  const groups = new Map<number, StatusMeaning[]>();
  for (const m of meanings) {
    const list = groups.get(m.code) ?? [];
    list.push(m);
    groups.set(m.code, list);
  }
  return [...groups]
    .sort(([a], [b]) => a - b)
    .map(([code, list]) => {
      const [first, ...rest] = [...list].sort(
        (a, b) => Number(a.status === 'non-standard') - Number(b.status === 'non-standard'),
      ) as [StatusMeaning, ...StatusMeaning[]];
      return { code, meanings: [first, ...rest] };
    });
}

export const STATUS_CODES: readonly StatusCode[] = groupByCode(ALL_MEANINGS);

const byNumber = new Map(STATUS_CODES.map((c) => [c.code, c]));

export function getStatusCode(code: number): StatusCode | undefined {
  return byNumber.get(code);
}

/** The class a code belongs to (4 for 404); undefined outside 1xx–5xx. */
export function classOf(code: number): 1 | 2 | 3 | 4 | 5 | undefined {
  const digit = Math.floor(code / 100);
  return digit >= 1 && digit <= 5 ? (digit as 1 | 2 | 3 | 4 | 5) : undefined;
}
