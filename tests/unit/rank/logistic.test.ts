import { describe, expect, it } from 'vitest';
import { lossAndGrad, trainLogistic, type Example, type Linear } from '@/utils/rank/logistic';

const row = (dense: number[]) => ({ idx: dense.map((_, i) => i), val: dense });
const ex = (x: number[], y: 1 | -1, s = 1): Example => ({ x: row(x), y, s });

// A small non-separable set with unequal weights.
const data: Example[] = [
  ex([1, 0.2], 1), ex([0.8, 0.5], 1, 2), ex([0.1, 0.9], -1), ex([0.3, 0.7], -1, 0.5),
  ex([0.6, 0.6], 1), ex([0.5, 0.4], -1), ex([0.9, 0.1], -1, 0.3), ex([0.2, 0.3], 1, 0.7),
];

/** Reference solution: Newton's method on the same objective, dense, with the Hessian written out. */
function newton(lambda: number): Linear {
  let w = [0, 0], b = 0;
  const S = data.reduce((s, e) => s + e.s, 0);
  for (let it = 0; it < 50; it++) {
    const g = [0, 0, 0];
    const H = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
    for (const e of data) {
      const x = [...e.x.val, 1];
      const z = w[0] * x[0] + w[1] * x[1] + b;
      const p = 1 / (1 + Math.exp(-z));
      const t = e.y > 0 ? 1 : 0;
      for (let i = 0; i < 3; i++) {
        g[i] += (e.s * (p - t) * x[i]) / S;
        for (let j = 0; j < 3; j++) H[i][j] += (e.s * p * (1 - p) * x[i] * x[j]) / S;
      }
    }
    for (let i = 0; i < 2; i++) (g[i] += lambda * w[i]), (H[i][i] += lambda);
    const d = solve3(H, g);
    w = [w[0] - d[0], w[1] - d[1]];
    b -= d[2];
  }
  return { w: Float64Array.from(w), b };
}

function solve3(A: number[][], v: number[]): number[] {
  const M = A.map((r, i) => [...r, v[i]]);
  for (let c = 0; c < 3; c++) {
    const p = M[c][c];
    for (let r = 0; r < 3; r++) {
      if (r === c) continue;
      const f = M[r][c] / p;
      for (let k = c; k < 4; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((r, i) => r[3] / r[i]);
}

describe('logistic regression', () => {
  it('its gradient matches central finite differences of its loss', () => {
    const at: Linear = { w: Float64Array.from([0.7, -1.3]), b: 0.4 };
    const lambda = 0.05, h = 1e-6;
    const { gw, gb } = lossAndGrad(data, 2, at, lambda);
    const f = (m: Linear) => lossAndGrad(data, 2, m, lambda).loss;
    for (const j of [0, 1]) {
      const up = Float64Array.from(at.w), down = Float64Array.from(at.w);
      up[j] += h;
      down[j] -= h;
      expect(gw[j]).toBeCloseTo((f({ w: up, b: at.b }) - f({ w: down, b: at.b })) / (2 * h), 7);
    }
    expect(gb).toBeCloseTo((f({ w: at.w, b: at.b + h }) - f({ w: at.w, b: at.b - h })) / (2 * h), 7);
  });

  for (const lambda of [0.01, 0.1, 1])
    it(`finds the same optimum as Newton's method (λ = ${lambda})`, () => {
      const ref = newton(lambda);
      const got = trainLogistic(data, 2, { lambda, maxIter: 20000, tol: 1e-10 });
      expect(got.w[0]).toBeCloseTo(ref.w[0], 5);
      expect(got.w[1]).toBeCloseTo(ref.w[1], 5);
      expect(got.b).toBeCloseTo(ref.b, 5);
    });

  it('is deterministic and learns the direction of a separable toy set', () => {
    const toy = [ex([1, 0], 1), ex([0.9, 0.1], 1), ex([0, 1], -1), ex([0.1, 0.9], -1)];
    const a = trainLogistic(toy, 2, { lambda: 0.01 });
    const b = trainLogistic(toy, 2, { lambda: 0.01 });
    expect([...a.w, a.b]).toEqual([...b.w, b.b]);
    expect(a.w[0]).toBeGreaterThan(0);
    expect(a.w[1]).toBeLessThan(0);
  });

  it('stronger regularisation shrinks the weights', () => {
    const small = trainLogistic(data, 2, { lambda: 0.01, maxIter: 5000 });
    const big = trainLogistic(data, 2, { lambda: 1, maxIter: 5000 });
    expect(Math.hypot(...big.w)).toBeLessThan(Math.hypot(...small.w));
  });
});
