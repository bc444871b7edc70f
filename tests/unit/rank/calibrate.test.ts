import { describe, expect, it } from 'vitest';
import { percentile, quantiles } from '@/utils/rank/calibrate';

describe('calibration', () => {
  const ref = Array.from({ length: 1001 }, (_, i) => i / 1000); // 0 … 1 evenly
  const q = quantiles(ref);
  it('101 breakpoints from the smallest to the largest reference score', () => {
    expect(q).toHaveLength(101);
    expect(q[0]).toBe(0);
    expect(q[100]).toBe(1);
    expect(q[50]).toBeCloseTo(0.5, 12);
  });
  it('a raw score becomes its percentile among the reference, 0–100', () => {
    expect(percentile(0.87, q)).toBe(87);
    expect(percentile(0.004, q)).toBe(0);
    expect(percentile(-5, q)).toBe(0);
    expect(percentile(5, q)).toBe(100);
  });
  it('is monotone: a higher raw score never gets a lower number', () => {
    let last = -1;
    for (let x = -0.1; x < 1.1; x += 0.013) {
      const p = percentile(x, q);
      expect(p).toBeGreaterThanOrEqual(last);
      last = p;
    }
  });
  it('means the same from day to day: a fixed reference maps a raw score to one number whatever else is on the page', () => {
    const skewed = quantiles([...ref.map((x) => x * x)]);
    expect(percentile(0.25, skewed)).toBe(50); // half the reference is below 0.25
  });
  it('a score many reference papers share gets the middle of their run; no reference gives 50', () => {
    expect(percentile(1, quantiles([0, 1, 1, 1, 2]))).toBe(50);
    expect(percentile(2, quantiles([0, 1, 1, 1, 2]))).toBe(100);
    expect(percentile(3, [])).toBe(50);
  });
});
