// Calibration: a raw model output becomes the percentile it reaches among the papers of recent
// listings (the reference), so "87" means "above 87 % of what the listings showed lately" on any
// day, whatever the day's mix. The reference is kept as 101 quantile breakpoints. Pure.

/** 101 breakpoints (0th … 100th percentile) of the reference scores; [] for none. */
export function quantiles(scores: readonly number[], points = 101): number[] {
  if (!scores.length) return [];
  const s = [...scores].sort((a, b) => a - b);
  const out: number[] = [];
  for (let k = 0; k < points; k++) {
    const pos = (k / (points - 1)) * (s.length - 1);
    const lo = Math.floor(pos);
    out.push(s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo));
  }
  return out;
}

/** 0–100: where `raw` falls among the breakpoints, interpolated between them. */
export function percentile(raw: number, q: readonly number[]): number {
  const n = q.length;
  if (n < 2) return 50;
  if (raw <= q[0]) return 0;
  if (raw >= q[n - 1]) return 100;
  let lo = 0, hi = n - 1; // q[lo] < raw <= q[hi]
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (q[mid] < raw) lo = mid;
    else hi = mid;
  }
  let pos = lo + (raw - q[lo]) / (q[hi] - q[lo]);
  if (q[hi] === raw) {
    // A run of equal breakpoints (many reference papers with this very score): its middle.
    let last = hi;
    while (last < n - 1 && q[last + 1] === raw) last++;
    pos = (hi + last) / 2;
  }
  return Math.round((pos / (n - 1)) * 100);
}
