// Every import has the backup's size limit: a BibTeX (or any other) file over it is refused in the
// Library before it is read, with a message naming the size and the limit, and nothing stored changes.
import { expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '@/utils/messaging';
import { importFile } from '@/utils/library/import-file';
import { pagePapers } from '../../fixtures/papers';
import { useBackground } from './background-setup';

useBackground();
const papers = pagePapers();
const entry = (i: number) => `@misc{k${i}, title={Paper ${i}}, eprint={2401.${String(i % 100000).padStart(5, '0')}}}\n`;
const hugeBib = Array.from({ length: 420_000 }, (_, i) => entry(i)).join(''); // ~25 MB of valid entries
const TOO_LARGE = /^The file is too large \(\d+\.\d MB; the limit is 20 MB\)$/;

it('refuses a BibTeX file over 20 MB and changes nothing', async () => {
  expect(hugeBib.length).toBeGreaterThan(20 * 1024 * 1024);
  await sendMessage('savePaper', { paper: papers[0] });
  await sendMessage('putRule', { terms: 'diffusion', action: 'highlight' });
  const before = await sendMessage('exportBackup', {});
  const read = vi.spyOn(File.prototype, 'text');
  await expect(importFile(new File([hugeBib], 'huge.bib'), false)).rejects.toThrow(TOO_LARGE);
  expect(read).not.toHaveBeenCalled(); // refused by its size, unread
  // The background keeps its own limit for what reaches it (a backup's text or a chosen file's URL).
  await expect(sendMessage('importBackup', { text: hugeBib })).rejects.toThrow(TOO_LARGE);
  globalThis.fetch = vi.fn(async () => new Response(hugeBib)) as typeof fetch;
  const url = `blob:${fakeBrowser.runtime.getURL('/')}5b1c0a4e-0000-4000-8000-000000000000`;
  await expect(sendMessage('importBackup', { url, kind: 'papers' })).rejects.toThrow(TOO_LARGE);
  const after = await sendMessage('exportBackup', {});
  expect(JSON.parse(after).papers).toEqual(JSON.parse(before).papers);
  expect(JSON.parse(after).rules).toEqual(JSON.parse(before).rules);
  expect((await sendMessage('querySaved', {})).ids).toEqual([papers[0].id]);
});

it('still imports a BibTeX file within the limit', async () => {
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => `blob:${fakeBrowser.runtime.getURL('/')}0000`);
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  globalThis.fetch = vi.fn(async () => new Response('', { status: 404 })) as typeof fetch; // the text goes instead
  const small = hugeBib.slice(0, entry(0).length + entry(1).length);
  expect(await importFile(new File([small], 'small.bib'), false)).toEqual({ result: { papers: 2, rules: 0, merged: 0 }, skipped: [] });
});
