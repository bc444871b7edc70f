// Gathers what the suggester compares: saved papers, papers hidden (by hand, or by the current
// rules) among those pages reported, and the other papers seen.
import { db, type SeenPaper } from '@/utils/db';
import { savedById } from './saved';
import { compileRules } from '@/utils/rules/matcher';
import { decide } from '@/utils/rules/verdict';
import { suggestFromDocs, type Suggestion } from '@/utils/suggest';
import { docTerms } from '@/utils/suggest/tokenize';
import type { ManualMark, SavedPaper } from '@/utils/types';

/** Enough recent papers per corpus for stable counts, and a bounded cost on every call. */
const MAX_DOCS = 2000;

const text = (p: { title: string; summary: string | null; aiSummary?: string | null }) =>
  `${p.title}\n${p.summary || p.aiSummary || ''}`;
const newest = <T extends { seenAt?: string; savedAt?: string }>(list: T[]) =>
  list.sort((a, b) => ((b.seenAt ?? b.savedAt ?? '') < (a.seenAt ?? a.savedAt ?? '') ? -1 : 1)).slice(0, MAX_DOCS);

export async function suggestFromStore(): Promise<Suggestion[]> {
  const d = await db();
  // Saved papers from the background's memory copy, not the store: the Library asks after every
  // save, and reading (deserialising) 10,000 records each time held the worker ~200-300 ms,
  // so the reader's next Save waited behind it.
  const tx = d.transaction(['seen', 'manual', 'rules'], 'readonly');
  const [byId, seen, marks, rules] = await Promise.all([
    savedById(),
    tx.objectStore('seen').getAll(),
    tx.objectStore('manual').getAll(),
    tx.objectStore('rules').getAll(),
  ]);
  const saved = [...byId.values()];
  const savedIds = new Set(byId.keys());
  const manual = new Map<string, ManualMark>(marks.map((m) => [m.id, m]));
  const matcher = compileRules(rules);
  const hidden: SeenPaper[] = [];
  const other: SeenPaper[] = [];
  for (const p of seen) {
    if (savedIds.has(p.id)) continue;
    (decide(matcher.match(p), manual.get(p.id)).hiddenBy ? hidden : other).push(p);
  }
  return suggestFromDocs({
    saved: newest(saved).map(savedTermsOf),
    hidden: newest(hidden).map((p) => docTerms(text(p))),
    seen: newest(other).map((p) => docTerms(text(p))),
    rules,
  });
}

// The terms of each saved record, kept as long as the record (a write replaces it): the Library
// asks after every save, and splitting the 2,000 newest abstracts again each time held the
// worker ~100 ms more, so the reader's next Save in a papers tab waited behind it.
const savedTerms = new WeakMap<SavedPaper, Map<string, string>>();
function savedTermsOf(p: SavedPaper): Map<string, string> {
  let terms = savedTerms.get(p);
  if (!terms) savedTerms.set(p, (terms = docTerms(text(p))));
  return terms;
}
