// Sync in the background: storage.sync as the engine's area, its onChanged as "something arrived",
// every local write as "something to send" (debounced by the engine), the status for the Library.
import { browser } from 'wxt/browser';
import { SyncEngine } from '@/utils/sync/engine';
import { isItemKey } from '@/utils/sync/limits';
import { OFF_STATUS, SYNC_STATUS_KEY, type SyncStatus } from '@/utils/sync/status';
import type { SyncArea } from '@/utils/sync/area';
import { localStore, readMeta, writeMeta } from './sync-local';
import { serial } from './serial';
import { publishState } from './state';
import { runCompletion } from './completion';

/** Local writes wait this long for more before a send; received changes a little less. */
const LOCAL_DELAY_MS = 2_000;
const REMOTE_DELAY_MS = 300;

let engine: SyncEngine | undefined;
let unlisten: (() => void) | undefined;
/** Item values as we last wrote them: our own writes come back through onChanged, and are no news. */
const written = new Map<string, string>();

/** The browser's sync storage, or why there is none (missing, or refusing: e.g. no add-on id in Firefox). */
export async function syncArea(): Promise<{ area: SyncArea } | { reason: string }> {
  const sync = browser.storage?.sync;
  if (!sync) return { reason: 'This browser has no sync storage for extensions.' };
  try {
    await sync.get(null);
  } catch (e) {
    return { reason: `This browser's sync storage is not available (${(e as Error)?.message ?? e}).` };
  }
  return {
    area: {
      get: () => sync.get(null),
      set: async (items) => {
        for (const [k, v] of Object.entries(items)) written.set(k, JSON.stringify(v));
        await sync.set(items);
      },
      remove: async (keys) => {
        for (const k of keys) written.delete(k);
        await sync.remove(keys);
      },
    },
  };
}

async function publishStatus(s: SyncStatus): Promise<void> {
  await browser.storage.local.set({ [SYNC_STATUS_KEY]: s });
}

async function start(area: SyncArea, installId: string): Promise<void> {
  stop();
  // The last send and receipt survive a restart of the background (the status line shows them).
  const before = (await browser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY] as Partial<SyncStatus> | undefined;
  const e = new SyncEngine({
    area,
    local: localStore(installId),
    lock: serial,
    onReceived: () => {
      void publishState().catch(() => {});
      void runCompletion().catch(() => {});
    },
    onStatus: (s) => void publishStatus(s).catch(() => {}),
  });
  engine = e;
  e.status.lastSent = before?.lastSent ?? null;
  e.status.lastReceived = before?.lastReceived ?? null;
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== 'sync') return;
    const news = Object.entries(changes).filter(([k, c]) => isItemKey(k) && written.get(k) !== (c.newValue === undefined ? undefined : JSON.stringify(c.newValue)));
    if (news.length) e.schedule(REMOTE_DELAY_MS);
  };
  browser.storage.onChanged.addListener(listener);
  unlisten = () => browser.storage.onChanged.removeListener(listener);
  e.schedule(0);
}

function stop(): void {
  engine?.stop();
  engine = undefined;
  unlisten?.();
  unlisten = undefined;
}

/** After a (re)start of the background: resume when on. */
export async function resumeSync(): Promise<void> {
  const meta = await readMeta();
  if (!meta.enabled) return;
  const found = await syncArea();
  if ('area' in found) await start(found.area, meta.installId);
}

/** Every local write: send soon (the engine coalesces a burst into one write). */
export function noteLocalChange(): void {
  engine?.schedule(LOCAL_DELAY_MS);
}

export async function setSyncEnabled(enabled: boolean): Promise<SyncStatus> {
  const meta = await readMeta();
  const found = await syncArea();
  if (enabled && 'reason' in found) throw new Error(found.reason);
  await writeMeta({ ...meta, enabled });
  if (enabled && 'area' in found) {
    await start(found.area, meta.installId);
    await engine?.run();
  } else stop(); // local data stays as it is
  return getSyncStatus();
}

export async function getSyncStatus(): Promise<SyncStatus> {
  const found = await syncArea();
  if ('reason' in found) return { ...OFF_STATUS, available: false, reason: found.reason };
  if (engine) return { ...engine.status };
  // On but not started yet (the background just woke up): say so rather than "off".
  const s = { ...OFF_STATUS, enabled: (await readMeta()).enabled };
  await publishStatus(s).catch(() => {});
  return s;
}

/** Tests: the running engine (write counts). */
export const _syncEngine = () => engine;
export const _stopSync = stop;
