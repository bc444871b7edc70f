// Writes to the sync storage are coalesced and counted: bursts stay far below the browser's
// per-minute limit; a refused write (quota) is not fatal and loses nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BROWSER_LIMITS, WRITE_LIMITS } from '@/utils/sync/limits';
import { SyncCloud } from './memory-area';
import { Machine, settle } from './memory-machine';
import { typicalLibrary } from './dataset';

const maxPerWindow = (times: number[], windowMs: number) =>
  Math.max(0, ...times.map((t) => times.filter((u) => u >= t && u < t + windowMs).length));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(Date.parse('2026-03-01T08:00:00Z'));
});
afterEach(() => vi.useRealTimers());

/** Lets time pass (`ms` of it) while the engine works, until it has nothing left to do. */
async function pass(engine: Machine['engine'], ms: number) {
  for (let t = 0; t < ms; t += 1000) {
    await vi.advanceTimersByTimeAsync(1000);
    await engine.idle();
  }
}

describe('write coalescing', () => {
  it('a burst of 200 saves, each asking for a send, makes a handful of writes', async () => {
    const cloud = new SyncCloud();
    const a = new Machine(cloud, 'a');
    const { papers } = typicalLibrary(200);
    for (const p of papers) {
      a.papers.set(p.id, { ...p, savedAt: new Date().toISOString() });
      a.engine.schedule(2000); // what every local write does
      await vi.advanceTimersByTimeAsync(50);
    }
    await pass(a.engine, 120_000);
    const times = a.area.writeTimes;
    expect(times.length).toBeGreaterThan(0);
    expect(times.length).toBeLessThanOrEqual(12);
    expect(maxPerWindow(times, 60_000)).toBeLessThanOrEqual(WRITE_LIMITS.perMinute);
    cloud.deliver();
    const b = new Machine(cloud, 'b');
    await b.sync();
    expect(b.papers.size).toBe(200);
    a.engine.stop();
    b.engine.stop();
  });

  it('a 10,000-paper import stays within the per-minute limit and says how many papers did not fit', async () => {
    const cloud = new SyncCloud();
    const a = new Machine(cloud, 'a');
    for (const p of typicalLibrary(10_000, 3).papers) a.papers.set(p.id, p);
    // An import writes in batches; each batch asks for a send.
    for (let i = 0; i < 40; i++) {
      a.engine.schedule(2000);
      await vi.advanceTimersByTimeAsync(250);
      await a.engine.idle();
    }
    await pass(a.engine, 180_000);
    expect(maxPerWindow(a.area.writeTimes, 60_000)).toBeLessThanOrEqual(WRITE_LIMITS.perMinute);
    expect(a.area.writeTimes.length).toBeLessThanOrEqual(4);
    expect(a.area.bytesInUse()).toBeLessThanOrEqual(BROWSER_LIMITS.total);
    expect(a.engine.status.notSynced).toBeGreaterThan(5000);
    expect(a.engine.status.papers + a.engine.status.notSynced).toBe(10_000);
    a.engine.stop();
  }, 60_000);

  it('even asked to send continuously, never exceeds its write budget', async () => {
    const cloud = new SyncCloud();
    const a = new Machine(cloud, 'a');
    for (let i = 0; i < 150; i++) {
      a.save(`2501.${String(i).padStart(5, '0')}`, new Date().toISOString());
      await a.sync(); // a send per save, with no delay
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(a.area.writeTimes.length).toBeGreaterThanOrEqual(WRITE_LIMITS.perMinute / 2);
    expect(maxPerWindow(a.area.writeTimes, 60_000)).toBeLessThanOrEqual(WRITE_LIMITS.perMinute);
    a.engine.stop();
  }, 60_000);

  it('a quota error from the browser is not fatal and changes no local data', async () => {
    const cloud = new SyncCloud({ ...BROWSER_LIMITS, total: 2_000 });
    const a = new Machine(cloud, 'a');
    for (const p of typicalLibrary(300).papers) a.papers.set(p.id, p);
    const before = JSON.stringify([...a.papers]);
    await expect(a.sync()).resolves.toBeUndefined();
    expect(a.engine.status.error).toMatch(/refused/);
    expect(JSON.stringify([...a.papers])).toBe(before);
    a.engine.stop();
  });
});

describe('two machines through the in-memory area', () => {
  it('turning sync on with data on both merges them; nothing is overwritten wholesale', async () => {
    const cloud = new SyncCloud();
    const a = new Machine(cloud, 'a');
    const b = new Machine(cloud, 'b');
    a.save('2501.00001', '2026-01-01T00:00:00.000Z', { tags: ['llm'] });
    a.settings = { ...a.settings, hideMode: 'dim' };
    b.save('2501.00002', '2026-01-02T00:00:00.000Z', { note: 'b' });
    await settle(cloud, [a, b]);
    for (const x of [a, b]) {
      expect([...x.papers.keys()].sort()).toEqual(['2501.00001', '2501.00002']);
      expect(x.settings.hideMode).toBe('dim'); // a's choice beats b's untouched default
    }
    expect(b.papers.get('2501.00001')).toMatchObject({ tags: ['llm'], arrived: true, complete: false });
    a.engine.stop();
    b.engine.stop();
  });
});
