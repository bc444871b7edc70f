// For you in real Chromium, as a reader notices it: with a reading list imported from a backup
// (12 papers on reinforcement learning for reasoning, real abstracts from the fixture days), every
// card of a listing carries data-papersift-score, the on-topic papers score highest, "Sort by For
// you" reorders the cards within the page's grid and "Hugging Face order" restores them; hiding and
// j/k still work on the sorted page, the order survives a client-side navigation, nothing flashes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, openPopup } from './lib/browser.mjs';
import { ids, items2025 } from './lib/data.mjs';
import { navigateInPage, readPage } from './lib/routes.mjs';
import { openLibrary, until } from './lib/library.mjs';
import { seriousViolations } from './lib/axe.mjs';
import { dailyPage } from '../fixtures/pages/build.mjs';

const DAY = 'https://huggingface.co/papers/date/2025-06-18';
const HF_ORDER = ids(items2025());
/** The listing's papers on the reader's topic: reinforcement learning for LLM reasoning. */
const ON_TOPIC = ['2506.14245', '2506.14731'];
let ext;

const { days } = JSON.parse(fs.readFileSync('tests/fixtures/hf/foryou/days.json', 'utf8'));
/** Days the reader browsed before (real API days, about 130 papers): passed over, and the calibration reference. */
const BROWSED = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09'];

function readingList() {
  const picked = Object.values(days).flat().filter((i) => i.paper.ai_keywords.some((k) => /reinforcement learning/i.test(k))).slice(0, 12);
  return {
    format: 'papersift-backup', version: 1, exportedAt: '2026-05-01T10:00:00.000Z', rules: [],
    papers: picked.map(({ paper: p }, n) => ({
      id: p.id, title: p.title, authors: ['A. Reader'], summary: p.summary, publishedAt: '2026-04-01T00:00:00.000Z',
      savedAt: new Date(Date.UTC(2026, 3, 1) + n * 60_000).toISOString(), tags: ['rl'], status: 'unread', note: '',
    })),
  };
}

before(async () => {
  ext = await launch({ pages: Object.fromEntries(BROWSED.map((d) => [`/papers/date/${d}`, dailyPage(d, days[d])])) });
  // The reader has browsed some days (passed over: the model's weak negatives), then imports a backup.
  for (const d of BROWSED) {
    const other = await ext.context.newPage();
    await other.goto(`https://huggingface.co/papers/date/${d}`);
    await other.waitForSelector('article[data-papersift-id] [data-papersift-controls]');
    await other.close(); // leaving records the visit's papers as seen
  }
  const library = await openLibrary(ext);
  const file = path.join(os.tmpdir(), `papersift-foryou-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(readingList()));
  await library.getByRole('region', { name: 'Import and export' }).getByLabel('Import backup', { exact: true }).setInputFiles(file);
  await library.getByRole('status').filter({ hasText: 'Imported 12 papers' }).waitFor();
  fs.rmSync(file);
  // Trained in the background once the import is quiet; the Library says so.
  await until(() => library.getByText(/Trained on 12 saved/).count(), (n) => n > 0, 'the model state in the Library', 20_000);
  await library.close();
});
after(async () => {
  await ext?.close();
});

const order = (page) => page.evaluate(() => [...document.querySelectorAll('main article[data-papersift-id]')].map((a) => a.getAttribute('data-papersift-id')));
const scores = (page) =>
  page.evaluate(() => Object.fromEntries([...document.querySelectorAll('main article[data-papersift-id]')].map((a) => [a.getAttribute('data-papersift-id'), a.getAttribute('data-papersift-score')])));

async function openDay() {
  const page = await ext.context.newPage();
  // Nothing flashes: from the first frame on, no card is painted without its score.
  await page.addInitScript(() => {
    window.__unscoredPainted = 0;
    const check = () => {
      for (const a of document.querySelectorAll('main article'))
        if (!a.hasAttribute('data-papersift-score') && getComputedStyle(a).visibility !== 'hidden' && a.getClientRects().length) window.__unscoredPainted++;
      if (performance.now() < 5000) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto(DAY);
  await page.waitForSelector('main article[data-papersift-score]');
  return page;
}

test('every card carries a 0–100 score, on-topic papers score highest, the best ones say why', async () => {
  const page = await openDay();
  const s = await scores(page);
  assert.deepEqual(Object.keys(s).sort(), [...HF_ORDER].sort(), 'every card has a score');
  for (const v of Object.values(s)) assert.match(v, /^(\d|[1-9]\d|100)$/, 'an integer 0–100');
  const ranked = Object.entries(s).sort((a, b) => b[1] - a[1]).map(([id]) => id);
  for (const id of ON_TOPIC) assert.ok(ranked.indexOf(id) < 6, `${id} (on topic) is in the top quarter: ${ranked.indexOf(id)}`);
  const chip = page.locator(`article[data-papersift-id="${ranked[0]}"] [data-papersift-for-you]`);
  assert.match(await chip.textContent(), /^For you \d+$/);
  assert.match(await chip.getAttribute('title'), /^because: \S.* · .* · /);
  assert.equal(await page.evaluate(() => window.__unscoredPainted), 0, 'no card painted before its score');
  await page.close();
});

test('"Sort by For you" reorders the cards in the grid, "Hugging Face order" restores them', async () => {
  const page = await openDay();
  assert.deepEqual(await order(page), HF_ORDER);
  const sortBy = page.getByRole('button', { name: 'Sort by For you' });
  assert.equal(await sortBy.count(), 1, 'one control per listing');
  await sortBy.click();
  await until(() => sortBy.getAttribute('aria-pressed'), (v) => v === 'true', 'the sort pressed');
  const s = await scores(page);
  const sorted = await order(page);
  assert.deepEqual([...sorted].sort(), [...HF_ORDER].sort(), 'the same cards');
  for (let i = 1; i < sorted.length; i++) assert.ok(+s[sorted[i - 1]] >= +s[sorted[i]], `descending scores at ${i}`);
  assert.notDeepEqual(sorted, HF_ORDER);
  const grids = await page.evaluate(() => new Set([...document.querySelectorAll('main article')].map((a) => a.parentElement)).size);
  assert.equal(grids, 1, 'the cards stay in the page grid');
  assert.deepEqual(await seriousViolations(page, ['[data-papersift-sort]', '[data-papersift-for-you]']), [], 'axe: no serious or critical violation');
  await page.getByRole('button', { name: 'Hugging Face order' }).click();
  await until(() => order(page), (o) => JSON.stringify(o) === JSON.stringify(HF_ORDER), 'Hugging Face order back');
  await page.close();
});

test('on the sorted page, j/k follow the order on screen and hiding works', async () => {
  const page = await openDay();
  await page.getByRole('button', { name: 'Sort by For you' }).click();
  const sorted = await until(() => order(page), (o) => JSON.stringify(o) !== JSON.stringify(HF_ORDER), 'sorted');
  const ring = () => page.evaluate(() => document.querySelector('[data-papersift-focus]')?.getAttribute('data-papersift-id') ?? null);
  await page.locator('h1, body').first().click({ position: { x: 1, y: 1 } }).catch(() => {});
  await page.keyboard.press('j');
  assert.equal(await ring(), sorted[0], 'j starts at the top of the sorted list');
  await page.keyboard.press('j');
  assert.equal(await ring(), sorted[1], 'then the second card on screen');
  await page.keyboard.press('k');
  assert.equal(await ring(), sorted[0]);
  // Hide the top card with its own button: hidden (with its placeholder), moved after the shown ones.
  const top = page.locator(`article[data-papersift-id="${sorted[0]}"]`);
  await top.getByRole('button', { name: 'Hide this paper' }).click();
  await page.waitForSelector(`article[data-papersift-id="${sorted[0]}"][data-papersift-hidden="manual"]`, { state: 'attached' });
  const after = await until(() => order(page), (o) => o.at(-1) === sorted[0], 'the hidden card last');
  assert.deepEqual(after.slice(0, -1), sorted.slice(1), 'the others keep their sorted order');
  const placeholder = await page.evaluate((id) => document.querySelector(`article[data-papersift-id="${id}"]`).previousElementSibling?.hasAttribute('data-papersift-placeholder'), sorted[0]);
  assert.ok(placeholder, 'its placeholder travels with it');
  await page.locator('[data-papersift-placeholder]').getByRole('button', { name: 'Show' }).click();
  await until(() => order(page), (o) => JSON.stringify(o) === JSON.stringify(sorted), 'shown again, back at the top');
  await page.close();
});

test('the chosen order survives a client-side navigation to another day', async () => {
  const page = await openDay();
  await page.getByRole('button', { name: 'Sort by For you' }).click();
  await until(() => order(page), (o) => JSON.stringify(o) !== JSON.stringify(HF_ORDER), 'sorted');
  await navigateInPage(page, '/papers/date/2024-05-27', readPage('daily-2024-05-27.html'));
  const next = await until(() => order(page), (o) => o.length && !o.includes(HF_ORDER[0]), 'the other day decorated');
  const s = await until(() => scores(page), (x) => Object.keys(x).length === next.length, 'scores');
  const now = await until(() => order(page), (o) => o.every((id, i) => i === 0 || +s[o[i - 1]] >= +s[id]), 'sorted by score');
  assert.equal(now.length, next.length);
  assert.equal(await page.getByRole('button', { name: 'Sort by For you' }).getAttribute('aria-pressed'), 'true');
  await page.close();
});

test('the popup lists the tab\'s papers with their scores and sorts them by For you', async () => {
  const page = await openDay();
  const popup = await openPopup(ext, page);
  const rows = () => popup.evaluate(() => [...document.querySelectorAll('[data-papersift-paper]')].map((li) => li.getAttribute('data-papersift-paper')));
  await until(() => popup.getByRole('button', { name: 'Sort by For you' }).count(), (n) => n === 1, 'the sort button');
  assert.deepEqual(await rows(), HF_ORDER, 'the page\'s order first');
  // The visit itself may retrain the model (papers passed over): card and popup both follow it.
  const meta = () => popup.locator(`[data-papersift-paper="${HF_ORDER[0]}"] .meta`).textContent();
  const agree = async () => ({ s: await scores(page), meta: await meta() });
  const { s } = await until(agree, (x) => x.meta.endsWith(`For you ${x.s[HF_ORDER[0]]}`), 'the same score as on the card');
  await popup.getByRole('button', { name: 'Sort by For you' }).click();
  const sorted = await until(rows, (r) => JSON.stringify(r) !== JSON.stringify(HF_ORDER), 'sorted rows');
  for (let i = 1; i < sorted.length; i++) assert.ok(+s[sorted[i - 1]] >= +s[sorted[i]], `descending scores at ${i}`);
  await popup.getByRole('button', { name: 'Hugging Face order' }).click();
  await until(rows, (r) => JSON.stringify(r) === JSON.stringify(HF_ORDER), 'Hugging Face order back');
  await popup.close();
  await page.close();
});
