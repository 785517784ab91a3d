/**
 * The entries of the common codes, in the popup's own bundle: its first list is painted from
 * them before a sleeping worker answers (docs/performance.md, _Round two_). The build loads this
 * module as the entries it computes (`scripts/build/prebuilt-modules.ts`), so the popup holds
 * these and none of the rest of the dataset.
 */
import { getStatusCode } from '../../data/index.ts';
import type { StatusCode } from '../../data/types.ts';
import { COMMON_CODES } from '../../utils/search/recent.ts';

export const COMMON_ENTRIES: readonly StatusCode[] = COMMON_CODES.flatMap((code) => {
  const entry = getStatusCode(code);
  return entry ? [entry] : [];
});
