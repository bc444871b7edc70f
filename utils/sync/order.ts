// Pure: which records go first when the sync storage cannot hold them all, and where they sit.
import type { SyncRecord } from './record';
import { readPaperValue } from './project';

/**
 * Priority: rules, settings, manual choices (all with their removals), then removed papers
 * (newest first: a removal must reach the other machines or the paper comes back), then saved
 * papers unread or reading before done, newest saved first.
 */
function tier(r: SyncRecord): number {
  const kind = r.k[0];
  if (kind === 'r') return 0;
  if (kind === 's') return 1;
  if (kind === 'm') return 2;
  if (r.v === null) return 3;
  return readPaperValue(r.v).status === 'done' ? 5 : 4;
}

interface Keyed {
  r: SyncRecord;
  tier: number;
  /** savedAt for a paper, change time for anything else. */
  time: number;
}

function keyed(r: SyncRecord): Keyed {
  const t = tier(r);
  return { r, tier: t, time: t >= 4 && r.v ? readPaperValue(r.v).savedAt : r.t };
}

const byKey = (a: Keyed, b: Keyed) => (a.r.k < b.r.k ? -1 : a.r.k > b.r.k ? 1 : 0);

const priority = (a: Keyed, b: Keyed) => a.tier - b.tier || (a.tier >= 3 ? b.time - a.time : 0) || byKey(a, b);

/** Most important first. */
export function byPriority(records: Iterable<SyncRecord>): SyncRecord[] {
  return [...records].map(keyed).sort(priority).map((x) => x.r);
}

/** Below 0: `a` goes before `b` when the storage is full. */
export const comparePriority = (a: SyncRecord, b: SyncRecord) => priority(keyed(a), keyed(b));

/**
 * The order in the items: by kind, then papers (any status) and removals oldest first, so a new
 * save lands in the last item and leaves the others as they are (fewer bytes to send).
 */
export function byPlacement(records: Iterable<SyncRecord>): SyncRecord[] {
  return [...records]
    .map(keyed)
    .map((x) => ({ ...x, tier: Math.min(x.tier, 4) }))
    .sort((a, b) => a.tier - b.tier || a.time - b.time || byKey(a, b))
    .map((x) => x.r);
}
