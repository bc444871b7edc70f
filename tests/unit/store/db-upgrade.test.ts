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
  expect(await d.getAllFromIndex('papers', 'by-status', 'reading')).toHaveLength(1);
  expect(await d.count('rules')).toBe(1);
  expect(await d.get('manual', '2405.12345')).toEqual({ id: '2405.12345', hidden: true });
  expect(await d.get('settings', 'settings')).toEqual({ paused: true });
});
