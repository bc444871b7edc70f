// For you in the background: trained after saves and hides (debounced), stored, mirrored into
// storage.local for pages, reloaded after a restart without retraining, reset from the Library.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { removeAllListeners, sendMessage } from '@/utils/messaging';
import { _resetDbHandle } from '@/utils/db';
import { _resetSavedCache } from '@/utils/store/saved';
import { _trainingDone } from '@/utils/store/foryou';
import { FOR_YOU_KEY } from '@/utils/state-key';
import { fromStored, scorer } from '@/utils/rank';
import type { PaperInfo } from '@/utils/types';
import { useBackground } from './background-setup';

const paper = (id: string, title: string, summary: string): PaperInfo => ({
  id, title, summary, aiSummary: null, authors: ['A. Author'], authorCount: null, org: null, publishedAt: '2026-05-01T00:00:00.000Z',
  upvotes: 1, comments: null, githubUrl: null, githubStars: null, arxivUrl: `https://arxiv.org/abs/${id}`, hfUrl: `https://huggingface.co/papers/${id}`,
});
const video = (i: number) => paper(`2605.${String(10000 + i)}`, `Video diffusion sampling ${i}`, `Fast sampling for video diffusion models and long video generation, case ${i}.`);
const robot = (i: number) => paper(`2605.${String(20000 + i)}`, `Robot grasping ${i}`, `A robot learns grasping and manipulation from demonstrations, case ${i}.`);
const agent = (i: number) => paper(`2605.${String(30000 + i)}`, `Web agents ${i}`, `Language agents plan with tools and memory for web tasks, case ${i}.`);
const range = <T,>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));

const settle = async () => {
  await new Promise((r) => setTimeout(r, 1700)); // the debounce
  await _trainingDone();
};
const mirrored = async () => (await fakeBrowser.storage.local.get(FOR_YOU_KEY))[FOR_YOU_KEY];

async function reader(saved: number) {
  await sendMessage('reportPapers', { papers: [...range(15, video), ...range(6, robot), ...range(12, agent)] });
  for (const p of range(saved, video)) await sendMessage('savePaper', { paper: p });
  for (const p of range(3, robot)) await sendMessage('setManual', { id: p.id, hidden: true });
}

describe('For you in the background', () => {
  useBackground();

  it('has no model below 10 saved papers, and says how many it needs', async () => {
    await reader(9);
    await settle();
    expect(await sendMessage('forYouStatus')).toEqual({ saved: 9, minSaved: 10, model: null, since: null });
    expect(await mirrored()).toBeUndefined();
  }, 10_000);

  it('trains after the 10th save and the hides, stores the model and mirrors it for pages', async () => {
    await reader(10);
    await settle();
    const status = await sendMessage('forYouStatus');
    // Negatives: 3 hidden by hand; passed over: the 5 other videos, 3 robots and 12 agents seen, not saved.
    expect(status.model).toMatchObject({ saved: 10, hidden: 3, passed: 20 });
    const score = scorer(fromStored(await mirrored())!);
    const near = score(`${video(40).title}\n${video(40).summary}`);
    const far = score(`${robot(40).title}\n${robot(40).summary}`);
    expect(near.score).toBeGreaterThan(far.score);
    expect(near.because.some((t) => /video|diffusion|sampling/.test(t))).toBe(true);
  }, 10_000);

  it('reloads the stored model after a restart without training again', async () => {
    await reader(10);
    await settle();
    const before = await sendMessage('forYouStatus');
    // The worker stops: handlers, handles and memory copies go; storage.local is cleared to see it refilled.
    removeAllListeners();
    _resetDbHandle();
    _resetSavedCache();
    await fakeBrowser.storage.local.remove(FOR_YOU_KEY);
    background.main!();
    await expect.poll(mirrored).toBeDefined();
    expect((await sendMessage('forYouStatus')).model!.trainedAt).toBe(before.model!.trainedAt);
  }, 10_000);

  it('Reset forgets what was passed over so far and learns again from saved and hidden papers', async () => {
    await reader(10);
    await settle();
    const after = await sendMessage('resetForYou');
    expect(after.since).not.toBeNull();
    expect(after.model).toMatchObject({ saved: 10, hidden: 3, passed: 0 });
  }, 10_000);

  it('removes the model when the reading list drops below 10', async () => {
    await reader(10);
    await settle();
    await sendMessage('removePapers', { ids: [video(0).id] });
    await settle();
    expect((await sendMessage('forYouStatus')).model).toBeNull();
    expect(await mirrored()).toBeUndefined();
  }, 10_000);
});
