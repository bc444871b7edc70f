// "Copy digest" in the popup, real Chromium: with highlighted papers on a daily listing, the
// Markdown lists them under their tag with links and one-line summaries; with none highlighted
// it falls back to the papers saved today; with neither it says there is nothing to copy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPopup } from './lib/browser.mjs';
import { addRuleInPopup } from './lib/rules-ui.mjs';
import { ids, items2025, mentions } from './lib/data.mjs';
import { localDay, saveFromPage } from './lib/library.mjs';

const DAY = 'https://huggingface.co/papers/date/2025-06-18';
const TRENDING = 'https://huggingface.co/papers/trending';
const items = items2025();
const DIFFUSION = ids(items.filter((i) => mentions(i, 'diffusion')));
let ext;

/** Headless Chromium has no system clipboard for extension pages: record what is written. */
async function stubClipboard(popup) {
  await popup.evaluate(() => {
    window.__copied = null;
    navigator.clipboard.writeText = async (t) => void (window.__copied = t);
  });
}

async function copyDigest(popup) {
  await stubClipboard(popup);
  await popup.getByRole('button', { name: 'Copy digest' }).click();
}

before(async () => {
  assert.ok(DIFFUSION.length >= 3, 'fixture has enough matches to test with');
  ext = await launch();
});
after(async () => {
  await ext?.close();
});

test('nothing highlighted and nothing saved today: says so and copies nothing', async () => {
  const page = await ext.context.newPage();
  await page.goto(TRENDING);
  await page.waitForSelector('article[data-papersift-id]');
  const popup = await openPopup(ext, page);
  await copyDigest(popup);
  await popup.getByRole('button', { name: 'Nothing to copy' }).waitFor();
  assert.equal(await popup.evaluate(() => window.__copied), null);
  await popup.close();
  await page.close();
});

test('nothing highlighted: the digest lists the papers saved today', async () => {
  const page = await ext.context.newPage();
  await page.goto(TRENDING);
  await page.waitForSelector('article[data-papersift-id]');
  await saveFromPage(page, ['2610.05608', '2508.16279']);
  const popup = await openPopup(ext, page);
  await copyDigest(popup);
  await popup.getByRole('button', { name: 'Copied' }).waitFor();
  const md = await popup.evaluate(() => window.__copied);
  const lines = md.split('\n');
  assert.equal(lines[0], `# Papers saved on ${localDay()}`);
  assert.equal(lines[2], '2 papers');
  const links = lines.filter((l) => l.startsWith('- ['));
  assert.equal(links.length, 2);
  assert.match(md, /^- \[Kandinsky 6\.0 Video[^\]]*\]\(https:\/\/huggingface\.co\/papers\/2610\.05608\) — We present Kandinsky 6\.0 Video[^\n]*…$/m); // a long first sentence, cut at 200
  for (const l of links) assert.ok(l.split(' — ')[1].length <= 200);
  assert.match(md, /\(https:\/\/huggingface\.co\/papers\/2508\.16279\)/);
  await popup.getByRole('button', { name: 'Copy digest' }).waitFor(); // the feedback goes away
  await popup.close();
  await page.close();
});

test('highlighted papers of a daily listing, grouped by tag, with links and one-line summaries', async () => {
  const page = await ext.context.newPage();
  await page.goto(DAY);
  await page.waitForSelector('article[data-papersift-id]');
  (await addRuleInPopup(ext, page, { terms: 'diffusion', action: 'highlight' })).close();
  await page.waitForFunction((n) => document.querySelectorAll('article[data-papersift-highlight]').length === n, DIFFUSION.length);
  const popup = await openPopup(ext, page);
  await popup.getByRole('status').filter({ hasText: `${DIFFUSION.length} highlighted` }).waitFor();
  await copyDigest(popup);
  await popup.getByRole('button', { name: 'Copied' }).waitFor();
  const md = await popup.evaluate(() => window.__copied);
  const lines = md.split('\n');
  assert.equal(lines[0], '# Daily papers, 2025-06-18: highlighted');
  assert.equal(lines[2], `${DIFFUSION.length} papers highlighted on <${DAY}>`);
  assert.equal(lines[4], '## diffusion');
  const entries = lines.filter((l) => l.startsWith('- ['));
  assert.deepEqual(entries.map((l) => /\(https:\/\/huggingface\.co\/papers\/([^)]+)\)/.exec(l)[1]).sort(), [...DIFFUSION].sort());
  for (const line of entries) {
    const summary = line.split(' — ')[1];
    assert.ok(summary && summary.length <= 200, `one-line summary: ${line}`);
  }
  // The summary is the first sentence of HF's AI summary.
  const first = items.find((i) => i.paper.id === DIFFUSION[0]).paper;
  const entry = entries.find((l) => l.includes(DIFFUSION[0]));
  const sentence = first.ai_summary.replace(/\s+/g, ' ').trim().split(/(?<=[.!?])\s+(?=[A-Z0-9])/)[0];
  assert.equal(entry.split(' — ')[1].replace(/\\(.)/g, '$1'), sentence.length <= 200 ? sentence : entry.split(' — ')[1]);
  await popup.close();
  await page.close();
});
