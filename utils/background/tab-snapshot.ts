/**
 * What is kept of the tab record across a restart of the background: each tab's documents, as
 * plain data, read back with the broken parts dropped (storage may hold anything).
 */
import { isRecord, list, parseDoc, type Doc } from './tab-record.ts';

export const MAX_TABS = 1000;
/**
 * Characters of JSON a snapshot may take: well within what `storage.session` holds (10 MB
 * since Chrome 112, 1 MB before), however many tabs are open. The oldest tabs go first.
 */
export const MAX_SNAPSHOT_SIZE = 500_000;
/** Documents of a tab kept besides the current one: those left behind and prerendered ones. */
export const MAX_EARLIER = 3;

/** A tab's documents: the one shown and those it may show again without a request. */
export interface SavedTab {
  current: Doc | undefined;
  earlier: Doc[];
}

export interface Snapshot {
  readonly version: 1;
  readonly tabs: readonly (readonly [number, SavedTab])[];
}

/** A snapshot read back: the tabs in it, each with its documents. */
export function parseSnapshot(stored: unknown): [number, SavedTab][] {
  if (!isRecord(stored) || stored['version'] !== 1) return [];
  return list(stored['tabs'], MAX_TABS).flatMap((entry): [number, SavedTab][] => {
    if (!Array.isArray(entry) || !Number.isSafeInteger(entry[0]) || !isRecord(entry[1])) return [];
    const earlier = list(entry[1]['earlier'], MAX_EARLIER).flatMap((d) => parseDoc(d) ?? []);
    return [[entry[0] as number, { current: parseDoc(entry[1]['current']), earlier }]];
  });
}
