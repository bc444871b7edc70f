// The Library's side of an import: the file goes over as a blob: URL, its text only where the
// background cannot read that URL.
import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importFile } from '@/utils/library/import-file';
import { sendMessage } from '@/utils/messaging';
import { useBackground } from '../store/background-setup';

useBackground();
const backup = { format: 'papersift-backup', version: 1, rules: [], papers: [{ id: '2405.12345', title: 'T' }] };
const file = new File([JSON.stringify(backup)], 'backup.json', { type: 'application/json' });
const url = () => `blob:${fakeBrowser.runtime.getURL('/')}0000`;

afterEach(() => vi.restoreAllMocks());

it('hands the file over as a URL the background reads, and revokes it after', async () => {
  vi.spyOn(URL, 'createObjectURL').mockImplementation(url);
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  globalThis.fetch = vi.fn(async (u) => (u === url() ? new Response(file) : new Response('', { status: 404 }))) as typeof fetch;
  expect(await importFile(file, false)).toEqual({ result: { papers: 1, rules: 0, merged: 0 }, skipped: [] });
  expect(revoke).toHaveBeenCalledWith(url());
  expect((await sendMessage('querySaved', {})).ids).toEqual(['2405.12345']);
});

it('sends the text when the background cannot read the URL', async () => {
  vi.spyOn(URL, 'createObjectURL').mockImplementation(url);
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  globalThis.fetch = vi.fn(async () => new Response('', { status: 404 })) as typeof fetch;
  expect(await importFile(file, false)).toEqual({ result: { papers: 1, rules: 0, merged: 0 }, skipped: [] });
  expect(globalThis.fetch).toHaveBeenCalledOnce();
});

it('a refused file is reported once, not retried', async () => {
  vi.spyOn(URL, 'createObjectURL').mockImplementation(url);
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const bad = new File(['{"format":"zotero"}'], 'other.json');
  globalThis.fetch = vi.fn(async () => new Response(bad)) as typeof fetch;
  await expect(importFile(bad, false)).rejects.toThrow('Not a PaperSift backup (format is "zotero")');
  expect(globalThis.fetch).toHaveBeenCalledOnce();
});
