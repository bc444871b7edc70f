// Where the keyboard focus ring goes (pure): over the papers in page order, one entry per paper.

const clamp = (i: number, n: number) => Math.min(n - 1, Math.max(0, i));

/**
 * The paper j (dir 1) or k (dir -1) moves to. From the current paper: the next or previous one,
 * staying put at either end. Without one (no ring yet, or its paper left the page): the paper at
 * `fallback` (see firstInView), so the first press shows where the ring is.
 */
export function step(ids: readonly string[], current: string | null, dir: 1 | -1, fallback = 0): string | null {
  if (!ids.length) return null;
  const i = current === null ? -1 : ids.indexOf(current);
  return ids[i < 0 ? clamp(fallback, ids.length) : clamp(i + dir, ids.length)];
}

/** The first card not scrolled away above the viewport (bottom edges relative to its top); the last when all are. */
export function firstInView(bottoms: readonly number[]): number {
  const i = bottoms.findIndex((b) => b > 0);
  return i < 0 ? bottoms.length - 1 : i;
}

/** After hiding `id`, the ring moves on: to the next paper, or the previous one at the end. */
export function afterHide(ids: readonly string[], id: string): string | null {
  const i = ids.indexOf(id);
  if (i < 0) return null;
  return ids[i + 1] ?? ids[i - 1] ?? null;
}
