// Keyboard triage in real Chromium, as a reader notices it: j/k move a focus ring through the
// papers in page order (each paper once, on the copy that is laid out), s saves, h hides and
// moves on, e shows a hidden paper, o opens the paper page, ? lists the keys (Escape closes).
// Nothing happens while typing in a field, with Alt, or while PaperSift is paused; the ring
// survives the page re-rendering a card, and a client-side navigation resets it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXT, launch, openPopup } from './lib/browser.mjs';
import { navigateInPage, readPage } from './lib/routes.mjs';
import { ids, items2025 } from './lib/data.mjs';
import { storedPaper } from './lib/idb.mjs';
import { until } from './lib/library.mjs';

const DAY = 'https://huggingface.co/papers/date/2025-06-18';
const IDS = ids(items2025()); // the page shows them in this order (fixture README)
const COPIES = '/papers/date/2025-06-18?copies=1';
let ext;

/**
 * The day's list twice, as a site with a desktop and a mobile list would have it: the desktop
 * list is laid out from 768 px, the mobile list below. Same papers, so every paper is in two articles.
 */
function copiesPage() {
  const html = readPage('daily-2025-06-18.html');
  const start = html.indexOf('<div class="relative grid');
  const end = html.lastIndexOf('</div></section>') + '</div>'.length;
  assert.ok(start > 0 && end > start, 'found the card grid in the fixture');
  const grid = html.slice(start, end);
  const css = '<style>@media (max-width: 767px) { [data-test-desktop] { display: none } } @media (min-width: 768px) { [data-test-mobile] { display: none } }</style>';
  return `${html.slice(0, start)}${css}<div data-test-desktop>${grid}</div><div data-test-mobile>${grid}</div>${html.slice(end)}`;
}

before(async () => {
  ext = await launch({ pages: { [COPIES]: copiesPage() } });
});
after(async () => {
  await ext?.close();
});

async function openDay(url = DAY) {
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.waitForSelector('article[data-papersift-id] [data-papersift-controls]');
  return page;
}

/** Where the ring is: the id and list of every element carrying it (there must be one at most). */
const ringOf = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-papersift-focus]')].map((el) => ({
      id: el.getAttribute('data-papersift-id'),
      list: el.closest('[data-test-desktop]') ? 'desktop' : el.closest('[data-test-mobile]') ? 'mobile' : '',
    })),
  );

async function ringId(page) {
  const r = await ringOf(page);
  assert.ok(r.length <= 1, `one ring at most: ${JSON.stringify(r)}`);
  return r[0]?.id ?? null;
}

/** Presses j until the ring is on `id` (it starts from the top of the page). */
async function ringTo(page, id) {
  for (let n = 0; n < IDS.length && (await ringId(page)) !== id; n++) await page.keyboard.press('j');
  assert.equal(await ringId(page), id);
}

const card = (page, id) => page.locator(`article[data-papersift-id="${id}"]`).first();

test('j and k move the ring through the papers in page order, scrolled into view, with a visible ring', async () => {
  const page = await openDay();
  assert.equal(await ringId(page), null, 'no ring before a key');
  const seen = [];
  for (let n = 0; n < IDS.length; n++) {
    await page.keyboard.press('j');
    seen.push(await ringId(page));
  }
  assert.deepEqual(seen, IDS, 'j visits every paper once, in page order');
  await page.keyboard.press('j');
  assert.equal(await ringId(page), IDS.at(-1), 'j stays on the last paper');
  const inView = () =>
    page.evaluate(() => {
      // Cards taller than the viewport (fixture thumbnails have no stylesheet) show their top.
      const r = document.querySelector('[data-papersift-focus]').getBoundingClientRect();
      return r.top >= 0 && (r.bottom <= innerHeight || r.top < 100);
    });
  assert.ok(await inView(), 'the last paper was scrolled into view');
  for (let n = 0; n < 3; n++) await page.keyboard.press('k');
  assert.equal(await ringId(page), IDS.at(-4), 'k goes back');
  assert.ok(await inView());
  await page.keyboard.down('j'); // held down: auto-repeat keeps moving
  await page.keyboard.down('j');
  await page.keyboard.up('j');
  assert.equal(await ringId(page), IDS.at(-2));
  for (let n = 0; n < IDS.length + 2; n++) await page.keyboard.press('k');
  assert.equal(await ringId(page), IDS[0], 'k stays on the first paper');
  assert.ok(await inView(), 'the first paper was scrolled back into view');

  // The ring shows, distinct from a highlight, in light and dark mode.
  const outline = () => page.evaluate(() => {
    const s = getComputedStyle(document.querySelector('[data-papersift-focus]'));
    return { style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor };
  });
  const light = await outline();
  assert.equal(light.style, 'solid');
  assert.equal(light.width, '3px');
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  const dark = await outline();
  assert.equal(dark.style, 'solid');
  assert.notEqual(dark.color, light.color, 'a lighter ring on the dark theme');
  // Screen readers hear where the ring went.
  assert.match(await page.locator('[data-papersift-live]').textContent(), /^1 of 23: LongLLaDA/);
  await page.keyboard.press('Escape');
  assert.equal(await ringId(page), null, 'Escape clears the ring');
  await page.close();
});

test('a ring-less j starts at the first paper in view', async () => {
  const page = await openDay();
  await card(page, IDS[10]).evaluate((a) => a.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => scrollBy(0, 5)); // the card above is out of view now
  await page.keyboard.press('j');
  assert.equal(await ringId(page), IDS[10]);
  await page.close();
});

test('desktop and mobile copies of a paper count as one: the ring goes to the copy that is laid out', async () => {
  const page = await openDay(`https://huggingface.co${COPIES}`);
  await page.waitForFunction(() => document.querySelectorAll('article[data-papersift-id]').length === 46);
  const seen = [];
  for (let n = 0; n < IDS.length + 1; n++) {
    await page.keyboard.press('j');
    const r = await ringOf(page);
    assert.equal(r.length, 1, 'one ring');
    assert.equal(r[0].list, 'desktop', 'on the desktop copy at 1280 px');
    seen.push(r[0].id);
  }
  assert.deepEqual(seen, [...IDS, IDS.at(-1)], 'each paper once, in order');
  for (let n = 0; n < IDS.length - 5; n++) await page.keyboard.press('k');
  assert.equal(await ringId(page), IDS[4]);
  await page.setViewportSize({ width: 600, height: 900 });
  await page.keyboard.press('j');
  assert.deepEqual(await ringOf(page), [{ id: IDS[5], list: 'mobile' }], 'on the mobile copy at 600 px, continuing from where it was');
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  assert.deepEqual(await ringOf(page), [{ id: IDS[3], list: 'mobile' }]);
  await page.close();
});

test('s saves the focused paper (card, IndexedDB and popup) and s again removes it', async () => {
  const page = await openDay();
  const id = IDS[2];
  await ringTo(page, id);
  await page.keyboard.press('s');
  await card(page, id).getByRole('button', { name: 'Remove from reading list' }).waitFor();
  await page.waitForSelector(`article[data-papersift-id="${id}"][data-papersift-saved]`);
  const popup = await openPopup(ext, page);
  await popup.locator(`[data-papersift-paper="${id}"]`).getByRole('button', { name: 'Save', pressed: true }).waitFor();
  const stored = await storedPaper(popup, id);
  assert.equal(stored?.id, id, 'in IndexedDB');
  assert.equal(stored.title, items2025()[2].paper.title.replace(/\s+/g, ' ').trim());
  assert.equal(await ringId(page), id, 'the ring stays');
  await page.bringToFront();
  await page.keyboard.press('s');
  await card(page, id).getByRole('button', { name: 'Save to reading list' }).waitFor();
  await until(() => storedPaper(popup, id), (p) => p === null, 'the paper removed from IndexedDB');
  await popup.close();
  await page.close();
});

test('h hides the paper (placeholder) and moves on; k reaches the placeholder; e shows it again', async () => {
  const page = await openDay();
  const [before, id, after] = IDS.slice(3, 6);
  await ringTo(page, id);
  await page.keyboard.press('h');
  assert.equal(await ringId(page), after, 'the ring moved on to the next paper');
  await page.waitForSelector(`article[data-papersift-id="${id}"][data-papersift-hidden="manual"]`, { state: 'attached' });
  const placeholder = page.locator(`[data-papersift-placeholder="${id}"]`);
  await placeholder.getByRole('button', { name: 'Show' }).waitFor();
  assert.equal(await card(page, id).isVisible(), false, 'the card is hidden');
  await page.keyboard.press('k');
  assert.equal(await ringId(page), id, 'the hidden paper is still reachable');
  assert.equal(await placeholder.evaluate((p) => getComputedStyle(p).outlineStyle), 'solid', 'the ring is drawn on its placeholder');
  await page.keyboard.press('k');
  assert.equal(await ringId(page), before);
  await page.keyboard.press('j');
  await page.keyboard.press('e');
  await page.waitForSelector(`article[data-papersift-id="${id}"]:not([data-papersift-hidden])`);
  await placeholder.waitFor({ state: 'detached' });
  assert.equal(await card(page, id).isVisible(), true, 'shown again');
  assert.equal(await ringId(page), id, 'the ring stays on it');
  assert.equal(await card(page, id).evaluate((a) => getComputedStyle(a).outlineStyle), 'solid');
  // h on the last paper moves back to the one before.
  await ringTo(page, IDS.at(-1));
  await page.keyboard.press('h');
  assert.equal(await ringId(page), IDS.at(-2));
  await page.waitForSelector(`[data-papersift-placeholder="${IDS.at(-1)}"]`);
  await page.keyboard.press('j');
  await page.keyboard.press('e'); // leave nothing hidden for the other tests
  await page.waitForSelector(`[data-papersift-placeholder="${IDS.at(-1)}"]`, { state: 'detached' });
  await page.close();
});

test('o opens the paper page in the tab, Shift+O in a new tab', async () => {
  const page = await openDay();
  const id = '2506.13642'; // the fixture with a paper page
  await ringTo(page, IDS[0]);
  const [tab] = await Promise.all([ext.context.waitForEvent('page'), page.keyboard.press('Shift+O')]);
  await tab.waitForURL(`https://huggingface.co/papers/${IDS[0]}`);
  await tab.close();
  assert.equal(page.url(), DAY, 'Shift+O left this tab where it was');
  await ringTo(page, id);
  await page.keyboard.press('o');
  await page.waitForURL(`https://huggingface.co/papers/${id}`);
  await page.getByRole('heading', { level: 1, name: /Stream-Omni/ }).waitFor();
  // No page keys on a paper page.
  await page.keyboard.press('j');
  assert.equal(await ringId(page), null);
  await page.close();
});

test('? opens the list of keys (a named dialog, built as text); Escape or ? closes it', async () => {
  const page = await openDay();
  await page.keyboard.press('j');
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'PaperSift keyboard shortcuts' });
  await dialog.waitFor();
  const text = await dialog.textContent();
  for (const s of ['Next paper', 'Previous paper', 'Save to the reading list', 'Hide the paper', 'Show a hidden paper', 'Open the paper page', 'Shift+O'])
    assert.ok(text.includes(s), `lists "${s}": ${text}`);
  assert.equal(await dialog.locator('kbd', { hasText: /^j$/ }).count(), 1);
  await page.keyboard.press('j'); // the list is modal: no moving behind it
  assert.equal(await ringId(page), IDS[0]);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await ringId(page), IDS[0], 'Escape closed the list only');
  await page.keyboard.press('?');
  await dialog.waitFor();
  await page.keyboard.press('?');
  await dialog.waitFor({ state: 'detached' });
  await page.keyboard.press('?');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.close();
});

test('keys typed into the search box, a shadow-DOM text field or with Alt do nothing', async () => {
  const page = await openDay();
  await page.keyboard.press('j');
  assert.equal(await ringId(page), IDS[0]);
  const search = page.locator('input[name="daily-papers-search"]');
  await search.click();
  await page.keyboard.type('jjkshoe?');
  assert.equal(await search.inputValue(), 'jjkshoe?', 'the letters went into the field');
  // A text field inside an open shadow root (as a web component would have).
  await page.evaluate(() => {
    const host = document.createElement('div');
    host.id = 'host';
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).append(document.createElement('textarea'));
  });
  await page.locator('#host textarea').click();
  await page.keyboard.type('jhs');
  assert.equal(await page.locator('#host textarea').inputValue(), 'jhs');
  await page.locator('#host textarea').evaluate((t) => t.blur());
  for (const k of ['Alt+j', 'Alt+s', 'Alt+h', 'Alt+o']) await page.keyboard.press(k);
  assert.equal(await ringId(page), IDS[0], 'the ring did not move');
  assert.equal(await page.getByRole('dialog').count(), 0, 'no list of keys');
  // Outside the fields the keys work, from the state left as it was: had a typed "s" saved the
  // paper, this "s" would remove it; had an "h" hidden it, it would not be visible.
  await page.keyboard.press('s');
  await card(page, IDS[0]).getByRole('button', { name: 'Remove from reading list' }).waitFor();
  assert.equal(await card(page, IDS[0]).isVisible(), true, 'not hidden');
  assert.equal(page.url(), DAY, 'no navigation');
  await page.keyboard.press('s');
  await card(page, IDS[0]).getByRole('button', { name: 'Save to reading list' }).waitFor();
  await page.close();
});

test('Pause PaperSift turns the keys and the ring off; unpausing turns the keys back on', async () => {
  const page = await openDay();
  await ringTo(page, IDS[1]);
  const popup = await openPopup(ext, page);
  const pause = popup.getByRole('switch', { name: 'Pause PaperSift' });
  await pause.check();
  await page.waitForFunction(() => !document.querySelector('[data-papersift-focus]'));
  await page.bringToFront();
  for (const k of ['j', 's', 'h', '?']) await page.keyboard.press(k);
  assert.equal(await ringId(page), null, 'no ring while paused');
  assert.equal(await page.getByRole('dialog').count(), 0, 'no list of keys while paused');
  await pause.uncheck();
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-papersift-pending'));
  await until(() => popup.getByRole('switch', { name: 'Pause PaperSift' }).isChecked(), (c) => c === false, 'unpaused');
  await until(() => page.evaluate(() => !!document.querySelector('article [data-papersift-controls]')), Boolean, 'decorated');
  // Wait for the page to have taken the unpause (keys are ignored until it has).
  await until(
    async () => {
      await page.keyboard.press('j');
      return ringId(page);
    },
    (id) => id !== null,
    'a ring after unpausing',
  );
  assert.equal(await storedPaper(popup, IDS[0]), null, 's while paused saved nothing');
  assert.equal(await storedPaper(popup, IDS[1]), null);
  assert.equal(await page.locator('[data-papersift-hidden]').count(), 0, 'h while paused hid nothing');
  await popup.close();
  await page.close();
});

test('the ring survives the page re-rendering a card and adding cards; a client-side navigation resets it', async () => {
  const page = await openDay();
  const id = IDS[2];
  await ringTo(page, id);
  // The page re-renders the card: a fresh element without PaperSift's attributes or controls.
  await page.evaluate((x) => {
    const old = document.querySelector(`article[data-papersift-id="${x}"]`);
    const fresh = old.cloneNode(true);
    for (const el of fresh.querySelectorAll('[data-papersift-ui]')) el.remove();
    for (const a of [...fresh.attributes]) if (a.name.startsWith('data-papersift')) fresh.removeAttribute(a.name);
    old.replaceWith(fresh);
    window.__fresh = fresh;
  }, id);
  await page.waitForFunction(() => window.__fresh.hasAttribute('data-papersift-focus'));
  assert.equal(await ringId(page), id);
  // More cards arrive (a copy of the first, in a new list at the end): the ring stays.
  await page.evaluate(() => {
    const more = document.createElement('div');
    const copy = document.querySelector('article').cloneNode(true);
    for (const el of copy.querySelectorAll('[data-papersift-ui]')) el.remove();
    for (const a of [...copy.attributes]) if (a.name.startsWith('data-papersift')) copy.removeAttribute(a.name);
    more.append(copy);
    document.querySelector('main').append(more);
  });
  await page.waitForFunction(() => document.querySelectorAll(`article[data-papersift-id]`).length === 24);
  assert.equal(await ringId(page), id);
  await page.keyboard.press('j');
  assert.equal(await ringId(page), IDS[3], 'and moves on from there');
  // Client-side navigation (as HF's period buttons do): the new list starts without a ring.
  await navigateInPage(page, '/papers/week/2025-W25', readPage('week-2025-W25.html'));
  await page.waitForFunction(() => !document.querySelector('[data-papersift-focus]'), null, { timeout: 5000 });
  await page.waitForSelector('article[data-papersift-id] [data-papersift-controls]');
  await page.evaluate(() => scrollTo(0, 0));
  await page.keyboard.press('j');
  assert.equal(await ringId(page), IDS[0], 'j starts again at the top of the new list (not from where the ring was)');
  await page.close();
});

test('popup lists the keys; the manifest binds only the popup shortcut, with no new permission', async () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXT, 'manifest.json'), 'utf8'));
  assert.deepEqual(Object.keys(manifest.commands ?? {}), ['_execute_action']);
  assert.equal(manifest.commands._execute_action.suggested_key.default, 'Alt+Shift+L');
  assert.deepEqual(manifest.permissions, ['storage']);
  const page = await openDay();
  const popup = await openPopup(ext, page);
  const keys = popup.locator('details', { has: popup.getByText('Keyboard', { exact: true }) });
  await keys.getByText('Keyboard', { exact: true }).click();
  await keys.getByText('Next paper').waitFor();
  const text = await keys.textContent();
  for (const s of ['Previous paper', 'Hide the paper', 'Open the paper page', 'not browser shortcuts']) assert.ok(text.includes(s), `popup says "${s}"`);
  assert.match(text, /Alt\+Shift\+L opens this popup/);
  await popup.close();
  await page.close();
});
