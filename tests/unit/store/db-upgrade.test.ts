// A version-1 database with data in it upgrades to the current version without losing a record.
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, _resetDbHandle, db, upgradeSteps, type PaperSiftDB } from '@/utils/db';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  _resetDbHandle();
});

it('upgrades v1 → current keeping papers, rules, manual marks and settings', async () => {
  const v1 = await openDB<PaperSiftDB>(DB_NAME, 1, { upgrade: (d, old, _n, tx) => upgradeSteps(d, old, tx, 1) });
  expect([...v1.objectStoreNames].sort()).toEqual(['manual', 'papers', 'rules', 'seen', 'settings']);
  const paper = { id: '2405.12345', title: 'T', authors: ['A B'], summary: 's', publishedAt: null, org: null, githubUrl: null, githubStars: null, upvotes: 3, hfUrl: 'https://huggingface.co/papers/2405.12345', arxivUrl: 'https://arxiv.org/abs/2405.12345', savedAt: '2026-01-01T00:00:00.000Z', tags: ['x'], status: 'reading' as const, note: 'n', extra: { kept: true } };
  await v1.put('papers', paper);
  await v1.put('rules', { id: 'r1', tag: 'x', terms: ['x'], fields: ['title'], action: 'highlight', color: '#ffe08a', enabled: true, order: 0 });
  await v1.put('manual', { id: '2405.12345', hidden: true });
  await v1.put('settings', { paused: true }, 'settings');
  v1.close();

  const d = await db();
  expect(d.version).toBe(DB_VERSION);
  expect(await d.get('papers', '2405.12345')).toEqual(paper);
  expect([...d.transaction('papers').store.indexNames]).toEqual([]);
  expect(await d.count('rules')).toBe(1);
  expect(await d.get('manual', '2405.12345')).toEqual({ id: '2405.12345', hidden: true });
  expect(await d.get('settings', 'settings')).toEqual({ paused: true });
});

it('upgrades v2 → current keeping every record, and adds the hits store with its by-day index', async () => {
  const v2 = await openDB<PaperSiftDB>(DB_NAME, 2, { upgrade: (d, old, _n, tx) => upgradeSteps(d, old, tx, 2) });
  expect([...v2.objectStoreNames].sort()).toEqual(['manual', 'papers', 'pending', 'rules', 'seen', 'settings']);
  const paper = { id: '2405.12345', title: 'T', authors: ['A B'], summary: 's', publishedAt: null, org: null, githubUrl: null, githubStars: null, upvotes: 3, hfUrl: 'https://huggingface.co/papers/2405.12345', arxivUrl: 'https://arxiv.org/abs/2405.12345', savedAt: '2026-01-01T00:00:00.000Z', tags: ['x'], status: 'done' as const, note: 'n', complete: false };
  const rule = { id: 'r1', tag: 'x', terms: ['x'], fields: ['title' as const], action: 'highlight' as const, color: '#ffe08a', enabled: true, order: 0 };
  const seen = { ...paper, aiSummary: null, authorCount: 1, comments: 0, seenAt: '2026-01-02T00:00:00.000Z' };
  await v2.put('papers', paper);
  await v2.put('rules', rule);
  await v2.put('manual', { id: '2405.12345', shown: true });
  await v2.put('settings', { paused: false, hideMode: 'dim' }, 'settings');
  await v2.put('seen', seen);
  await v2.put('pending', { id: '2405.12345', attempts: 2, nextAt: 5 });
  v2.close();

  const d = await db();
  expect(d.version).toBe(DB_VERSION);
  expect(await d.get('papers', '2405.12345')).toEqual(paper);
  expect(await d.get('rules', 'r1')).toEqual(rule);
  expect(await d.get('manual', '2405.12345')).toEqual({ id: '2405.12345', shown: true });
  expect(await d.get('settings', 'settings')).toEqual({ paused: false, hideMode: 'dim' });
  expect(await d.get('seen', '2405.12345')).toEqual(seen);
  expect(await d.get('pending', '2405.12345')).toEqual({ id: '2405.12345', attempts: 2, nextAt: 5 });
  await d.put('hits', { ruleId: 'r1', day: '2026-01-02', ids: ['2405.12345'] }, 'r1|2026-01-02');
  expect(await d.getAllFromIndex('hits', 'by-day', '2026-01-02')).toEqual([{ ruleId: 'r1', day: '2026-01-02', ids: ['2405.12345'] }]);
});

it('upgrades v3 → current keeping every record of every store; only the papers indexes go', async () => {
  const v3 = await openDB<PaperSiftDB>(DB_NAME, 3, { upgrade: (d, old, _n, tx) => upgradeSteps(d, old, tx, 3) });
  expect([...v3.transaction('papers').store.indexNames].sort()).toEqual(['by-savedAt', 'by-status', 'by-tag']);
  const papers = Array.from({ length: 50 }, (_, i) => ({
    id: `2405.${String(i).padStart(5, '0')}`, title: `T${i}`, authors: ['A B'], summary: 's'.repeat(i), publishedAt: null, org: null,
    githubUrl: null, githubStars: null, upvotes: i, hfUrl: '', arxivUrl: '', savedAt: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`,
    tags: i % 2 ? ['x', 'y'] : [], status: (['unread', 'reading', 'done'] as const)[i % 3], note: i % 5 ? '' : 'n', custom: { i },
  }));
  const stores = {
    rules: [{ id: 'r1', tag: 'x', terms: ['x'], fields: ['title' as const], action: 'highlight' as const, color: '#ffe08a', enabled: true, order: 0 }],
    manual: [{ id: '2405.00001', hidden: true }],
    seen: [{ ...papers[1], aiSummary: null, authorCount: 1, comments: 0, seenAt: '2026-01-02T00:00:00.000Z' }],
    pending: [{ id: '2405.00002', attempts: 1, nextAt: 9 }],
  } as const;
  for (const p of papers) await v3.put('papers', p);
  for (const [store, rows] of Object.entries(stores)) for (const row of rows) await v3.put(store as 'rules', row as never);
  await v3.put('settings', { paused: true, hideMode: 'remove' }, 'settings');
  await v3.put('hits', { ruleId: 'r1', day: '2026-01-02', ids: ['2405.00001'] }, 'r1|2026-01-02');
  v3.close();

  const d = await db();
  expect(d.version).toBe(DB_VERSION);
  expect(await d.getAll('papers')).toEqual(papers);
  for (const [store, rows] of Object.entries(stores)) expect(await d.getAll(store as 'rules')).toEqual(rows);
  expect(await d.get('settings', 'settings')).toEqual({ paused: true, hideMode: 'remove' });
  expect(await d.getAllFromIndex('hits', 'by-day', '2026-01-02')).toEqual([{ ruleId: 'r1', day: '2026-01-02', ids: ['2405.00001'] }]);
  expect(await d.getAllKeysFromIndex('seen', 'by-seenAt')).toEqual(['2405.00001']);
  expect([...d.transaction('papers').store.indexNames]).toEqual([]);
});

describe('v5: tags rewritten with the one tag function (SPEC "Tags")', () => {
  const paper = (id: string, tags: string[]) => ({
    id, title: id, authors: ['A B'], summary: 's', publishedAt: null, org: null, githubUrl: null, githubStars: null, upvotes: 1,
    hfUrl: '', arxivUrl: '', savedAt: '2026-01-01T00:00:00.000Z', tags, status: 'unread' as const, note: '',
  });
  const rule = (id: string, tag: string, terms: string[], order: number, extra = {}) =>
    ({ id, tag, terms, fields: ['title' as const], action: 'highlight' as const, color: '#ffe08a', enabled: true, order, ...extra });

  async function upgradeFrom4(rules: ReturnType<typeof rule>[], papers: ReturnType<typeof paper>[]) {
    const v4 = await openDB<PaperSiftDB>(DB_NAME, 4, { upgrade: (d, old, _n, tx) => upgradeSteps(d, old, tx, 4) });
    for (const r of rules) await v4.put('rules', r);
    for (const p of papers) await v4.put('papers', p);
    await v4.put('manual', { id: '2405.00001', hidden: true });
    await v4.put('hits', { ruleId: 'r1', day: '2026-01-02', ids: ['2405.00001'] }, 'r1|2026-01-02');
    v4.close();
    const d = await db();
    expect(d.version).toBe(DB_VERSION);
    expect(await d.get('manual', '2405.00001')).toEqual({ id: '2405.00001', hidden: true });
    expect(await d.get('hits', 'r1|2026-01-02')).toEqual({ ruleId: 'r1', day: '2026-01-02', ids: ['2405.00001'] });
    const tagOf = Object.fromEntries((await d.getAll('rules')).map((r) => [r.id, r.tag]));
    const tagsOf = Object.fromEntries((await d.getAll('papers')).map((p) => [p.id, p.tags]));
    return { tagOf, tagsOf };
  }

  it('default tags are made again from the terms, typed tags go through toTag, and papers follow their rules', async () => {
    const { tagOf, tagsOf } = await upgradeFrom4(
      [
        rule('r1', 'qa', ['Q&A'], 0), // the rule editor's old default
        rule('r2', 'diffusionmodel', ['/diffusion\\s+model/i'], 1), // the editor's
        rule('r3', 'diffusion-model', ['/diffusion\\s+model/'], 2), // the backup import's
        rule('r4', 'my-reading', ['gan'], 3), // typed
        rule('r5', 'diffus', ['-survey', 'diffus*'], 4),
        rule('r6', 'has-code', [], 5, { conditions: { hasCode: true } }),
      ],
      [
        paper('2405.00001', ['qa', 'diffusionmodel', 'diffusion-model']),
        paper('2405.00002', ['my-reading', 'Mixed  Case', 'has-code']),
        paper('2405.00003', []),
      ],
    );
    expect(tagOf).toEqual({ r1: 'q&a', r2: 'diffusion-model', r3: 'diffusion-model', r4: 'my-reading', r5: 'diffus', r6: 'has-code' });
    expect(tagsOf).toEqual({
      '2405.00001': ['q&a', 'diffusion-model'], // the two spellings of one tag merged
      '2405.00002': ['my-reading', 'mixed-case', 'has-code'],
      '2405.00003': [],
    });
  });

  it('rules that shared a tag still share one; a typed tag wins over a default', async () => {
    const { tagOf, tagsOf } = await upgradeFrom4(
      [rule('r1', 'qa', ['Q&A'], 0), rule('r2', 'qa', ['question answering'], 1), rule('r3', 'ab', ['A.B'], 2), rule('r4', 'ab', ['a:b'], 3)],
      [paper('2405.00001', ['qa', 'ab'])],
    );
    // r2's tag was typed ('qa' is not a default of its terms): the group keeps 'qa'.
    // r3 and r4 both had defaults: the group takes the first rule's new default.
    expect(tagOf).toEqual({ r1: 'qa', r2: 'qa', r3: 'a.b', r4: 'a.b' });
    expect(tagsOf).toEqual({ '2405.00001': ['qa', 'a.b'] });
  });
});

it('upgrades v4 → current keeping every record, and adds the sync store (clocks and removals)', async () => {
  const v4 = await openDB<PaperSiftDB>(DB_NAME, 4, { upgrade: (d, old, _n, tx) => upgradeSteps(d, old, tx, 4) });
  const rule = { id: 'r1', tag: 'x', terms: ['x'], fields: ['title' as const], action: 'highlight' as const, color: '#ffe08a', enabled: true, order: 0 };
  await v4.put('rules', rule);
  await v4.put('settings', { paused: false, hideMode: 'dim' }, 'settings');
  v4.close();
  const d = await db();
  expect(d.version).toBe(DB_VERSION);
  expect(await d.get('rules', 'r1')).toEqual(rule);
  expect(await d.get('settings', 'settings')).toEqual({ paused: false, hideMode: 'dim' });
  await d.put('sync', { k: 'pr1', t: 1, by: 'a', v: null });
  expect(await d.get('sync', 'pr1')).toEqual({ k: 'pr1', t: 1, by: 'a', v: null });
});
