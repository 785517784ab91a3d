/**
 * The dataset: every code in the IANA registry plus the vendor codes met in logs, grouped by
 * number with the registered meaning first. Sources are named in `types.ts`.
 */
import { INFORMATIONAL } from './codes/1xx.ts';
import { SUCCESSFUL } from './codes/2xx.ts';
import { REDIRECTION } from './codes/3xx.ts';
import { CLIENT_ERRORS_400_409 } from './codes/400-409.ts';
import { CLIENT_ERRORS_410_418 } from './codes/410-418.ts';
import { CLIENT_ERRORS_421_451 } from './codes/421-451.ts';
import { SERVER_ERRORS } from './codes/5xx.ts';
import { APACHE_CODES } from './codes/vendors/apache.ts';
import { API_CODES } from './codes/vendors/apis.ts';
import { AWS_CODES } from './codes/vendors/aws.ts';
import { CLOUDFLARE_CODES } from './codes/vendors/cloudflare.ts';
import { FRAMEWORK_CODES } from './codes/vendors/frameworks.ts';
import { IIS_CODES } from './codes/vendors/iis.ts';
import { INFORMAL_CODES } from './codes/vendors/informal.ts';
import { NGINX_CODES } from './codes/vendors/nginx.ts';
import { PLATFORM_CODES } from './codes/vendors/platforms.ts';
import type { StatusCode, StatusMeaning } from './types.ts';

// One file per vendor; a vendor with one code joins others of its kind rather than sit alone.
// Sorted by number (a stable sort), so vendors sharing a number keep the order listed here.
const VENDOR_CODES: readonly StatusMeaning[] = [
  ...NGINX_CODES,
  ...CLOUDFLARE_CODES,
  ...IIS_CODES,
  ...AWS_CODES,
  ...APACHE_CODES,
  ...API_CODES,
  ...FRAMEWORK_CODES,
  ...PLATFORM_CODES,
  ...INFORMAL_CODES,
].sort((a, b) => a.code - b.code);

export const ALL_MEANINGS: readonly StatusMeaning[] = [
  ...INFORMATIONAL,
  ...SUCCESSFUL,
  ...REDIRECTION,
  ...CLIENT_ERRORS_400_409,
  ...CLIENT_ERRORS_410_418,
  ...CLIENT_ERRORS_421_451,
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
