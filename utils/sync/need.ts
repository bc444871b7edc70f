// Pure: whether the sync area needs this machine's write at all. Without this rule, two machines
// whose libraries do not fit would take turns forever: each packs a slightly different prefix of
// the priority order (the cut falls where its own compression says) and rewrites the other's.
import type { AreaContent } from './area';
import { sameRecord, type RecordMap, type SyncRecord } from './record';
import { comparePriority } from './order';
import { PACK_LIMITS } from './limits';

/** An area at least this full, holding a valid prefix, is left as it is. */
const FULL = 0.85;

/**
 * True when the area is damaged, holds an older version of a record than we know, holds a record
 * we have forgotten (an expired removal), or lacks one of our `kept` records that it has room for
 * or that ranks above the least important record it holds.
 */
export function areaNeedsWrite(area: AreaContent, merged: RecordMap, kept: readonly SyncRecord[], total = PACK_LIMITS.total): boolean {
  if (Object.values(area.texts).some((t) => !t)) return true;
  const inArea = new Map<string, SyncRecord>();
  let worst: SyncRecord | undefined;
  for (const r of area.records) {
    if (inArea.has(r.k)) return true;
    inArea.set(r.k, r);
    const ours = merged.get(r.k);
    if (!ours || !sameRecord(ours, r)) return true;
    if (!worst || comparePriority(r, worst) > 0) worst = r;
  }
  const full = area.bytes >= total * FULL;
  return kept.some((r) => !inArea.has(r.k) && (!full || !worst || comparePriority(r, worst) < 0));
}
