/**
 * What is kept of the tab record across a restart of the background: each tab's documents, as
 * plain data, read back with the broken parts dropped (storage may hold anything).
 */
import { isRecord, list, parseDoc, parseHops, type Doc, type Hop } from './tab-record.ts';
import { recordUrl } from './tab-url.ts';

export const MAX_TABS = 1000;
/**
 * Characters of JSON a snapshot may take: well within what `storage.session` holds (10 MB
 * since Chrome 112, 1 MB before), however many tabs are open. The oldest tabs go first.
 */
export const MAX_SNAPSHOT_SIZE = 500_000;
/** Documents of a tab kept besides the current one: those left behind and prerendered ones. */
export const MAX_EARLIER = 3;

/** Navigations on their way kept per tab: a few, should some never end. */
export const MAX_NAVIGATIONS = 4;

/** A main-frame request on its way: where it is, the redirects it went through. */
export interface SavedNavigation {
  requestId: string;
  url: string;
  redirects: Hop[];
  prerender: boolean;
}

/**
 * A tab's documents (the one shown and those it may show again without a request), the
 * navigations on their way, and the request ids of responses that were not documents.
 */
export interface SavedTab {
  current: Doc | undefined;
  earlier: Doc[];
  navigations: SavedNavigation[];
  answered: string[];
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
    const tab = entry[1];
    return [
      [
        entry[0] as number,
        {
          current: parseDoc(tab['current']),
          earlier: list(tab['earlier'], MAX_EARLIER).flatMap((d) => parseDoc(d) ?? []),
          navigations: list(tab['navigations'], MAX_NAVIGATIONS).flatMap(parseNavigation),
          answered: list(tab['answered'], MAX_NAVIGATIONS).filter(isString),
        },
      ],
    ];
  });
}

const isString = (v: unknown): v is string => typeof v === 'string';

function parseNavigation(v: unknown): SavedNavigation[] {
  if (!isRecord(v) || !isString(v['requestId']) || !isString(v['url'])) return [];
  return [
    {
      requestId: v['requestId'],
      url: recordUrl(v['url']),
      redirects: parseHops(v['redirects']),
      prerender: v['prerender'] === true,
    },
  ];
}
