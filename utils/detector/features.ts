/**
 * A candidate's features as a vector indexed by `F` (`feature-index.ts`, whose constants the
 * build writes in place), and the groups of features the detector treats alike.
 */
import * as F from './feature-index.ts';
import type { Evidence } from './types.ts';

export { F };

/** Vectors are cut from shared blocks: one allocation per 64 candidates, not one each. */
const BLOCK = 64;
let block = new Float64Array(0);
let used = BLOCK;

export const newEvidence = (): Evidence => {
  const n = F.FEATURE_COUNT;
  if (used === BLOCK) {
    block = new Float64Array(BLOCK * n);
    used = 0;
  }
  used++;
  return block.subarray((used - 1) * n, used * n);
};

/**
 * Features that say the number is something else: a candidate with one is never the code shown
 * outright (`detect.ts`), and training pulls their weights to zero less (`train-detector.ts`).
 */
export const AGAINST: readonly number[] = [
  F.measure,
  F.unit,
  F.koCounter,
  F.identifier,
  F.label,
  F.currency,
  F.signBefore,
  F.pathBefore,
  F.hyphenGlued,
  F.colonBefore,
  F.numberAfter,
  F.signAfter,
  F.operator,
  F.exit,
  F.otherProtocol,
  F.otherStatusLine,
  F.mailReply,
  F.mailSession,
  F.codeOfOther,
  F.otherKey,
  F.flagBefore,
  F.koComparison,
  F.numericCall,
];

export const hasAgainst = (ev: Evidence): boolean => AGAINST.some((f) => ev[f] !== 0);

/**
 * Evidence that the number is a quantity, a room, a path or another protocol's reply, which
 * no status has in the corpus: with one, what the page says about HTTP and which code it is
 * (the priors) are not weighed at all, so that a page full of HTTP talk cannot carry a price
 * in a table or `301호` across the line.
 */
const VETO: readonly number[] = [
  F.measure,
  F.unit,
  F.koCounter,
  F.identifier,
  F.currency,
  F.signBefore,
  F.pathBefore,
  F.hyphenGlued,
  F.numberAfter,
  F.operator,
  F.flagBefore,
  F.otherStatusLine,
  F.mailReply,
  F.mailSession,
  F.otherHeader,
  F.numericCall,
  F.koComparison,
];
const PRIORS: readonly number[] = [
  F.tier1,
  F.tier1Topic,
  F.tier1Web,
  F.tier2,
  F.tier2Topic,
  F.tier2Web,
  F.rareTopic,
  F.rareWeb,
  F.tier1NoTopic,
  F.tier2NoTopic,
  F.echo,
];

/** Clears the priors of a number vetoed as something else. */
export function applyVetoes(ev: Evidence): void {
  if (!VETO.some((f) => ev[f] !== 0)) return;
  for (const f of PRIORS) ev[f] = 0;
}
