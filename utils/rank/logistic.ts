// L2-regularised logistic regression on sparse rows, trained by Nesterov's accelerated gradient
// with a fixed step (1 / Lipschitz bound): no randomness, so the same data gives the same model.
// Objective: (1/S) Σ s_i log(1 + exp(-y_i (w·x_i + b))) + (λ/2) ||w||², S = Σ s_i, y_i ∈ {-1, +1};
// the bias is not regularised. Pure.
import type { SparseRow } from './tfidf';

export interface Example {
  x: SparseRow;
  /** +1 (saved) or -1 (hidden, passed over). */
  y: 1 | -1;
  /** How much this example counts (a passed-over paper is weak evidence). */
  s: number;
}

export interface Linear {
  w: Float64Array;
  b: number;
}

export interface TrainOptions {
  lambda: number;
  maxIter?: number;
  /** Stop once the gradient's norm is below this. */
  tol?: number;
}

export const dot = (w: ArrayLike<number>, x: SparseRow): number => {
  let z = 0;
  for (let k = 0; k < x.idx.length; k++) z += w[x.idx[k]] * x.val[k];
  return z;
};

/** log(1 + e^m) without overflow. */
const softplus = (m: number) => (m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m)));

/** Objective value and gradient at (w, b). */
export function lossAndGrad(data: readonly Example[], dim: number, m: Linear, lambda: number, withLoss = true): { loss: number; gw: Float64Array; gb: number } {
  const gw = new Float64Array(dim);
  let loss = 0, gb = 0, S = 0;
  for (const e of data) S += e.s;
  for (const e of data) {
    const z = dot(m.w, e.x) + m.b;
    if (withLoss) loss += e.s * softplus(-e.y * z);
    // d/dz log(1 + e^{-yz}) = -y σ(-yz)
    const g = (e.s * -e.y) / (1 + Math.exp(e.y * z));
    gb += g;
    for (let k = 0; k < e.x.idx.length; k++) gw[e.x.idx[k]] += g * e.x.val[k];
  }
  let reg = 0;
  for (let j = 0; j < dim; j++) {
    gw[j] = gw[j] / S + lambda * m.w[j];
    reg += m.w[j] * m.w[j];
  }
  return { loss: loss / S + (lambda / 2) * reg, gw, gb: gb / S };
}

export function trainLogistic(data: readonly Example[], dim: number, opts: TrainOptions): Linear {
  const { lambda, maxIter = 150, tol = 1e-5 } = opts;
  let S = 0, sx = 0;
  for (const e of data) {
    S += e.s;
    let n2 = 1; // the bias's constant feature
    for (const v of e.x.val) n2 += v * v;
    sx += e.s * n2;
  }
  // The logistic loss's curvature is at most 1/4: L ≤ (1/4) mean ||[x, 1]||² + λ.
  const step = 1 / ((0.25 * sx) / Math.max(S, 1e-12) + lambda);
  let x: Linear = { w: new Float64Array(dim), b: 0 };
  let y: Linear = { w: new Float64Array(dim), b: 0 };
  let t = 1;
  for (let it = 0; it < maxIter; it++) {
    const { gw, gb } = lossAndGrad(data, dim, y, lambda, false);
    let gn = gb * gb;
    for (let j = 0; j < dim; j++) gn += gw[j] * gw[j];
    if (Math.sqrt(gn) < tol) return y;
    const next: Linear = { w: new Float64Array(dim), b: y.b - step * gb };
    for (let j = 0; j < dim; j++) next.w[j] = y.w[j] - step * gw[j];
    const t2 = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
    const mom = (t - 1) / t2;
    const ny: Linear = { w: new Float64Array(dim), b: next.b + mom * (next.b - x.b) };
    for (let j = 0; j < dim; j++) ny.w[j] = next.w[j] + mom * (next.w[j] - x.w[j]);
    x = next;
    y = ny;
    t = t2;
  }
  return x;
}
