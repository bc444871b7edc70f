// Imported papers without abstract or authors are queued for completion from the API like a
// Save's (utils/store/backup.ts), and completion keeps a large queue under HF's rate limit
// (utils/store/completion.ts).
import { IDBObjectStore as FakeStore } from 'fake-indexeddb';
import { afterEach, expect, it, vi } from 'vitest';
import { db } from '@/utils/db';
import { sendMessage } from '@/utils/messaging';
import { importFile } from '@/utils/library/import-file';
import type { PaperInfo } from '@/utils/types';
import { pagePapers } from '../../fixtures/papers';
import { bibImport } from './helpers';
import { useBackground } from './background-setup';

useBackground();
const papers = pagePapers();
const realPut = FakeStore.prototype.put;
afterEach(() => {
  FakeStore.prototype.put = realPut;
});

const API = 'https://huggingface.co/api/papers/';
const queued = async () => ((await (await db()).getAllKeys('pending')) as string[]).sort();
const byId = async (id: string) => (await sendMessage('getSaved', { ids: [id] }))[0];
const apiCalls = () => vi.mocked(fetch).mock.calls.map(([u]) => String(u)).filter((u) => u.startsWith(API));
const apiJson = (p: PaperInfo) => JSON.stringify({ id: p.id, title: p.title, summary: p.summary, authors: p.authors!.map((name) => ({ name })) });

/** A BibTeX entry of a fixture paper, with or without its authors and abstract. */
function entry(p: PaperInfo, { authors = true, abstract = true } = {}): string {
  const fields = [`title = {${p.title}}`, `eprint = {${p.id}}`, 'archivePrefix = {arXiv}'];
  if (authors) fields.push(`author = {${p.authors!.join(' and ')}}`);
  if (abstract) fields.push(`abstract = {${p.summary!.replace(/[{}\\%]/g, ' ')}}`);
  return `@article{k${p.id.replace('.', '')},\n  ${fields.join(',\n  ')}\n}\n`;
}

/** The API request never answers: what was queued stays queued while the test looks. */
const fetchHangs = () => (globalThis.fetch = vi.fn(() => new Promise<Response>(() => {})) as typeof fetch);

it('a BibTeX import queues the papers without abstract or authors, and not the complete ones', async () => {
  fetchHangs();
  const bib = [
    entry(papers[0]),
    entry(papers[1], { abstract: false }),
    entry(papers[2], { authors: false }),
    entry(papers[3], { authors: false, abstract: false }),
  ].join('\n');
  expect(await sendMessage('importBackup', bibImport(bib))).toEqual({ papers: 4, rules: 0, merged: 0 });
  expect(await queued()).toEqual([papers[1].id, papers[2].id, papers[3].id].sort());
  expect((await byId(papers[0].id)).complete).toBe(true);
  // Completion started at once, with a queued paper.
  await vi.waitFor(() => expect(apiCalls()).toHaveLength(1));
  expect([papers[1].id, papers[2].id, papers[3].id]).toContain(apiCalls()[0].slice(API.length));
});

it('a BibTeX entry that fills a saved paper’s gaps is not queued; one that leaves them is', async () => {
  fetchHangs();
  await sendMessage('savePaper', { paper: papers[4] }); // complete
  const bib = entry(papers[4], { abstract: false }) + entry(papers[5], { abstract: false });
  expect(await sendMessage('importBackup', bibImport(bib))).toEqual({ papers: 2, rules: 0, merged: 1 });
  expect(await queued()).toEqual([papers[5].id]);
});

it('a JSON backup queues only the papers it has without abstract or authors', async () => {
  fetchHangs();
  const full = { ...papers[0], tags: [], note: '', status: 'unread', savedAt: '2026-01-01T00:00:00.000Z', complete: true };
  const backup = {
    format: 'papersift-backup',
    version: 1,
    rules: [],
    papers: [full, { id: papers[1].id, title: papers[1].title }],
  };
  expect(await sendMessage('importBackup', { text: JSON.stringify(backup) })).toMatchObject({ papers: 2 });
  expect(await queued()).toEqual([papers[1].id]);
});

it('a refused import queues nothing and requests nothing', async () => {
  fetchHangs();
  const bib = [entry(papers[1], { abstract: false }), entry(papers[2], { abstract: false }), entry(papers[3], { abstract: false })].join('\n');
  // The disk fills up at the last queue entry: the papers written before it go too (one transaction).
  let puts = 0;
  FakeStore.prototype.put = function (...args: Parameters<typeof realPut>) {
    if (++puts === 6) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return realPut.apply(this, args);
  };
  await expect(sendMessage('importBackup', bibImport(bib))).rejects.toThrow(/no storage space left/);
  expect(puts).toBe(6); // 3 papers, then the third queue entry failed
  FakeStore.prototype.put = realPut;
  // A file without arXiv papers is refused in the Library before anything is sent.
  await expect(importFile(new File(['@book{b, title={A book}}'], 'b.bib'), false)).rejects.toThrow(/No arXiv papers found/);
  expect(await queued()).toEqual([]);
  expect((await sendMessage('querySaved', {})).total).toBe(0);
  await new Promise((r) => setTimeout(r, 50));
  expect(apiCalls()).toEqual([]);
});

it('completion then fills an imported paper from the API, keeping the reader’s edits', async () => {
  const p = papers[6];
  globalThis.fetch = vi.fn(async (url: string) =>
    url === `${API}${p.id}` ? new Response(apiJson(p), { status: 200 }) : new Response('{}', { status: 404 }),
  ) as typeof fetch;
  await sendMessage('importBackup', bibImport(entry(p, { authors: false, abstract: false })));
  await sendMessage('updatePapers', { ids: [p.id], patch: { note: 'mine' } });
  await vi.waitFor(async () => expect((await byId(p.id)).complete).toBe(true));
  expect(await byId(p.id)).toMatchObject({ authors: p.authors, summary: p.summary, note: 'mine', complete: true });
  expect(await queued()).toEqual([]);
  expect(apiCalls()).toEqual([`${API}${p.id}`]);
});

it('a large queue cannot flood the API: paced under HF’s limit, and one request per pause when rate-limited', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }); // IndexedDB keeps its real setImmediate
  const batch = papers.slice(0, 30);
  const at: number[] = [];
  let limited = true;
  globalThis.fetch = vi.fn(async (url: string) => {
    at.push(Date.now());
    if (limited) return new Response('', { status: 429 });
    const p = batch.find((x) => url === `${API}${x.id}`);
    return p ? new Response(apiJson(p), { status: 200 }) : new Response('{}', { status: 404 });
  }) as typeof fetch;
  /** Lets `ms` of fake time pass in small steps, with real turns for IndexedDB in between. */
  const pass = async (ms: number) => {
    for (let t = 0; t < ms; t += 100) {
      await vi.advanceTimersByTimeAsync(100);
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    }
  };
  const bib = batch.map((p) => entry(p, { abstract: false })).join('\n');
  await sendMessage('importBackup', bibImport(bib));
  expect(await queued()).toHaveLength(batch.length);

  // Rate-limited: the whole queue waits 30 s, then 1 min, then 2 min: one request per pause.
  await pass(29_000);
  expect(apiCalls()).toHaveLength(1);
  await pass(2_000);
  expect(apiCalls()).toHaveLength(2);
  await pass(58_000);
  expect(apiCalls()).toHaveLength(2);
  await pass(3_000);
  expect(apiCalls()).toHaveLength(3);

  // The limit lifts: the queue drains, never faster than one request per 1.2 s (250 per 5 minutes).
  limited = false;
  await pass(120_000 + batch.length * 1_300);
  expect(await queued()).toEqual([]);
  for (const p of batch) expect((await byId(p.id)).complete).toBe(true);
  const gaps = at.slice(1).map((t, i) => t - at[i]);
  expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1_200);
  // Every paper once, plus the 3 refused tries (each of which put its paper back in the queue).
  expect(apiCalls()).toHaveLength(batch.length + 3);
}, 60_000);
