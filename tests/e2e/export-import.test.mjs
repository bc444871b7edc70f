// Export and import in real Chromium: every format downloaded and checked, backup → wipe →
// import restores identical data, and every kind of bad file is refused with nothing changed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openPopup } from './lib/browser.mjs';
import { fixtureBackup } from './lib/backup-data.mjs';
import { dumpIdb } from './lib/idb.mjs';
import { importFiles, importRegion, openLibrary } from './lib/library.mjs';

let ext;
let library;
const files = importFiles('import');
const backup = fixtureBackup();
const N = backup.papers.length;

const io = () => importRegion(library);
const importFile = (name, body) => files.choose(library, name, body);

const dump = () => dumpIdb(library);

async function download(name) {
  const [d] = await Promise.all([library.waitForEvent('download'), io().getByRole('button', { name }).click()]);
  return { name: d.suggestedFilename(), text: fs.readFileSync(await d.path(), 'utf8') };
}

before(async () => {
  ext = await launch();
  library = await openLibrary(ext);
});
after(async () => {
  await ext?.close();
});

test('import a backup: status names the counts, papers and rules land with unknown fields kept', async () => {
  await importFile('backup.json', JSON.stringify(backup));
  await io().getByRole('status').filter({ hasText: `Imported ${N} papers and 2 rules` }).waitFor();
  const { papers, rules } = await dump();
  assert.equal(papers.length, N);
  assert.deepEqual(rules.map((r) => r.id).sort(), ['r-diff', 'r-survey']);
  assert.deepEqual(papers.find((p) => p.id === backup.papers[5].id).customField, { keptOnRoundTrip: 5 });
});

test('each export format downloads with the SPEC name and the saved papers in it', async () => {
  const day = new Date();
  const ymd = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  const ids = backup.papers.map((p) => p.id);

  const bib = await download('Export BibTeX');
  assert.equal(bib.name, `papersift-${ymd}.bib`);
  assert.equal((bib.text.match(/^@misc\{/gm) ?? []).length, N);
  for (const id of ids) assert.ok(bib.text.includes(`eprint={${id}}`) && bib.text.includes(`url={https://arxiv.org/abs/${id}}`), id);
  assert.match(bib.text, /archivePrefix=\{arXiv\}/);

  const ris = await download('Export RIS');
  assert.equal(ris.name, `papersift-${ymd}.ris`);
  assert.equal((ris.text.match(/^TY {2}- /gm) ?? []).length, N);
  assert.equal((ris.text.match(/^ER {2}- /gm) ?? []).length, N);

  const csl = await download('Export CSL-JSON');
  assert.equal(csl.name, `papersift-${ymd}.json`);
  const items = JSON.parse(csl.text);
  assert.equal(items.length, N);
  assert.deepEqual(items.map((i) => i.number).sort(), ids.map((id) => `arXiv:${id}`).sort());

  const csv = await download('Export CSV');
  assert.equal(csv.name, `papersift-${ymd}.csv`);
  assert.match(csv.text.replace(/^\uFEFF/, '').split(/\r?\n/)[0], /^id,title,/);
  for (const id of ids) assert.ok(csv.text.includes(id), id);

  const md = await download('Export Markdown');
  assert.equal(md.name, `papersift-${ymd}.md`);
  for (const id of ids) assert.ok(md.text.includes(`(https://huggingface.co/papers/${id})`), id);
});

test('export backup → remove everything → import it → identical data', async () => {
  const before = await dump();
  const file = await download('Export backup');
  assert.match(file.name, /^papersift-backup-\d{4}-\d{2}-\d{2}\.json$/);

  // Wipe: every paper removed through the Library, every rule deleted.
  const list = library.getByRole('region', { name: 'Reading list' });
  await list.getByRole('button', { name: /Select all/ }).first().click();
  await list.getByRole('button', { name: 'Remove selected' }).click();
  const rules = library.getByRole('region', { name: 'Rules' });
  while ((await rules.getByRole('button', { name: 'Delete' }).count()) > 0) {
    const n = await rules.getByRole('button', { name: 'Delete' }).count();
    await rules.getByRole('button', { name: 'Delete' }).first().click();
    await library.waitForFunction((m) => document.querySelectorAll('[data-papersift-rule]').length < m, n);
  }
  const empty = await dump();
  assert.equal(empty.papers.length + empty.rules.length, 0);

  await importFile(file.name, file.text);
  await io().getByRole('status').filter({ hasText: `Imported ${N} papers and 2 rules` }).waitFor({ timeout: 8000 }).catch(async (e) => {
    console.log('DEBUG', await library.locator('[role=status],[role=alert]').allTextContents());
    throw e;
  });
  const after = await dump();
  const byId = (xs) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
  assert.deepEqual(byId(after.papers), byId(before.papers));
  assert.deepEqual(byId(after.rules), byId(before.rules));
});

test('bad files are refused with a message naming the problem, and nothing changes', async () => {
  const before = await dump();
  const broken = structuredClone(backup);
  delete broken.papers[12].id;
  const badRule = structuredClone(backup);
  badRule.rules[1].terms = ['/(unclosed/'];
  const cases = [
    ['notjson.json', 'this is { not json', /not valid JSON/i],
    ['other.json', JSON.stringify({ format: 'zotero', version: 1, papers: [], rules: [] }), /not a PaperSift backup/i],
    ['v2.json', JSON.stringify({ ...backup, version: 2 }), /version 2/i],
    ['noid.json', JSON.stringify(broken), /papers\[12\]\.id is missing/],
    ['badrule.json', JSON.stringify(badRule), /rules\[1\].*regular expression/i],
    ['huge.json', Buffer.alloc(50 * 1024 * 1024, 0x20), /too large/i],
    // A BibTeX file has the same limit (read as BibTeX by its name and first character).
    ['huge.bib', Buffer.concat([Buffer.from('@misc{a, title={A}, eprint={2401.00001}}\n'), Buffer.alloc(25 * 1024 * 1024, 0x20)]), /too large \(25\.0 MB; the limit is 20 MB\)/],
  ];
  for (const [name, body, message] of cases) {
    await importFile(name, body);
    // Each refusal names its file: wait for this file's message, then check what it says.
    const alert = io().getByRole('alert').filter({ hasText: name });
    await alert.waitFor();
    assert.match(await alert.textContent(), message);
  }
  assert.deepEqual(await dump(), before);
});

test('Copy BibTeX in the popup puts the paper’s arXiv-shaped entry on the clipboard', async () => {
  const page = await ext.context.newPage();
  await page.goto('https://huggingface.co/papers/trending');
  await page.waitForSelector('article[data-papersift-id]');
  const popup = await openPopup(ext, page);
  // Headless Chromium has no system clipboard for extension pages: record what is written.
  await popup.evaluate(() => {
    navigator.clipboard.writeText = async (t) => void (window.__copied = t);
  });
  const item = popup.locator('[data-papersift-paper="2610.05608"]');
  await item.getByRole('button', { name: 'Copy BibTeX' }).click();
  await item.getByRole('button', { name: 'Copied' }).waitFor();
  const text = await popup.evaluate(() => window.__copied);
  assert.match(text, /^@misc\{[a-z0-9]+2026kandinsky/m);
  assert.match(text, /eprint=\{2610\.05608\}/);
  await popup.close();
  await page.close();
});

test('Copy BibTeX on a card puts the paper’s arXiv-shaped entry on the clipboard', async () => {
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://huggingface.co' });
  const page = await ext.context.newPage();
  await page.goto('https://huggingface.co/papers/date/2025-06-18');
  const card = page.locator('article[data-papersift-id="2506.13642"]');
  await card.getByRole('button', { name: 'Copy BibTeX' }).click();
  await card.getByRole('button', { name: 'Copied' }).waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /^@misc\{zhang2025streamomni/m);
  assert.match(text, /eprint=\{2506\.13642\}/);
  assert.match(text, /author=\{Shaolei Zhang and /);
  await page.close();
});
