// The reader's per-paper choices and the settings.
import { db } from '@/utils/db';
import { SEEN_MODES, type ManualMark, type Settings } from '@/utils/types';
import { readSettings } from './state';

/** Stores a manual mark; a mark with nothing set is deleted (back to what rules say). */
export async function setManual(mark: ManualMark): Promise<void> {
  const d = await db();
  const clean: ManualMark = { id: mark.id };
  if (mark.hidden) clean.hidden = true;
  if (mark.highlight) clean.highlight = true;
  if (mark.shown) clean.shown = true;
  if (Object.keys(clean).length === 1) await d.delete('manual', mark.id);
  else await d.put('manual', clean);
}

export async function setSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await readSettings()), ...patch };
  if (!['placeholder', 'dim', 'remove'].includes(next.hideMode)) throw new Error(`Unknown hide mode "${next.hideMode}"`);
  if (!SEEN_MODES.includes(next.seenMode ?? 'mark')) throw new Error(`Unknown seen mode "${next.seenMode}"`);
  await (await db()).put('settings', next, 'settings');
  return next;
}
