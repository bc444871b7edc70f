// What every import path (file, paste, collection) hands the background: papers ready to merge,
// and each entry it could not take with the reason, so nothing is dropped silently. Pure types.
import type { SavedPaper } from '@/utils/types';

export interface Skipped {
  /** The entry as the reader knows it: a citation key, "line 12", a title. */
  label: string;
  reason: string;
}

export interface ImportDraft {
  papers: SavedPaper[];
  skipped: Skipped[];
}

/** A file or text the reader gave that cannot be imported at all: nothing is written. */
export class ImportRefused extends Error {}

export const skip = (label: string, reason: string): Skipped => ({ label, reason });
