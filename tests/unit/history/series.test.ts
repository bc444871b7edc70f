import { describe, expect, it } from 'vitest';
import { hitKey, lastDays, localDay } from '@/utils/history/days';
import { historySeries, oldestKeptDay } from '@/utils/history/series';

const NOW = new Date(2026, 2, 2, 9, 30); // 2 March 2026, local time

describe('days', () => {
  it('localDay is the reader’s calendar day', () => {
    expect(localDay(NOW)).toBe('2026-03-02');
    expect(localDay(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
    expect(localDay(new Date(2025, 11, 31, 23, 59))).toBe('2025-12-31');
  });
  it('lastDays: 30 consecutive days ending today, across month ends, oldest first', () => {
    const days = lastDays(NOW);
    expect(days).toHaveLength(30);
    expect(days.at(-1)).toBe('2026-03-02');
    expect(days.at(-2)).toBe('2026-03-01');
    expect(days.at(-3)).toBe('2026-02-28');
    expect(days[0]).toBe('2026-02-01');
    expect(new Set(days).size).toBe(30);
    expect([...days].sort()).toEqual(days);
  });
  it('keys and the pruning edge', () => {
    expect(hitKey('r1', '2026-03-02')).toBe('r1|2026-03-02');
    expect(oldestKeptDay(NOW)).toBe('2026-02-01');
  });
});

describe('historySeries', () => {
  const records = [
    { ruleId: 'a', day: '2026-03-02', ids: ['p1', 'p2'] },
    { ruleId: 'a', day: '2026-03-01', ids: ['p2', 'p3', 'p4'] },
    { ruleId: 'a', day: '2026-01-15', ids: ['old'] }, // outside the window
    { ruleId: 'gone', day: '2026-03-02', ids: ['p9'] }, // a deleted rule
  ];
  const h = historySeries(records, ['a', 'b'], NOW);

  it('one zero-filled entry per day for every rule asked for', () => {
    expect(Object.keys(h).sort()).toEqual(['a', 'b']);
    expect(h.a.days).toHaveLength(30);
    expect(h.a.days.at(-1)).toEqual({ day: '2026-03-02', count: 2 });
    expect(h.a.days.at(-2)).toEqual({ day: '2026-03-01', count: 3 });
    expect(h.a.days.slice(0, -2).every((d) => d.count === 0)).toBe(true);
    expect(h.b.days.every((d) => d.count === 0)).toBe(true);
  });
  it('total counts each paper once across days', () => {
    expect(h.a.total).toBe(4);
    expect(h.b.total).toBe(0);
  });
});
