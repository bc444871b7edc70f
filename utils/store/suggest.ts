// Gathers what the suggester compares: saved papers, papers hidden (by hand, or by the current
// rules) among those pages reported, and the other papers seen. Read in one transaction.
import { db, type SeenPaper } from '@/utils/db';
import { compileRules } from '@/utils/rules/matcher';
import { decide } from '@/utils/rules/verdict';
import { suggestRules, type Suggestion } from '@/utils/suggest';
import type { ManualMark } from '@/utils/types';

/** Enough recent papers per corpus for stable counts, and a bounded cost on every call. */
const MAX_DOCS = 2000;

const text = (p: { title: string; summary: string | null; aiSummary?: string | null }) =>
  `${p.title}\n${p.summary || p.aiSummary || ''}`;
const newest = <T extends { seenAt?: string; savedAt?: string }>(list: T[]) =>
  list.sort((a, b) => ((b.seenAt ?? b.savedAt ?? '') < (a.seenAt ?? a.savedAt ?? '') ? -1 : 1)).slice(0, MAX_DOCS);

export async function suggestFromStore(): Promise<Suggestion[]> {
  const d = await db();
  const tx = d.transaction(['papers', 'seen', 'manual', 'rules'], 'readonly');
  const [saved, seen, marks, rules] = await Promise.all([
    tx.objectStore('papers').getAll(),
    tx.objectStore('seen').getAll(),
    tx.objectStore('manual').getAll(),
    tx.objectStore('rules').getAll(),
  ]);
  const savedIds = new Set(saved.map((p) => p.id));
  const manual = new Map<string, ManualMark>(marks.map((m) => [m.id, m]));
  const matcher = compileRules(rules);
  const hidden: SeenPaper[] = [];
  const other: SeenPaper[] = [];
  for (const p of seen) {
    if (savedIds.has(p.id)) continue;
    (decide(matcher.match(p), manual.get(p.id)).hiddenBy ? hidden : other).push(p);
  }
  return suggestRules({
    saved: newest(saved).map(text),
    hidden: newest(hidden).map(text),
    seen: newest(other).map(text),
    rules,
  });
}
