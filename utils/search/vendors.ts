/** The vendors a query names, so their own codes rank as registered ones do. */
import type { VendorId } from '../../data/types.ts';
import { VENDORS } from '../../data/vendors.ts';
import { stemOf } from './endings.ts';
import { wordsIn } from './word-index.ts';

/** Vendors by the words that name them in a query (data/vendors.ts `searchNames`). */
const VENDOR_WORDS = new Map(
  (Object.entries(VENDORS) as [VendorId, (typeof VENDORS)[VendorId]][]).flatMap(([id, v]) =>
    v.searchNames.map((name) => [name, id] as const),
  ),
);

/** The vendors a query names (`nginx 업스트림 타임아웃`, `클라우드플레어가 원 서버에…`). */
export function vendorsNamed(query: string): ReadonlySet<VendorId> {
  const named = new Set<VendorId>();
  for (const word of wordsIn(query)) {
    const id = VENDOR_WORDS.get(word) ?? VENDOR_WORDS.get(stemOf(word) ?? '');
    if (id) named.add(id);
  }
  return named;
}
