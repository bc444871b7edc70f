// Tag rules in real Chromium: highlight with marks, hide with placeholder and Show, precedence,
// pause, live update in another tab, bad input refused, and no flash of hidden cards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPopup, stopServiceWorker } from './lib/browser.mjs';
import { addRuleInPopup, storedRules } from './lib/rules-ui.mjs';
import { ids, items2025, mentions } from './lib/data.mjs';

const DAY = 'https://huggingface.co/papers/date/2025-06-18';
const items = items2025();
const DIFFUSION = ids(items.filter((i) => mentions(i, 'diffusion')));
const DIFFUSION_IN_TITLE = ids(items.filter((i) => /diffusion/i.test(i.paper.title)));
const REASONING = ids(items.filter((i) => mentions(i, 'reasoning')));
const HIDDEN = REASONING.filter((id) => !DIFFUSION.includes(id));
const BOTH = REASONING.filter((id) => DIFFUSION.includes(id));
let ext;

const attrIds = (page, attr) =>
  page.evaluate((a) => [...document.querySelectorAll(`article[${a}]`)].map((e) => e.getAttribute('data-papersift-id')), attr);

before(async () => {
  assert.ok(DIFFUSION.length >= 3 && DIFFUSION_IN_TITLE.length >= 2 && HIDDEN.length >= 3, 'fixture has enough matches to test with');
  ext = await launch();
});
after(async () => {
  await ext?.close();
});

test('a highlight rule added in the popup marks exactly the matching cards, words marked in titles', async () => {
  const page = await ext.context.newPage();
  await page.goto(DAY);
  await page.waitForSelector('article[data-papersift-id]');
  const titlesBefore = await page.locator('article h3 a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
  const popup = await addRuleInPopup(ext, page, { terms: 'diffusion', action: 'highlight' });
  await page.waitForFunction((n) => document.querySelectorAll('article[data-papersift-highlight]').length === n, DIFFUSION.length);
  assert.deepEqual(await attrIds(page, 'data-papersift-highlight'), DIFFUSION);
  for (const id of DIFFUSION) {
    const card = page.locator(`article[data-papersift-id="${id}"]`);
    assert.match(await card.getAttribute('data-papersift-tags'), /\bdiffusion\b/);
    const marks = await card.locator('h3 a mark[data-papersift-mark="diffusion"]').allTextContents();
    if (DIFFUSION_IN_TITLE.includes(id)) assert.ok(marks.length > 0 && marks.every((m) => /^diffusion$/i.test(m)), `${id} title marked`);
    else {
      assert.equal(marks.length, 0);
      assert.match(await card.locator('.papersift-chip').first().textContent(), /diffusion · in abstract/);
    }
  }
  // Marks split text nodes only: links keep their targets and text.
  assert.deepEqual(await page.locator('article h3 a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent])), titlesBefore);
  // The page re-renders a title (its text nodes, and our marks, replaced): the words are marked again.
  const rerendered = page.locator(`article[data-papersift-id="${DIFFUSION_IN_TITLE[0]}"] h3 a`);
  await rerendered.evaluateAll((as) => as.forEach((a) => (a.textContent = a.textContent)));
  await page.waitForFunction((id) => [...document.querySelectorAll(`article[data-papersift-id="${id}"] h3 a`)].every((a) => a.querySelector('mark[data-papersift-mark="diffusion"]')), DIFFUSION_IN_TITLE[0]);
  // The page builds a new article from the old one's nodes (our bar and marks in them): one bar, marks not doubled.
  const moved = DIFFUSION_IN_TITLE[1];
  const marksBefore = await page.locator(`article[data-papersift-id="${moved}"] mark`).count();
  await page.evaluate((id) => {
    const old = document.querySelector(`article[data-papersift-id="${id}"]`);
    const renewed = document.createElement('article');
    renewed.className = old.className;
    renewed.append(...old.childNodes);
    old.replaceWith(renewed);
  }, moved);
  await page.waitForSelector(`article[data-papersift-id="${moved}"][data-papersift-highlight]`, { state: 'attached' });
  const renewed = page.locator(`article[data-papersift-id="${moved}"]`);
  assert.equal(await renewed.locator('[data-papersift-controls]').count(), 1);
  assert.equal(await renewed.locator('mark').count(), marksBefore);
  assert.equal(await renewed.locator('mark mark').count(), 0);
  await popup.getByRole('status').filter({ hasText: `${DIFFUSION.length} highlighted` }).waitFor();
  await popup.close();
  await page.close();
});

test('a hide rule folds cards to a placeholder with Show; a highlight match is never hidden', async () => {
  const page = await ext.context.newPage();
  await page.goto(DAY);
  await page.waitForSelector('article[data-papersift-highlight]');
  const popup = await addRuleInPopup(ext, page, { terms: 'reasoning', action: 'hide' });
  await page.waitForFunction((n) => document.querySelectorAll('article[data-papersift-hidden]').length === n, HIDDEN.length);
  assert.deepEqual(await attrIds(page, 'data-papersift-hidden'), HIDDEN);
  for (const id of HIDDEN) {
    assert.equal(await page.locator(`article[data-papersift-id="${id}"]`).isVisible(), false);
    assert.match(await page.locator(`[data-papersift-placeholder="${id}"]`).textContent(), /Hidden by rule “reasoning”/);
  }
  for (const id of BOTH) {
    const card = page.locator(`article[data-papersift-id="${id}"]`);
    assert.equal(await card.isVisible(), true);
    assert.match(await card.getAttribute('data-papersift-tags'), /\breasoning\b/);
  }
  await popup.getByRole('status').filter({ hasText: `${HIDDEN.length} hidden` }).waitFor();

  // The page puts a new article (its own markup, none of ours) where a hidden one was: hidden again,
  // behind one placeholder, not a second one next to the old.
  const second = HIDDEN[1];
  await page.evaluate((id) => {
    const old = document.querySelector(`article[data-papersift-id="${id}"]`);
    const renewed = document.createElement('article');
    renewed.className = old.className;
    for (const n of [...old.childNodes]) if (!(n.nodeType === 1 && n.hasAttribute('data-papersift-ui'))) renewed.append(n);
    old.replaceWith(renewed);
  }, second);
  await page.waitForSelector(`article[data-papersift-id="${second}"][data-papersift-hidden]`, { state: 'attached' });
  assert.equal(await page.locator(`[data-papersift-placeholder="${second}"]`).count(), 1);

  // Show one: it comes back and stays shown after a reload.
  const first = HIDDEN[0];
  await page.locator(`[data-papersift-placeholder="${first}"]`).getByRole('button', { name: 'Show' }).click();
  await page.locator(`article[data-papersift-id="${first}"]`).waitFor({ state: 'visible' });
  await page.reload();
  await page.waitForFunction((n) => document.querySelectorAll('article[data-papersift-hidden]').length === n, HIDDEN.length - 1);
  assert.equal(await page.locator(`article[data-papersift-id="${first}"]`).isVisible(), true);
  await popup.close();
  await page.close();
});

test('"Hide this paper" hides one card; Show in its placeholder undoes it', async () => {
  const page = await ext.context.newPage();
  await page.goto(DAY);
  const id = items.map((i) => i.paper.id).find((x) => !REASONING.includes(x) && !DIFFUSION.includes(x));
  const card = page.locator(`article[data-papersift-id="${id}"]`);
  await card.getByRole('button', { name: 'Hide this paper' }).click();
  await page.waitForSelector(`article[data-papersift-id="${id}"][data-papersift-hidden="manual"]`, { state: 'attached' });
  const placeholder = page.locator(`[data-papersift-placeholder="${id}"]`);
  assert.match(await placeholder.textContent(), /Hidden by you/);
  await placeholder.getByRole('button', { name: 'Show' }).click();
  await card.waitFor({ state: 'visible' });
  assert.equal(await page.locator(`[data-papersift-placeholder="${id}"]`).count(), 0);
  await page.close();
});

test('pause removes every decoration without reload, and resuming restores it', async () => {
  const page = await ext.context.newPage();
  await page.goto(DAY);
  await page.waitForSelector('article[data-papersift-hidden]', { state: 'attached' });
  const popup = await openPopup(ext, page);
  await popup.getByRole('switch', { name: 'Pause PaperSift' }).check();
  await page.waitForFunction(() => !document.querySelector('[data-papersift-highlight], [data-papersift-hidden], mark[data-papersift-mark], [data-papersift-placeholder]'));
  assert.equal(await page.locator('article[data-papersift-id]').count(), items.length); // ids stay
  await popup.getByRole('switch', { name: 'Pause PaperSift' }).uncheck();
  await page.waitForFunction((n) => document.querySelectorAll('article[data-papersift-highlight]').length === n, DIFFUSION.length);
  assert.ok((await page.locator('mark[data-papersift-mark]').count()) > 0);
  await popup.close();
  await page.close();
});

test('a rule change reaches another open tab without reload', async () => {
  const a = await ext.context.newPage();
  const b = await ext.context.newPage();
  await a.goto(DAY);
  await b.goto('https://huggingface.co/papers?q=diffusion');
  await b.waitForSelector('article[data-papersift-highlight]');
  const popup = await addRuleInPopup(ext, a, { terms: 'flow', action: 'highlight', tag: 'flows' });
  await b.waitForSelector('article[data-papersift-id="2506.14603"][data-papersift-tags~="flows"]');
  assert.ok((await b.locator('article[data-papersift-id="2506.14603"] mark[data-papersift-mark="flows"]').count()) > 0);
  await popup.close();
  await a.close();
  await b.close();
});

test('an invalid or catastrophic regular expression is refused with a message; nothing is saved', async () => {
  const page = await ext.context.newPage();
  await page.goto(DAY);
  const before = (await storedRules(ext)).length;
  for (const terms of ['/(unclosed/', '/(a+)+$/']) {
    const popup = await addRuleInPopup(ext, page, { terms, action: 'highlight' });
    const alert = popup.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), terms === '/(unclosed/' ? /regular expression/i : /catastrophic|nested/i);
    await popup.close();
  }
  assert.equal((await storedRules(ext)).length, before);
  await page.close();
});

test('no flash: cards a stored rule hides are never painted on page load', async () => {
  const page = await ext.context.newPage();
  // Before any page script: watch every frame until load for a card that is painted and later hidden.
  await page.addInitScript(() => {
    window.__papersiftPainted = new Set();
    const check = () => {
      for (const a of document.querySelectorAll('main article')) {
        const s = getComputedStyle(a);
        if (s.visibility !== 'hidden' && s.display !== 'none') window.__papersiftPainted.add(a.querySelector('h3 a')?.getAttribute('href'));
      }
      if (document.readyState !== 'complete') requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  // The slow path: no state mirror yet and a sleeping service worker, so the rules arrive
  // well after the first paint would (as right after install or a browser update).
  const setup = await ext.context.newPage();
  await setup.goto(DAY);
  (await addRuleInPopup(ext, setup, { terms: 'entropy', action: 'hide' })).close();
  await setup.waitForSelector('article[data-papersift-tags~="entropy"][data-papersift-hidden]', { state: 'attached' });
  await setup.close();
  const ext_ = await ext.context.newPage();
  await ext_.goto(ext.url('popup.html?tab=0'));
  await ext_.evaluate(() => chrome.storage.local.remove('papersift:state'));
  await stopServiceWorker(ext, ext_);
  await ext_.close();
  await page.goto(DAY);
  await page.waitForSelector('article[data-papersift-hidden]', { state: 'attached' });
  await page.waitForFunction(() => document.readyState === 'complete');
  const painted = await page.evaluate(() => [...window.__papersiftPainted]);
  const hidden = await attrIds(page, 'data-papersift-hidden');
  assert.ok(hidden.length > 0);
  for (const id of hidden) assert.ok(!painted.includes(`/papers/${id}`), `${id} was painted before being hidden`);
  await page.close();
});
