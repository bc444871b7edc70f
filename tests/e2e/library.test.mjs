// The Library (options page) in real Chromium: papers saved from a daily listing's card buttons
// are searched, filtered, edited inline (persisting across reload), bulk-edited, removed and
// restored; a note that looks like HTML is shown as plain text; rules are previewed, refused when
// invalid, reordered and restored; exports are named by the SPEC and imports report what they did.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { until } from './lib/until.mjs';
import { launch } from './lib/browser.mjs';
import { storedPaper } from './lib/idb.mjs';

const DAILY = 'https://huggingface.co/papers/date/2024-05-27';
const SAVED = {
  '2405.15738': 'ConvLLaVA',
  '2405.15574': 'Meteor',
  '2405.15682': 'The Road Less Scheduled',
  '2405.15032': 'Aya 23',
};
const IDS = Object.keys(SAVED);
const IMPORT_BIB = `@misc{wu2024ivideogpt,
      title={iVideoGPT: Interactive VideoGPTs are Scalable World Models},
      author={Jialong Wu and Shaofeng Yin and Ningya Feng and Xu He and Dong Li and Jianye Hao and Mingsheng Long},
      year={2024},
      eprint={2405.15223},
      archivePrefix={arXiv},
      primaryClass={cs.CV},
      url={https://arxiv.org/abs/2405.15223},
}
`;
const XSS_NOTE = '<img src=x onerror=alert(1)> & <b>not bold</b>';

let ext;
let library;
const dialogs = [];

const list = () => library.getByRole('region', { name: 'Reading list' });
const row = (id) => library.locator(`[data-papersift-paper="${id}"]`);
const shownIds = () => library.locator('[data-papersift-paper]').evaluateAll((els) => els.map((e) => e.getAttribute('data-papersift-paper')).sort());
const waitForIds = (ids) => until(shownIds, (got) => JSON.stringify(got) === JSON.stringify([...ids].sort()), `rows ${ids.join(', ')}`);

/** A saved record as IndexedDB holds it (the extension origin's database, read from the Library page). */
const stored = (id) => storedPaper(library, id);

async function openLibrary() {
  const page = await ext.context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(ext.url('options.html'));
  await page.getByRole('heading', { name: 'PaperSift Library' }).waitFor();
  return page;
}

before(async () => {
  ext = await launch();
  const page = await ext.context.newPage();
  await page.goto(DAILY);
  for (const id of IDS) {
    const card = page.locator(`article[data-papersift-id="${id}"]`).first();
    await card.getByRole('button', { name: 'Save to reading list' }).click();
    await card.getByRole('button', { name: 'Remove from reading list' }).waitFor();
  }
  await page.close();
  library = await openLibrary();
  await waitForIds(IDS);
});

after(async () => {
  await ext?.close();
});

test('the Library lists saved papers with links, byline and the SPEC controls', async () => {
  const r = row('2405.15738');
  const title = r.getByRole('link', { name: /ConvLLaVA/ });
  assert.equal(await title.getAttribute('href'), 'https://huggingface.co/papers/2405.15738');
  assert.equal(await title.getAttribute('target'), '_blank');
  assert.equal(await r.getByRole('link', { name: 'arXiv' }).getAttribute('href'), 'https://arxiv.org/abs/2405.15738');
  await r.getByRole('checkbox', { name: /^Select ConvLLaVA/ }).waitFor();
  for (const name of ['Tags', 'Status', 'Note']) await r.getByLabel(name, { exact: true }).waitFor();
  // The accessible names are exactly the SPEC's (a <select> inside its <label> would add its options).
  await r.getByRole('combobox', { name: 'Status', exact: true }).waitFor();
  await r.getByRole('textbox', { name: 'Note', exact: true }).waitFor();
  for (const [id, title] of Object.entries(SAVED)) await row(id).getByRole('link', { name: new RegExp(`^${title}`) }).waitFor();
  await r.getByRole('button', { name: 'Remove', exact: true }).waitFor();
  assert.match(await list().textContent(), /Showing 1–4 of 4/);
});

test('search narrows the rows as you type', async () => {
  const search = list().getByRole('searchbox', { name: 'Search' });
  await search.fill('mamba'); // in Meteor's title and abstract only
  await waitForIds(['2405.15574']);
  await search.fill('multilingual');
  await waitForIds(['2405.15032']);
  await search.fill('');
  await waitForIds(IDS);
});

test('Tags, Status and Note save inline and persist after reload; a note is shown as text', async () => {
  const r = row('2405.15738');
  const tags = r.getByLabel('Tags', { exact: true });
  await tags.fill('  Vision ,  Multimodal Models, vision ');
  await tags.press('Enter');
  await r.getByText('Saved', { exact: true }).waitFor();
  await until(() => tags.inputValue(), (v) => v === 'vision, multimodal-models', 'normalised tags in the field');
  await until(() => stored('2405.15738'), (p) => p?.tags.join() === 'vision,multimodal-models', 'stored tags');

  await r.getByLabel('Status', { exact: true }).selectOption('reading');
  await until(() => stored('2405.15738'), (p) => p?.status === 'reading', 'stored status');

  const note = r.getByLabel('Note', { exact: true });
  await note.fill(XSS_NOTE);
  await note.blur();
  await until(() => stored('2405.15738'), (p) => p?.note === XSS_NOTE, 'stored note');

  await library.reload();
  await waitForIds(IDS);
  const again = row('2405.15738');
  assert.equal(await again.getByLabel('Tags', { exact: true }).inputValue(), 'vision, multimodal-models');
  assert.equal(await again.getByLabel('Status', { exact: true }).inputValue(), 'reading');
  assert.equal(await again.getByLabel('Note', { exact: true }).inputValue(), XSS_NOTE);
  // Shown literally, never parsed: no <img>/<b> in the row, no alert.
  assert.equal(await again.locator('img, b').count(), 0);
  assert.equal(await library.locator('img[src="x"]').count(), 0);
  assert.deepEqual(dialogs, []);

  // The search finds the note's text and the new tags.
  const search = list().getByRole('searchbox', { name: 'Search' });
  await search.fill('onerror');
  await waitForIds(['2405.15738']);
  await search.fill('multimodal-models');
  await waitForIds(['2405.15738']);
  await search.fill('');
  await waitForIds(IDS);
});

test('filters by tag and by status, with counts', async () => {
  const tag = list().getByRole('combobox', { name: 'Tag', exact: true });
  await until(() => tag.locator('option').allTextContents(), (o) => o.includes('vision (1)'), 'tag counts');
  await tag.selectOption('vision');
  await waitForIds(['2405.15738']);
  await tag.selectOption('');
  await waitForIds(IDS);

  const status = list().getByRole('combobox', { name: 'Status filter' });
  assert.ok((await status.locator('option').allTextContents()).includes('reading (1)'));
  await status.selectOption('reading');
  await waitForIds(['2405.15738']);
  await status.selectOption('unread');
  await waitForIds(['2405.15574', '2405.15682', '2405.15032']);
  await status.selectOption('');
  await waitForIds(IDS);
});

test('bulk: select two, add a tag and set their status', async () => {
  await row('2405.15574').getByRole('checkbox', { name: /^Select Meteor/ }).check();
  await row('2405.15682').getByRole('checkbox', { name: /^Select The Road Less Scheduled/ }).check();
  const bar = library.getByRole('group', { name: 'Selected papers' });
  await bar.getByText('2 selected').waitFor();
  await bar.getByRole('combobox', { name: 'Tag to add' }).fill('To Read');
  await bar.getByRole('button', { name: 'Add tag' }).click();
  await bar.getByRole('combobox', { name: 'Status for selected' }).selectOption('done');
  await bar.getByRole('button', { name: 'Set status' }).click();

  for (const id of ['2405.15574', '2405.15682']) {
    const r = row(id);
    await until(() => r.getByLabel('Tags', { exact: true }).inputValue(), (v) => v.split(', ').includes('to-read'), `tag on ${id}`);
    await until(() => r.getByLabel('Status', { exact: true }).inputValue(), (v) => v === 'done', `status of ${id}`);
  }
  await list().getByRole('combobox', { name: 'Status filter' }).selectOption('done');
  await waitForIds(['2405.15574', '2405.15682']);
  await list().getByRole('combobox', { name: 'Status filter' }).selectOption('');
  await bar.getByRole('button', { name: 'Clear selection' }).click();
  await bar.waitFor({ state: 'detached' });
});

test('remove a paper, then Undo brings it back unchanged', async () => {
  await row('2405.15738').getByRole('button', { name: 'Remove', exact: true }).click();
  await waitForIds(IDS.filter((id) => id !== '2405.15738'));
  const toast = library.getByRole('status').filter({ hasText: 'Removed 1 paper' });
  await toast.waitFor();
  await toast.getByRole('button', { name: 'Undo' }).click();
  await waitForIds(IDS);
  assert.equal(await row('2405.15738').getByLabel('Tags', { exact: true }).inputValue(), 'vision, multimodal-models');
  assert.equal(await row('2405.15738').getByLabel('Note', { exact: true }).inputValue(), XSS_NOTE);
});

test('select all in the filter, remove selected, Undo', async () => {
  await list().getByRole('button', { name: 'Select all 4 in this filter' }).click();
  const bar = library.getByRole('group', { name: 'Selected papers' });
  await bar.getByText('4 selected').waitFor();
  await bar.getByRole('button', { name: 'Remove selected' }).click();
  await list().getByText('No saved papers yet.', { exact: false }).waitFor();
  await library.getByRole('status').filter({ hasText: 'Removed 4 papers' }).getByRole('button', { name: 'Undo' }).click();
  await waitForIds(IDS);
});

test('rules: live preview on open tabs, invalid regex refused, add, reorder, disable, delete with Undo', async () => {
  const daily = await ext.context.newPage();
  await daily.goto(DAILY);
  await daily.locator('article[data-papersift-id]').first().waitFor();
  const rules = library.getByRole('region', { name: 'Rules' });
  await rules.getByRole('button', { name: 'Refresh' }).click();
  await rules.getByText(/\d+ papers on 1 open tab/).waitFor();

  const terms = rules.getByLabel('Terms', { exact: true });
  await terms.fill('mamba');
  await rules.getByText('Would match 1 paper on open tabs').waitFor();
  await terms.fill('mamba, multilingual');
  await rules.getByText('Would match 2 papers on open tabs').waitFor();
  await rules.getByRole('button', { name: 'Save rule' }).click();
  const rows = rules.locator('[data-papersift-rule]');
  await rows.first().getByText('2 matches on open tabs').waitFor();

  await terms.fill('/(unclosed/');
  await rules.getByRole('button', { name: 'Save rule' }).click();
  await rules.getByRole('alert').filter({ hasText: 'Invalid regular expression' }).waitFor();
  assert.equal(await rows.count(), 1);

  await terms.fill('code');
  await rules.getByLabel('Tag', { exact: true }).fill('Coding');
  await rules.getByLabel('Action', { exact: true }).selectOption('hide');
  await rules.getByRole('button', { name: 'Save rule' }).click();
  const order = () => rows.locator('.chip').allTextContents();
  await until(order, (o) => o.join() === 'mamba,coding', 'two rules');

  await rows.nth(1).getByRole('button', { name: 'Move up' }).click();
  await until(order, (o) => o.join() === 'coding,mamba', 'coding moved up');

  const coding = rows.filter({ has: library.locator('.chip', { hasText: 'coding' }) });
  await coding.getByRole('checkbox', { name: 'Enabled' }).uncheck();
  await until(() => library.evaluate(() => document.querySelector('[data-papersift-rule].disabled .chip')?.textContent), (t) => t === 'coding', 'coding disabled');

  await coding.getByRole('button', { name: 'Delete' }).click();
  await until(order, (o) => o.join() === 'mamba', 'coding deleted');
  await library.getByRole('status').filter({ hasText: 'Deleted rule “coding”' }).getByRole('button', { name: 'Undo' }).click();
  await until(order, (o) => o.join() === 'coding,mamba', 'coding restored in place');
  await daily.close();
});

test('Import and export: scope line, downloads named by the SPEC', async () => {
  const io = library.getByRole('region', { name: 'Import and export' });
  await io.getByText('Exports: all 4 saved papers').waitFor();
  for (const name of ['Export BibTeX', 'Export RIS', 'Export CSL-JSON', 'Export CSV', 'Export Markdown', 'Export backup'])
    await io.getByRole('button', { name }).waitFor();

  let [download] = await Promise.all([library.waitForEvent('download'), io.getByRole('button', { name: 'Export BibTeX' }).click()]);
  assert.match(download.suggestedFilename(), /^papersift-\d{4}-\d{2}-\d{2}\.bib$/);
  assert.equal((fs.readFileSync(await download.path(), 'utf8').match(/@misc\{/g) ?? []).length, 4);

  await row('2405.15032').getByRole('checkbox', { name: /^Select Aya 23/ }).check();
  await io.getByText('Exports: 1 selected paper').waitFor();
  [download] = await Promise.all([library.waitForEvent('download'), io.getByRole('button', { name: 'Export backup' }).click()]);
  assert.match(download.suggestedFilename(), /^papersift-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(backup.format, 'papersift-backup');
  assert.deepEqual(backup.papers.map((p) => p.id), ['2405.15032']);
  await row('2405.15032').getByRole('checkbox', { name: /^Select Aya 23/ }).uncheck();

  await list().getByRole('combobox', { name: 'Status filter' }).selectOption('done');
  await io.getByText('Exports: the 2 papers in the current filter').waitFor();
  await list().getByRole('combobox', { name: 'Status filter' }).selectOption('');
  await io.getByText('Exports: all 4 saved papers').waitFor();
});

test('Import backup: a BibTeX file adds its paper; an invalid file is refused and nothing changes', async () => {
  const io = library.getByRole('region', { name: 'Import and export' });
  const input = io.getByLabel('Import backup');
  await input.setInputFiles({ name: 'one.bib', mimeType: 'application/x-bibtex', buffer: Buffer.from(IMPORT_BIB) });
  await io.getByRole('status').filter({ hasText: /^Imported 1 papers and 0 rules/ }).waitFor();
  await waitForIds([...IDS, '2405.15223']);

  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "papersift-backup", "version": 1, "papers": [{"title": "no id"}]') });
  await io.getByRole('alert').filter({ hasText: 'broken.json' }).waitFor();
  await waitForIds([...IDS, '2405.15223']);
});
