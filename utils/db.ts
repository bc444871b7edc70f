// The one IndexedDB database, owned by the background service worker.
// Upgrades are cumulative `if (oldVersion < n)` steps; released steps never change.
import { openDB, unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ManualMark, PaperInfo, Rule, SavedPaper } from '@/utils/types';
import type { DayHits } from '@/utils/history/series';
import { migratePaperTags, tagRenames } from '@/utils/store/tag-migration';
import type { SyncRecord } from '@/utils/sync/record';

export interface SeenPaper extends PaperInfo {
  /** When this paper was last read from a page (ISO). */
  seenAt: string;
}

export interface PaperSiftDB extends DBSchema {
  /** No indexes since v4: every read of the reading list goes through the background's memory copy. */
  papers: { key: string; value: SavedPaper };
  seen: { key: string; value: SeenPaper; indexes: { 'by-seenAt': string } };
  rules: { key: string; value: Rule };
  manual: { key: string; value: ManualMark };
  settings: { key: string; value: unknown };
  /** Ids of saved papers whose authors/abstract still have to be fetched from the API. */
  pending: { key: string; value: { id: string; attempts: number; nextAt: number } };
  /** Rule hit history: key `${ruleId}|${YYYY-MM-DD}` (local day), the distinct papers the rule matched that day. */
  hits: { key: string; value: DayHits; indexes: { 'by-day': string } };
  /** Sync: per record (paper, rule, manual choice, setting) its last change time and install id, and removals. */
  sync: { key: string; value: SyncRecord };
}

export const DB_NAME = 'papersift';
export const DB_VERSION = 6;

export function upgradeSteps(
  d: IDBPDatabase<PaperSiftDB>,
  oldVersion: number,
  tx: IDBPTransaction<PaperSiftDB, StoreNames<PaperSiftDB>[], 'versionchange'>,
  /** Tests build an old database by stopping at an older version. */
  target = DB_VERSION,
) {
  if (oldVersion < 1) {
    const papers = unwrap(d.createObjectStore('papers', { keyPath: 'id' })); // untyped: its indexes went in v4
    papers.createIndex('by-tag', 'tags', { multiEntry: true });
    d.createObjectStore('rules', { keyPath: 'id' });
    d.createObjectStore('manual', { keyPath: 'id' });
    d.createObjectStore('settings');
    d.createObjectStore('seen', { keyPath: 'id' });
  }
  if (oldVersion < 2 && target >= 2) {
    // v2: filters and sorts of the Library at 10,000 papers, and background completion.
    const papers = unwrap(tx.objectStore('papers'));
    papers.createIndex('by-status', 'status');
    papers.createIndex('by-savedAt', 'savedAt');
    tx.objectStore('seen').createIndex('by-seenAt', 'seenAt');
    d.createObjectStore('pending', { keyPath: 'id' });
  }
  if (oldVersion < 3 && target >= 3) {
    // v3: per-rule hit history for the Library's sparklines (pruned by day).
    d.createObjectStore('hits').createIndex('by-day', 'day');
  }
  if (oldVersion < 4 && target >= 4) {
    // v4: drop the papers indexes. Nothing reads them (the Library queries the memory copy), and
    // keeping them up to date was a quarter of the time of writing a 10,000-paper import.
    // Deleting an index leaves every record as it is.
    const papers = unwrap(tx.objectStore('papers'));
    for (const name of ['by-tag', 'by-status', 'by-savedAt']) if (papers.indexNames.contains(name)) papers.deleteIndex(name);
  }
  if (oldVersion < 5 && target >= 5) {
    // v5: one tag function (utils/paper/tags.ts). Rule tags and paper tags are rewritten with it
    // and the same renames, so a rule and the papers it tagged keep one tag. Plain requests
    // and callbacks: nothing but IndexedDB work happens inside the upgrade transaction.
    const rules = unwrap(tx.objectStore('rules'));
    const papers = unwrap(tx.objectStore('papers'));
    const all = rules.getAll();
    all.onsuccess = () => {
      const renames = tagRenames(all.result as Rule[]);
      for (const r of all.result as Rule[]) {
        const tag = renames.get(r.tag);
        if (tag !== undefined && tag !== r.tag) rules.put({ ...r, tag });
      }
      const cursor = papers.openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return;
        const p = c.value as SavedPaper;
        if (Array.isArray(p.tags)) {
          const tags = migratePaperTags(p.tags.filter((t) => typeof t === 'string'), renames);
          if (tags.length !== p.tags.length || tags.some((t, i) => t !== p.tags[i])) c.update({ ...p, tags });
        }
        c.continue();
      };
    };
  }
  if (oldVersion < 6 && target >= 6) {
    // v6: sync's clocks (when each record last changed, on which machine) and removals (utils/sync/).
    d.createObjectStore('sync', { keyPath: 'k' });
  }
}

let dbp: Promise<IDBPDatabase<PaperSiftDB>> | undefined;

export function db(): Promise<IDBPDatabase<PaperSiftDB>> {
  return (dbp ??= openDB<PaperSiftDB>(DB_NAME, DB_VERSION, {
    upgrade: (d, oldVersion, _newVersion, tx) => upgradeSteps(d, oldVersion, tx),
    // An older handle must let a newer version upgrade instead of blocking it.
    blocking() {
      void dbp?.then((x) => x.close());
      dbp = undefined;
    },
    terminated() {
      dbp = undefined;
    },
  }).catch((e) => {
    dbp = undefined;
    throw storageError(e);
  }));
}

/** Tests: forget the cached handle (after swapping indexedDB for a fresh fake). */
export const _resetDbHandle = () => {
  dbp = undefined;
};

/** Plain-words message for storage failures; the original stays as `cause`. */
export function storageError(e: unknown): Error {
  const name = (e as { name?: string })?.name ?? '';
  const text =
    name === 'QuotaExceededError'
      ? 'The browser has no storage space left for PaperSift. Free some disk space or remove papers; nothing already saved was changed.'
      : name === 'VersionError' || name === 'AbortError' || /blocked/i.test(String((e as Error)?.message))
        ? 'PaperSift’s storage is busy (an older PaperSift page may still be open). Close other PaperSift tabs and try again; nothing was changed.'
        : name === 'InvalidStateError' || name === 'UnknownError'
          ? 'The browser refused to open PaperSift’s storage (private mode or a damaged profile). Nothing was changed.'
          : '';
  if (!text) return e instanceof Error ? e : new Error(String(e));
  const err = new Error(text, { cause: e });
  err.name = 'StorageError';
  return err;
}

/**
 * A request that throws synchronously (quota, clone error) does not abort its transaction by
 * itself: the earlier requests would still commit. Abort so a failed write changes nothing.
 */
export function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // already finished or aborted
  }
}

/**
 * Marks a request's promise as handled while callers still await it: after an abort, requests
 * issued before a synchronous failure reject with AbortError, and nobody else awaits them.
 */
export function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {});
  return p;
}
