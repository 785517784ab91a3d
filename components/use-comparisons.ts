/**
 * The written comparisons, loaded when a view first needs them: a chunk of its own, so that
 * the popup's first paint does not carry them.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Comparison } from '../data/guide/types.ts';
import type { StatusCode } from '../data/types.ts';
import type { DataApi } from './client.ts';
import { once, useLoaded } from './lazy.ts';

export const loadComparisons: () => Promise<readonly Comparison[]> = once(() =>
  import('../data/guide/comparisons.ts').then((m) => m.COMPARISONS),
);

/** The written comparisons, undefined until they are loaded. */
export const useComparisons = (): readonly Comparison[] | undefined => useLoaded(loadComparisons);

/**
 * The entries of these codes: from `known` when it has them all (the reference page lists
 * every code), else asked of the background; undefined until they come.
 */
export function useEntries(
  api: Pick<DataApi, 'getCodes'>,
  codes: readonly number[],
  known?: ReadonlyMap<number, StatusCode>,
): ReadonlyMap<number, StatusCode> | undefined {
  const [entries, setEntries] = useState<ReadonlyMap<number, StatusCode> | undefined>(undefined);
  const key = codes.join(',');
  const complete = known !== undefined && codes.every((c) => known.has(c));
  useEffect(() => {
    if (complete) return;
    let live = true;
    void api.getCodes(key.split(',').map(Number)).then((found) => {
      if (live) setEntries(new Map(found.map((e) => [e.code, e])));
    });
    return () => {
      live = false;
    };
  }, [api, key, complete]);
  return complete ? known : entries;
}
