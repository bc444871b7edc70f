// Storage failures reach the reader in plain words, and nothing already stored changes.
import { IDBFactory, IDBObjectStore as FakeStore } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { _resetDbHandle, storageError } from '@/utils/db';
import { removeAllListeners, sendMessage } from '@/utils/messaging';
import { _resetSavedCache } from '@/utils/store/saved';
import { pagePapers } from '../../fixtures/papers';

const papers = pagePapers();
const realPut = FakeStore.prototype.put;

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  _resetDbHandle();
  _resetSavedCache();
  background.main!();
});
afterEach(() => {
  FakeStore.prototype.put = realPut;
  removeAllListeners();
});

/** From now on the disk is full: every put fails the way browsers report it. */
function diskFull() {
  FakeStore.prototype.put = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}

it('a full disk refuses the save with a plain message and keeps what was saved', async () => {
  await sendMessage('savePaper', { paper: papers[0] });
  await sendMessage('updatePapers', { ids: [papers[0].id], patch: { note: 'keep me' } });
  diskFull();
  await expect(sendMessage('savePaper', { paper: papers[1] })).rejects.toThrow(/no storage space left/);
  await expect(sendMessage('updatePapers', { ids: [papers[0].id], patch: { note: 'lost?' } })).rejects.toThrow(/no storage space left/);
  FakeStore.prototype.put = realPut;
  _resetSavedCache();
  const page = await sendMessage('querySaved', {});
  expect(page.ids).toEqual([papers[0].id]);
  expect(page.rows[0].note).toBe('keep me');
});

it('an import that fails half-way writes nothing (one transaction)', async () => {
  await sendMessage('savePaper', { paper: papers[0] });
  let puts = 0;
  FakeStore.prototype.put = function (...args: Parameters<typeof realPut>) {
    if (++puts > 5) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return realPut.apply(this, args);
  };
  const backup = {
    format: 'papersift-backup',
    version: 1,
    exportedAt: '2026-11-25T10:00:00.000Z',
    rules: [],
    papers: papers.slice(1, 12).map((p) => ({ id: p.id, title: p.title })),
  };
  await expect(sendMessage('importBackup', { text: JSON.stringify(backup) })).rejects.toThrow(/no storage space left/);
  FakeStore.prototype.put = realPut;
  expect((await sendMessage('querySaved', {})).ids).toEqual([papers[0].id]);
});

it('names blocked upgrades and unavailable storage in plain words', () => {
  expect(storageError(new DOMException('x', 'VersionError')).message).toMatch(/busy.*older PaperSift page/);
  expect(storageError(new DOMException('x', 'InvalidStateError')).message).toMatch(/refused to open .*private mode/);
  const other = new TypeError('boom');
  expect(storageError(other)).toBe(other);
});
