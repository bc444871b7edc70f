// The background's sync module end to end without a browser: the real background (fake
// IndexedDB, fake browser) on one side, a simulated machine on the in-memory area on the other;
// the test carries storage.sync between them as the browser's sync service would.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { _stopSync } from '@/utils/store/sync';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '@/utils/messaging';
import { STATE_KEY } from '@/utils/state-key';
import { SYNC_STATUS_KEY, type SyncStatus } from '@/utils/sync/status';
import { useBackground } from '../store/background-setup';
import { pagePapers } from '../../fixtures/papers';
import { SyncCloud } from './memory-area';
import { Machine, rule } from './memory-machine';

useBackground();
afterEach(() => _stopSync());
const papers = pagePapers();

/** Machine B's area takes the background's storage.sync. */
async function toB(b: Machine) {
  b.area.receiveAll(await fakeBrowser.storage.sync.get(null));
}

/** The background's storage.sync takes B's area (its onChanged fires, as with a real sync service). */
async function toA(b: Machine) {
  const theirs = await b.area.get();
  const mine = await fakeBrowser.storage.sync.get(null);
  const gone = Object.keys(mine).filter((k) => !(k in theirs));
  if (gone.length) await fakeBrowser.storage.sync.remove(gone);
  await fakeBrowser.storage.sync.set(theirs);
}

describe('background sync', () => {
  it('is off until turned on; then sends rules and papers, takes what another machine changed, and removals', async () => {
    const first = await sendMessage('getSyncStatus');
    expect(first).toMatchObject({ available: true, enabled: false });
    await sendMessage('putRule', { terms: 'diffusion', action: 'highlight' });
    await sendMessage('savePaper', { paper: papers[0] });
    await sendMessage('savePaper', { paper: papers[1] });
    await sendMessage('updatePapers', { ids: [papers[0].id], patch: { note: 'from A', status: 'reading' } });
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toEqual([]); // nothing sent while off

    const on = await sendMessage('setSyncEnabled', { enabled: true });
    expect(on).toMatchObject({ enabled: true, papers: 2, rules: 1, notSynced: 0 });
    expect(on.lastSent).toBeTypeOf('number');

    const b = new Machine(new SyncCloud(), 'install-b');
    await toB(b);
    await b.sync();
    expect(b.papers.get(papers[0].id)).toMatchObject({ note: 'from A', status: 'reading' });
    expect([...b.rules.values()].map((r) => r.tag)).toEqual(['diffusion']);

    // B: a new paper, another paper's tags, and the first paper removed.
    b.save('2501.00009', '2026-01-05T00:00:00.000Z', { tags: ['from-b'] });
    b.edit(papers[1].id, { tags: ['x', 'y'] });
    b.remove(papers[0].id);
    await b.sync();
    await toA(b);
    await vi.waitFor(async () => expect((await sendMessage('getSaved', {})).map((p) => p.id).sort()).toEqual(['2501.00009', papers[1].id].sort()), { timeout: 5000 });
    const [arrived] = await sendMessage('getSaved', { ids: ['2501.00009'] });
    expect(arrived).toMatchObject({ tags: ['from-b'], arrived: true, savedAt: '2026-01-05T00:00:00.000Z' });
    expect((await sendMessage('getSaved', { ids: [papers[1].id] }))[0].tags).toEqual(['x', 'y']);
    // Open tabs follow: the mirror holds the arrived paper.
    const mirror = async () => ((await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY] as { savedIds: string[] }).savedIds;
    await vi.waitFor(async () => expect(await mirror()).toContain('2501.00009'), { timeout: 5000 });
    // The status is written at the end of the cycle, after the received records reached the mirror.
    const status = async () => (await fakeBrowser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY] as SyncStatus | undefined;
    await vi.waitFor(async () => expect((await status())?.lastReceived).toBeTypeOf('number'), { timeout: 5000 });
    b.engine.stop();
  });

  it('a rule from another machine that this one would refuse (slow or broken regex) is not taken; the others are', async () => {
    await sendMessage('setSyncEnabled', { enabled: true });
    const b = new Machine(new SyncCloud(), 'install-b');
    b.rules.set('good', rule('good', 0, { tag: 'video', terms: ['video'] }));
    b.rules.set('slow', rule('slow', 1, { tag: 'slow', terms: ['/(a+)+$/'] }));
    b.rules.set('broken', rule('broken', 2, { tag: 'broken', terms: ['/(/'] }));
    await b.sync();
    await toA(b);
    const tags = async () => (await sendMessage('getPageState')).rules.map((r) => r.tag).sort();
    await vi.waitFor(async () => expect(await tags()).toContain('video'), { timeout: 5000 });
    expect(await tags()).toEqual(['video']);
    b.engine.stop();
  });

  it('turning it off stops sending; local data stays', async () => {
    await sendMessage('setSyncEnabled', { enabled: true });
    await sendMessage('savePaper', { paper: papers[2] });
    await vi.waitFor(async () => expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).toContain(papers[2].id), { timeout: 5000 });
    const off = await sendMessage('setSyncEnabled', { enabled: false });
    expect(off.enabled).toBe(false);
    await sendMessage('savePaper', { paper: papers[3] });
    await new Promise((r) => setTimeout(r, 2500));
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain(papers[3].id);
    expect((await sendMessage('getSaved', {})).length).toBe(2);
  });

  it('where storage.sync throws, turning it on is refused with the reason and nothing changes', async () => {
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('The storage API will not work with a temporary addon ID'));
    expect(await sendMessage('getSyncStatus')).toMatchObject({ available: false, reason: expect.stringMatching(/temporary addon ID/) });
    await expect(sendMessage('setSyncEnabled', { enabled: true })).rejects.toThrow(/not available/);
    get.mockRestore();
  });
});
