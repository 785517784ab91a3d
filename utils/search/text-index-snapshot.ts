/**
 * The text index of the whole dataset as JSON, for the worker: built here, and by the build into
 * the background's bundle as the finished string (`scripts/build/prebuilt-modules.ts`), so a
 * worker that has just started answers its first word query without building the index
 * (docs/performance.md, _Round two_).
 */
import { STATUS_CODES } from '../../data/index.ts';
import { listMeanings } from './listing.ts';
import { TextIndexBuilder } from './text-index.ts';

export const textIndexSnapshot = (): string =>
  JSON.stringify(new TextIndexBuilder(listMeanings(STATUS_CODES)).snapshot());
