// Pure: turns the difference between the local data now and the clocks remembered for it into
// records stamped with this machine's time. Local writes need no hook: whatever differs changed.
import type { RecordMap, SyncRecord } from './record';

/**
 * `current`: every local record's canonical value now (see project.ts). A value that differs from
 * the remembered one changed here; a remembered value that is gone was removed here.
 * The stamp is at least one ms after the version it replaces, so a local edit always beats what
 * it was made on, even when the clocks of two machines disagree.
 * `initialTime`: with no clocks yet (sync just turned on), a record's time is this guess instead
 * of now (a paper's savedAt; 0 for settings at their defaults): turning sync on with data on both
 * machines merges them rather than letting the later machine overwrite the other.
 */
export function stampLocal(
  prev: ReadonlyMap<string, SyncRecord>,
  current: ReadonlyMap<string, string>,
  now: number,
  me: string,
  initialTime?: (k: string, v: string) => number,
): SyncRecord[] {
  const out: SyncRecord[] = [];
  for (const [k, v] of current) {
    const p = prev.get(k);
    if (p?.v === v) continue;
    const t = !p && initialTime ? initialTime(k, v) : Math.max(now, (p?.t ?? 0) + 1);
    out.push({ k, t, by: me, v });
  }
  for (const p of prev.values()) {
    if (p.v !== null && !current.has(p.k)) out.push({ k: p.k, t: Math.max(now, p.t + 1), by: me, v: null });
  }
  return out;
}

export function applyStamps(prev: ReadonlyMap<string, SyncRecord>, stamps: SyncRecord[]): RecordMap {
  const next: RecordMap = new Map(prev);
  for (const s of stamps) next.set(s.k, s);
  return next;
}
