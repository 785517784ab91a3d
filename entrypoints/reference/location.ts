/**
 * What the reference page's URL asks for: `#404` opens a code, `#code-499-nginx` one vendor's
 * meaning (the entry's own id, which its copy-link button hands out), `#compare-401-403` a
 * comparison, `#choose/…` walks the guided choice along the answers it names, `?q=…` fills
 * the search.
 */
import type { VendorId } from '../../data/types.ts';
import { VENDORS } from '../../data/vendors.ts';
import { codesOfHash } from '../../utils/compare/compare.ts';
import { parseChooseHash } from './choose-path.ts';

export interface ReferenceLocation {
  readonly target: number | undefined;
  readonly vendor: VendorId | undefined;
  readonly query: string;
  /** The codes `#compare-401-403` asks to compare. */
  readonly compare: readonly number[] | undefined;
  /** The answer ids of the guided choice (`[]` for `#choose`); undefined for other hashes. */
  readonly choose?: readonly string[] | undefined;
}

const isVendor = (id: string): id is VendorId => Object.hasOwn(VENDORS, id);

export function parseReferenceLocation(hash: string, search: string): ReferenceLocation {
  const match = /^#(?:code-)?(\d{3})(?:-([a-z-]+))?$/u.exec(hash.trim());
  const vendor = match?.[2];
  const known = vendor === undefined || isVendor(vendor);
  const query = new URLSearchParams(search).get('q') ?? '';
  return {
    target: match && known ? Number(match[1]) : undefined,
    vendor: vendor !== undefined && isVendor(vendor) ? vendor : undefined,
    query: query.slice(0, 200),
    compare: codesOfHash(hash.trim().replace(/^#/u, '')),
    choose: parseChooseHash(hash),
  };
}
