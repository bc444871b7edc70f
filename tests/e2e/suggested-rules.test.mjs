// Suggested rules in real Chromium: after the reader saves reasoning papers and hides others on
// a daily listing, the Library proposes "reasoning" with a preview of what it would do on the
// open tab; one click adds it, the page follows, and the suggestion goes away. No request leaves
// the browser for any of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './lib/browser.mjs';
import { ids, items2025, mentions } from './lib/data.mjs';
import { hideFromPage, openLibrary, rulesRegion, saveFromPage, until } from './lib/library.mjs';

const DAY = 'https://huggingface.co/papers/date/2025-06-18';
const items = items2025();
const REASONING = ids(items.filter((i) => mentions(i, 'reasoning')));
const OTHERS = ids(items.filter((i) => !mentions(i, 'reasoning') && !/reason/i.test(i.paper.ai_summary ?? '')));
let ext;
let page;
let library;

const suggestionsPanel = () => rulesRegion(library).getByRole('list', { name: 'Suggested rules' });

before(async () => {
  assert.ok(REASONING.length >= 5 && OTHERS.length >= 4, 'fixture has enough papers to test with');
  ext = await launch();
  page = await ext.context.newPage();
  await page.goto(DAY);
  await page.waitForSelector('article[data-papersift-id]');
  library = await openLibrary(ext);
});
after(async () => {
  await ext?.close();
});

test('with fewer than 3 saved papers the panel says what is needed', async () => {
  await rulesRegion(library).getByText('Save at least 3 papers (you have 0) to get suggestions', { exact: false }).waitFor();
  await saveFromPage(page, REASONING.slice(0, 2));
  await rulesRegion(library).getByText('Save at least 3 papers (you have 2)', { exact: false }).waitFor();
});

test('saved reasoning papers versus hidden others: "reasoning" is proposed with its effect on the open tab, and one click adds it', async () => {
  const requestsBefore = ext.server.log.length;
  await saveFromPage(page, REASONING.slice(2, 5));
  await hideFromPage(page, OTHERS.slice(0, 4));
  await rulesRegion(library).getByRole('button', { name: 'Refresh' }).click();
  const item = suggestionsPanel().locator('li[data-papersift-suggestion="reasoning"]');
  await item.waitFor();
  assert.match(await item.textContent(), /^highlight reasoning in 5 of 5 saved papers · 0 of 4 hidden/);
  assert.ok((await suggestionsPanel().locator('li').count()) <= 8);
  const preview = await until(() => item.locator('.preview').textContent(), (t) => /^Would highlight \d+ papers? on open tabs$/.test(t), 'preview count');
  const n = Number(/\d+/.exec(preview)[0]);
  assert.ok(n >= REASONING.length, `preview counts every reasoning paper on the tab (${n})`);

  await item.getByRole('button', { name: 'Add' }).click();
  await library.getByRole('status').filter({ hasText: 'Rule “reasoning” added' }).waitFor();
  // The page follows without reload; the preview was exactly what the rule does.
  await until(() => page.locator('article[data-papersift-tags~="reasoning"]').count(), (c) => c === n, `${n} cards tagged`);
  const row = rulesRegion(library).locator('[data-papersift-rule]').filter({ has: library.locator('.chip', { hasText: /^reasoning$/ }) });
  await row.getByText(`${n} matches on open tabs`).waitFor();
  // Now covered by a rule, it is no longer suggested.
  await item.waitFor({ state: 'detached' });
  // Everything was computed locally: no request reached huggingface.co meanwhile.
  assert.deepEqual(ext.server.log.slice(requestsBefore), []);
});
