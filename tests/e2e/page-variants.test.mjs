// Every papers page variant, client-side navigation, cards added later, and the health signal.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPopup, markedIds } from './lib/browser.mjs';
import { navigateInPage, readPage } from './lib/routes.mjs';
import { ids, items2024, items2025 } from './lib/data.mjs';

const DAY_2025 = ids(items2025());
const DAY_2024 = ids(items2024());
const EMPTY = `<!doctype html><html><body class="DailyPapersPage"><main><h1>Daily Papers</h1><div class="grid"><p>Nothing to see</p></div></main></body></html>`;
let ext;

before(async () => {
  ext = await launch({
    pages: {
      '/papers/date/2031-01-01': EMPTY,
      '/papers/month/2026-10': readPage('trending-noclass.html'),
    },
  });
});
after(async () => {
  await ext?.close();
});

async function popupIds(page) {
  const popup = await openPopup(ext, page);
  await popup.getByRole('status').filter({ hasText: ' saved' }).waitFor();
  const listed = await popup.locator('[data-papersift-paper]').evaluateAll((els) => els.map((e) => e.getAttribute('data-papersift-paper')));
  await popup.close();
  return listed;
}

const variants = [
  ['daily', 'https://huggingface.co/papers/date/2025-06-18', DAY_2025],
  ['daily 2024 (logged-in markup)', 'https://huggingface.co/papers/date/2024-05-27', DAY_2024],
  ['weekly with stale data-props', 'https://huggingface.co/papers/week/2025-W25', DAY_2025],
  ['search', 'https://huggingface.co/papers?q=diffusion', ['2506.14429', '2506.14603', '2506.10100', '2506.10038']],
  ['monthly, markup without any class', 'https://huggingface.co/papers/month/2026-10', ['2610.05608', '2609.08183', '2508.16279']],
  ['single paper page', 'https://huggingface.co/papers/2506.13642', ['2506.13642']],
  ['/papers (latest day)', 'https://huggingface.co/papers', DAY_2025],
];

for (const [name, url, expected] of variants) {
  test(`${name}: every paper marked once and listed in the popup`, async () => {
    const page = await ext.context.newPage();
    await page.goto(url);
    await page.waitForFunction((n) => new Set([...document.querySelectorAll('[data-papersift-id]')].map((a) => a.getAttribute('data-papersift-id'))).size === n, expected.length);
    assert.deepEqual(await markedIds(page), expected);
    assert.deepEqual(await popupIds(page), expected);
    await page.getByRole('button', { name: 'Save to reading list' }).first().waitFor();
    await page.close();
  });
}

test('single paper page: Save works, and there is no Hide', async () => {
  const page = await ext.context.newPage();
  await page.goto('https://huggingface.co/papers/2506.13642');
  await page.getByRole('button', { name: 'Save to reading list' }).click();
  await page.getByRole('button', { name: 'Remove from reading list' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Hide this paper' }).count(), 0);
  await page.getByRole('button', { name: 'Remove from reading list' }).click();
  await page.getByRole('button', { name: 'Save to reading list' }).waitFor();
  await page.close();
});

test('client-side navigation to another day re-reads the cards, with no duplicate controls', async () => {
  const page = await ext.context.newPage();
  await page.goto('https://huggingface.co/papers/date/2025-06-18');
  await page.waitForFunction((n) => document.querySelectorAll('article[data-papersift-id]').length === n, DAY_2025.length);
  // What HF's Svelte app does on a date arrow: new URL without a load, new cards, new data-props.
  await navigateInPage(page, '/papers/date/2024-05-27', readPage('daily-2024-05-27.html'));
  await page.waitForFunction((n) => document.querySelectorAll('article[data-papersift-id]').length === n, DAY_2024.length);
  assert.deepEqual(await markedIds(page), DAY_2024);
  assert.equal(await page.locator('[data-papersift-controls]').count(), DAY_2024.length);
  assert.deepEqual(await popupIds(page), DAY_2024);
  // And back again (history navigation).
  await page.goBack();
  await page.waitForURL('**/2025-06-18');
  await page.close();
});

test('cards added later (infinite scroll) are read and decorated', async () => {
  const page = await ext.context.newPage();
  await page.goto('https://huggingface.co/papers/trending');
  await page.waitForSelector('article[data-papersift-id="2508.16279"] [data-papersift-controls]');
  await page.evaluate(() => {
    const src = document.querySelector('article[data-papersift-id="2508.16279"]');
    const copy = src.cloneNode(true);
    copy.querySelectorAll('[data-papersift-ui]').forEach((n) => n.remove());
    for (const a of copy.querySelectorAll('[data-papersift-id]')) a.removeAttribute('data-papersift-id');
    copy.removeAttribute('data-papersift-id');
    for (const a of copy.querySelectorAll('a[href*="2508.16279"]')) a.setAttribute('href', a.getAttribute('href').replace('2508.16279', '2511.00001'));
    for (const h of copy.querySelectorAll('h3 a')) h.textContent = 'An Appended Paper About Retrieval';
    src.parentElement.append(copy);
  });
  await page.waitForSelector('article[data-papersift-id="2511.00001"] [data-papersift-controls]');
  assert.deepEqual(await markedIds(page), ['2610.05608', '2609.08183', '2508.16279', '2511.00001']);
  const listed = await popupIds(page);
  assert.deepEqual(listed, ['2610.05608', '2609.08183', '2508.16279', '2511.00001']);
  await page.close();
});

test('a listing page with no recognisable card says so in the popup', async () => {
  const page = await ext.context.newPage();
  await page.goto('https://huggingface.co/papers/date/2031-01-01');
  const popup = await openPopup(ext, page);
  await popup.getByText('No papers recognised on this page').waitFor();
  await popup.close();
  await page.close();
});
