// The paste box's Library side: pasted ids and collections become one import; a collection that
// cannot be read refuses the whole paste and nothing changes.
import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importPasted } from '@/utils/library/paste-import';
import { sendMessage } from '@/utils/messaging';
import { useBackground } from '../store/background-setup';

useBackground();
afterEach(() => vi.restoreAllMocks());
const hangs = () => new Promise<Response>(() => {}); // the completion queue's API requests wait

function handOverAsText() {
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => `blob:${fakeBrowser.runtime.getURL('/')}0000`);
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
}

it('saves pasted ids and a collection’s papers (tagged with its name) in one import', async () => {
  handOverAsText();
  globalThis.fetch = vi.fn((url: string) => (String(url).startsWith('blob:') ? Promise.resolve(new Response('', { status: 404 })) : hangs())) as typeof fetch;
  const collection = { title: 'My Picks', items: [{ type: 'paper', id: '2506.14429', title: 'LongLLaDA' }, { type: 'space', id: 'a/b' }] };
  const fetchCollection = vi.fn(async () => new Response(JSON.stringify(collection))) as unknown as typeof fetch;
  const out = await importPasted('arXiv:2506.14234\nhttps://huggingface.co/collections/me/my-picks-0123456789abcdef01234567', fetchCollection);
  expect(out.result).toEqual({ papers: 2, rules: 0, merged: 0 });
  expect(out.skipped).toEqual([{ label: 'a/b in My Picks', reason: 'a space, not a paper' }]);
  expect(fetchCollection).toHaveBeenCalledWith('https://huggingface.co/api/collections/me/my-picks-0123456789abcdef01234567', expect.anything());
  const saved = await sendMessage('getSaved', {});
  expect(saved.map((p) => [p.id, p.tags]).sort()).toEqual([['2506.14234', []], ['2506.14429', ['my-picks']]]);
});

it('a collection that cannot be read refuses the whole paste', async () => {
  const fetch404 = vi.fn(async () => new Response('{"error":"Collection not found"}', { status: 404 })) as unknown as typeof fetch;
  await expect(importPasted('2506.14234 https://huggingface.co/collections/me/gone-0123456789abcdef01234567', fetch404)).rejects.toThrow(
    'The collection could not be read (https://huggingface.co/api/collections/me/gone-0123456789abcdef01234567 answered 404); nothing was imported',
  );
  expect((await sendMessage('querySaved', {})).total).toBe(0);
});
