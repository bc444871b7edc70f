// Regenerates the README screenshots (docs/*.png, light and dark) and the store images
// (docs/store/: 1280×800 screenshots and the 440×280 promotional tile) from the fixture pages,
// styled with the approximated Hugging Face stylesheet (tests/fixtures/styles/):
//   npm run build && node scripts/screenshots.mjs
import fs from 'node:fs';

const { launch, openPopup } = await import('../tests/e2e/lib/browser.mjs');
const { addRuleInPopup } = await import('../tests/e2e/lib/rules-ui.mjs');
const STORE = 'docs/store';
fs.mkdirSync(STORE, { recursive: true });
const ext = await launch({ styled: true });
const W = 1280, H = 800;

async function listing(url, { dark = false } = {}) {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: W, height: H });
  await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
  await page.goto(url);
  await page.waitForSelector('article[data-papersift-id] [data-papersift-controls]', { state: 'attached' });
  // Some breathing room around the page, as HF's own container gives it.
  await page.addStyleTag({ content: 'main { padding: 24px 32px; }' });
  if (dark) await page.evaluate(() => document.documentElement.classList.add('dark'));
  await page.evaluate(() => document.fonts.ready);
  return page;
}

const setup = await listing('https://huggingface.co/papers/trending');
for (const rule of [
  { terms: 'video, audio', action: 'highlight' },
  { terms: 'agentic', action: 'hide', tag: 'agents' },
  { terms: 'reasoning', action: 'highlight' },
  { terms: 'diffusion', action: 'hide' },
]) await (await addRuleInPopup(ext, setup, rule)).close();
await setup.locator('article').first().getByRole('button', { name: 'Save to reading list' }).click();
await setup.waitForSelector('article[data-papersift-saved]');
await setup.close();

const shots = [];
for (const dark of [false, true]) {
  const suffix = dark ? '-dark' : '';
  // The trending page: a highlighted, saved card with marks and chips; two cards folded by a hide rule.
  const trending = await listing('https://huggingface.co/papers/trending', { dark });
  await trending.waitForSelector('[data-papersift-placeholder]', { state: 'attached' });
  await trending.screenshot({ path: `docs/screenshot-page${suffix}.png`, clip: { x: 0, y: 140, width: W, height: 400 } });
  await trending.screenshot({ path: `${STORE}/screenshot-1-trending${suffix}.png` });
  shots.push(`${STORE}/screenshot-1-trending${suffix}.png`);

  // A daily listing: compact cards, highlighted ones and placeholders in the grid.
  const daily = await listing('https://huggingface.co/papers/date/2025-06-18', { dark });
  await daily.waitForSelector('[data-papersift-placeholder]', { state: 'attached' });
  await daily.evaluate(() => document.querySelector('main article[data-papersift-highlight]')?.scrollIntoView({ block: 'start' }));
  await daily.evaluate(() => window.scrollBy(0, -24));
  await daily.screenshot({ path: `${STORE}/screenshot-2-daily${suffix}.png` });

  // The popup, alone for the README, and drawn over its page for the store.
  const popup = await openPopup(ext, daily);
  await popup.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
  await popup.setViewportSize({ width: 440, height: 720 });
  await popup.getByRole('status').filter({ hasText: ' saved' }).waitFor();
  await popup.setViewportSize({ width: 440, height: Math.min(720, Math.ceil(await popup.evaluate(() => document.querySelector('main').getBoundingClientRect().bottom + 8))) });
  await popup.screenshot({ path: `docs/screenshot-popup${suffix}.png` });
  const popupPng = await popup.screenshot();
  const pagePng = await daily.screenshot();
  await popup.close();
  await daily.close();
  await trending.close();
  const board = await ext.context.newPage();
  await board.setViewportSize({ width: W, height: H });
  await board.setContent(`<body style="margin:0;position:relative;width:${W}px;height:${H}px;overflow:hidden">
    <img src="data:image/png;base64,${pagePng.toString('base64')}" style="position:absolute;inset:0;filter:brightness(${dark ? 0.8 : 0.93})">
    <img src="data:image/png;base64,${popupPng.toString('base64')}" style="position:absolute;top:16px;right:24px;width:440px;border-radius:10px;box-shadow:0 12px 40px rgba(0,0,0,.35);border:1px solid ${dark ? '#374151' : '#d1d5db'}">
  </body>`);
  await board.screenshot({ path: `${STORE}/screenshot-3-popup${suffix}.png` });
  await board.close();

  // The Library.
  const lib = await ext.context.newPage();
  await lib.setViewportSize({ width: W, height: H });
  await lib.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
  await lib.goto(ext.url('options.html'));
  await lib.waitForSelector('[data-papersift-paper]');
  await lib.screenshot({ path: `docs/screenshot-library${suffix}.png` });
  await lib.screenshot({ path: `${STORE}/screenshot-4-library${suffix}.png` });
  await lib.close();
}

// The 440×280 promotional tile: the icon, the name and what it does.
const icon = fs.readFileSync('public/icon/icon.svg', 'utf8');
const tile = await ext.context.newPage();
await tile.setViewportSize({ width: 440, height: 280 });
await tile.setContent(`<body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:18px;padding:0 28px;box-sizing:border-box;
  background:linear-gradient(135deg,#fff7e0 0%,#ffffff 55%,#eef2ff 100%);font-family:'Source Sans Pro',ui-sans-serif,system-ui,sans-serif;color:#111827">
  <div style="width:92px;height:92px;flex:none">${icon.replace('<svg ', '<svg width="92" height="92" ')}</div>
  <div><div style="font-size:38px;font-weight:700;letter-spacing:-0.5px">PaperSift</div>
  <div style="font-size:15px;line-height:1.4;margin-top:4px;color:#374151;white-space:nowrap">Highlight, hide, save and cite<br>papers on Hugging Face</div>
  <div style="margin-top:12px;display:flex;gap:6px;font-size:12px">
    <span style="padding:1px 9px;border-radius:999px;background:#fffbeb;border:1px solid #fcd34d;color:#92400e">diffusion</span>
    <span style="padding:1px 9px;border-radius:999px;background:#f3f4f6;border:1px solid #e5e7eb;color:#374151">★ Saved</span></div></div>
</body>`);
await tile.screenshot({ path: `${STORE}/promo-tile-440x280.png` });
await ext.close();
console.log('docs/screenshot-*.png, docs/store/*.png written');
