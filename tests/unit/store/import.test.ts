// The Library hands an import over as a blob: URL of its own page; the background reads it.
import { expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '@/utils/messaging';
import { IMPORT_URL_UNREADABLE } from '@/utils/types';
import { pagePapers } from '../../fixtures/papers';
import { useBackground } from './background-setup';

useBackground();
const papers = pagePapers();
const backup = {
  format: 'papersift-backup',
  version: 1,
  rules: [{ id: 'r1', terms: ['diffusion'], action: 'highlight' }],
  papers: papers.slice(0, 3).map((p) => ({ id: p.id, title: p.title, tags: ['x'] })),
};
const ownUrl = () => `blob:${fakeBrowser.runtime.getURL('/')}5b1c0a4e-0000-4000-8000-000000000000`;

it('reads the file from a blob: URL of its own pages, validates and imports it', async () => {
  const fetch = vi.fn(async () => new Response(JSON.stringify(backup)));
  globalThis.fetch = fetch as typeof globalThis.fetch;
  expect(await sendMessage('importBackup', { url: ownUrl() })).toEqual({ papers: 3, rules: 1, merged: 0 });
  expect(fetch).toHaveBeenCalledWith(ownUrl());
  const page = await sendMessage('querySaved', {});
  expect(page.ids.sort()).toEqual(papers.slice(0, 3).map((p) => p.id).sort());
});

it('refuses any other address without fetching it', async () => {
  const fetch = vi.fn(async () => new Response(JSON.stringify(backup)));
  globalThis.fetch = fetch as typeof globalThis.fetch;
  for (const url of ['https://example.com/backup.json', 'blob:https://example.com/x', 'data:application/json,{}']) {
    await expect(sendMessage('importBackup', { url })).rejects.toThrow('An import must come from a chosen file.');
  }
  expect(fetch).not.toHaveBeenCalled();
  expect((await sendMessage('querySaved', {})).ids).toEqual([]);
});

it('says so when the URL cannot be read (the Library then sends the text), and changes nothing', async () => {
  globalThis.fetch = vi.fn(async () => {
    throw new TypeError('Failed to fetch');
  }) as typeof globalThis.fetch;
  await expect(sendMessage('importBackup', { url: ownUrl() })).rejects.toThrow(IMPORT_URL_UNREADABLE);
  expect((await sendMessage('querySaved', {})).ids).toEqual([]);
  expect((await sendMessage('importBackup', { text: JSON.stringify(backup) })).papers).toBe(3);
});

it('a file read from a URL is refused like any other when invalid', async () => {
  globalThis.fetch = vi.fn(async () => new Response(JSON.stringify({ ...backup, papers: [{ id: 'nope', title: 'x' }] }))) as typeof globalThis.fetch;
  await expect(sendMessage('importBackup', { url: ownUrl() })).rejects.toThrow('papers[0].id is not an arXiv id ("nope")');
  expect((await sendMessage('querySaved', {})).ids).toEqual([]);
});
