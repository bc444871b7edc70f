// Pure: filter, search, sort and count the reading list held in memory.
import type { SavedPaper } from '@/utils/types';
import type { SavedPage, SavedQuery } from '@/utils/types';

const haystacks = new WeakMap<SavedPaper, string>();

/** Lower-cased text searched for a paper; cached per record object (records are replaced on write). */
function haystack(p: SavedPaper): string {
  let h = haystacks.get(p);
  if (h === undefined) {
    h = [p.title, p.authors.join(' '), p.summary, p.tags.join(' '), p.note, p.id, p.org ?? '']
      .join('\n')
      .toLowerCase();
    haystacks.set(p, h);
  }
  return h;
}

const sorters: Record<NonNullable<SavedQuery['sort']>, (a: SavedPaper, b: SavedPaper) => number> = {
  savedAt: (a, b) => (b.savedAt > a.savedAt ? 1 : b.savedAt < a.savedAt ? -1 : 0),
  publishedAt: (a, b) => ((b.publishedAt ?? '') > (a.publishedAt ?? '') ? 1 : (b.publishedAt ?? '') < (a.publishedAt ?? '') ? -1 : 0),
  upvotes: (a, b) => (b.upvotes ?? -1) - (a.upvotes ?? -1),
};

export function querySavedPapers(all: readonly SavedPaper[], q: SavedQuery): SavedPage {
  const words = (q.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const tagCounts: Record<string, number> = {};
  const statusCounts: Record<string, number> = {};
  const matching: SavedPaper[] = [];
  for (const p of all) {
    if (words.length) {
      const h = haystack(p);
      if (!words.every((w) => h.includes(w))) continue;
    }
    // Counts reflect the search, and each facet ignores its own filter (so choices stay visible).
    const tagOk = !q.tag || p.tags.includes(q.tag);
    const statusOk = !q.status || p.status === q.status;
    if (statusOk) for (const t of p.tags) tagCounts[t] = (tagCounts[t] ?? 0) + 1;
    if (tagOk) statusCounts[p.status] = (statusCounts[p.status] ?? 0) + 1;
    if (tagOk && statusOk) matching.push(p);
  }
  matching.sort(sorters[q.sort ?? 'savedAt']);
  const offset = q.offset ?? 0;
  const limit = q.limit ?? 100;
  return {
    total: matching.length,
    ids: matching.map((p) => p.id),
    rows: matching.slice(offset, offset + limit),
    tagCounts,
    statusCounts,
    all: all.length,
  };
}
