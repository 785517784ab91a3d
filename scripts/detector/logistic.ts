/**
 * L2-regularised logistic regression fit by Newton's method: deterministic, exact to the last
 * digit on every machine, and small (the detector has under a hundred features). Our own, as
 * no package on the lists does this without pulling in a numeric library many times its size
 * (docs/detector.md, "Training").
 */

export interface Example {
  readonly x: ArrayLike<number>;
  readonly y: 0 | 1;
  /** How much the example counts (1 by default). */
  readonly weight?: number;
}

export interface Fit {
  readonly weights: number[];
  readonly bias: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Solves `a · x = b` for a symmetric positive-definite `a` (Cholesky); `a` is overwritten. */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  for (let j = 0; j < n; j++) {
    const rj = a[j] as Float64Array;
    let d = rj[j] ?? 0;
    for (let k = 0; k < j; k++) d -= (rj[k] ?? 0) ** 2;
    const root = Math.sqrt(Math.max(d, 1e-12));
    rj[j] = root;
    for (let i = j + 1; i < n; i++) {
      const ri = a[i] as Float64Array;
      let s = ri[j] ?? 0;
      for (let k = 0; k < j; k++) s -= (ri[k] ?? 0) * (rj[k] ?? 0);
      ri[j] = s / root;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ri = a[i] as Float64Array;
    let s = b[i] ?? 0;
    for (let k = 0; k < i; k++) s -= (ri[k] ?? 0) * (y[k] ?? 0);
    y[i] = s / (ri[i] ?? 1);
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i] ?? 0;
    for (let k = i + 1; k < n; k++) s -= (a[k]?.[i] ?? 0) * (x[k] ?? 0);
    x[i] = s / (a[i]?.[i] ?? 1);
  }
  return x;
}

/**
 * Fits weights and a bias; `l2` weighs the penalty on the weights, times `scale[i]` for
 * weight `i` when given, and `biasL2` the penalty on the bias.
 */
export function fit(
  examples: readonly Example[],
  l2: number,
  scale: ArrayLike<number> = [],
  biasL2 = 0,
  iterations = 30,
): Fit {
  const d = (examples[0]?.x.length ?? 0) + 1;
  const w = new Float64Array(d); // w[d - 1] is the bias
  const row = new Float64Array(d);
  for (let it = 0; it < iterations; it++) {
    const grad = new Float64Array(d);
    const hess = Array.from({ length: d }, () => new Float64Array(d));
    for (const e of examples) {
      for (let i = 0; i < d - 1; i++) row[i] = e.x[i] ?? 0;
      row[d - 1] = 1;
      let z = 0;
      for (let i = 0; i < d; i++) z += (w[i] ?? 0) * (row[i] ?? 0);
      const p = sigmoid(z);
      const c = e.weight ?? 1;
      const g = c * (p - e.y);
      const h = c * Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < d; i++) {
        const ri = row[i] ?? 0;
        if (ri === 0) continue;
        grad[i] = (grad[i] ?? 0) + g * ri;
        const hi = hess[i] as Float64Array;
        for (let k = 0; k <= i; k++) hi[k] = (hi[k] ?? 0) + h * ri * (row[k] ?? 0);
      }
    }
    for (let i = 0; i < d; i++) {
      const hi = hess[i] as Float64Array;
      if (i < d - 1) {
        const penalty = l2 * (scale[i] ?? 1);
        grad[i] = (grad[i] ?? 0) + penalty * (w[i] ?? 0);
        hi[i] = (hi[i] ?? 0) + penalty;
      } else {
        grad[i] = (grad[i] ?? 0) + biasL2 * (w[i] ?? 0);
        hi[i] = (hi[i] ?? 0) + biasL2 + 1e-6;
      }
      for (let k = 0; k < i; k++) (hess[k] as Float64Array)[i] = hi[k] ?? 0;
    }
    const step = solve(hess, grad);
    let moved = 0;
    for (let i = 0; i < d; i++) {
      w[i] = (w[i] ?? 0) - (step[i] ?? 0);
      moved = Math.max(moved, Math.abs(step[i] ?? 0));
    }
    if (moved < 1e-9) break;
  }
  return { weights: Array.from(w.subarray(0, d - 1)), bias: w[d - 1] ?? 0 };
}
