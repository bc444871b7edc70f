// Issue 19 benches: packing 2,000 typical saved papers into storage.sync items (Node, the same
// code the background runs), and in real Chromium, two profiles with the built extension: the time
// from a received sync change of 200 papers to B's open listing tab showing them saved.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { launch } from '../e2e/lib/browser.mjs';
import { fixtureBackup } from '../e2e/lib/backup-data.mjs';
import { items2025 } from '../e2e/lib/data.mjs';

async function packer() {
  const out = await build({
    entryPoints: ['tests/bench/sync-entry.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    alias: { '@': path.resolve('.') },
    logLevel: 'error',
  });
  const file = path.join(os.tmpdir(), `papersift-sync-bench-${process.pid}.mjs`);
  fs.writeFileSync(file, out.outputFiles[0].text);
  try {
    return await import(file);
  } finally {
    fs.rmSync(file);
  }
}

const statusOf = (lib) => lib.evaluate(async () => (await chrome.storage.local.get('papersift:sync'))['papersift:sync'] ?? {});
async function until(read, ok, timeout = 60_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`bench: timed out (${JSON.stringify(v)?.slice(0, 200)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function library(ext) {
  const lib = await ext.context.newPage();
  await lib.goto(ext.url('options.html'));
  await lib.getByRole('checkbox', { name: 'Sync with my browser account' }).check();
  await until(() => statusOf(lib), (s) => s.enabled);
  return lib;
}

export async function benchSync({ median, fmt }) {
  const { packTypical } = await packer();
  await packTypical(2000); // warm-up
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await packTypical(2000));
  const best = runs[0];
  const plain = await packTypical(2000, 'plain');
  const gzip = await packTypical(2000, 'gzip');
  console.log('\nSync (issue 19)');
  console.log(`   pack 2,000 typical papers + ${best.rules} rules : ${fmt(median(runs.map((r) => r.ms)))} (median of 5), ${(best.bytes / 1024).toFixed(1)} KB in ${best.items} items, ${best.left} left out`);
  console.log(`      plain compact encoding alone        : ${(plain.bytes / 1024).toFixed(1)} KB in ${plain.items} items (over the 90 KB PaperSift allows itself)`);
  console.log(`      gzip + base64 of the same           : ${(gzip.bytes / 1024).toFixed(1)} KB in ${gzip.items} items → the packer picks gzip per item`);

  const [A, B] = await Promise.all([launch(), launch()]);
  const tmp = path.join(os.tmpdir(), `papersift-sync-bench-${process.pid}.json`);
  try {
    const [libA, libB] = await Promise.all([library(A), library(B)]);
    const own = fixtureBackup();
    const data = { ...own, papers: [...own.papers, ...fixtureBackup({ count: 200 - own.papers.length }).papers] };
    fs.writeFileSync(tmp, JSON.stringify(data));
    await libA.getByRole('region', { name: 'Import and export' }).getByLabel('Import backup', { exact: true }).setInputFiles(tmp);
    await until(() => statusOf(libA), (s) => s.papers === 200 && s.lastSent);
    const listing = await B.context.newPage();
    await listing.goto('https://huggingface.co/papers/date/2025-06-18');
    await listing.waitForSelector('article[data-papersift-id]');
    const want = items2025().length;
    // In the listing: the time (epoch ms) when every card shows as saved.
    await listing.evaluate((n) => {
      window.__allSaved = new Promise((resolve) => {
        const check = () => document.querySelectorAll('article[data-papersift-saved]').length >= n && (mo.disconnect(), resolve(Date.now()));
        const mo = new MutationObserver(check);
        mo.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-papersift-saved'] });
      });
    }, want);
    const all = await libA.evaluate(() => chrome.storage.sync.get(null));
    const sentAt = await libB.evaluate(async (all) => {
      const t = Date.now();
      await chrome.storage.sync.set(all); // what Chrome Sync does when the change arrives
      return t;
    }, all);
    const doneAt = await listing.evaluate(() => window.__allSaved);
    console.log(`   received change of 200 papers → open listing tab redecorated (${want} cards saved): ${fmt(doneAt - sentAt)} (one run; includes the 300 ms wait for more changes)`);
  } finally {
    fs.rmSync(tmp, { force: true });
    await Promise.all([A.close(), B.close()]);
  }
}
