// The whole everyday path with the keyboard alone, in real Chromium: in the popup add a rule,
// save a paper, open the Library, export BibTeX. Only key presses drive the UI (Tab, typing,
// Enter, Space); every control focus lands on along the way shows a visible focus indicator.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openPopup } from './lib/browser.mjs';

const DAILY = 'https://huggingface.co/papers/date/2025-06-18';
let ext;
before(async () => {
  ext = await launch({ styled: true });
});
after(async () => {
  await ext?.close();
});

/** The focused element, described, with whether a focus indicator is drawn (outline or ring). */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1) || /rgb.*\d+px/.test(cs.boxShadow);
    const name = el.getAttribute('aria-label') || (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent) || el.closest('label')?.textContent || el.textContent;
    return { tag: el.tagName.toLowerCase(), name: (name ?? '').replace(/\s+/g, ' ').trim(), ring, visible: el.matches(':focus-visible') };
  });

/** Presses Tab until `want(focused)` holds; fails if any control on the way shows no focus ring. */
async function tabTo(page, want, what, max = 200) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) continue;
    assert.ok(f.ring, `visible focus indicator on <${f.tag}> "${f.name.slice(0, 60)}"`);
    if (want(f)) return f;
  }
  assert.fail(`Tab never reached ${what}`);
}

test('keyboard only: add a rule and save a paper in the popup, open the Library, export BibTeX', async () => {
  const page = await ext.context.newPage();
  await page.goto(DAILY);
  await page.waitForSelector('article[data-papersift-id] [data-papersift-controls]');
  const popup = await openPopup(ext, page);
  await popup.bringToFront();
  await popup.getByRole('status').filter({ hasText: ' saved' }).waitFor();

  // Quick rule form: Terms, Action (left at its default, highlight), Add rule.
  await tabTo(popup, (f) => f.tag === 'input' && /^Terms/.test(f.name), 'Terms');
  await popup.keyboard.type('reasoning');
  const action = await tabTo(popup, (f) => f.tag === 'select', 'Action');
  assert.match(action.name, /Action/);
  assert.equal(await popup.evaluate(() => document.activeElement.value), 'highlight');
  await tabTo(popup, (f) => f.tag === 'button' && f.name === 'Add rule', 'Add rule');
  await popup.keyboard.press('Enter');
  await page.waitForSelector('article[data-papersift-highlight] mark[data-papersift-mark="reasoning"]');
  await popup.getByRole('status').filter({ hasText: /[1-9]\d* highlighted/ }).waitFor();

  // Save the first paper of the list with Space.
  const first = await popup.locator('[data-papersift-paper]').first().getAttribute('data-papersift-paper');
  await tabTo(popup, (f) => f.tag === 'button' && /^(☆ )?Save$/.test(f.name), 'the first Save button');
  await popup.keyboard.press('Space');
  await page.waitForSelector(`article[data-papersift-id="${first}"][data-papersift-saved]`);
  await popup.getByRole('status').filter({ hasText: '1 saved' }).waitFor();

  // Open the Library from the popup's link with Enter.
  await tabTo(popup, (f) => f.tag === 'a' && f.name === 'Open Library', 'Open Library');
  const [library] = await Promise.all([ext.context.waitForEvent('page'), popup.keyboard.press('Enter')]);
  await library.waitForLoadState();
  assert.match(library.url(), /\/options\.html$/);
  await library.locator(`[data-papersift-paper="${first}"]`).waitFor();

  // Export BibTeX with Enter.
  await tabTo(library, (f) => f.tag === 'button' && f.name === 'Export BibTeX', 'Export BibTeX', 400);
  const [download] = await Promise.all([library.waitForEvent('download'), library.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /^papersift-\d{4}-\d{2}-\d{2}\.bib$/);
  const bib = fs.readFileSync(await download.path(), 'utf8');
  assert.match(bib, new RegExp(`eprint\\s*=\\s*\\{${first.replace('.', '\\.')}\\}`));
  await library.close();
  await popup.close();
  await page.close();
});

/**
 * Tabs through the whole page once (until focus comes back round) and returns the visible controls
 * Tab never reached, checking a focus ring on each control it did reach.
 */
async function unreachedByTab(page) {
  await page.evaluate(() => document.activeElement?.blur());
  let firstKey = null;
  for (let i = 0; i < 600; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) continue;
    assert.ok(f.ring, `visible focus indicator on <${f.tag}> "${f.name.slice(0, 60)}"`);
    const key = await page.evaluate(() => {
      const el = document.activeElement;
      const k = el.getAttribute('data-kb-reached') ?? String(document.querySelectorAll('[data-kb-reached]').length);
      el.setAttribute('data-kb-reached', k);
      return k;
    });
    if (firstKey === null) firstKey = key;
    else if (key === firstKey) break;
  }
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex], [role="button"], [role="checkbox"], [role="switch"], [role="tab"], [onclick]')]
      // A radio group is one Tab stop (arrow keys move inside it).
      .filter((el) => !(el.type === 'radio' && document.querySelector(`input[type="radio"][name="${el.name}"][data-kb-reached]`)))
      .filter((el) => !el.hasAttribute('data-kb-reached') && !el.disabled && el.getAttribute('tabindex') !== '-1' && el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0)
      .map((el) => `<${el.tagName.toLowerCase()}${el.type ? ` type=${el.type} name=${el.name}` : ''}> ${(el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)}`),
  );
}

test('every visible control of the popup and the Library is reached by Tab and shows a focus ring', async () => {
  const page = await ext.context.newPage();
  await page.goto(DAILY);
  await page.waitForSelector('article[data-papersift-id] [data-papersift-controls]', { state: 'attached' });
  const popup = await openPopup(ext, page);
  await popup.bringToFront();
  await popup.locator('[data-papersift-paper]').first().waitFor();
  assert.deepEqual(await unreachedByTab(popup), [], 'popup');
  const library = await ext.context.newPage();
  await library.goto(ext.url('options.html'));
  await library.locator('[data-papersift-paper]').first().waitFor();
  await library.bringToFront();
  assert.deepEqual(await unreachedByTab(library), [], 'Library');
  await library.close();
  await popup.close();
  await page.close();
});
