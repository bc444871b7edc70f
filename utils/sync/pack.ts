// Pure (async only for gzip): the records as storage.sync items within the limits.
// Each item holds a run of records, plain (an array) or gzipped (a string), whichever is smaller.
// When not everything fits, a prefix of the priority order (order.ts) is kept.
import type { SyncRecord } from './record';
import { encodeItem } from './codec';
import { gzipText } from './gzip';
import { itemBytes, itemKey, PACK_LIMITS, type PackLimits } from './limits';
import { byPlacement, byPriority } from './order';

export interface Packed {
  /** key → value, ready for storage.sync.set. */
  items: Record<string, unknown>;
  /** key → the item's plain JSON text (how items are compared, whatever their compression). */
  texts: Record<string, string>;
  bytes: number;
  /** Records that did not fit. */
  left: SyncRecord[];
  /** Keys of the records that are in the items. */
  kept: Set<string>;
}

export type Encoding = 'best' | 'plain' | 'gzip';

interface Built {
  value: unknown;
  text: string;
  bytes: number;
}

async function build(key: string, records: SyncRecord[], encoding: Encoding): Promise<Built> {
  const plain = encodeItem(records);
  const text = JSON.stringify(plain);
  const plainBuilt = { value: plain, text, bytes: itemBytes(key, plain) };
  if (encoding === 'plain') return plainBuilt;
  const z = await gzipText(text);
  const zipped = { value: z, text, bytes: itemBytes(key, z) };
  return encoding === 'gzip' || zipped.bytes < plainBuilt.bytes ? zipped : plainBuilt;
}

/** Splits records (in order) into items of at most `perItem` bytes; a record too big for any item is skipped. */
async function chunk(records: SyncRecord[], limits: PackLimits, encoding: Encoding) {
  const out: (Built & { key: string; records: SyncRecord[] })[] = [];
  const skipped: SyncRecord[] = [];
  let guess = 16;
  let bytes = 0;
  for (let i = 0; i < records.length && out.length < limits.items && bytes <= limits.total; ) {
    const key = itemKey(out.length);
    const fits = async (n: number) => {
      const b = await build(key, records.slice(i, i + n), encoding);
      return b.bytes <= limits.perItem ? b : null;
    };
    let best = await fits(1);
    if (!best) {
      skipped.push(records[i++]);
      continue;
    }
    // Largest n that fits: grow from the last item's size, then bisect.
    let lo = 1;
    let hi = Math.min(records.length - i, Math.max(2, guess));
    for (;;) {
      const b = await fits(hi);
      if (!b) break;
      lo = hi;
      best = b;
      if (hi === records.length - i) break;
      hi = Math.min(records.length - i, hi * 2);
    }
    if (lo < hi) {
      let bad = hi;
      while (bad - lo > 1) {
        const mid = (lo + bad) >> 1;
        const b = await fits(mid);
        if (b) [lo, best] = [mid, b];
        else bad = mid;
      }
    }
    out.push({ ...best, key, records: records.slice(i, i + lo) });
    bytes += best.bytes;
    guess = lo;
    i += lo;
  }
  return { out, skipped };
}

/** The items for these records: as many as fit, most important first. */
export async function pack(records: Iterable<SyncRecord>, limits: PackLimits = PACK_LIMITS, encoding: Encoding = 'best'): Promise<Packed> {
  const ordered = byPriority(records);
  let n = ordered.length;
  let shrink = 0.98;
  for (;;) {
    const { out, skipped } = await chunk(byPlacement(ordered.slice(0, n)), limits, encoding);
    const placed = out.reduce((s, x) => s + x.records.length, 0);
    const bytes = out.reduce((s, x) => s + x.bytes, 0);
    if (bytes <= limits.total && placed + skipped.length === n) {
      const kept = new Set(out.flatMap((x) => x.records.map((r) => r.k)));
      return {
        items: Object.fromEntries(out.map((x) => [x.key, x.value])),
        texts: Object.fromEntries(out.map((x) => [x.key, x.text])),
        bytes,
        left: ordered.filter((r) => !kept.has(r.k)),
        kept,
      };
    }
    // Too much: keep a shorter prefix, first in proportion to what fitted, then a little less each round.
    const perByte = (placed + skipped.length) / Math.max(bytes, 1);
    const next = Math.floor(Math.min(n * shrink, limits.total * perByte * shrink));
    n = Math.max(0, Math.min(n - 1, next));
    shrink = Math.max(0.5, shrink - 0.02);
  }
}
