/** The tag of each retry advice, one table for the detail and the comparisons. */
import type { RetryAdvice } from '../data/types.ts';
import type { MessageKey } from '../utils/i18n.ts';

export const RETRY_KEY: Record<RetryAdvice, MessageKey> = {
  'not-needed': 'retryNotNeeded',
  follow: 'retryFollow',
  'after-change': 'retryAfterChange',
  'after-delay': 'retryAfterDelay',
  'idempotent-only': 'retryIdempotentOnly',
  never: 'retryNever',
};
