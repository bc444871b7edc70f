// "New since your last visit" and the toolbar badge, in real Chromium: what a reader notices.
// A listing's first visit marks nothing new; when the reader comes back after the list changed,
// exactly the added papers carry data-papersift-new and a "New" chip (and keep them while the page
// is open); papers seen before are marked, dimmed or folded (Library setting) unless a highlight or
// hide rule says otherwise; "Mark all as seen" in the popup clears the marks at once. The badge
// counts the highlighted papers of the tab, live, and is empty when paused or off a listing.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, markedIds, openPopup, tabIdOf } from './lib/browser.mjs';
import { navigateInPage, readPage } from './lib/routes.mjs';
import { addRuleInPopup } from './lib/rules-ui.mjs';
import { ids, items2025, mentions } from './lib/data.mjs';
import { openLibrary, rulesRegion, until } from './lib/library.mjs';

const DAY_PATH = '/papers/date/2025-06-18';
const DAY = `https://huggingface.co${DAY_PATH}`;
const WEEK = 'https://huggingface.co/papers/week/2025-W25';
const items = items2025();
const ALL = ids(items);
/** First visit: the day's first 15 papers. Second visit: 5 of them gone, 8 added (back-filled). */
const FIRST = ALL.slice(0, 15);
const SECOND = ALL.slice(5);
const ADDED = ALL.slice(15);
const KEPT = ALL.slice(5, 15);
const DIFFUSION = ids(items.filter((i) => mentions(i, 'diffusion')));
const REASONING = ids(items.filter((i) => mentions(i, 'reasoning')));
const HL_SEEN = ids(items.filter((i) => mentions(i, 'Polysemanticity'))); // highlight rule on a seen paper
const HIDE_SEEN = ids(items.filter((i) => mentions(i, 'CRITICTOOL'))); // hide rule on a seen paper
const NEW_BLUE = [29, 78, 216, 255];
const AMBER = [180, 83, 9, 255];

// The day page with only some of its cards (the real page's cards, in the order asked).
const BASE = readPage('daily-2025-06-18.html');
const CARD = /<!--\[--><article[\s\S]*?<\/article><!--\]-->/g;
const SEGMENT = new Map(BASE.match(CARD).map((s) => [/href="\/papers\/([^"#]+)"/.exec(s)[1], s]));
const START = BASE.indexOf('<!--[--><article');
const END = BASE.lastIndexOf('</article><!--]-->') + '</article><!--]-->'.length;
const dayWith = (list) => BASE.slice(0, START) + list.map((id) => SEGMENT.get(id)).join('') + BASE.slice(END);

const opened = [];
async function fresh() {
  const ext = await launch();
  opened.push(ext);
  return ext;
}
after(async () => {
  for (const ext of opened) await ext.close();
});

/** Opens a listing and waits until every card is decorated (its marks come in the same pass). */
async function visit(ext, url = DAY) {
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => {
    const arts = [...document.querySelectorAll('main article')];
    return arts.length > 0 && arts.every((a) => a.querySelector(':scope > [data-papersift-controls]'));
  });
  return page;
}

/** Which cards are marked new (in page order) and which seen (id → data-papersift-seen value). */
const marks = (page) =>
  page.evaluate(() => ({
    fresh: [...document.querySelectorAll('article[data-papersift-new]')].map((a) => a.getAttribute('data-papersift-id')),
    seen: Object.fromEntries([...document.querySelectorAll('article[data-papersift-seen]')].map((a) => [a.getAttribute('data-papersift-id'), a.getAttribute('data-papersift-seen')])),
  }));
const all = (list, value) => Object.fromEntries(list.map((id) => [id, value]));
const sorted = (o) => Object.fromEntries(Object.entries(o).sort());

const stored = (ext) => ext.sw.evaluate(() => chrome.storage.local.get(null));
const visitIds = async (ext, listing) => (await stored(ext))[`papersift:visit:${listing}`]?.ids.split(' ') ?? [];
const badge = (ext, tabId) => ext.sw.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId);
const badgeColor = (ext, tabId) => ext.sw.evaluate((t) => chrome.action.getBadgeBackgroundColor({ tabId: t }), tabId);
const badgeTitle = (ext, tabId) => ext.sw.evaluate((t) => chrome.action.getTitle({ tabId: t }), tabId);
const untilBadge = (ext, tabId, text, what) => until(() => badge(ext, tabId), (t) => t === text, what);

/** Leaves the page (it reports its papers as seen) and waits until the background stored them. */
async function leave(ext, page, listing, expected) {
  await page.close();
  await until(() => visitIds(ext, listing), (got) => expected.every((id) => got.includes(id)), `the visit of ${listing} stored`);
}

/** A fresh profile that saw the day with FIRST, back on it now that it lists SECOND. */
async function secondVisit() {
  const ext = await fresh();
  ext.server.pages[DAY_PATH] = dayWith(FIRST);
  await leave(ext, await visit(ext), 'day:2025-06-18', FIRST);
  ext.server.pages[DAY_PATH] = dayWith(SECOND);
  const page = await visit(ext);
  return { ext, page, tabId: await tabIdOf(ext, page) };
}

const SEEN_MODE_LABELS = { mark: 'Only mark the new ones', dim: 'Dim the ones seen before', fold: 'Fold the ones seen before to one line' };
/** Picks how seen papers look, in the Library's settings, as a reader does. */
async function setSeenMode(ext, mode) {
  const library = await openLibrary(ext);
  await library.getByRole('radio', { name: SEEN_MODE_LABELS[mode] }).check();
  await until(async () => (await stored(ext))['papersift:state']?.settings.seenMode, (m) => m === mode, `seen mode ${mode} stored`);
  await library.close();
}

test('first visit marks nothing; leaving remembers it; another listing first shows what was seen elsewhere as seen', async () => {
  assert.ok(ADDED.length === 8 && KEPT.length === 10);
  const ext = await fresh();
  ext.server.pages[DAY_PATH] = dayWith(FIRST);
  const page = await visit(ext);
  assert.deepEqual(await marks(page), { fresh: [], seen: {} }, 'the first visit ever: nothing new, nothing seen');
  assert.equal(await badge(ext, await tabIdOf(ext, page)), '', 'nothing highlighted, nothing new: empty badge');
  await leave(ext, page, 'day:2025-06-18', FIRST);
  const got = await stored(ext);
  assert.deepEqual((await visitIds(ext, 'day:2025-06-18')).sort(), [...FIRST].sort(), 'ids only, the papers that were on the page');
  assert.equal(Object.values(got['papersift:seen'].days).join(' ').split(' ').sort().join(), [...FIRST].sort().join());

  // The week view (all 23 papers), never visited: nothing new; the 15 seen on the day are seen.
  const week = await visit(ext, WEEK);
  // (In the default "mark" setting the seen marks may follow the first paint: they change nothing visible.)
  await week.waitForFunction((n) => document.querySelectorAll('article[data-papersift-seen]').length === n, FIRST.length);
  const m = await marks(week);
  assert.deepEqual(m.fresh, []);
  assert.deepEqual(sorted(m.seen), sorted(all(FIRST, '')));
  await week.close();
});

test('back on the listing after it changed: exactly the added papers are new, with a New chip, and stay marked while the page is open', async () => {
  const { ext, page, tabId } = await secondVisit();
  const before = await marks(page);
  assert.deepEqual(before.fresh, ADDED, 'exactly the papers added since the last visit');
  assert.deepEqual(sorted(before.seen), sorted(all(KEPT, '')), 'the others: seen (default setting: marked only, no dimming)');
  const chip = (id) => page.evaluate((i) => getComputedStyle(document.querySelector(`article[data-papersift-id="${i}"] > [data-papersift-controls]`), '::before').content, id);
  assert.equal(await chip(ADDED[0]), '"New"');
  assert.equal(await chip(KEPT[0]), 'none');
  // No highlight rule: the badge falls back to the new papers, in blue.
  await untilBadge(ext, tabId, String(ADDED.length), 'badge = new papers');
  assert.deepEqual(await badgeColor(ext, tabId), NEW_BLUE);
  assert.match(await badgeTitle(ext, tabId), /8 papers new since your last visit/);

  // After a few seconds on the page its papers count as seen (stored while the page stays open)…
  await until(() => visitIds(ext, 'day:2025-06-18'), (got) => ADDED.every((id) => got.includes(id)), 'the dwell report', 10_000);
  // …but nothing is unmarked under the reader's eyes.
  assert.deepEqual(await marks(page), before);

  // Next visit: nothing new any more.
  await page.reload();
  await page.waitForSelector('article[data-papersift-id] > [data-papersift-controls]');
  assert.deepEqual(await marks(page), { fresh: [], seen: all(SECOND, '') });
  await untilBadge(ext, tabId, '', 'no new papers: empty badge');
  await page.close();
});

test('client-side navigation: each listing is its own visit', async () => {
  const ext = await fresh();
  ext.server.pages[DAY_PATH] = dayWith(FIRST);
  const page = await visit(ext);
  // What HF's Svelte app does on a period button: new URL without a load, new <main>.
  const go = (path, html) => navigateInPage(page, path, html);
  await go('/papers/week/2025-W25', readPage('week-2025-W25.html'));
  await page.waitForFunction((n) => document.querySelectorAll('article[data-papersift-seen]').length === n, FIRST.length);
  assert.deepEqual(sorted((await marks(page)).seen), sorted(all(FIRST, '')), 'the day just left counts as seen');
  assert.deepEqual((await marks(page)).fresh, []);
  await go(DAY_PATH, dayWith(SECOND));
  await page.waitForFunction((n) => document.querySelectorAll('article[data-papersift-new]').length === n, ADDED.length);
  assert.deepEqual((await marks(page)).fresh, ADDED);
  await page.close();
});

/** A new page that records, per card, its data-papersift-seen when PaperSift first decorated it. */
async function recordingFirstDecoration(ext) {
  const page = await ext.context.newPage();
  await page.addInitScript(() => {
    window.__first = {};
    new MutationObserver((records) => {
      for (const r of records) {
        const id = r.target.getAttribute?.('data-papersift-id');
        if (id && !(id in window.__first)) window.__first[id] = r.target.getAttribute('data-papersift-seen');
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-papersift-id'] });
  });
  return page;
}

test('trending, search and /papers are listings of their own: the paper added since the last visit is new', async () => {
  const ext = await fresh();
  const without = (html, id) => {
    const at = html.indexOf(`href="/papers/${id}"`);
    return html.slice(0, html.lastIndexOf('<article', at)) + html.slice(html.indexOf('</article>', at) + '</article>'.length);
  };
  for (const [path, listing] of [['/papers/trending', 'trending'], ['/papers?q=diffusion', 'search:diffusion'], ['/papers', 'root']]) {
    const full = ext.server.pages[path];
    const probe = await visit(ext, `https://huggingface.co${path}`);
    const every = await markedIds(probe);
    await leave(ext, probe, listing, every);
    await ext.sw.evaluate((k) => chrome.storage.local.remove(k), `papersift:visit:${listing}`); // forget that look
    const late = every.at(-1);
    ext.server.pages[path] = without(full, late);
    const first = await visit(ext, `https://huggingface.co${path}`);
    assert.deepEqual(await markedIds(first), every.slice(0, -1), `${path}: the earlier list`);
    assert.deepEqual((await marks(first)).fresh, [], `${path}: first visit, nothing new`);
    await leave(ext, first, listing, every.slice(0, -1));
    ext.server.pages[path] = full;
    const again = await visit(ext, `https://huggingface.co${path}`);
    assert.deepEqual((await marks(again)).fresh, [late], `${path}: the added paper is new`);
    await again.close();
  }
});

test('fold or dim papers seen before (Library setting), with no flash; highlight and hide rules win', async () => {
  assert.equal(HL_SEEN.length, 1);
  assert.equal(HIDE_SEEN.length, 1);
  assert.ok(KEPT.includes(HL_SEEN[0]) && KEPT.includes(HIDE_SEEN[0]));
  const ext = await fresh();
  ext.server.pages[DAY_PATH] = dayWith(FIRST);
  await leave(ext, await visit(ext), 'day:2025-06-18', FIRST);
  await setSeenMode(ext, 'fold');

  // The week view's first visit (the baseline is every id seen anywhere): folded from the first paint.
  const week = await recordingFirstDecoration(ext);
  await week.goto(WEEK);
  await week.waitForFunction((n) => document.querySelectorAll('[data-papersift-seen-placeholder]').length === n, FIRST.length);
  const firstOnWeek = await week.evaluate(() => window.__first);
  for (const id of FIRST) assert.equal(firstOnWeek[id], 'fold', `${id} was folded when first decorated (no flash)`);
  for (const id of ALL.slice(15)) assert.equal(firstOnWeek[id], null, `${id} never seen: shown`);
  await week.close();

  ext.server.pages[DAY_PATH] = dayWith(SECOND);
  const page = await recordingFirstDecoration(ext);
  await page.goto(DAY);
  await page.waitForSelector('article[data-papersift-id] > [data-papersift-controls]', { state: 'attached' });
  await page.waitForFunction((n) => document.querySelectorAll('[data-papersift-seen-placeholder]').length === n, KEPT.length);
  const m = await marks(page);
  assert.deepEqual(m.fresh, ADDED);
  assert.deepEqual(sorted(m.seen), sorted(all(KEPT, 'fold')));
  const first = await page.evaluate(() => window.__first);
  for (const id of KEPT) assert.equal(first[id], 'fold', `${id} was folded when first decorated (no flash)`);
  for (const id of KEPT) assert.equal(await page.locator(`article[data-papersift-id="${id}"]`).isVisible(), false, `${id} folded`);
  for (const id of ADDED) assert.equal(await page.locator(`article[data-papersift-id="${id}"]`).isVisible(), true, `${id} (new) shown`);
  assert.equal(await page.locator('[data-papersift-placeholder]').count(), 0, 'not confused with a rule hide');
  const title = items.find((i) => i.paper.id === KEPT[0]).paper.title.replace(/\s+/g, ' ');
  const ph = page.locator(`[data-papersift-seen-placeholder="${KEPT[0]}"]`);
  assert.equal((await ph.textContent()).replace(/\s+/g, ' ').trim(), `Seen before: ${title} Unfold`);

  // Unfold one: it shows (for this visit), its line goes.
  await ph.getByRole('button', { name: 'Unfold' }).click();
  await page.locator(`article[data-papersift-id="${KEPT[0]}"]`).waitFor({ state: 'visible' });
  assert.equal(await ph.count(), 0);

  // A highlight rule wins over folding; a hide rule's own placeholder replaces the fold line.
  (await addRuleInPopup(ext, page, { terms: 'Polysemanticity', action: 'highlight' })).close();
  (await addRuleInPopup(ext, page, { terms: 'CRITICTOOL', action: 'hide' })).close();
  const hl = page.locator(`article[data-papersift-id="${HL_SEEN[0]}"]`);
  await page.waitForSelector(`article[data-papersift-id="${HL_SEEN[0]}"][data-papersift-highlight]`);
  assert.equal(await hl.isVisible(), true, 'highlighted seen paper shown');
  assert.equal(await hl.getAttribute('data-papersift-seen'), '');
  assert.equal(await page.locator(`[data-papersift-seen-placeholder="${HL_SEEN[0]}"]`).count(), 0);
  await page.waitForSelector(`[data-papersift-placeholder="${HIDE_SEEN[0]}"]`);
  assert.equal(await page.locator(`[data-papersift-seen-placeholder="${HIDE_SEEN[0]}"]`).count(), 0, 'one placeholder: the rule’s');
  assert.match(await page.locator(`[data-papersift-placeholder="${HIDE_SEEN[0]}"]`).textContent(), /Hidden by rule “critictool”/);

  // Dim instead, live.
  await setSeenMode(ext, 'dim');
  await page.waitForFunction(() => document.querySelectorAll('[data-papersift-seen-placeholder]').length === 0);
  const dimmed = KEPT.filter((id) => id !== HL_SEEN[0] && id !== HIDE_SEEN[0] && id !== KEPT[0]);
  const after = await marks(page);
  for (const id of dimmed) {
    assert.equal(after.seen[id], 'dim', `${id} dimmed`);
    const card = page.locator(`article[data-papersift-id="${id}"]`);
    assert.equal(await card.isVisible(), true);
    assert.equal(await card.evaluate((a) => getComputedStyle(a).opacity), '0.5');
  }
  assert.equal(after.seen[HL_SEEN[0]], '', 'highlight wins over dimming');
  assert.equal(await page.locator(`article[data-papersift-id="${ADDED[0]}"]`).evaluate((a) => getComputedStyle(a).opacity), '1');

  // Back to marking only.
  await setSeenMode(ext, 'mark');
  await page.waitForFunction(() => !document.querySelector('[data-papersift-seen="dim"], [data-papersift-seen="fold"]'));
  await page.close();
});

test('"Mark all as seen" in the popup clears the new marks at once', async () => {
  const { ext, page, tabId } = await secondVisit();
  assert.deepEqual((await marks(page)).fresh, ADDED);
  const popup = await openPopup(ext, page);
  await popup.getByRole('button', { name: 'Mark all as seen' }).click();
  await popup.getByRole('button', { name: `${ADDED.length} marked seen` }).waitFor();
  // At once: no reload, no dwell.
  assert.deepEqual(await marks(page), { fresh: [], seen: all(SECOND, '') });
  await untilBadge(ext, tabId, '', 'nothing new: empty badge');
  await until(() => visitIds(ext, 'day:2025-06-18'), (got) => SECOND.every((id) => got.includes(id)), 'stored as seen');
  await popup.close();
  await page.close();
  const again = await visit(ext);
  assert.deepEqual((await marks(again)).fresh, []);
  await again.close();
});

test('the badge counts the highlighted papers live, is empty when paused and away from a listing', async () => {
  const ext = await fresh();
  const page = await visit(ext);
  const tabId = await tabIdOf(ext, page);
  const lit = () => page.evaluate(() => document.querySelectorAll('article[data-papersift-highlight]').length);
  await untilBadge(ext, tabId, '', 'empty badge without rules');

  (await addRuleInPopup(ext, page, { terms: 'diffusion', action: 'highlight' })).close();
  await untilBadge(ext, tabId, String(DIFFUSION.length), 'badge = diffusion papers');
  assert.equal(await lit(), DIFFUSION.length);
  assert.deepEqual(await badgeColor(ext, tabId), AMBER);
  assert.equal(await badgeTitle(ext, tabId), `PaperSift: ${DIFFUSION.length} papers highlighted on this page`);

  (await addRuleInPopup(ext, page, { terms: 'reasoning', action: 'highlight' })).close();
  const union = new Set([...DIFFUSION, ...REASONING]).size;
  await untilBadge(ext, tabId, String(union), 'badge = union after a second rule');
  assert.equal(await lit(), union);

  // Disabling a rule in the Library.
  const library = await openLibrary(ext);
  const row = rulesRegion(library).locator('[data-papersift-rule]').filter({ has: library.locator('.chip', { hasText: 'reasoning' }) });
  await row.getByRole('checkbox', { name: 'Enabled' }).uncheck();
  await untilBadge(ext, tabId, String(DIFFUSION.length), 'badge after disabling a rule');
  await library.close();

  // Pause → empty; resume → back.
  const popup = await openPopup(ext, page);
  await popup.getByRole('switch', { name: 'Pause PaperSift' }).check();
  await untilBadge(ext, tabId, '', 'empty while paused');
  assert.equal(await badgeTitle(ext, tabId), 'PaperSift (paused)');
  await popup.getByRole('switch', { name: 'Pause PaperSift' }).uncheck();
  await untilBadge(ext, tabId, String(DIFFUSION.length), 'back after resuming');
  await popup.close();

  // A card appended later (infinite scroll) that matches.
  await page.evaluate(() => {
    const src = document.querySelector('article[data-papersift-id="2506.13642"]');
    const copy = src.cloneNode(true);
    copy.querySelectorAll('[data-papersift-ui]').forEach((n) => n.remove());
    for (const at of [...copy.attributes]) if (at.name.startsWith('data-papersift')) copy.removeAttribute(at.name);
    for (const a of copy.querySelectorAll('a[href*="2506.13642"]')) a.setAttribute('href', a.getAttribute('href').replace('2506.13642', '2511.00001'));
    for (const h of copy.querySelectorAll('h3 a')) h.textContent = 'An Appended Paper About Diffusion';
    src.parentElement.append(copy);
  });
  await untilBadge(ext, tabId, String(DIFFUSION.length + 1), 'badge counts the appended card');

  // Client-side navigation to a single paper page: empty (even though that paper is a listing's).
  await navigateInPage(page, '/papers/2506.13642', readPage('paper-2506.13642.html'));
  await untilBadge(ext, tabId, '', 'empty on a paper page after client-side navigation');

  // Back on the listing, then a full navigation away from /papers.
  await page.goto(DAY);
  await untilBadge(ext, tabId, String(DIFFUSION.length), 'badge on the listing again');
  await page.goto('https://huggingface.co/models');
  await untilBadge(ext, tabId, '', 'empty away from the papers pages');
  // A single paper page loaded directly, its paper highlighted: empty too (the badge counts listings).
  await page.goto('https://huggingface.co/papers/2506.13642');
  (await addRuleInPopup(ext, page, { terms: 'Stream-Omni', action: 'highlight' })).close();
  await page.waitForSelector('[data-papersift-highlight]', { state: 'attached' });
  assert.equal(await badge(ext, tabId), '');
  assert.equal(await badgeTitle(ext, tabId), 'PaperSift');
  await page.close();
});
