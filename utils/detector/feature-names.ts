/**
 * The features' names in index order, for the scripts that train and explain the detector
 * (the content script never needs them).
 */
import * as F from './feature-index.ts';

export type Feature = Exclude<keyof typeof F, 'FEATURE_COUNT'>;

export const FEATURES: readonly Feature[] = (Object.entries(F) as [keyof typeof F, number][])
  .filter((entry): entry is [Feature, number] => entry[0] !== 'FEATURE_COUNT')
  .sort((a, b) => a[1] - b[1])
  .map(([name]) => name);
