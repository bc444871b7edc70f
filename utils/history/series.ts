// Per-rule daily match counts for the Library's sparklines, zero-filled over the last 30 days.
// Pure: takes the stored day records and `now`.
import { HISTORY_DAYS, lastDays } from './days';

export interface DayHits {
  ruleId: string;
  day: string;
  ids: string[];
}

export interface RuleHistory {
  /** Oldest first, one entry per local day, today last. */
  days: { day: string; count: number }[];
  /** Distinct papers matched over those days (a paper listed on several days counts once). */
  total: number;
}

export function historySeries(records: readonly DayHits[], ruleIds: readonly string[], now: Date, n = HISTORY_DAYS): Record<string, RuleHistory> {
  const days = lastDays(now, n);
  const inWindow = new Set(days);
  const byRule = new Map<string, Map<string, string[]>>();
  for (const r of records) {
    if (!inWindow.has(r.day)) continue;
    let m = byRule.get(r.ruleId);
    if (!m) byRule.set(r.ruleId, (m = new Map()));
    m.set(r.day, r.ids);
  }
  const out: Record<string, RuleHistory> = {};
  for (const id of ruleIds) {
    const m = byRule.get(id);
    const distinct = new Set<string>();
    out[id] = {
      days: days.map((day) => {
        const ids = m?.get(day) ?? [];
        for (const x of ids) distinct.add(x);
        return { day, count: ids.length };
      }),
      total: distinct.size,
    };
  }
  return out;
}

/** Day records older than the window can go. */
export const oldestKeptDay = (now: Date, n = HISTORY_DAYS) => lastDays(now, n)[0];
