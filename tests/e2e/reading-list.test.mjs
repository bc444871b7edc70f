// Saving in real Chromium: from the popup, on every open tab at once, full metadata from
// compact cards (data-props, else the API in the background, without making the reader wait).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPopup } from './lib/browser.mjs';
import { items2025 } from './lib/data.mjs';
import { storedPaper } from './lib/idb.mjs';

let ext;
const byId = new Map(items2025().map((i) => [i.paper.id, i.paper]));

/** One stored paper, read from IndexedDB through an extension page. */
async function stored(id) {
  const p = await ext.context.newPage();
  await p.goto(ext.url('popup.html?tab=0'));
  const rec = await storedPaper(p, id);
  await p.close();
  return rec;
}

before(async () => {
  ext = await launch();
});
after(async () => {
  await ext?.close();
});

test('Save in the popup marks the card saved on every open tab at once', async () => {
  const a = await ext.context.newPage();
  const b = await ext.context.newPage();
  await a.goto('https://huggingface.co/papers/date/2025-06-18');
  await b.goto('https://huggingface.co/papers?q=diffusion');
  await b.waitForSelector('article[data-papersift-id="2506.14429"]');
  const popup = await openPopup(ext, a);
  const item = popup.locator('[data-papersift-paper="2506.14429"]');
  await item.getByRole('button', { name: 'Save' }).click();
  await item.getByRole('button', { name: 'Save', pressed: true }).waitFor();
  await a.waitForSelector('article[data-papersift-id="2506.14429"][data-papersift-saved]');
  await b.waitForSelector('article[data-papersift-id="2506.14429"][data-papersift-saved]');
  await b.locator('article[data-papersift-id="2506.14429"]').getByRole('button', { name: 'Remove from reading list' }).waitFor();
  await popup.getByRole('status').filter({ hasText: '1 saved' }).waitFor();
  await popup.close();
  await a.close();
  await b.close();
});

test('a compact daily card saves full authors and abstract from the page data', async () => {
  const page = await ext.context.newPage();
  await page.goto('https://huggingface.co/papers/date/2025-06-18');
  const id = '2506.12928';
  await page.locator(`article[data-papersift-id="${id}"]`).getByRole('button', { name: 'Save to reading list' }).click();
  await page.waitForSelector(`article[data-papersift-id="${id}"][data-papersift-saved]`);
  const rec = await stored(id);
  assert.deepEqual(rec.authors, byId.get(id).authors.map((a) => a.name));
  assert.equal(rec.summary, byId.get(id).summary.replace(/\s+/g, ' ').trim());
  assert.equal(rec.complete, true);
  assert.equal(rec.status, 'unread');
  assert.match(rec.savedAt, /^\d{4}-\d{2}-\d{2}T/);
  await page.close();
});

test('a card without page data is saved at once and completed from the API in the background', async () => {
  // A fresh profile: no page has shown this paper's data-props before.
  await ext.close();
  ext = await launch();
  const page = await ext.context.newPage();
  // The week page's data-props are stale, so the card gives only id, title and counts.
  await page.goto('https://huggingface.co/papers/week/2025-W25');
  const id = '2506.14758';
  await page.locator(`article[data-papersift-id="${id}"]`).getByRole('button', { name: 'Save to reading list' }).click();
  await page.waitForSelector(`article[data-papersift-id="${id}"][data-papersift-saved]`);
  const expected = byId.get(id).authors.map((a) => a.name);
  for (let i = 0; i < 100; i++) {
    const rec = await stored(id);
    if (rec?.complete) {
      assert.deepEqual(rec.authors, expected);
      assert.ok(rec.summary.length > 100);
      break;
    }
    assert.ok(i < 99, 'completed from the API');
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(ext.server.log.includes(`/api/papers/${id}`));
  await page.close();
});

test('a save the background refuses is explained on the card, and nothing is stored', async () => {
  await ext.close();
  const longTitle = 'Sparse '.repeat(400).trim(); // 2,800 characters: more than a paper title may hold
  ext = await launch({
    pages: {
      '/papers/date/2031-03-04': `<!doctype html><html><body class="DailyPapersPage"><main><div class="grid"><article><h3><a href="/papers/2512.00001">${longTitle}</a></h3></article></div></main></body></html>`,
    },
  });
  const page = await ext.context.newPage();
  await page.goto('https://huggingface.co/papers/date/2031-03-04');
  await page.getByRole('button', { name: 'Save to reading list' }).click();
  const alert = page.locator('article[data-papersift-id="2512.00001"]').getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not save this paper.*Nothing was changed/);
  assert.equal(await stored('2512.00001'), null);
  assert.equal(await page.locator('article[data-papersift-saved]').count(), 0);
  await page.close();
});
