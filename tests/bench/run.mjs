// `npm run bench`: timings in real Chromium, each next to a baseline measured in the same run,
// so the ratios mean something on a shared, noisy machine. Prints numbers; asserts nothing.
import { build } from 'esbuild';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../e2e/lib/browser.mjs';
import { manyCardsHtml } from '../fixtures/pages/build.mjs';
import { benchRules, benchSmallPage } from './rules-mix.mjs';
import { benchExports, benchLibrary } from './library.mjs';
import { benchImportBib } from './import-bib.mjs';

const root = path.resolve('.');
const bundle = await build({
  entryPoints: ['tests/bench/page-entry.ts'],
  bundle: true,
  write: false,
  format: 'iife',
  target: 'chrome120',
  alias: { '@': root },
  define: { 'import.meta.env.BROWSER': '"chrome"', 'import.meta.env.MANIFEST_VERSION': '3' },
  loader: { '.css': 'empty' },
  logLevel: 'error',
});
const script = bundle.outputFiles[0].text;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

// --expose-gc: each timed pass starts after a collection, so garbage from the last one is not billed to it.
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'] });
const page = await browser.newPage();
const URL_ = 'https://huggingface.co/papers/trending';
await page.route('https://huggingface.co/**', (r) =>
  new URL(r.request().url()).pathname === '/papers/trending'
    ? r.fulfill({ contentType: 'text/html', body: manyCardsHtml(1000) })
    : r.fulfill({ status: 404, body: '' }),
);
await page.goto(URL_);
await page.addScriptTag({ content: script });
const cards = await page.evaluate(() => document.querySelectorAll('main article').length);
console.log(`PaperSift bench — ${cards} trending cards of distinct papers (desktop + mobile copies each), Chromium headless\n`);

// 1. Foundation: parse + mark 1,000 cards vs a bare querySelectorAll + textContent pass.
// Every timed pass runs on a fresh copy of the page (freshPage): nothing is warm from the last one.
const REPS = 7;
const runs = await page.evaluate(
  ({ url, reps }) => {
    const bare = [], full = [], parse = [];
    for (let i = 0; i < reps; i++) {
      PaperSiftBench.freshPage();
      let t = performance.now();
      let n = 0;
      for (const a of document.querySelectorAll('main article')) n += (a.textContent ?? '').length;
      bare.push(performance.now() - t);
      PaperSiftBench.freshPage();
      t = performance.now();
      PaperSiftBench.parsePage(document, url);
      parse.push(performance.now() - t);
      PaperSiftBench.freshPage();
      full.push(PaperSiftBench.decorateAll(url, []));
    }
    return { bare, full, parse };
  },
  { url: URL_, reps: REPS },
);
const bare = median(runs.bare), parse = median(runs.parse), full = median(runs.full);
console.log('1) Read and mark 1,000 cards (median of 7)');
console.log(`   bare querySelectorAll + textContent : ${fmt(bare)}`);
console.log(`   parsePage (DOM + data-props)        : ${fmt(parse)}   ratio ${(parse / bare).toFixed(1)}×`);
console.log(`   parse + mark ids + card controls    : ${fmt(full)}   ratio ${(full / bare).toFixed(1)}×\n`);

await benchRules(page, URL_, { median, fmt });
await page.close();
await benchSmallPage(browser, script, { median, fmt });
await browser.close();
await benchLibrary({ median, fmt });
await benchExports({ median, fmt });
await benchImportBib({ median, fmt });

const { benchSync } = await import('./sync.mjs');
await benchSync({ median, fmt });

const { benchForYou } = await import('./foryou.mjs');
await benchForYou({ median, fmt });
