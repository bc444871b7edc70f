// Sync's side of the database: the local data as sync reads it, its clocks (the v6 `sync` store),
// and taking received records into papers, rules, manual choices and settings in one transaction.
import { db, storageError, abortQuietly } from '@/utils/db';
import { DEFAULT_SETTINGS, type PaperInfo, type SavedPaper, type Settings } from '@/utils/types';
import type { RecordMap, SyncRecord } from '@/utils/sync/record';
import type { LocalData } from '@/utils/sync/project';
import { readManualValue, readPaperValue, readRuleValue } from '@/utils/sync/project';
import type { LocalStore } from '@/utils/sync/engine';
import { arxivAbsUrl, hfPaperUrl } from '@/utils/paper/urls';
import { forgetPapers, rememberPapers, savedById } from './saved';
import { readRules, readSettings } from './state';
import { isIncomplete } from '@/utils/paper/info';
import { validateRuleInput } from '@/utils/rules/validate';
import type { Rule } from '@/utils/types';

/** Kept in the settings store under this key (not in the settings: they travel, this does not). */
export interface SyncMeta {
  installId: string;
  enabled: boolean;
}

export async function readMeta(): Promise<SyncMeta> {
  const d = await db();
  const meta = (await d.get('settings', 'sync')) as SyncMeta | undefined;
  if (meta?.installId) return meta;
  const fresh: SyncMeta = { installId: crypto.randomUUID().slice(0, 8), enabled: false };
  await d.put('settings', fresh, 'sync');
  return fresh;
}

export async function writeMeta(meta: SyncMeta): Promise<void> {
  await (await db()).put('settings', meta, 'sync');
}

async function readData(): Promise<LocalData> {
  const d = await db();
  const [papers, rules, manual, settings] = await Promise.all([savedById(), readRules(), d.getAll('manual'), readSettings()]);
  return { papers: papers.values(), rules, manual, settings };
}

/** A paper that arrived: its reader's fields now, the rest from what pages showed here or, later, the API. */
function arrived(id: string, fields: ReturnType<typeof readPaperValue>, seen: PaperInfo | undefined): SavedPaper {
  const p: SavedPaper = {
    id,
    title: seen?.title ?? '',
    authors: seen?.authors ?? [],
    summary: seen?.summary ?? '',
    publishedAt: seen?.publishedAt ?? null,
    org: seen?.org ?? null,
    githubUrl: seen?.githubUrl ?? null,
    githubStars: seen?.githubStars ?? null,
    upvotes: seen?.upvotes ?? null,
    hfUrl: hfPaperUrl(id),
    arxivUrl: arxivAbsUrl(id),
    savedAt: new Date(fields.savedAt).toISOString(),
    tags: fields.tags,
    status: fields.status,
    note: fields.note,
    arrived: true,
  };
  p.complete = !isIncomplete(p);
  return p;
}

async function commit(won: SyncRecord[], clocks: SyncRecord[], dropped: string[]): Promise<void> {
  const d = await db();
  const tx = d.transaction(['papers', 'pending', 'rules', 'manual', 'settings', 'sync', 'seen'], 'readwrite');
  const kept: SavedPaper[] = [];
  const gone: string[] = [];
  try {
    const settingsRow = (await tx.objectStore('settings').get('settings')) as Partial<Settings> | undefined;
    let settings: Record<string, unknown> | null = null;
    for (const r of won) {
      const id = r.k.slice(1);
      if (r.k[0] === 'p') {
        if (r.v === null) {
          await tx.objectStore('papers').delete(id);
          await tx.objectStore('pending').delete(id);
          gone.push(id);
          continue;
        }
        const fields = readPaperValue(r.v);
        const stored = await tx.objectStore('papers').get(id);
        const next: SavedPaper = stored
          ? { ...stored, tags: fields.tags, status: fields.status, note: fields.note, savedAt: Date.parse(stored.savedAt) === fields.savedAt ? stored.savedAt : new Date(fields.savedAt).toISOString() }
          : arrived(id, fields, await tx.objectStore('seen').get(id));
        await tx.objectStore('papers').put(next);
        if (!stored && !next.complete) await tx.objectStore('pending').put({ id, attempts: 0, nextAt: 0 });
        kept.push(next);
      } else if (r.k[0] === 'r') {
        if (r.v === null) await tx.objectStore('rules').delete(id);
        else {
          // Pages no longer check regexes (validate.ts does, where rules enter storage): a received
          // rule passes the same check, or the local copy stays as it is.
          const rule = receivedRule(id, r.v);
          if (rule) await tx.objectStore('rules').put(rule);
        }
      } else if (r.k[0] === 'm') {
        await (r.v === null ? tx.objectStore('manual').delete(id) : tx.objectStore('manual').put(readManualValue(id, r.v)));
      } else if (r.k[0] === 's' && id !== 'paused') {
        settings ??= { ...DEFAULT_SETTINGS, ...settingsRow };
        if (r.v === null) settings[id] = (DEFAULT_SETTINGS as Record<string, unknown>)[id];
        else settings[id] = JSON.parse(r.v);
        if (settings[id] === undefined) delete settings[id];
      }
    }
    if (settings) await tx.objectStore('settings').put(settings, 'settings');
    for (const c of clocks) await tx.objectStore('sync').put(c);
    for (const k of dropped) await tx.objectStore('sync').delete(k);
    await tx.done;
  } catch (e) {
    abortQuietly(tx);
    throw storageError(e);
  }
  await rememberPapers(kept);
  await forgetPapers(gone);
}

/** A rule from another machine, if it is one this machine would accept from its own forms. */
export function receivedRule(id: string, value: string): Rule | null {
  let rule: Rule;
  try {
    rule = readRuleValue(id, value);
  } catch {
    return null;
  }
  const { conditions, ...rest } = rule;
  const check = validateRuleInput({ ...rest, ...(conditions && { conditions }) });
  if (!check.ok) {
    console.warn(`PaperSift sync: a rule received from another browser was not taken: ${check.error}`);
    return null;
  }
  return rule;
}

export const localStore = (installId: string): LocalStore => ({
  installId: async () => installId,
  readData,
  readClocks: async () => new Map((await (await db()).getAll('sync')).map((r) => [r.k, r])) as RecordMap,
  commit,
  arriving: async () => {
    let n = 0;
    for (const p of (await savedById()).values()) if (p.arrived && p.complete === false) n++;
    return n;
  },
});

