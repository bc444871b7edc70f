// One sync cycle and its scheduling, with the browser and the database passed in (tests run it on
// an in-memory sync area and fake IndexedDB). A cycle: stamp local changes, read the sync area,
// merge, take what won into the local data, pack, write the items that differ (within the write limits).
import { expiredTombstones, mergeRecords, type RecordMap, type SyncRecord } from './record';
import { applyStamps, stampLocal } from './stamp';
import { initialTime, projectLocal, type LocalData } from './project';
import { isEmptyPlan, planWrites, readArea, type SyncArea } from './area';
import { pack } from './pack';
import { areaNeedsWrite } from './need';
import { WriteBudget } from './budget';
import { OFF_STATUS, type SyncStatus } from './status';
import { DEFAULT_SETTINGS } from '@/utils/types';

export interface LocalStore {
  installId(): Promise<string>;
  readData(): Promise<LocalData>;
  readClocks(): Promise<RecordMap>;
  /** In one step: `won` into the local data, `clocks` remembered, `dropped` clocks forgotten. */
  commit(won: SyncRecord[], clocks: SyncRecord[], dropped: string[]): Promise<void>;
  /** Saved papers that arrived and are not complete yet. */
  arriving(): Promise<number>;
}

export interface EngineDeps {
  area: SyncArea;
  local: LocalStore;
  /** Runs `fn` between the other writes of the local data (the background's serial queue). */
  lock<T>(fn: () => Promise<T>): Promise<T>;
  now?: () => number;
  /** After local data changed because of a received change (republish, complete, redecorate). */
  onReceived?(won: SyncRecord[]): void;
  onStatus?(s: SyncStatus): void;
  budget?: WriteBudget;
}

const QUOTA_TEXT = 'the browser refused a write (sync storage full or too many writes); nothing local was lost, PaperSift will retry';

export class SyncEngine {
  status: SyncStatus = { ...OFF_STATUS, enabled: true };
  readonly budget: WriteBudget;
  private now: () => number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dueAt = Infinity;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  /** Writes counted (set and remove calls), for tests and the bench. */
  writes = 0;
  /** What the last packing was made from: the same records and area again need no packing (10,000 papers: ~1 s). */
  private packedFrom = '';

  constructor(private deps: EngineDeps) {
    this.now = deps.now ?? Date.now;
    this.budget = deps.budget ?? new WriteBudget();
  }

  /** A cycle within `delayMs` (an earlier request keeps its earlier time). */
  schedule(delayMs: number): void {
    if (this.stopped) return;
    const at = this.now() + delayMs;
    if (at >= this.dueAt) return;
    clearTimeout(this.timer);
    this.dueAt = at;
    this.timer = setTimeout(() => {
      this.dueAt = Infinity;
      void this.run().catch(() => {});
    }, delayMs);
  }

  /** Settles when no cycle is running (tests, the bench). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** A cycle is waiting for its time (debounce or write budget). */
  get pending(): boolean {
    return this.dueAt !== Infinity;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.dueAt = Infinity;
  }

  /** Runs a cycle now, or once more after the one running. */
  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const go = async () => {
      do {
        this.again = false;
        await this.cycle();
      } while (this.again && !this.stopped);
    };
    this.running = go().finally(() => (this.running = undefined));
    return this.running;
  }

  private async cycle(): Promise<void> {
    if (this.stopped) return;
    const { area, local } = this.deps;
    const me = await local.installId();
    const step = await this.deps.lock(async () => {
      const now = this.now();
      const clocks = await local.readClocks();
      const data = await local.readData();
      const stamps = stampLocal(clocks, projectLocal(data), now, me, clocks.size ? undefined : initialTime(DEFAULT_SETTINGS));
      const content = await readArea(await area.get(null));
      const { merged, won } = mergeRecords(applyStamps(clocks, stamps), content.records);
      const dropped = expiredTombstones(merged, now);
      for (const k of dropped) merged.delete(k);
      if (stamps.length || won.length || dropped.length) await local.commit(won, [...stamps, ...won], dropped);
      return { merged, won, content };
    });
    if (step.won.length) {
      this.status.lastReceived = this.now();
      this.deps.onReceived?.(step.won);
    }
    const from = signature(step.merged, step.content.texts);
    if (from === this.packedFrom) {
      this.status.arriving = await this.deps.local.arriving();
      return this.deps.onStatus?.({ ...this.status });
    }
    const packed = await pack(step.merged.values());
    const kept = [...step.merged.values()].filter((r) => packed.kept.has(r.k));
    const needed = areaNeedsWrite(step.content, step.merged, kept);
    const plan = needed ? planWrites(step.content, packed, kept) : { set: {}, remove: [] };
    // What the area holds once this cycle is done: ours if we write, else what is there.
    const synced = isEmptyPlan(plan) ? step.content.records : kept;
    const inArea = new Set(synced.map((r) => r.k));
    const live = (kind: string) => synced.filter((r) => r.k[0] === kind && r.v !== null).length;
    let notSynced = 0;
    for (const r of step.merged.values()) if (r.k[0] === 'p' && r.v !== null && !inArea.has(r.k)) notSynced++;
    Object.assign(this.status, {
      papers: live('p'),
      rules: live('r'),
      notSynced,
      bytes: isEmptyPlan(plan) ? step.content.bytes : packed.bytes,
      arriving: await local.arriving(),
    });
    if (!isEmptyPlan(plan)) await this.send(plan);
    else this.packedFrom = from;
    this.deps.onStatus?.({ ...this.status });
  }

  private async send(plan: { set: Record<string, unknown>; remove: string[] }): Promise<void> {
    const ops = (Object.keys(plan.set).length ? 1 : 0) + (plan.remove.length ? 1 : 0);
    const now = this.now();
    const at = this.budget.nextAt(now, ops);
    if (at > now) return this.schedule(at - now); // over the write budget: the next cycle sends the newest state
    this.budget.record(now, ops);
    try {
      // set first: an item is never removed before its records are in another one.
      if (Object.keys(plan.set).length) (this.writes++, await this.deps.area.set(plan.set));
      if (plan.remove.length) (this.writes++, await this.deps.area.remove(plan.remove));
      this.status.lastSent = this.now();
      this.status.error = null;
    } catch (e) {
      // Quota or rate refusal: never fatal, local data untouched; try again in a minute.
      this.status.error = QUOTA_TEXT;
      console.warn('PaperSift sync: write refused', e);
      this.schedule(60_000);
    }
  }
}

/** Every record's clock and the area's content, as one string. */
function signature(records: RecordMap, texts: Record<string, string>): string {
  let out = '';
  for (const r of records.values()) out += `${r.k}\u0000${r.t}\u0000${r.by}\n`;
  for (const k of Object.keys(texts).sort()) out += `\u0001${k}\u0000${texts[k]}`;
  return out;
}
