// An in-memory storage.sync for several simulated machines, following the engine's documented
// semantics: each machine reads and writes its own copy at once (and hears its own onChanged);
// the sync service carries each changed key to the other machines later, the last writer of a key
// winning; onChanged fires on the receiving machine; over-quota and over-rate writes are refused
// with Chrome's error messages and change nothing.
import { BROWSER_LIMITS, itemBytes } from '@/utils/sync/limits';
import type { SyncArea } from '@/utils/sync/area';

export type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type Listener = (changes: Changes, areaName: string) => void;

export class SyncCloud {
  /** The vendor's copy: key → JSON. */
  readonly server = new Map<string, string>();
  readonly machines: MemoryArea[] = [];
  constructor(readonly limits: { [K in keyof typeof BROWSER_LIMITS]: number } = BROWSER_LIMITS) {}

  machine(name = `m${this.machines.length}`, now: () => number = Date.now): MemoryArea {
    const m = new MemoryArea(this, name, now);
    for (const [k, v] of this.server) m.copy.set(k, v); // a new machine starts from what the service holds
    this.machines.push(m);
    return m;
  }

  /** The sync service runs: each machine's pending changes (in the given order) reach the server, then every other machine. */
  deliver(order: MemoryArea[] = this.machines): void {
    const sent: [MemoryArea, string, string | undefined][] = [];
    for (const m of order) {
      for (const [k, v] of m.outbox) {
        if (v === undefined) this.server.delete(k);
        else this.server.set(k, v);
        sent.push([m, k, v]);
      }
      m.outbox.clear();
    }
    for (const m of this.machines) m.receive(this.server, sent.filter(([from]) => from !== m).map(([, k]) => k));
  }
}

export class MemoryArea implements SyncArea {
  readonly copy = new Map<string, string>();
  readonly outbox = new Map<string, string | undefined>();
  /** Times of accepted set/remove calls. */
  readonly writeTimes: number[] = [];
  private listeners: Listener[] = [];

  constructor(private cloud: SyncCloud, readonly name: string, private now: () => number) {}

  onChanged(l: Listener): () => void {
    this.listeners.push(l);
    return () => (this.listeners = this.listeners.filter((x) => x !== l));
  }

  async get(): Promise<Record<string, unknown>> {
    return Object.fromEntries([...this.copy].map(([k, v]) => [k, JSON.parse(v)]));
  }

  private checkRate(): void {
    const now = this.now();
    const { perMinute, perHour } = this.cloud.limits;
    if (this.writeTimes.filter((t) => t > now - 60_000).length >= perMinute) throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    if (this.writeTimes.filter((t) => t > now - 3_600_000).length >= perHour) throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.checkRate();
    const next = new Map(this.copy);
    for (const [k, v] of Object.entries(items)) {
      if (itemBytes(k, v) > this.cloud.limits.perItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      next.set(k, JSON.stringify(v));
    }
    if (next.size > this.cloud.limits.items) throw new Error('MAX_ITEMS quota exceeded');
    if (bytes(next) > this.cloud.limits.total) throw new Error('QUOTA_BYTES quota exceeded');
    this.writeTimes.push(this.now());
    this.apply(next, Object.keys(items), true);
  }

  async remove(keys: string[]): Promise<void> {
    this.checkRate();
    this.writeTimes.push(this.now());
    const next = new Map(this.copy);
    for (const k of keys) next.delete(k);
    this.apply(next, keys, true);
  }

  /** Bytes in use, as the browser counts them. */
  bytesInUse(): number {
    return bytes(this.copy);
  }

  receive(server: Map<string, string>, keys: string[]): void {
    const next = new Map(this.copy);
    for (const k of new Set(keys)) {
      const v = server.get(k);
      if (v === undefined) next.delete(k);
      else next.set(k, v);
    }
    this.apply(next, keys, false);
  }

  /** The sync service brings another machine's whole area (e.g. a real browser's, in a test). */
  receiveAll(all: Record<string, unknown>): void {
    const server = new Map(Object.entries(all).map(([k, v]) => [k, JSON.stringify(v)]));
    this.receive(server, [...new Set([...this.copy.keys(), ...server.keys()])]);
  }

  private apply(next: Map<string, string>, keys: string[], own: boolean): void {
    const changes: Changes = {};
    for (const k of new Set(keys)) {
      const before = this.copy.get(k);
      const after = next.get(k);
      if (before === after) continue;
      changes[k] = { oldValue: before === undefined ? undefined : JSON.parse(before), newValue: after === undefined ? undefined : JSON.parse(after) };
      if (own) this.outbox.set(k, after);
    }
    this.copy.clear();
    for (const [k, v] of next) this.copy.set(k, v);
    if (Object.keys(changes).length) for (const l of this.listeners) l(changes, 'sync');
  }
}

function bytes(m: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of m) n += itemBytes(k, JSON.parse(v));
  return n;
}
