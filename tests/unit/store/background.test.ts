// The background through its real message handlers, on a fresh fake IndexedDB per test.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '@/utils/messaging';
import { STATE_KEY } from '@/utils/state-key';
import { useBackground } from './background-setup';
import { pagePapers } from '../../fixtures/papers';
import { compact } from './helpers';

const papers = pagePapers();
// Not vi.stubGlobal: unstubAllGlobals would also remove WXT's fake `chrome`. useBackground restores fetch.
const stubFetch = (fn: (...a: any[]) => Promise<Response>) => (globalThis.fetch = vi.fn(fn) as typeof fetch);

useBackground();

describe('reading list', () => {
  it('saves a paper with full metadata and publishes its id to the page-state mirror', async () => {
    const saved = await sendMessage('savePaper', { paper: papers[0] });
    expect(saved).toMatchObject({ id: papers[0].id, title: papers[0].title, status: 'unread', note: '', complete: true });
    expect(saved.authors.length).toBeGreaterThan(0);
    const mirror = (await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY] as { savedIds: string[] };
    expect(mirror.savedIds).toEqual([papers[0].id]);
  });

  it('completes a compact card from what the page reported earlier (data-props), without a request', async () => {
    await sendMessage('reportPapers', { papers: [papers[1]] });
    const saved = await sendMessage('savePaper', { paper: compact(papers[1]) });
    expect(saved.authors).toEqual(papers[1].authors);
    expect(saved.summary).toBe(papers[1].summary);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('two saves at the same moment both land', async () => {
    await Promise.all([sendMessage('savePaper', { paper: papers[2] }), sendMessage('savePaper', { paper: papers[3] })]);
    const page = await sendMessage('querySaved', {});
    expect(page.ids.sort()).toEqual([papers[2].id, papers[3].id].sort());
  });

  it('gets the tags of the rules the paper matches at save time', async () => {
    const word = papers[4].title.split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w))!;
    await sendMessage('putRule', { terms: word, action: 'tag', tag: 'my topic' });
    const saved = await sendMessage('savePaper', { paper: papers[4] });
    expect(saved.tags).toEqual(['my-topic']);
  });

  it('removes and restores exactly (undo)', async () => {
    await sendMessage('savePaper', { paper: papers[0] });
    await sendMessage('updatePapers', { ids: [papers[0].id], patch: { note: 'read §3', status: 'reading', tags: ['A', ' a ', 'B'] } });
    const [removed] = await sendMessage('removePapers', { ids: [papers[0].id] });
    expect(removed.tags).toEqual(['a', 'b']);
    expect((await sendMessage('querySaved', {})).total).toBe(0);
    await sendMessage('restorePapers', { papers: [removed] });
    const [back] = await sendMessage('getSaved', { ids: [papers[0].id] });
    expect(back).toEqual(removed);
  });

  it('searches title, authors, abstract, tags and note; filters by tag and status; counts', async () => {
    for (const p of papers.slice(0, 6)) await sendMessage('savePaper', { paper: p });
    await sendMessage('updatePapers', { ids: [papers[5].id], patch: { note: 'Zebra crossing idea' } });
    await sendMessage('updatePapers', { ids: [papers[1].id, papers[2].id], patch: { status: 'done' }, addTags: ['Later'] });
    expect((await sendMessage('querySaved', { text: 'zebra' })).ids).toEqual([papers[5].id]);
    const author = papers[3].authors![0];
    expect((await sendMessage('querySaved', { text: author })).ids).toContain(papers[3].id);
    const byTag = await sendMessage('querySaved', { tag: 'later' });
    expect(byTag.ids.sort()).toEqual([papers[1].id, papers[2].id].sort());
    const done = await sendMessage('querySaved', { status: 'done' });
    expect(done.total).toBe(2);
    expect(done.statusCounts).toEqual({ done: 2, unread: 4 });
    expect(done.tagCounts.later).toBe(2);
  });

  it('completes an incomplete save from the API later, keeping the reader’s edits', async () => {
    const full = papers[6];
    stubFetch(async () => new Response(JSON.stringify({ id: full.id, title: full.title, summary: full.summary, authors: full.authors!.map((name) => ({ name })) }), { status: 200 }));
    const saved = await sendMessage('savePaper', { paper: compact(full) });
    expect(saved.complete).toBe(false);
    await sendMessage('updatePapers', { ids: [full.id], patch: { note: 'mine' } });
    await vi.waitFor(async () => {
      const [p] = await sendMessage('getSaved', { ids: [full.id] });
      expect(p.authors).toEqual(full.authors);
    });
    const [p] = await sendMessage('getSaved', { ids: [full.id] });
    expect(p).toMatchObject({ note: 'mine', summary: full.summary, complete: true });
    expect(fetch).toHaveBeenCalledWith(`https://huggingface.co/api/papers/${full.id}`);
  });
});

describe('rules and settings', () => {
  it('refuses an invalid regular expression and stores nothing', async () => {
    await expect(sendMessage('putRule', { terms: '/(unclosed/', action: 'highlight' })).rejects.toThrow(/regular expression/i);
    expect((await sendMessage('getPageState')).rules).toEqual([]);
  });

  it('adds, reorders, deletes and restores rules', async () => {
    const a = await sendMessage('putRule', { terms: 'diffusion', action: 'highlight' });
    const b = await sendMessage('putRule', { terms: 'survey', action: 'hide' });
    expect(a.tag).toBe('diffusion');
    await sendMessage('reorderRules', { ids: [b.id, a.id] });
    expect((await sendMessage('getPageState')).rules.map((r) => r.id)).toEqual([b.id, a.id]);
    const gone = await sendMessage('deleteRule', { id: b.id });
    expect((await sendMessage('getPageState')).rules.map((r) => r.id)).toEqual([a.id]);
    await sendMessage('restoreRule', gone!);
    expect((await sendMessage('getPageState')).rules.map((r) => r.id)).toEqual([b.id, a.id]);
  });

  it('pause, manual marks and hide mode reach the mirror', async () => {
    await sendMessage('setSettings', { paused: true, hideMode: 'dim' });
    await sendMessage('setManual', { id: papers[0].id, hidden: true });
    const mirror = (await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY] as any;
    expect(mirror.settings).toMatchObject({ paused: true, hideMode: 'dim' });
    expect(mirror.manual[papers[0].id]).toEqual({ id: papers[0].id, hidden: true });
    await sendMessage('setManual', { id: papers[0].id });
    expect((await sendMessage('getPageState')).manual).toEqual({});
  });

  it('rejects malformed paper data from a page', async () => {
    await expect(sendMessage('savePaper', { paper: { id: '<script>', title: 'x' } as any })).rejects.toThrow();
    await expect(sendMessage('savePaper', { paper: { ...papers[0], title: 5 } as any })).rejects.toThrow();
    expect((await sendMessage('querySaved', {})).total).toBe(0);
  });
});
