// The JSON backup (SPEC.md "Backup format (version 1)") and the shareable rule pack. Pure.
import type { Rule, SavedPaper, Settings } from '../types';

export const BACKUP_FORMAT = 'papersift-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  rules: Rule[];
  papers: SavedPaper[];
  /** Absent in rule packs and in backups from before settings were exported. */
  settings?: Settings;
  /** Unknown top-level fields are kept on round trip. */
  [extra: string]: unknown;
}

const iso = (now: Date | string): string => (typeof now === 'string' ? now : now.toISOString());

/** Everything the Library holds; objects are copied as they are, so unknown fields survive. */
export function createBackup(
  data: { papers: Iterable<SavedPaper>; rules: readonly Rule[]; settings?: Settings },
  now: Date | string,
): Backup {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: iso(now),
    rules: [...data.rules],
    papers: [...data.papers],
  };
  if (data.settings) backup.settings = data.settings;
  return backup;
}

/** Rules alone, in the backup format with no papers: importing it adds/replaces rules only. */
export function createRulePack(rules: readonly Rule[], now: Date | string): Backup {
  return createBackup({ papers: [], rules }, now);
}

export function backupToJson(backup: Backup): string {
  return JSON.stringify(backup, null, 2) + '\n';
}
