// Accessibility in real Chromium: axe-core finds no serious or critical violation in what PaperSift
// draws on the papers pages (card bars, chips, marks, placeholders, the keys dialog), in the popup
// and in the Library, in light and dark: the OS colour scheme (prefers-color-scheme) and Hugging
// Face's own `html.dark`, on pages styled with the approximated HF stylesheet (tests/fixtures/styles).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPopup } from './lib/browser.mjs';
import { addRuleInPopup } from './lib/rules-ui.mjs';
import { seriousViolations } from './lib/axe.mjs';
import { readPage } from './lib/routes.mjs';
import { until } from './lib/library.mjs';

const TRENDING = 'https://huggingface.co/papers/trending';
const DAILY = 'https://huggingface.co/papers/date/2025-06-18';
// Everything PaperSift adds to the page: its UI (bars, lines, dialogs, any later control) and marks.
const OURS = ['[data-papersift-ui]:not(style)', '[data-papersift-controls]', '[data-papersift-placeholder]', 'mark[data-papersift-mark]', '[data-papersift-seen-placeholder]', 'dialog[data-papersift-keys]'];
const SCHEMES = [
  { name: 'light', colorScheme: 'light', htmlDark: false },
  { name: 'dark (prefers-color-scheme and html.dark)', colorScheme: 'dark', htmlDark: true },
];

// A listing that changed between two visits: its first 8 cards, then all 13 (5 new ones).
const PAGE_2024 = readPage('daily-2024-05-27.html');
const firstCards = (html, n) => {
  const cards = [...html.matchAll(/<!--\[--><article[\s\S]*?<\/article><!--\]-->/g)];
  return html.slice(0, cards[n].index) + html.slice(cards.at(-1).index + cards.at(-1)[0].length);
};

let ext;
before(async () => {
  ext = await launch({ styled: true });
  const page = await ext.context.newPage();
  await page.goto(TRENDING);
  await page.waitForSelector('article[data-papersift-id] [data-papersift-controls]');
  for (const [terms, action] of [['video', 'highlight'], ['AgentScope', 'hide'], ['reasoning', 'highlight'], ['diffusion', 'hide']])
    await (await addRuleInPopup(ext, page, { terms, action })).close();
  await page.locator('article[data-papersift-id="2610.05608"]').getByRole('button', { name: 'Save to reading list' }).click();
  await page.waitForSelector('article[data-papersift-id="2610.05608"][data-papersift-saved]');
  await page.close();
});
after(async () => {
  await ext?.close();
});

async function pageIn(scheme, url) {
  const page = await ext.context.newPage();
  await page.emulateMedia({ colorScheme: scheme.colorScheme });
  await page.goto(url);
  if (scheme.htmlDark) await page.evaluate(() => document.documentElement.classList.add('dark'));
  return page;
}

test('the saved card button: visible text is part of its name, SPEC names still found', async () => {
  const page = await pageIn(SCHEMES[0], TRENDING);
  const saved = page.locator('article[data-papersift-id="2610.05608"]').getByRole('button', { name: 'Remove from reading list' });
  await saved.waitFor();
  const visible = (await saved.textContent()).replace(/[^\p{L}\p{N} ]/gu, '').trim();
  const name = await saved.getAttribute('aria-label');
  assert.ok(name.toLowerCase().includes(visible.toLowerCase()), `name "${name}" contains the visible text "${visible}"`);
  const unsaved = page.locator('article[data-papersift-id="2609.08183"]').getByRole('button', { name: 'Save to reading list' });
  assert.ok((await unsaved.getAttribute('aria-label')).toLowerCase().includes((await unsaved.textContent()).replace(/[^\p{L}\p{N} ]/gu, '').trim().toLowerCase()));
  await page.close();
});

for (const scheme of SCHEMES) {
  test(`papers pages, ${scheme.name}: PaperSift's card UI has no serious or critical axe violation`, async () => {
    for (const url of [TRENDING, DAILY]) {
      const page = await pageIn(scheme, url);
      await page.waitForSelector('[data-papersift-placeholder]');
      await page.waitForSelector('mark[data-papersift-mark]');
      assert.ok(await page.locator('article[data-papersift-saved], article[data-papersift-highlight]').count(), 'saved or highlighted cards drawn');
      assert.deepEqual(await seriousViolations(page, OURS), [], url);
      // The keyboard help dialog ("?") too.
      await page.keyboard.press('?');
      await page.waitForSelector('dialog[data-papersift-keys][open]');
      assert.deepEqual(await seriousViolations(page, ['dialog[data-papersift-keys]']), [], `${url} keys dialog`);
      await page.close();
    }
  });

  test(`popup, ${scheme.name}: no serious or critical axe violation`, async () => {
    const page = await pageIn(scheme, TRENDING);
    await page.waitForSelector('article[data-papersift-id] [data-papersift-controls]');
    const popup = await openPopup(ext, page);
    await popup.emulateMedia({ colorScheme: scheme.colorScheme });
    await popup.getByRole('status').filter({ hasText: ' saved' }).waitFor();
    await popup.locator('[data-papersift-paper]').first().waitFor();
    assert.deepEqual(await seriousViolations(popup), []);
    await popup.close();
    await page.close();
  });

  test(`Library, ${scheme.name}: no serious or critical axe violation`, async () => {
    const library = await ext.context.newPage();
    await library.emulateMedia({ colorScheme: scheme.colorScheme });
    await library.goto(ext.url('options.html'));
    await library.locator('[data-papersift-paper="2610.05608"]').waitFor();
    assert.deepEqual(await seriousViolations(library), []);
    await library.close();
  });
}

test('seen before (folded) and New chips, light and dark: no serious or critical axe violation', async () => {
  // One listing per scheme (a listing's second visit stores all its papers: a third shows none new).
  const listings = ['/papers/date/2024-05-27', '/papers/week/2024-W22'];
  for (const path of listings) ext.server.pages[path] = firstCards(PAGE_2024, 8);
  for (const path of listings) {
    const first = await pageIn(SCHEMES[0], `https://huggingface.co${path}`);
    await first.waitForSelector('article[data-papersift-id] > [data-papersift-controls]', { state: 'attached' });
    await first.close(); // leaving stores the visit
  }
  const library = await ext.context.newPage();
  await library.goto(ext.url('options.html'));
  await library.getByRole('radio', { name: 'Fold the ones seen before to one line' }).check();
  const local = () => library.evaluate(() => chrome.storage.local.get(null));
  await until(local, (l) => l['papersift:state']?.settings.seenMode === 'fold' && l['papersift:visit:day:2024-05-27'] && l['papersift:visit:week:2024-W22'], 'fold mode and the first visits stored');
  await library.close();
  for (const [i, scheme] of SCHEMES.entries()) {
    ext.server.pages[listings[i]] = PAGE_2024;
    const page = await pageIn(scheme, `https://huggingface.co${listings[i]}`);
    await page.waitForSelector('article[data-papersift-new]', { state: 'attached' });
    await page.waitForSelector('[data-papersift-seen-placeholder]');
    assert.deepEqual(await seriousViolations(page, [...OURS, 'article[data-papersift-new] > [data-papersift-controls]']), [], scheme.name);
    await page.close();
  }
});
