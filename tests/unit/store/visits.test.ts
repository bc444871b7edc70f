// Seen ids and listing visits through the real background handlers; the badge's message checks.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '@/utils/messaging';
import { STATE_KEY } from '@/utils/state-key';
import { SEEN_KEY, VISIT_PREFIX, dayOf, seenIds, type SeenRecord, type VisitRecord } from '@/utils/seen/seen-set';
import { pruneVisits } from '@/utils/store/visits';
import { senderTab, assertBadgeCounts } from '@/utils/store/validate-message';
import { showBadge } from '@/utils/action-badge';
import { useBackground } from './background-setup';

useBackground();
const local = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;
const DAY = 86_400_000;

describe('recordVisit', () => {
  it('stores the ids seen anywhere and the listing visit, both compact', async () => {
    await sendMessage('recordVisit', { listing: 'day:2025-06-18', ids: ['2506.13642', '2506.14234'] });
    await sendMessage('recordVisit', { listing: 'day:2025-06-18', ids: ['2506.14429'] });
    await sendMessage('recordVisit', { listing: null, ids: ['2506.99999'] }); // a single paper page
    const got = await local();
    expect(seenIds(got[SEEN_KEY] as SeenRecord)).toEqual(new Set(['2506.13642', '2506.14234', '2506.14429', '2506.99999']));
    expect(Object.keys((got[SEEN_KEY] as SeenRecord).days)).toEqual([String(dayOf(Date.now()))]);
    expect((got[`${VISIT_PREFIX}day:2025-06-18`] as VisitRecord).ids).toBe('2506.14429 2506.13642 2506.14234');
    expect(Object.keys(got).filter((k) => k.startsWith(VISIT_PREFIX))).toEqual([`${VISIT_PREFIX}day:2025-06-18`]);
  });

  it('keeps every report when tabs report at the same moment', async () => {
    await Promise.all([
      sendMessage('recordVisit', { listing: 'trending', ids: ['2506.00001'] }),
      sendMessage('recordVisit', { listing: 'trending', ids: ['2506.00002'] }),
      sendMessage('recordVisit', { listing: 'week:2025-W25', ids: ['2506.00003'] }),
    ]);
    const got = await local();
    expect(seenIds(got[SEEN_KEY] as SeenRecord)).toEqual(new Set(['2506.00001', '2506.00002', '2506.00003']));
    expect((got[`${VISIT_PREFIX}trending`] as VisitRecord).ids.split(' ').sort()).toEqual(['2506.00001', '2506.00002']);
  });

  it.each([
    [{ listing: 'day:tomorrow', ids: ['2506.00001'] }, 'Invalid listing'],
    [{ listing: 'trending', ids: ['<img src=x>'] }, 'Invalid paper ids'],
    [{ listing: 'trending', ids: 'x' }, 'Invalid paper ids'],
    [{ listing: 'trending', ids: Array.from({ length: 5001 }, () => '2506.00001') }, 'Invalid paper ids'],
    [{ listing: 42, ids: [] }, 'Invalid listing'],
  ])('refuses %j and stores nothing', async (data, message) => {
    await expect(sendMessage('recordVisit', data as never)).rejects.toThrow(message);
    expect(Object.keys(await local()).filter((k) => k !== STATE_KEY)).toEqual([]);
  });

  it('prunes listings not visited for 90 days and ids not seen for 90 days', async () => {
    const now = Date.now();
    await fakeBrowser.storage.local.set({
      [`${VISIT_PREFIX}day:2025-01-01`]: { at: now - 91 * DAY, ids: '2501.00001' },
      [`${VISIT_PREFIX}trending`]: { at: now - DAY, ids: '2506.00001' },
      [SEEN_KEY]: { v: 1, days: { [dayOf(now - 91 * DAY)]: '2501.00001', [dayOf(now - DAY)]: '2506.00001' } },
    });
    expect(await pruneVisits(now)).toBe(1);
    const got = await local();
    expect(got[`${VISIT_PREFIX}day:2025-01-01`]).toBeUndefined();
    expect(got[`${VISIT_PREFIX}trending`]).toBeDefined();
    expect(seenIds(got[SEEN_KEY] as SeenRecord)).toEqual(new Set(['2506.00001']));
  });
});

describe('setBadge', () => {
  it('is refused without a tab (an extension page, an iframe, another site)', async () => {
    await expect(sendMessage('setBadge', { listing: true, paused: false, highlighted: 1, fresh: 0 })).rejects.toThrow('Not allowed from here');
    expect(() => senderTab({ tab: { id: 3 }, url: 'https://huggingface.co/papers', frameId: 2 })).toThrow();
    expect(() => senderTab({ tab: { id: 3 }, url: 'https://evil.example/papers', frameId: 0 })).toThrow();
    expect(senderTab({ tab: { id: 3 }, url: 'https://huggingface.co/papers/trending', frameId: 0 })).toBe(3);
  });

  it('accepts only whole counts and two flags', () => {
    expect(assertBadgeCounts({ listing: true, paused: false, highlighted: 2, fresh: 1, extra: 'x' })).toEqual({ listing: true, paused: false, highlighted: 2, fresh: 1 });
    for (const bad of [null, { listing: 'yes', paused: false, highlighted: 1, fresh: 0 }, { listing: true, paused: false, highlighted: -1, fresh: 0 }, { listing: true, paused: false, highlighted: 1.5, fresh: 0 }])
      expect(() => assertBadgeCounts(bad)).toThrow('Invalid badge counts');
  });

  it("shows the text, colour and title on that tab only", async () => {
    await showBadge(7, { listing: true, paused: false, highlighted: 3, fresh: 0 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('3');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('PaperSift: 3 papers highlighted on this page');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
    await showBadge(7, { listing: true, paused: true, highlighted: 3, fresh: 0 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });
});

describe('seen mode setting', () => {
  it('defaults to mark, takes dim and fold, refuses anything else', async () => {
    expect((await sendMessage('getPageState')).settings.seenMode).toBe('mark');
    await sendMessage('setSettings', { seenMode: 'fold' });
    expect(((await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY] as { settings: { seenMode: string } }).settings.seenMode).toBe('fold');
    await expect(sendMessage('setSettings', { seenMode: 'explode' as never })).rejects.toThrow('Unknown seen mode');
  });
});
