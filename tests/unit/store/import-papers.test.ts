// The background's "papers" import (what the Library sends after reading another tool's file, a
// paste or a collection): validated like a backup's papers, untitled papers allowed only while they
// wait for completion, rules and settings never taken, all or nothing.
import { expect, it, vi } from 'vitest';
import { sendMessage } from '@/utils/messaging';
import { db } from '@/utils/db';
import { useBackground } from './background-setup';

useBackground();
const send = (body: object) => sendMessage('importBackup', { text: JSON.stringify({ format: 'papersift-backup', version: 1, ...body }), kind: 'papers' });

it('saves pasted ids without titles and queues them for completion; ignores rules and settings', async () => {
  globalThis.fetch = vi.fn(() => new Promise<Response>(() => {})) as typeof fetch;
  const papers = [{ id: '2506.14429', title: '', complete: false }, { id: 'hep-th/9802150', title: '', complete: false, tags: ['from-paste'] }];
  const rules = [{ id: 'r1', tag: 'x', terms: ['x'], action: 'hide' }];
  expect(await send({ papers, rules, settings: { hideMode: 'remove' } })).toEqual({ papers: 2, rules: 0, merged: 0 });
  expect((await sendMessage('querySaved', {})).ids.sort()).toEqual(['2506.14429', 'hep-th/9802150']);
  expect(((await (await db()).getAllKeys('pending')) as string[]).sort()).toEqual(['2506.14429', 'hep-th/9802150']);
  const state = await sendMessage('getPageState');
  expect(state.rules).toEqual([]);
  expect(state.settings.hideMode).not.toBe('remove');
});

it('refuses the whole import when one paper is invalid, or untitled without waiting for completion', async () => {
  await expect(send({ papers: [{ id: '2506.14429', title: '', complete: false }, { id: 'not-an-id', title: 'x' }] })).rejects.toThrow(/papers\[1\]\.id is not an arXiv id/);
  await expect(send({ papers: [{ id: '2506.14429', title: '' }] })).rejects.toThrow(/papers\[0\]\.title is empty/);
  expect((await sendMessage('querySaved', {})).total).toBe(0);
});
