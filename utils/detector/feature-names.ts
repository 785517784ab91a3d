/**
 * The features' names in index order, for the scripts that train and explain the detector
 * (the content script never needs them).
 */
import * as F from './feature-index.ts';

export type Feature = Exclude<keyof typeof F, 'FEATURE_COUNT'>;

export const FEATURES: readonly Feature[] = (Object.keys(F) as (keyof typeof F)[])
  .filter((name): name is Feature => name !== 'FEATURE_COUNT')
  .sort((a, b) => F[a] - F[b]);
