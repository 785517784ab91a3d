/** What every generated page uses: a seeded source of random choices and the HTML around it. */

/** Random choices from a fixed seed, so that every run generates the same bytes. */
export interface Dice {
  /** In [0, 1), as `Math.random`. */
  readonly random: () => number;
  readonly pick: <T>(items: readonly T[]) => T;
  /** An integer from `lo` to `hi`, both included. */
  readonly between: (lo: number, hi: number) => number;
}

/** A small deterministic PRNG (mulberry32). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function dice(seed: number): Dice {
  const random = mulberry32(seed);
  return {
    random,
    pick: (items) => items[Math.floor(random() * items.length)] as (typeof items)[number],
    between: (lo, hi) => lo + Math.floor(random() * (hi - lo + 1)),
  };
}

export const shell = (title: string, body: string): string =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<style>body{font:15px/1.5 sans-serif;margin:2em;max-width:60em}pre,.log{font:12px/1.4 monospace;white-space:pre}</style>` +
  `</head><body>${body}</body></html>\n`;
