/** The detector's shared shapes: what it finds and what it judges. */
import type { ClassDigit } from '../status-class.ts';

export interface CodeMatch {
  readonly start: number;
  readonly end: number;
  readonly code: number;
  readonly kind: 'code';
}
export interface ClassMatch {
  readonly start: number;
  readonly end: number;
  readonly digit: ClassDigit;
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

/** A candidate's features, indexed by `F` (`feature-index.ts`). */
export type Evidence = Float64Array;

/** A candidate with its features, its score and the decision. */
export interface Judged extends Candidate {
  readonly ev: Evidence;
  /** Candidates of one comma group (`401,403`) share their decision. */
  readonly group?: readonly Judged[];
  z: number;
  accepted: boolean;
}
