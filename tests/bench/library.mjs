// Issues 5 and 6 benches, in real Chromium with the built extension:
// import a 10,000-paper backup, Library first rows, search keystroke → result, save round trip,
// and each export format over 10,000 papers (pure formatters, bundled as the Library uses them).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch } from '../e2e/lib/browser.mjs';
import { build } from 'esbuild';
import { fixtureBackup } from '../e2e/lib/backup-data.mjs';

const N = 10_000;

/**
 * Chooses `file` in the Library page `lib`'s "Import backup" input and waits for "Imported `n`
 * papers". importMs is timed in the page, from the input's change event to the status text (a
 * mutation observer, not Playwright's waitFor, whose polling has slowed to every 500 ms by then);
 * driverMs is the same as the test driver sees it. A refusal naming a papersift-bench file rejects.
 */
export async function timedImport(lib, file, n) {
  await lib.evaluate((count) => {
    window.__importMs = new Promise((resolve, reject) => {
      let chosen = NaN;
      document.addEventListener('change', () => (chosen = performance.now()), { capture: true, once: true });
      const shown = new MutationObserver(() => {
        const refused = [...document.querySelectorAll('[role="alert"]')].find((a) => a.textContent.includes('papersift-bench'));
        if (refused) return shown.disconnect(), reject(new Error(refused.textContent));
        if (![...document.querySelectorAll('[role="status"]')].some((s) => s.textContent.startsWith(`Imported ${count} papers`))) return;
        shown.disconnect();
        resolve(performance.now() - chosen);
      });
      shown.observe(document.body, { subtree: true, childList: true, characterData: true });
      setTimeout(() => reject(new Error('No import status after 120 s')), 120_000);
    });
  }, n);
  const t = Date.now();
  await lib.getByRole('region', { name: 'Import and export' }).getByLabel('Import backup', { exact: true }).setInputFiles(file);
  const importMs = await lib.evaluate(() => window.__importMs);
  return { importMs, driverMs: Date.now() - t };
}

export async function benchLibrary({ median, fmt }) {
  const ext = await launch();
  try {
    const file = path.join(os.tmpdir(), `papersift-bench-${process.pid}.json`);
    fs.writeFileSync(file, JSON.stringify(fixtureBackup({ count: N })));
    const lib = await ext.context.newPage();
    await lib.goto(ext.url('options.html'));
    const { importMs, driverMs } = await timedImport(lib, file, N).finally(() => fs.rmSync(file));
    const parts = await lib.evaluate(() => {
      const at = (n) => performance.getEntriesByName(n).at(-1)?.startTime ?? NaN;
      return { handOver: at('papersift:import-send') - at('papersift:import-read'), background: at('papersift:import-done') - at('papersift:import-send') };
    });

    // First rows: from navigation start to the first paper row in the DOM, several cold loads.
    const firstRows = [];
    for (let i = 0; i < 5; i++) {
      await lib.goto(ext.url('options.html'));
      await lib.waitForSelector('[data-papersift-paper]');
      firstRows.push(await lib.evaluate(() => {
        const row = performance.getEntriesByType('mark').find((m) => m.name === 'papersift:first-rows');
        return row ? row.startTime : performance.now();
      }));
    }

    // Search: keystroke to updated rows, measured in the page.
    const search = lib.getByRole('searchbox', { name: 'Search' }).or(lib.getByLabel('Search', { exact: true })).first();
    const searches = [];
    for (const q of ['d', 'di', 'dif', 'diff', 'diffusion', 'reason', 'café', 'zzzz']) {
      searches.push(
        await search.evaluate(
          (input, value) =>
            new Promise((resolve) => {
              const list = document.querySelector('[aria-label="Reading list"]') ?? document.body;
              const t0 = performance.now();
              const mo = new MutationObserver(() => {
                mo.disconnect();
                resolve(performance.now() - t0);
              });
              mo.observe(list, { childList: true, subtree: true, characterData: true });
              input.value = value;
              input.dispatchEvent(new Event('input', { bubbles: true }));
              setTimeout(() => (mo.disconnect(), resolve(NaN)), 5000);
            }),
          q,
        ),
      );
    }

    // Save round trip: click "Save to reading list" on a card until the card shows it is saved.
    const page = await ext.context.newPage();
    await page.goto('https://huggingface.co/papers/date/2024-05-27');
    await page.waitForSelector('article[data-papersift-id] [data-papersift-controls]');
    const saves = [];
    for (const id of await page.$$eval('article[data-papersift-id]', (as) => as.slice(0, 7).map((a) => a.getAttribute('data-papersift-id')))) {
      saves.push(
        await page.evaluate(
          (pid) =>
            new Promise((resolve) => {
              const card = document.querySelector(`article[data-papersift-id="${pid}"]`);
              const t0 = performance.now();
              const mo = new MutationObserver(() => {
                if (card.hasAttribute('data-papersift-saved')) (mo.disconnect(), resolve(performance.now() - t0));
              });
              mo.observe(card, { attributes: true });
              card.querySelector('button[aria-label="Save to reading list"]').click();
            }),
          id,
        ),
      );
    }

    console.log(`3) Reading list at ${N.toLocaleString('en')} saved papers (Library, real Chromium)`);
    console.log(`   import a ${N.toLocaleString('en')}-paper backup, file chosen → status shown: ${fmt(importMs)}   (target < 1000 ms; ${driverMs} ms as the test driver saw it)`);
    console.log(`     of which: handing the file over ${fmt(parts.handOver)}, background reads + validates + merges + writes one transaction + republishes ${fmt(parts.background)}`);
    console.log(`   Library first rows after load (median of 5): ${fmt(median(firstRows))}   (target < 300 ms)`);
    console.log(`   search keystroke → rows updated (median of ${searches.length}): ${fmt(median(searches.filter((x) => !Number.isNaN(x))))}   (target < 50 ms; each: ${searches.map((s) => s.toFixed(0)).join(', ')} ms)`);
    console.log(`   save one paper from a card → card shows saved (median of ${saves.length}): ${fmt(median(saves))}\n`);
  } finally {
    await ext.close();
  }
}

/** Each export format over 10,000 papers: the pure formatters the Library runs, bundled for node. */
export async function benchExports({ median, fmt }) {
  // The export folder has no barrel: one entry that re-exports the formatters this section runs.
  const entry = ['bibtex', 'ris', 'csl', 'csv', 'markdown', 'backup', 'validate'].map((m) => `export * from '@/utils/export/${m}';`).join('\n');
  const out = await build({ stdin: { contents: entry, resolveDir: path.resolve('.'), loader: 'ts' }, bundle: true, write: false, format: 'esm', platform: 'node', alias: { '@': path.resolve('.') }, logLevel: 'error' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  const backup = fixtureBackup({ count: N });
  const papers = backup.papers.map((p) => ({ org: null, githubUrl: null, githubStars: null, hfUrl: `https://huggingface.co/papers/${p.id}`, arxivUrl: `https://arxiv.org/abs/${p.id}`, ...p }));
  const text = JSON.stringify(backup);
  const formats = {
    BibTeX: () => mod.toBibtex(papers),
    RIS: () => mod.toRis(papers),
    'CSL-JSON': () => mod.toCslJson(papers),
    CSV: () => mod.toCsv(papers),
    Markdown: () => mod.toMarkdown(papers),
    'JSON backup': () => mod.backupToJson(mod.createBackup({ papers, rules: backup.rules }, new Date())),
    'validate a backup (import check)': () => mod.validateBackup(text, { checkRule: () => null }),
  };
  console.log(`4) Export ${N.toLocaleString('en')} papers (median of 3, node; target < 1000 ms each)`);
  for (const [name, fn] of Object.entries(formats)) {
    const times = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      fn();
      times.push(performance.now() - t);
    }
    console.log(`   ${name.padEnd(34)} ${fmt(median(times))}`);
  }
  console.log('');
}
