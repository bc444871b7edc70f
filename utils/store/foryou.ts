// For you in the background: gathers saved papers, papers hidden (by hand, by rules) and papers
// passed over on listings, trains the model (debounced after the reading list or hides change),
// keeps it in the settings store and mirrors its weight table into storage.local, where every
// papers tab reads it. A restart reloads the stored model; nothing is retrained until data changes.
import { browser } from 'wxt/browser';
import { db, type SeenPaper } from '@/utils/db';
import { compileRules } from '@/utils/rules/matcher';
import { decide } from '@/utils/rules/verdict';
import { MIN_SAVED, fromStored, paperText, toStored, trainModel, type RankInput, type StoredModel } from '@/utils/rank';
import type { ForYouStatus } from '@/utils/rank/status';
import { FOR_YOU_KEY } from '@/utils/state-key';
import { savedById } from './saved';

const MODEL = 'forYouModel';
const SINCE = 'forYouSince';
/**
 * Bounds on what one training reads: the newest 2,000 saved papers (recent interests; 5,000 took
 * ≈ 2.7 s of CPU in npm run bench, holding the worker's messages that long), 2,000 of each negative.
 */
const MAX_SAVED = 2000, MAX_HIDDEN = 2000, MAX_PASSED = 2000, MAX_REFERENCE = 1000;
/** Fewer papers seen than this (a new install) are no reference yet: the training papers stand in. */
const MIN_REFERENCE = 100;

const newestSeen = (list: SeenPaper[], n: number) => [...list].sort((a, b) => (a.seenAt < b.seenAt ? 1 : a.seenAt > b.seenAt ? -1 : 0)).slice(0, n);

export async function gatherInput(now: Date): Promise<RankInput> {
  const d = await db();
  const tx = d.transaction(['seen', 'manual', 'rules', 'settings'], 'readonly');
  const [byId, seen, marks, rules, since] = await Promise.all([
    savedById(),
    tx.objectStore('seen').getAll(),
    tx.objectStore('manual').getAll(),
    tx.objectStore('rules').getAll(),
    tx.objectStore('settings').get(SINCE) as Promise<string | undefined>,
  ]);
  const saved = [...byId.values()].sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1)).slice(0, MAX_SAVED);
  const manual = new Map(marks.map((m) => [m.id, m]));
  const matcher = compileRules(rules);
  const byHand: SeenPaper[] = [], byRule: SeenPaper[] = [], passed: SeenPaper[] = [];
  for (const p of seen) {
    if (byId.has(p.id)) continue;
    const mark = manual.get(p.id);
    if (mark?.hidden) byHand.push(p);
    else if (decide(matcher.match(p), mark).hiddenBy) byRule.push(p);
    // Passing over is weak evidence, and after a Reset only what was passed over since counts.
    else if (!since || p.seenAt >= since) passed.push(p);
  }
  return {
    saved: saved.map(paperText),
    hiddenByHand: newestSeen(byHand, MAX_HIDDEN).map(paperText),
    hiddenByRule: newestSeen(byRule, MAX_HIDDEN).map(paperText),
    passed: newestSeen(passed, MAX_PASSED).map(paperText),
    // Calibration against what recent listings showed (saved papers included: they were there too).
    reference: seen.length >= MIN_REFERENCE ? newestSeen(seen, MAX_REFERENCE).map(paperText) : undefined,
    now,
  };
}

/** Trains now and stores the result (below MIN_SAVED: removes the model). */
export async function trainForYou(now = new Date()): Promise<ForYouStatus> {
  const model = trainModel(await gatherInput(now));
  const d = await db();
  if (model) await d.put('settings', toStored(model), MODEL);
  else await d.delete('settings', MODEL);
  await publishForYou();
  return forYouStatus();
}

let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<unknown> = Promise.resolve();

/** After a change: train once things have been quiet for `ms` (a burst of saves trains once). */
export function scheduleTraining(ms = 1500): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    running = running.then(() => trainForYou()).catch((e) => console.warn('PaperSift: For you training failed', e));
  }, ms);
}

/** Tests: wait for a scheduled training to have run. */
export const _trainingDone = () => running;
/** Tests: no training of one test runs on into the next. */
export const _resetForYou = () => {
  clearTimeout(timer);
  running = Promise.resolve();
};

/** Mirrors the stored model into storage.local (after training, and after a restart). */
export async function publishForYou(): Promise<StoredModel | null> {
  const stored = (await (await db()).get('settings', MODEL)) as StoredModel | undefined;
  const model = stored && fromStored(stored) ? stored : null;
  if (model) await browser.storage.local.set({ [FOR_YOU_KEY]: model });
  else await browser.storage.local.remove(FOR_YOU_KEY);
  return model;
}

export async function forYouStatus(): Promise<ForYouStatus> {
  const d = await db();
  const [byId, stored, since] = await Promise.all([savedById(), d.get('settings', MODEL), d.get('settings', SINCE)]);
  const m = fromStored(stored);
  return {
    saved: byId.size,
    minSaved: MIN_SAVED,
    model: m ? { ...m.counts, trainedAt: m.trainedAt } : null,
    since: typeof since === 'string' ? since : null,
  };
}

/** Reset: forget the model and what was passed over until now; learn again from saved and hidden papers. */
export async function resetForYou(now = new Date()): Promise<ForYouStatus> {
  const d = await db();
  await d.put('settings', now.toISOString(), SINCE);
  await d.delete('settings', MODEL);
  return trainForYou(now);
}
