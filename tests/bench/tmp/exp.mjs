// scratch: raw DOM costs in Chromium for 1000 cards
import { chromium } from 'playwright-core';
import { manyCardsHtml } from '../../fixtures/pages/build.mjs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.route('https://huggingface.co/**', (r) => r.fulfill({ contentType: 'text/html', body: manyCardsHtml(1000) }));
await page.goto('https://huggingface.co/papers/trending');
const code = process.argv[2];
const out = await page.evaluate((code) => {
  const arts = [...document.querySelectorAll('main article')];
  const tests = new Function("arts", code)(arts);
  const res = {};
  for (const [name, fn] of Object.entries(tests)) {
    const ts = [];
    for (let i = 0; i < 9; i++) { const t = performance.now(); fn(); ts.push(performance.now() - t); }
    ts.sort((a, b) => a - b); res[name] = ts[4].toFixed(2);
  }
  return res;
}, code);
console.log(out);
await browser.close();
