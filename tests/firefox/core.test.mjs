// PaperSift's core paths in real Firefox (what can differ from Chromium: the event page instead of a
// service worker, moz-extension pages, Firefox's IndexedDB and downloads): cards on the fixture pages
// get their ids, controls, marks and placeholders from rules added in the popup; Save stores the
// paper, which stays saved across a reload and a restart of the background event page; the popup
// and the Library work; export downloads a BibTeX file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { items2025, mentions } from '../e2e/lib/data.mjs';
import {
  launchFirefox, openPopup, byLabel, buttonNamed, storedPapers, backgroundState, markBackground, until, IDLE_MS,
} from './lib/firefox.mjs';

const DAILY = 'https://huggingface.co/papers/date/2025-06-18';
const TRENDING = 'https://huggingface.co/papers/trending';
const ITEMS = items2025();
const HIGHLIGHTED = ITEMS.filter((i) => mentions(i, 'reasoning')).map((i) => i.paper.id);
// A highlight rule beats a hide rule (SPEC precedence).
const HIDDEN = ITEMS.filter((i) => mentions(i, 'diffusion') && !mentions(i, 'reasoning')).map((i) => i.paper.id);
const SAVE = ITEMS.map((i) => i.paper.id).find((id) => !HIDDEN.includes(id));

let fx;
let daily;
before(async () => {
  fx = await launchFirefox();
});
after(async () => {
  await fx?.close();
});

const ids = (page) => page.evaluate(() => [...new Set([...document.querySelectorAll('[data-papersift-id]')].map((a) => a.getAttribute('data-papersift-id')))]);
const attrIds = (page, attr) => page.evaluate((a) => [...document.querySelectorAll(`article[${a}]`)].map((e) => e.getAttribute('data-papersift-id')).sort(), attr);

async function addRule(popup, terms, action) {
  const input = await byLabel(popup, 'Terms');
  await input.click({ count: 3 });
  await input.type(terms);
  await (await byLabel(popup, 'Action')).select(action);
  await (await buttonNamed(popup, 'Add rule')).click();
  await until(() => input.evaluate((el) => el.value), (v) => v === '', `the form to clear after adding "${terms}"`);
}

test('Firefox: cards get ids and controls; popup rules highlight (with marks) and hide (with placeholders)', async () => {
  const trending = await fx.open(TRENDING);
  await trending.waitForSelector('article[data-papersift-id="2508.16279"] [data-papersift-controls]');
  assert.deepEqual(await ids(trending), ['2610.05608', '2609.08183', '2508.16279']);
  await trending.close();

  daily = await fx.open(DAILY);
  await daily.waitForFunction((n) => document.querySelectorAll('article[data-papersift-id] > [data-papersift-controls]').length === n, {}, ITEMS.length);
  assert.deepEqual((await ids(daily)).sort(), ITEMS.map((i) => i.paper.id).sort());
  await buttonNamed(daily, 'Save to reading list', `article[data-papersift-id="${SAVE}"]`);
  await buttonNamed(daily, 'Hide this paper', `article[data-papersift-id="${SAVE}"]`);

  const popup = await openPopup(fx, daily);
  await popup.waitForSelector('[data-papersift-paper]');
  assert.equal(await popup.$$eval('[data-papersift-paper]', (els) => els.length), ITEMS.length, 'the popup lists the tab’s papers');
  await addRule(popup, 'reasoning', 'highlight');
  await addRule(popup, 'diffusion', 'hide');
  await until(() => attrIds(daily, 'data-papersift-highlight'), (got) => JSON.stringify(got) === JSON.stringify([...HIGHLIGHTED].sort()), 'highlighted cards');
  await until(() => attrIds(daily, 'data-papersift-hidden'), (got) => JSON.stringify(got) === JSON.stringify([...HIDDEN].sort()), 'hidden cards');
  assert.ok(HIGHLIGHTED.length > 3 && HIDDEN.length > 0);
  // Compact daily cards show titles only: every card whose title says "reasoning" has it marked there.
  const inTitle = ITEMS.filter((i) => /\breasoning\b/i.test(i.paper.title)).map((i) => i.paper.id).sort();
  const marked = await daily.$$eval('article[data-papersift-id]:has(h3 mark[data-papersift-mark="reasoning"])', (as) => as.map((a) => a.getAttribute('data-papersift-id')).sort());
  assert.deepEqual(marked, inTitle);
  const marks = await daily.$$eval('mark[data-papersift-mark="reasoning"]', (ms) => ms.map((m) => m.textContent.toLowerCase()));
  assert.ok(marks.every((t) => t === 'reasoning'), `marks: ${marks}`);
  for (const id of HIDDEN) {
    const shown = await daily.$eval(`article[data-papersift-id="${id}"]`, (a) => getComputedStyle(a).display !== 'none');
    assert.equal(shown, false, `${id} is not visible`);
    await buttonNamed(daily, 'Show', `[data-papersift-placeholder="${id}"]`);
  }
  const summary = await popup.$eval('[role="status"]', (s) => s.textContent);
  assert.equal(summary, `${ITEMS.length} papers · ${HIGHLIGHTED.length} highlighted · ${HIDDEN.length} hidden · 0 saved`);
  await popup.close();
});

test('Firefox: Save stores the paper; it stays saved after a reload and a restart of the background event page', async () => {
  await (await buttonNamed(daily, 'Save to reading list', `article[data-papersift-id="${SAVE}"]`)).click();
  await daily.waitForSelector(`article[data-papersift-id="${SAVE}"][data-papersift-saved]`);
  await buttonNamed(daily, 'Saved — Remove from reading list', `article[data-papersift-id="${SAVE}"]`);
  const library = await fx.extPage('options.html');
  const stored = await until(() => storedPapers(library), (ps) => ps.some((p) => p.id === SAVE), 'the stored paper');
  assert.equal(stored.find((p) => p.id === SAVE).title.replace(/\s+/g, ' '), ITEMS.find((i) => i.paper.id === SAVE).paper.title.replace(/\s+/g, ' ').trim());

  await daily.reload();
  await daily.waitForSelector(`article[data-papersift-id="${SAVE}"][data-papersift-saved]`);

  // The event page is suspended once idle (IDLE_MS); the next message starts a new one, which reads IndexedDB.
  // Marked while running (a reload wakes it if it was already idle).
  await until(async () => (await markBackground(library)) || (await daily.reload(), false), Boolean, 'a running background page to mark', 20_000);
  await until(() => backgroundState(library), (s) => s === null, 'the event page to be suspended', IDLE_MS + 20_000);
  await daily.reload();
  await daily.waitForSelector(`article[data-papersift-id="${SAVE}"][data-papersift-saved]`);
  await daily.waitForSelector('article[data-papersift-hidden]');
  assert.deepEqual(await backgroundState(library), { marked: false }, 'a new background page answered');
  await library.close();
});

test('Firefox: the popup shows the saved paper; the Library lists it and exports a BibTeX file', async () => {
  const popup = await openPopup(fx, daily);
  await popup.waitForFunction(() => document.querySelector('[role="status"]')?.textContent.endsWith('1 saved'));
  await popup.close();

  const library = await fx.extPage('options.html');
  await library.waitForSelector(`[data-papersift-paper="${SAVE}"]`);
  await (await buttonNamed(library, 'Export BibTeX')).click();
  const file = await until(() => fs.readdirSync(fx.downloads).find((f) => /^papersift-\d{4}-\d{2}-\d{2}\.bib$/.test(f)) ?? null, Boolean, 'the BibTeX download', 15_000);
  const bib = await until(() => fs.readFileSync(path.join(fx.downloads, file), 'utf8'), (t) => t.includes('}'), 'the file to be written');
  assert.match(bib, new RegExp(`eprint\\s*=\\s*\\{${SAVE.replace('.', '\\.')}\\}`));
  assert.match(bib, /^@misc\{/);
  await library.close();
});
