// What a rule that matched reports: per field, its positive terms' matches sorted, overlapping
// or touching ones joined. Worked example: rule A `diffus*, video generation` on the title
// "Video generation with diffusion" found `video generation` at [0, 16] and `diffus*` at
// [22, 31] → ranges [{ title, 0, 16 }, { title, 22, 31 }]; `video, video generation` would
// join [0, 5] and [0, 16] into one [0, 16].
import type { RuleField } from '@/utils/types';
import type { Found } from './scan';

export interface MatchRange { field: RuleField; start: number; end: number }

/** Whether one of `terms` was found in one of the rule's fields (slots: a Found per field, or -1). */
export function anyFound(found: Found[], slots: number[], terms: number[]): boolean {
  for (let f = 0; f < slots.length; f++) {
    if (slots[f] < 0) continue;
    const lists = found[slots[f]].found;
    for (let t = 0; t < terms.length; t++) if (lists[terms[t]]) return true;
  }
  return false;
}

/** The rule's ranges in one field: its positive terms' matches, sorted, overlapping ones joined. */
export function addRanges(out: MatchRange[], field: RuleField, found: Found['found'], pos: number[]): void {
  const spans: [number, number][] = [];
  for (const u of pos) {
    const flat = found[u];
    if (flat) for (let k = 0; k < flat.length; k += 2) spans.push([flat[k], flat[k + 1]]);
  }
  for (const [start, end] of mergeSpans(spans)) out.push({ field, start, end });
}

/** Sorted, with overlapping or touching spans joined. */
export function mergeSpans(spans: [number, number][]): [number, number][] {
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of spans) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
