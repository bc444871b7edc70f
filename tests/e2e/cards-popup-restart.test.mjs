// Foundation in real Chromium: cards are read and marked on the real trending capture,
// the popup lists exactly the page's papers, and data survives worker and browser restarts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPopup, stopServiceWorker, markedIds } from './lib/browser.mjs';

const TRENDING_IDS = ['2610.05608', '2609.08183', '2508.16279'];
let ext;

before(async () => {
  ext = await launch();
});
after(async () => {
  await ext?.close();
});

test('trending: every card is marked once with its paper id and gets the card controls', async () => {
  const page = await ext.context.newPage();
  await page.goto('https://huggingface.co/papers/trending');
  await page.waitForSelector('main article[data-papersift-id="2508.16279"] [data-papersift-controls]');
  assert.deepEqual(await markedIds(page), TRENDING_IDS);
  assert.equal(await page.locator('main article[data-papersift-id]').count(), 3);
  for (const id of TRENDING_IDS) {
    const card = page.locator(`article[data-papersift-id="${id}"]`);
    await card.getByRole('button', { name: 'Save to reading list' }).waitFor();
    await card.getByRole('button', { name: 'Hide this paper' }).waitFor();
  }
  // Idempotent: the page's own re-renders or a second pass add no second set of controls.
  await page.evaluate(() => document.querySelector('main')?.append(document.createElement('div')));
  await page.waitForFunction(() => document.querySelectorAll('[data-papersift-controls]').length === 3);
  await page.close();
});

test('popup lists exactly the papers of its tab, with a summary line', async () => {
  const page = await ext.context.newPage();
  await page.goto('https://huggingface.co/papers/trending');
  await page.waitForSelector('article[data-papersift-id]');
  const popup = await openPopup(ext, page);
  await popup.getByRole('status').filter({ hasText: ' saved' }).waitFor();
  assert.equal(await popup.getByRole('status').filter({ hasText: ' saved' }).textContent(), '3 papers · 0 highlighted · 0 hidden · 0 saved');
  const listed = await popup.locator('[data-papersift-paper]').evaluateAll((els) => els.map((e) => e.getAttribute('data-papersift-paper')));
  assert.deepEqual(listed, TRENDING_IDS);
  const first = popup.locator('[data-papersift-paper="2610.05608"]');
  assert.match(await first.textContent(), /Kandinsky 6\.0 Video/);
  await popup.close();
  await page.close();
});

test('saving survives a service-worker restart and a browser restart', async () => {
  const page = await ext.context.newPage();
  await page.goto('https://huggingface.co/papers/trending');
  const card = page.locator('article[data-papersift-id="2609.08183"]');
  await card.getByRole('button', { name: 'Save to reading list' }).click();
  await page.waitForSelector('article[data-papersift-id="2609.08183"][data-papersift-saved]');
  await card.getByRole('button', { name: 'Remove from reading list' }).waitFor();

  const popup = await openPopup(ext, page);
  await stopServiceWorker(ext, popup);
  await popup.reload();
  await popup.getByRole('status').filter({ hasText: '1 saved' }).waitFor();
  await popup.close();

  // Browser restart with the same profile.
  await ext.close({ keepProfile: true });
  ext = await launch({ profile: ext.profile });
  const again = await ext.context.newPage();
  await again.goto('https://huggingface.co/papers/trending');
  await again.waitForSelector('article[data-papersift-id="2609.08183"][data-papersift-saved]');
  assert.equal(await again.locator('article[data-papersift-saved]').count(), 1);
  await again.close();
});
