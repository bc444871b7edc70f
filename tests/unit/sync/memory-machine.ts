// A simulated PaperSift install for sync tests: its data in memory, the real SyncEngine, one
// machine of a SyncCloud as its storage.sync.
import { DEFAULT_SETTINGS, type ManualMark, type ReadStatus, type Rule, type SavedPaper, type Settings } from '@/utils/types';
import { SyncEngine, type LocalStore } from '@/utils/sync/engine';
import { WriteBudget } from '@/utils/sync/budget';
import type { RecordMap, SyncRecord } from '@/utils/sync/record';
import { projectLocal, readManualValue, readPaperValue, readRuleValue } from '@/utils/sync/project';
import type { SyncCloud, MemoryArea } from './memory-area';
import { savedPaper } from '../../fixtures/papers';

export const paper = (id: string, savedAt: string, more: Partial<SavedPaper> = {}): SavedPaper =>
  savedPaper({ id, title: `Paper ${id}`, authors: ['A. Author'], summary: 'Abstract.', savedAt, ...more });

export function rule(id: string, order: number, more: Partial<Rule> = {}): Rule {
  return { id, tag: `tag-${id}`, terms: [`term ${id}`], fields: ['title', 'abstract'], action: 'highlight', color: '#ffe08a', enabled: true, order, ...more };
}

export class Machine {
  papers = new Map<string, SavedPaper>();
  rules = new Map<string, Rule>();
  manual = new Map<string, ManualMark>();
  settings: Settings = { ...DEFAULT_SETTINGS };
  clocks: RecordMap = new Map();
  readonly area: MemoryArea;
  readonly engine: SyncEngine;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(cloud: SyncCloud, readonly id: string, now: () => number = Date.now, budget?: WriteBudget) {
    this.area = cloud.machine(id, now);
    const local: LocalStore = {
      installId: async () => id,
      readData: async () => ({ papers: [...this.papers.values()], rules: [...this.rules.values()], manual: [...this.manual.values()], settings: this.settings }),
      readClocks: async () => new Map(this.clocks),
      commit: async (won, clocks, dropped) => this.commit(won, clocks, dropped),
      arriving: async () => [...this.papers.values()].filter((p) => p.arrived && p.complete === false).length,
    };
    this.engine = new SyncEngine({
      area: this.area,
      local,
      now,
      budget,
      lock: (fn) => {
        const run = this.tail.then(fn);
        this.tail = run.catch(() => {});
        return run;
      },
    });
  }

  private commit(won: SyncRecord[], clocks: SyncRecord[], dropped: string[]) {
    for (const r of won) {
      const id = r.k.slice(1);
      if (r.k[0] === 'p') {
        if (r.v === null) this.papers.delete(id);
        else {
          const f = readPaperValue(r.v);
          const prev = this.papers.get(id);
          const savedAt = prev && Date.parse(prev.savedAt) === f.savedAt ? prev.savedAt : new Date(f.savedAt).toISOString();
          this.papers.set(id, { ...(prev ?? { ...paper(id, savedAt, { title: '', authors: [], summary: '' }), arrived: true, complete: false }), savedAt, tags: f.tags, status: f.status, note: f.note });
        }
      } else if (r.k[0] === 'r') {
        if (r.v === null) this.rules.delete(id);
        else this.rules.set(id, readRuleValue(id, r.v));
      } else if (r.k[0] === 'm') {
        if (r.v === null) this.manual.delete(id);
        else this.manual.set(id, readManualValue(id, r.v));
      } else if (r.k[0] === 's') {
        const next: Record<string, unknown> = { ...this.settings };
        next[id] = r.v === null ? (DEFAULT_SETTINGS as Record<string, unknown>)[id] : JSON.parse(r.v);
        this.settings = next as Settings;
      }
    }
    for (const c of clocks) this.clocks.set(c.k, c);
    for (const k of dropped) this.clocks.delete(k);
  }

  // The reader's actions
  save(id: string, at: string, more: Partial<SavedPaper> = {}) {
    if (!this.papers.has(id)) this.papers.set(id, paper(id, at, more));
  }
  edit(id: string, patch: { tags?: string[]; status?: ReadStatus; note?: string }) {
    const p = this.papers.get(id);
    if (p) this.papers.set(id, { ...p, ...patch });
  }
  remove(id: string) {
    this.papers.delete(id);
  }

  sync() {
    return this.engine.run();
  }

  /** What sync is responsible for, comparable across machines. */
  synced(): Map<string, string> {
    return projectLocal({ papers: this.papers.values(), rules: [...this.rules.values()], manual: [...this.manual.values()], settings: this.settings });
  }
}

/** Runs the machines and the sync service until nothing changes (or `rounds` run out). */
export async function settle(cloud: SyncCloud, machines: Machine[], rounds = 12): Promise<number> {
  for (let i = 0; i < rounds; i++) {
    const before = machines.map((m) => m.area.writeTimes.length);
    for (const m of machines) await m.sync();
    cloud.deliver();
    for (const m of machines) await m.sync();
    cloud.deliver();
    if (machines.every((m, j) => m.area.writeTimes.length === before[j])) return i;
  }
  return rounds;
}
