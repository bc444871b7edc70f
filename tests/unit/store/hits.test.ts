// Rule hit history through the real background handlers: recorded when pages report papers,
// distinct per day, enabled rules only, pruned after 30 days, read back zero-filled.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/utils/db';
import { sendMessage } from '@/utils/messaging';
import { localDay } from '@/utils/history/days';
import { pagePapers } from '../../fixtures/papers';
import { useBackground } from './background-setup';

useBackground();
const papers = pagePapers();
const mentions = (word: string) => papers.filter((p) => new RegExp(`\\b${word}\\b`, 'i').test(`${p.title} ${p.summary}`));
const at = (iso: string) => vi.useFakeTimers({ now: new Date(iso), toFake: ['Date'] });

describe('rule hit history', () => {
  it('counts the distinct papers each enabled rule matched per day, 30 zero-filled days', async () => {
    at('2026-11-20T10:00:00');
    const reasoning = await sendMessage('putRule', { terms: 'reasoning', action: 'highlight' });
    const off = await sendMessage('putRule', { terms: 'reasoning', action: 'tag', tag: 'off', enabled: false });
    const none = await sendMessage('putRule', { terms: 'zzzunmatched', action: 'hide' });
    const want = mentions('reasoning').length;
    expect(want).toBeGreaterThan(2);

    await sendMessage('reportPapers', { papers });
    await sendMessage('reportPapers', { papers: papers.slice(0, 5) }); // the same papers again: counted once
    at('2026-11-22T08:00:00');
    await sendMessage('reportPapers', { papers: mentions('reasoning').slice(0, 2) });

    const h = await sendMessage('ruleHistory');
    expect(Object.keys(h).sort()).toEqual([reasoning.id, off.id, none.id].sort());
    const days = h[reasoning.id].days;
    expect(days).toHaveLength(30);
    expect(days.at(-1)).toEqual({ day: '2026-11-22', count: 2 });
    expect(days.at(-3)).toEqual({ day: '2026-11-20', count: want });
    expect(days.reduce((n, d) => n + d.count, 0)).toBe(want + 2);
    expect(h[reasoning.id].total).toBe(want);
    expect(h[off.id]).toEqual({ days: expect.any(Array), total: 0 }); // disabled: not recorded
    expect(h[none.id].total).toBe(0);
  });

  it('stays bounded: records older than 30 days are dropped in the next report’s transaction', async () => {
    at('2026-11-20T10:00:00');
    const r = await sendMessage('putRule', { terms: 'reasoning', action: 'highlight' });
    const d = await db();
    await d.put('hits', { ruleId: r.id, day: '2026-10-01', ids: ['old'] }, `${r.id}|2026-10-01`);
    await d.put('hits', { ruleId: r.id, day: '2026-10-22', ids: ['kept'] }, `${r.id}|2026-10-22`); // first day of the window
    await sendMessage('reportPapers', { papers: papers.slice(0, 3) });
    expect((await d.getAllKeys('hits')).filter((k) => k.includes('2026-10'))).toEqual([`${r.id}|2026-10-22`]);
    expect((await sendMessage('ruleHistory'))[r.id].days[0]).toEqual({ day: '2026-10-22', count: 1 });
  });

  it('uses the reader’s local day, and ignores malformed reports', async () => {
    at('2026-11-20T23:30:00');
    const r = await sendMessage('putRule', { terms: 'reasoning', action: 'highlight' });
    await sendMessage('reportPapers', { papers: [...mentions('reasoning').slice(0, 1), { id: 'nope' } as never] });
    await sendMessage('reportPapers', { papers: 'junk' as never });
    const keys = await (await db()).getAllKeys('hits');
    expect(keys).toEqual([`${r.id}|${localDay(new Date())}`]);
  });
});
