// Local calendar days as YYYY-MM-DD, for the rule hit history. Pure.

export const HISTORY_DAYS = 30;

/** The local calendar day of a moment (the reader's day, not UTC's). */
export function localDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The `n` local days ending with today's, oldest first. */
export function lastDays(now: Date, n = HISTORY_DAYS): string[] {
  const out: string[] = [];
  for (let i = n - 1; i >= 0; i--) {
    // Calendar arithmetic (not 24 h steps), so daylight-saving changes never skip or repeat a day.
    out.push(localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - i, 12)));
  }
  return out;
}

export const hitKey = (ruleId: string, day: string) => `${ruleId}|${day}`;
