// Gathers what the suggester compares: saved papers, papers hidden (by hand, or by the current
// rules) among those pages reported, and the other papers seen. Read in one transaction.
import { db, type SeenPaper } from '@/utils/db';
import { savedById } from './saved';
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
  const T0 = performance.now(); const L = ((globalThis as any).__ps ??= []);
  const d = await db();
  const tx = d.transaction(['seen', 'manual', 'rules'], 'readonly');
  const [byId, seen, marks, rules] = await Promise.all([
    savedById(),
    tx.objectStore('seen').getAll(),
    tx.objectStore('manual').getAll(),
    tx.objectStore('rules').getAll(),
  ]);
  L.push(['sg-read', Math.round(T0), Math.round(performance.now() - T0)]); const T1 = performance.now();
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
  const input = { saved: newest(saved).map(text), hidden: newest(hidden).map(text), seen: newest(other).map(text), rules };
  L.push(['sg-prep', Math.round(T1), Math.round(performance.now() - T1), saved.length, seen.length]); const T2 = performance.now();
  const out = suggestRules(input);
  L.push(['sg-compute', Math.round(T2), Math.round(performance.now() - T2)]);
  return out;
}
