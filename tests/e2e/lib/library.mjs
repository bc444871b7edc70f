// Library helpers for e2e tests: open it, its Rules region, choose files to import, save or hide
// from a page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
export { until } from './until.mjs';

export async function openLibrary(ext) {
  const page = await ext.context.newPage();
  await page.goto(ext.url('options.html'));
  await page.getByRole('heading', { name: 'PaperSift Library' }).waitFor();
  return page;
}

export const rulesRegion = (library) => library.getByRole('region', { name: 'Rules' });
export const importRegion = (library) => library.getByRole('region', { name: 'Import and export' });

/**
 * Files a test file imports through the Library's "Import backup" input, in a temporary folder of
 * its own: `choose(library, name, body)` writes one there and chooses it. On disk, not in memory:
 * Playwright refuses in-memory buffers over 50 MB. The page reads a file after setInputFiles
 * returns, so the folder is removed only after the test file's tests (a node:test after hook).
 */
export function importFiles(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `papersift-${prefix}-`));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return {
    async choose(library, name, body) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, body);
      await importRegion(library).getByLabel('Import backup', { exact: true }).setInputFiles(file);
    },
  };
}

/** Saves papers from a listing page with the cards' own "Save to reading list" buttons. */
export async function saveFromPage(page, ids) {
  for (const id of ids) {
    const card = page.locator(`article[data-papersift-id="${id}"]`).first();
    await card.getByRole('button', { name: 'Save to reading list' }).click();
    await card.getByRole('button', { name: 'Remove from reading list' }).waitFor();
  }
}

/** Hides papers with the cards' "Hide this paper" buttons. */
export async function hideFromPage(page, ids) {
  for (const id of ids) {
    await page.locator(`article[data-papersift-id="${id}"]`).first().getByRole('button', { name: 'Hide this paper' }).click();
    await page.waitForSelector(`article[data-papersift-id="${id}"][data-papersift-hidden="manual"]`, { state: 'attached' });
  }
}

/** The reader's local calendar day, as the extension computes it. */
export function localDay(d = new Date()) {
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
