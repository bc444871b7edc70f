// Rule hit history: when a page reports its papers, each enabled rule's matches are added to
// that local day's record (distinct ids), in one transaction that also drops days older than
// the 30-day window, so the store stays bounded.
import type { IDBPIndex } from 'idb';
import { abortQuietly, db, storageError, type PaperSiftDB } from '@/utils/db';
import { hitKey, localDay } from '@/utils/history/days';
import { historySeries, oldestKeptDay, type RuleHistory } from '@/utils/history/series';
import { compileRules, type Matcher } from '@/utils/rules/matcher';
import type { PaperInfo, Rule } from '@/utils/types';
import { readRules } from './state';

// Pages report often; compile again only when the rules changed.
let cached: { key: string; matcher: Matcher } | undefined;
function matcherFor(rules: Rule[]): Matcher {
  const key = JSON.stringify(rules);
  if (cached?.key !== key) cached = { key, matcher: compileRules(rules) };
  return cached.matcher;
}

export async function recordHits(papers: PaperInfo[], now: Date): Promise<void> {
  if (!papers.length) return;
  const rules = await readRules();
  const matcher = matcherFor(rules);
  if (!matcher.rules.length) return;
  const byRule = new Map<string, Set<string>>();
  for (const p of papers)
    for (const hit of matcher.match(p)) {
      let ids = byRule.get(hit.rule.id);
      if (!ids) byRule.set(hit.rule.id, (ids = new Set()));
      ids.add(p.id);
    }
  const day = localDay(now);
  const tx = (await db()).transaction('hits', 'readwrite');
  try {
    await Promise.all([
      ...[...byRule].map(async ([ruleId, ids]) => {
        const key = hitKey(ruleId, day);
        const old = await tx.store.get(key);
        const merged = new Set(old?.ids ?? []);
        const before = merged.size;
        for (const id of ids) merged.add(id);
        if (!old || merged.size !== before) await tx.store.put({ ruleId, day, ids: [...merged] }, key);
      }),
      pruneIn(tx.store.index('by-day'), now),
      tx.done,
    ]);
  } catch (e) {
    abortQuietly(tx); // a failed write leaves the day's record as it was
    throw storageError(e);
  }
}

type DayIndex = IDBPIndex<PaperSiftDB, ['hits'], 'hits', 'by-day', 'readwrite'>;
async function pruneIn(index: DayIndex, now: Date) {
  const range = IDBKeyRange.upperBound(oldestKeptDay(now), true);
  for (let c = await index.openCursor(range); c; c = await c.continue()) await c.delete();
}

/** Every stored rule's last 30 days, zero-filled. */
export async function ruleHistory(now: Date): Promise<Record<string, RuleHistory>> {
  const d = await db();
  const tx = d.transaction(['hits', 'rules'], 'readonly');
  const [records, ruleIds] = await Promise.all([
    tx.objectStore('hits').index('by-day').getAll(IDBKeyRange.lowerBound(oldestKeptDay(now))),
    tx.objectStore('rules').getAllKeys(),
  ]);
  return historySeries(records, ruleIds, now);
}
