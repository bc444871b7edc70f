// A version-1 database with data in it upgrades to the current version without losing a record.
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, expect, it } from 'vitest';
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

it('upgrades v3 → v4 keeping every record of every store; only the papers indexes go', async () => {
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
  expect(d.version).toBe(4);
  expect(await d.getAll('papers')).toEqual(papers);
  for (const [store, rows] of Object.entries(stores)) expect(await d.getAll(store as 'rules')).toEqual(rows);
  expect(await d.get('settings', 'settings')).toEqual({ paused: true, hideMode: 'remove' });
  expect(await d.getAllFromIndex('hits', 'by-day', '2026-01-02')).toEqual([{ ruleId: 'r1', day: '2026-01-02', ids: ['2405.00001'] }]);
  expect(await d.getAllKeysFromIndex('seen', 'by-seenAt')).toEqual(['2405.00001']);
  expect([...d.transaction('papers').store.indexNames]).toEqual([]);
});
