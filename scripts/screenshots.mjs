// Regenerates the README screenshots from the fixture pages: `npm run build && node scripts/screenshots.mjs`.
// (The fixtures carry no Hugging Face stylesheet, so the page itself appears unstyled.)

const { launch, openPopup } = await import('../tests/e2e/lib/browser.mjs');
const { addRuleInPopup } = await import('../tests/e2e/lib/rules-ui.mjs');
const ext = await launch();
const page = await ext.context.newPage();
await page.setViewportSize({ width: 1200, height: 900 });
await page.goto('https://huggingface.co/papers/trending');
await page.waitForSelector('article[data-papersift-id]');
(await addRuleInPopup(ext, page, { terms: 'video, audio', action: 'highlight' })).close();
(await addRuleInPopup(ext, page, { terms: 'agentic', action: 'hide', tag: 'agents' })).close();
await page.waitForSelector('[data-papersift-placeholder]');
await page.locator('article').first().getByRole('button', { name: 'Save to reading list' }).click();
await page.waitForSelector('article[data-papersift-saved]');
await page.screenshot({ path: 'docs/screenshot-page.png', clip: { x: 0, y: 480, width: 1200, height: 420 } });
const popup = await openPopup(ext, page);
await popup.setViewportSize({ width: 460, height: 700 });
await popup.waitForTimeout(300);
await popup.screenshot({ path: 'docs/screenshot-popup.png' });
const lib = await ext.context.newPage();
await lib.goto(ext.url('options.html'));
await lib.waitForSelector('[data-papersift-paper]');
await lib.screenshot({ path: 'docs/screenshot-library.png', fullPage: true });
await ext.close();
