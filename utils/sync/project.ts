// Pure: the local data as synced records' canonical values, and back.
// What travels: rules (every field), settings except Pause, manual choices, and each saved
// paper's savedAt, tags, status and note. Titles, authors and abstracts do not.
import { READ_STATUSES, type ManualMark, type ReadStatus, type Rule, type SavedPaper, type Settings } from '@/utils/types';

/** Settings that stay on their machine. */
export const LOCAL_SETTINGS: readonly string[] = ['paused'];

export interface LocalData {
  papers: Iterable<SavedPaper>;
  rules: readonly Rule[];
  manual: readonly ManualMark[];
  settings: Settings;
}

/** JSON with object keys sorted: one value, one string, on every machine. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/** [savedAt ms, status index, tags joined by spaces (tags hold none), note]. */
export type PaperValue = [number, number, string, string];

export function paperValue(p: SavedPaper): string {
  const at = Date.parse(p.savedAt);
  const value: PaperValue = [Number.isFinite(at) ? at : 0, Math.max(0, READ_STATUSES.indexOf(p.status)), p.tags.join(' '), p.note ?? ''];
  return JSON.stringify(value);
}

export interface PaperFields {
  savedAt: number;
  status: ReadStatus;
  tags: string[];
  note: string;
}

export function readPaperValue(v: string): PaperFields {
  const [savedAt, status, tags, note] = JSON.parse(v) as PaperValue;
  return { savedAt, status: READ_STATUSES[status] ?? 'unread', tags: tags ? tags.split(' ') : [], note };
}

export function ruleValue(r: Rule): string {
  const { id: _id, ...rest } = r;
  return canonical(rest);
}

export const readRuleValue = (id: string, v: string): Rule => ({ ...(JSON.parse(v) as Rule), id });

/** Bits: 1 hidden, 2 highlight, 4 shown. */
export const manualValue = (m: ManualMark) => String((m.hidden ? 1 : 0) | (m.highlight ? 2 : 0) | (m.shown ? 4 : 0));

export function readManualValue(id: string, v: string): ManualMark {
  const bits = Number(v);
  const m: ManualMark = { id };
  if (bits & 1) m.hidden = true;
  if (bits & 2) m.highlight = true;
  if (bits & 4) m.shown = true;
  return m;
}

/** Every local record's canonical value, keyed by record key. */
export function projectLocal(data: LocalData): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of data.rules) out.set(`r${r.id}`, ruleValue(r));
  for (const [name, value] of Object.entries(data.settings)) {
    if (!LOCAL_SETTINGS.includes(name) && value !== undefined) out.set(`s${name}`, canonical(value));
  }
  for (const m of data.manual) if (manualValue(m) !== '0') out.set(`m${m.id}`, manualValue(m));
  for (const p of data.papers) out.set(`p${p.id}`, paperValue(p));
  return out;
}

/**
 * The time a record is given when sync is first turned on: a paper its savedAt; a setting still at
 * its default 0 (any reader's choice beats it); anything else 1 (ties broken by install id).
 */
export function initialTime(defaults: Settings) {
  return (k: string, v: string): number => {
    if (k[0] === 'p') return readPaperValue(v).savedAt;
    if (k[0] === 's' && canonical(defaults[k.slice(1)]) === v) return 0;
    return 1;
  };
}
