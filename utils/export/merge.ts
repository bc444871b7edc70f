// Merging an imported backup into the stored Library (SPEC.md: merge by id). Pure: returns
// what to write; the caller writes it in one transaction.
import type { Rule, SavedPaper } from '../types';
import type { Backup } from './backup';

export interface MergeCounts {
  papersAdded: number;
  papersMerged: number;
  rulesAdded: number;
  rulesReplaced: number;
}

export interface MergeResult {
  /** Papers to write (put): new ones and merged versions of already saved ones. */
  papers: SavedPaper[];
  /** Rules to write (put). Stored rules that the backup does not name are left as they are. */
  rules: Rule[];
  counts: MergeCounts;
}

// Fields the reader edits; merged by their own rules below, never "filled".
const READER_FIELDS = new Set(['id', 'savedAt', 'tags', 'note', 'status', 'complete']);

const missing = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** Union keeping the first spelling of each tag (case-insensitive). */
export function unionTags(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...a, ...b].filter((t) => {
    const k = t.toLowerCase();
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

const time = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
};

/**
 * A paper saved on both sides: the newer savedAt, the union of tags, the longer note; the
 * stored status; for every other field (unknown ones included) the stored value, with the
 * incoming one filling what is missing. When only the incoming copy is complete (authors and
 * abstract fetched), its data fields win, since the stored ones are a partial card scrape.
 */
export function mergePaper(stored: SavedPaper, incoming: SavedPaper): SavedPaper {
  const preferIncoming = stored.complete === false && incoming.complete !== false;
  const out: SavedPaper = { ...stored };
  for (const [key, value] of Object.entries(incoming)) {
    if (READER_FIELDS.has(key) || missing(value)) continue;
    if (preferIncoming || missing(out[key])) out[key] = value;
  }
  if (preferIncoming) {
    if (incoming.complete === undefined) delete out.complete;
    else out.complete = incoming.complete;
  }
  out.savedAt = time(incoming.savedAt) > time(stored.savedAt) ? incoming.savedAt : stored.savedAt;
  out.tags = unionTags(stored.tags ?? [], incoming.tags ?? []);
  const note = incoming.note ?? '';
  out.note = note.length > (stored.note ?? '').length ? note : stored.note ?? '';
  return out;
}

export function mergeBackup(
  existing: { papers: ReadonlyMap<string, SavedPaper> | readonly SavedPaper[]; rules: readonly Rule[] },
  incoming: Backup,
): MergeResult {
  const stored: ReadonlyMap<string, SavedPaper> = 'get' in existing.papers
    ? existing.papers
    : new Map(existing.papers.map((p) => [p.id, p]));
  const counts: MergeCounts = { papersAdded: 0, papersMerged: 0, rulesAdded: 0, rulesReplaced: 0 };

  const papers = incoming.papers.map((p) => {
    const old = stored.get(p.id);
    if (!old) {
      counts.papersAdded++;
      return p;
    }
    counts.papersMerged++;
    return mergePaper(old, p);
  });

  // A replaced rule keeps its place in the list; new rules go after the stored ones, in the
  // backup's order.
  const storedRules = new Map(existing.rules.map((r) => [r.id, r]));
  let nextOrder = existing.rules.reduce((max, r) => Math.max(max, r.order), -1) + 1;
  const rules = [...incoming.rules]
    .sort((a, b) => a.order - b.order)
    .map((r) => {
      const old = storedRules.get(r.id);
      if (old) counts.rulesReplaced++;
      else counts.rulesAdded++;
      return { ...r, order: old ? old.order : nextOrder++ };
    });

  return { papers, rules, counts };
}
