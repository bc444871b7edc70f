// Pure: synced records and how two versions of one record merge.
// A record is a rule, a setting, a manual choice or a saved paper, or the removal of one.

/** Removals are remembered this long, then forgotten (a machine offline longer may bring a paper back). */
export const TOMBSTONE_DAYS = 90;
const DAY_MS = 86_400_000;

export interface SyncRecord {
  /** Kind letter + id: 'p2405.12345' paper, 'r<rule id>' rule, 'm<paper id>' manual choice, 's<name>' setting. */
  k: string;
  /** When it last changed (ms since 1970), on the machine that changed it. */
  t: number;
  /** Install id of that machine: breaks ties of `t` the same way everywhere. */
  by: string;
  /** Canonical JSON of the payload; null: removed (a tombstone). */
  v: string | null;
}

export type RecordMap = Map<string, SyncRecord>;
export type Kind = 'p' | 'r' | 'm' | 's';
export const kindOf = (k: string) => k[0] as Kind;

/** The version that wins: the newest change; same time: the greater install id; same clock: the greater value. */
export function winner(a: SyncRecord, b: SyncRecord): SyncRecord {
  if (a.t !== b.t) return a.t > b.t ? a : b;
  if (a.by !== b.by) return a.by > b.by ? a : b;
  return (a.v ?? '') >= (b.v ?? '') ? a : b;
}

export const sameRecord = (a: SyncRecord | undefined, b: SyncRecord | undefined) =>
  !!a && !!b && a.t === b.t && a.by === b.by && a.v === b.v;

/**
 * Merges incoming versions into `local` (not changed). `won`: the incoming records that replaced
 * or added to what was local, i.e. what the local data must take. Idempotent and order-independent:
 * the result per key is the `winner` of all versions seen, a commutative, associative choice.
 */
export function mergeRecords(local: ReadonlyMap<string, SyncRecord>, incoming: Iterable<SyncRecord>): { merged: RecordMap; won: SyncRecord[] } {
  const merged: RecordMap = new Map(local);
  const wonByKey = new Map<string, SyncRecord>();
  for (const r of incoming) {
    const cur = merged.get(r.k);
    const next = cur ? winner(cur, r) : r;
    if (next === cur) continue;
    merged.set(r.k, next);
    if (sameRecord(local.get(r.k), next)) wonByKey.delete(r.k);
    else wonByKey.set(r.k, next);
  }
  return { merged, won: [...wonByKey.values()] };
}

/** Keys of tombstones older than TOMBSTONE_DAYS. */
export function expiredTombstones(records: ReadonlyMap<string, SyncRecord>, now: number): string[] {
  const limit = now - TOMBSTONE_DAYS * DAY_MS;
  const out: string[] = [];
  for (const r of records.values()) if (r.v === null && r.t < limit) out.push(r.k);
  return out;
}
