// Pure: a sync item's compact encoding. An item is self-contained (any machine can merge it alone):
// [1, [install ids…], record, record, …], each record an array:
//   paper   [k, t, by, savedAt, status, tags, note?]   (times base 36, note left out when empty)
//   other   [k, t, by, value]                           (the value as JSON, not as a string of JSON)
//   removal [k, t, by]
// `by` is an index into the item's install ids. Compared with objects and ISO dates this is
// about a third of the size; gzip (gzip.ts) then takes what repeats across records.
import type { SyncRecord } from './record';
import type { PaperValue } from './project';

export const FORMAT = 1;
type Packed = (string | number | unknown)[];

const b36 = (n: number) => Math.max(0, Math.round(n)).toString(36);
const un36 = (s: unknown) => (typeof s === 'string' ? parseInt(s, 36) : Number.NaN);

export function encodeRecord(r: SyncRecord, byIndex: number): Packed {
  const head: Packed = [r.k, b36(r.t), byIndex];
  if (r.v === null) return head;
  if (r.k[0] !== 'p') return [...head, JSON.parse(r.v)];
  const [savedAt, status, tags, note] = JSON.parse(r.v) as PaperValue;
  return note ? [...head, b36(savedAt), status, tags, note] : [...head, b36(savedAt), status, tags];
}

export function decodeRecord(a: unknown, ids: readonly string[]): SyncRecord | null {
  if (!Array.isArray(a) || typeof a[0] !== 'string' || !a[0] || typeof a[2] !== 'number') return null;
  const [k, t, by] = a as [string, string, number];
  const time = un36(t);
  if (!Number.isFinite(time) || typeof ids[by] !== 'string') return null;
  const head = { k, t: time, by: ids[by] };
  if (a.length === 3) return { ...head, v: null };
  if (k[0] !== 'p') return a.length === 4 ? { ...head, v: JSON.stringify(a[3]) } : null;
  const savedAt = un36(a[3]);
  if (!Number.isFinite(savedAt) || typeof a[4] !== 'number' || typeof a[5] !== 'string') return null;
  const v: PaperValue = [savedAt, a[4], a[5], typeof a[6] === 'string' ? a[6] : ''];
  return { ...head, v: JSON.stringify(v) };
}

/** The item's JSON value (records in the given order). */
export function encodeItem(records: readonly SyncRecord[]): unknown[] {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const packed = records.map((r) => {
    let i = index.get(r.by);
    if (i === undefined) index.set(r.by, (i = ids.push(r.by) - 1));
    return encodeRecord(r, i);
  });
  return [FORMAT, ids, ...packed];
}

/** Records of an item's JSON value; anything unreadable (a newer format, damage) is skipped. */
export function decodeItem(value: unknown): SyncRecord[] {
  if (!Array.isArray(value) || value[0] !== FORMAT || !Array.isArray(value[1])) return [];
  const ids = value[1].filter((x): x is string => typeof x === 'string');
  const out: SyncRecord[] = [];
  for (const a of value.slice(2)) {
    const r = decodeRecord(a, ids);
    if (r) out.push(r);
  }
  return out;
}
