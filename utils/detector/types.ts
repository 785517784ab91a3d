/** The detector's shared shapes: what it finds and what it judges. */

export interface CodeMatch {
  readonly start: number;
  readonly end: number;
  readonly code: number;
  readonly kind: 'code';
}
export interface ClassMatch {
  readonly start: number;
  readonly end: number;
  readonly digit: 1 | 2 | 3 | 4 | 5;
  readonly kind: 'class';
}
export type Match = CodeMatch | ClassMatch;

/** Balanced: any HTTP context. Strict: only what is unmistakable (a higher threshold). */
export type Sensitivity = 'strict' | 'balanced';

/** A standalone three-digit number that could be a status. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly code: number;
  /** Start of the line holding the number. */
  readonly lineStart: number;
}
