/** One meaning that search found. A leaf module: the listing and the ranking both return hits. */
export interface SearchHit {
  readonly code: number;
  /** Index into the code's `meanings`. */
  readonly meaning: number;
  /** 0 to 1; higher is better. Numeric and class queries score 1. */
  readonly score: number;
}
