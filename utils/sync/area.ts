// The sync storage as the engine sees it (browser.storage.sync, or the in-memory one of the tests),
// and reading PaperSift's items out of it.
import type { SyncRecord } from './record';
import { decodeItem } from './codec';
import { gunzipText, isGzipped } from './gzip';
import { isItemKey, itemBytes } from './limits';

/** The part of storage.sync the engine uses. */
export interface SyncArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface AreaContent {
  records: SyncRecord[];
  /** key → plain JSON text of each of our items. */
  texts: Record<string, string>;
  bytes: number;
}

/** Our items' records; an item that cannot be read counts as empty (it is rewritten by the next send). */
export async function readArea(all: Record<string, unknown>): Promise<AreaContent> {
  const out: AreaContent = { records: [], texts: {}, bytes: 0 };
  for (const [key, value] of Object.entries(all)) {
    if (!isItemKey(key)) continue;
    out.bytes += itemBytes(key, value);
    try {
      const text = isGzipped(value) ? await gunzipText(value) : JSON.stringify(value);
      out.texts[key] = text;
      out.records.push(...decodeItem(JSON.parse(text)));
    } catch {
      out.texts[key] = '';
    }
  }
  return out;
}

export interface WritePlan {
  set: Record<string, unknown>;
  remove: string[];
}

/**
 * What to write so the area holds `want`: only items whose content differs (compared as plain
 * text: two browsers may gzip the same text differently), and removal of items no longer used.
 * Nothing at all when the area already holds exactly the wanted records, however cut into items.
 */
export function planWrites(area: AreaContent, want: { items: Record<string, unknown>; texts: Record<string, string> }, wantRecords: SyncRecord[]): WritePlan {
  const plan: WritePlan = { set: {}, remove: [] };
  if (sameRecords(area.records, wantRecords)) return plan;
  for (const [key, text] of Object.entries(want.texts)) if (area.texts[key] !== text) plan.set[key] = want.items[key];
  for (const key of Object.keys(area.texts)) if (!(key in want.texts)) plan.remove.push(key);
  return plan;
}

const sig = (r: SyncRecord) => `${r.k}\u0000${r.t}\u0000${r.by}\u0000${r.v}`;

function sameRecords(a: SyncRecord[], b: SyncRecord[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a.map(sig));
  return set.size === a.length && b.every((r) => set.has(sig(r)));
}

export const isEmptyPlan = (p: WritePlan) => !Object.keys(p.set).length && !p.remove.length;
