// Rule hit history in real Chromium: pages report their papers, the background records per rule
// and local day the distinct papers matched (IndexedDB v3 "hits" store), and the Library shows a
// 30-day sparkline per rule with an accessible summary, flagging rules that matched nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './lib/browser.mjs';
import { ids, items2024, items2025, mentions } from './lib/data.mjs';
import { readStore } from './lib/idb.mjs';
import { localDay, openLibrary, rulesRegion, until } from './lib/library.mjs';

const DAY = 'https://huggingface.co/papers/date/2025-06-18';
const DAY_2024 = 'https://huggingface.co/papers/date/2024-05-27';
let ext;
let library;

const row = (tag) =>
  rulesRegion(library).locator('[data-papersift-rule]').filter({ has: library.locator('.chip', { hasText: new RegExp(`^${tag}$`) }) });
const sparkName = (tag) => row(tag).getByRole('img').getAttribute('aria-label');

async function addRule(terms, tag) {
  const form = rulesRegion(library).getByRole('form', { name: 'Add a rule' });
  await form.getByLabel('Terms', { exact: true }).fill(terms);
  await form.getByLabel('Tag', { exact: true }).fill(tag);
  await form.getByRole('button', { name: 'Save rule' }).click();
  await row(tag).waitFor();
}

/** Opens a listing so its content script reports the papers, and waits for the cards. */
async function visit(url) {
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.waitForSelector('article[data-papersift-id]');
  return page;
}

before(async () => {
  ext = await launch();
  library = await openLibrary(ext);
});
after(async () => {
  await ext?.close();
});

test('new rules start with 30 empty days, flagged as matching nothing', async () => {
  await addRule('reasoning', 'reasoning');
  await addRule('zzzunmatched', 'dead');
  assert.equal(await sparkName('reasoning'), 'No matches in 30 days');
  await row('dead').getByText('No matches in 30 days').waitFor();
  assert.equal(await row('dead').locator('svg rect').count(), 30);
});

test('matches reported by pages show up per rule; a paper seen twice counts once; dead rules stay flagged', async () => {
  const want = ids(items2025().filter((i) => mentions(i, 'reasoning')));
  const page = await visit(DAY);
  const onPage = await page.locator('article[data-papersift-tags~="reasoning"]').count();
  assert.ok(onPage >= want.length);
  const refresh = () => rulesRegion(library).getByRole('button', { name: 'Refresh' }).click();
  await until(async () => (await refresh(), sparkName('reasoning')), (n) => n === `Matched ${onPage} papers in the last 30 days`, 'sparkline label');
  await page.reload();
  await page.waitForSelector('article[data-papersift-tags~="reasoning"]');
  await refresh();
  assert.equal(await sparkName('reasoning'), `Matched ${onPage} papers in the last 30 days`);
  assert.equal(await sparkName('dead'), 'No matches in 30 days');
  // Stored as the SPEC of this feature says: `${ruleId}|${day}` → distinct ids, in the store added by v3.
  const ruleId = await row('reasoning').getAttribute('data-papersift-rule');
  const hits = await readStore(library, 'hits');
  assert.ok(hits.version >= 3, `database version ${hits.version}`);
  assert.deepEqual(hits.keys, [`${ruleId}|${localDay()}`]);
  assert.equal(hits.values[0].ids.length, onPage);
  // Today's bar is the tallest (the only one).
  const heights = await row('reasoning').locator('svg rect').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('height'))));
  assert.equal(heights.length, 30);
  assert.equal(Math.max(...heights), heights.at(-1));
  assert.ok(heights.slice(0, -1).every((h) => h === 1));
  await page.close();

  // Another listing adds its own matches to the same day.
  const more = items2024().filter((i) => mentions(i, 'reasoning')).length;
  const other = await visit(DAY_2024);
  const onOther = await other.locator('article[data-papersift-tags~="reasoning"]').count();
  assert.ok(more > 0 && onOther >= more);
  await until(async () => (await refresh(), sparkName('reasoning')), (n) => n === `Matched ${onPage + onOther} papers in the last 30 days`, 'counts add up');
  await other.close();
});
