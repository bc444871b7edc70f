// The reading list: every write is one IndexedDB transaction; reads come from a memory copy
// that is rebuilt from IndexedDB after a service-worker restart.
import type { IDBPTransaction } from 'idb';
import { abortQuietly, db, quiet, storageError, type PaperSiftDB } from '@/utils/db';
import type { PaperInfo, SavedPaper } from '@/utils/types';
import type { PaperPatch, SavedPage, SavedQuery } from '@/utils/types';
import { completeSaved, newSavedPaper } from './paper-record';
import { isIncomplete, mergeInfo } from '@/utils/paper/info';
import { toTags } from '@/utils/paper/tags';
import { querySavedPapers } from './saved-search';

let cache: Promise<Map<string, SavedPaper>> | undefined;

function all(): Promise<Map<string, SavedPaper>> {
  return (cache ??= db()
    .then((d) => d.getAll('papers'))
    .then((rows) => new Map(rows.map((p) => [p.id, p])))
    .catch((e) => {
      cache = undefined;
      throw e;
    }));
}

export const _resetSavedCache = () => {
  cache = undefined;
};

/** The memory copy itself, read-only: an import merges against it without copying 10,000 records. */
export const savedById = (): Promise<ReadonlyMap<string, SavedPaper>> => all();

/** After a transaction of another module (import) committed these records: the memory copy takes them. */
export async function rememberPapers(papers: SavedPaper[]): Promise<void> {
  const map = await all();
  for (const p of papers) map.set(p.id, p);
}

/** After another module's transaction removed these records (a synced removal). */
export async function forgetPapers(ids: string[]): Promise<void> {
  const map = await all();
  for (const id of ids) map.delete(id);
}

/** Runs one readwrite transaction; on failure the memory copy is dropped so it re-reads the truth. */
type WriteTx = IDBPTransaction<PaperSiftDB, ('papers' | 'pending')[], 'readwrite'>;
async function write(fn: (tx: WriteTx) => Promise<unknown>) {
  let tx: WriteTx | undefined;
  try {
    tx = (await db()).transaction(['papers', 'pending'], 'readwrite');
    quiet(tx.done);
    await Promise.all([fn(tx), tx.done]);
  } catch (e) {
    if (tx) abortQuietly(tx);
    cache = undefined;
    throw storageError(e);
  }
}

export async function savePaper(info: PaperInfo, tags: string[], now: string): Promise<SavedPaper> {
  const existing = (await all()).get(info.id);
  if (existing) return existing;
  const d = await db();
  const seen = await d.get('seen', info.id);
  const full = mergeInfo(seen?.authors?.length ? seen : null, info, seen) ?? info;
  let record = newSavedPaper(full, tags, now);
  await write(async (tx) => {
    // Saved meanwhile (another tab)? Keep that record: the first save wins, nothing is overwritten.
    const stored = await tx.objectStore('papers').get(record.id);
    if (stored) return void (record = stored);
    await tx.objectStore('papers').put(record);
    if (!record.complete) await tx.objectStore('pending').put({ id: record.id, attempts: 0, nextAt: 0 });
  });
  (await all()).set(record.id, record);
  return record;
}

export async function removePapers(ids: string[]): Promise<SavedPaper[]> {
  const map = await all();
  const removed = ids.map((id) => map.get(id)).filter((p): p is SavedPaper => !!p);
  await write(async (tx) => {
    const store = tx.objectStore('papers');
    await Promise.all(ids.map((id) => quiet(store.delete(id))));
  });
  for (const id of ids) map.delete(id);
  return removed;
}

/** Undo of a removal, and the import path: puts records back exactly. */
export async function putPapers(papers: SavedPaper[]): Promise<void> {
  await write(async (tx) => {
    const store = tx.objectStore('papers');
    await Promise.all(papers.map((p) => quiet(store.put(p))));
  });
  const map = await all();
  for (const p of papers) map.set(p.id, p);
}

/**
 * Read-modify-write inside ONE readwrite transaction, reading the stored record (not the memory
 * copy): IndexedDB serialises such transactions, so concurrent edits from two tabs, or an edit
 * racing a background completion, never overwrite each other.
 */
async function modify(ids: string[], change: (p: SavedPaper) => SavedPaper | null): Promise<SavedPaper[]> {
  const out: SavedPaper[] = [];
  await write(async (tx) => {
    const store = tx.objectStore('papers');
    const rows = await Promise.all(ids.map((id) => store.get(id)));
    const puts: Promise<unknown>[] = [];
    for (const row of rows) {
      const next = row && change(row);
      if (!next) continue;
      out.push(next);
      puts.push(quiet(store.put(next)));
      if (!isIncomplete(next)) puts.push(quiet(tx.objectStore('pending').delete(next.id)));
    }
    await Promise.all(puts);
  });
  const map = await all();
  for (const p of out) map.set(p.id, p);
  return out;
}

export async function updatePapers(ids: string[], patch: PaperPatch, addTags: string[] = [], removeTags: string[] = []): Promise<void> {
  const remove = new Set(toTags(removeTags));
  await modify(ids, (p) => {
    const next: SavedPaper = { ...p };
    if (patch.tags) next.tags = toTags(patch.tags);
    if (addTags.length || remove.size) next.tags = toTags([...next.tags, ...addTags]).filter((t) => !remove.has(t));
    if (patch.status) next.status = patch.status;
    if (patch.note !== undefined) next.note = patch.note;
    return next;
  });
}

export async function querySaved(q: SavedQuery): Promise<SavedPage> {
  return querySavedPapers([...(await all()).values()], q);
}

export async function getSaved(ids?: string[]): Promise<SavedPaper[]> {
  const map = await all();
  if (!ids) return [...map.values()].sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
  return ids.map((id) => map.get(id)).filter((p): p is SavedPaper => !!p);
}

/** Fills a saved record's missing metadata (from the API); the reader's fields stay. */
export async function completePaper(info: PaperInfo): Promise<SavedPaper | null> {
  const [next] = await modify([info.id], (p) => completeSaved(p, info));
  return next ?? null;
}
