// For you in real Firefox (event page, Firefox's storage.local): after 12 saves from the listing's
// own buttons the background trains, every card gets its 0–100 score, and "Sort by For you" /
// "Hugging Face order" reorder and restore the cards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { items2025 } from '../e2e/lib/data.mjs';
import { launchFirefox, buttonNamed, until } from './lib/firefox.mjs';

const DAILY = 'https://huggingface.co/papers/date/2025-06-18';
const IDS = items2025().map((i) => i.paper.id);
let fx;
before(async () => {
  fx = await launchFirefox();
});
after(async () => {
  await fx?.close();
});

const order = (page) => page.evaluate(() => [...document.querySelectorAll('main article[data-papersift-id]')].map((a) => a.getAttribute('data-papersift-id')));
const scores = (page) =>
  page.evaluate(() => Object.fromEntries([...document.querySelectorAll('main article[data-papersift-score]')].map((a) => [a.getAttribute('data-papersift-id'), +a.getAttribute('data-papersift-score')])));

test('Firefox: 12 saves train the model; cards carry scores; the sort reorders and restores them', async () => {
  const page = await fx.open(DAILY);
  await page.waitForFunction((n) => document.querySelectorAll('article[data-papersift-id] > [data-papersift-controls]').length === n, {}, IDS.length);
  assert.deepEqual(await scores(page), {}, 'no score below 10 saved papers');
  for (const id of IDS.slice(0, 12)) {
    await (await buttonNamed(page, 'Save to reading list', `article[data-papersift-id="${id}"]`)).click();
    await page.waitForSelector(`article[data-papersift-id="${id}"][data-papersift-saved]`);
  }
  const s = await until(() => scores(page), (x) => Object.keys(x).length === IDS.length, 'every card scored', 20_000);
  for (const v of Object.values(s)) assert.ok(Number.isInteger(v) && v >= 0 && v <= 100);
  await (await buttonNamed(page, 'Sort by For you')).click();
  const sorted = await until(() => order(page), (o) => o.every((id, i) => i === 0 || s[o[i - 1]] >= s[id]), 'cards in score order');
  assert.notDeepEqual(sorted, IDS);
  await (await buttonNamed(page, 'Hugging Face order')).click();
  await until(() => order(page), (o) => JSON.stringify(o) === JSON.stringify(IDS), 'Hugging Face order back');
});
