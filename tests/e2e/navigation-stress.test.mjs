// Client-side navigation stress: 50 SPA navigations (pushState/replaceState + a new <main>, as
// HF's Svelte app does) between two days and a week view, with a highlight rule and a saved
// paper. After each: the right ids, highlights and marks, one control bar per card, no nested
// marks, no duplicate chips. At the end: event listeners, DOM nodes and the content script's
// observers do not grow with the number of navigations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, markedIds } from './lib/browser.mjs';
import { readPage } from './lib/routes.mjs';
import { addRuleInPopup, storedRules } from './lib/rules-ui.mjs';
import { ids, items2024, items2025, mentions } from './lib/data.mjs';
import { until } from './lib/until.mjs';

// Terms that, on the 2025 day, match titles only: so the week view (stale data-props, no
// abstracts) highlights the same cards as the day view, whatever the content script remembers.
const TERMS = ['speech', 'geometry', 'holistic', 'compute', 'latent', 'acceleration', 'action', 'exposure', 'representations', 'scalable'];
const hits = (items) => ids(items.filter((i) => TERMS.some((t) => mentions(i, t))));
const titleHits = (items) => ids(items.filter((i) => TERMS.some((t) => mentions({ paper: { title: i.paper.title, summary: '' } }, t))));
const SAVED = '2506.14234';

const VIEWS = {
  day2025: { path: '/papers/date/2025-06-18', html: readPage('daily-2025-06-18.html'), ids: ids(items2025()), hl: hits(items2025()) },
  day2024: { path: '/papers/date/2024-05-27', html: readPage('daily-2024-05-27.html'), ids: ids(items2024()), hl: hits(items2024()) },
  week: { path: '/papers/week/2025-W25', html: readPage('week-2025-W25.html'), ids: ids(items2025()), hl: hits(items2025()) },
};
const CYCLE = ['day2024', 'week', 'day2025'];
const N = 50;
let ext;

before(async () => {
  assert.deepEqual(titleHits(items2025()), hits(items2025()), 'the terms match 2025 titles only');
  assert.ok(VIEWS.day2025.hl.length >= 5 && VIEWS.day2024.hl.length >= 2, 'enough highlights to check');
  ext = await launch();
});
after(async () => {
  await ext?.close();
});

/** Everything about the page's decorations that must hold after a navigation. */
const snapshot = (page) =>
  page.evaluate(() => {
    const arts = [...document.querySelectorAll('article')];
    return {
      url: location.pathname,
      articles: arts.length,
      highlighted: arts.filter((a) => a.hasAttribute('data-papersift-highlight')).map((a) => a.getAttribute('data-papersift-id')),
      saved: arts.filter((a) => a.hasAttribute('data-papersift-saved')).map((a) => a.getAttribute('data-papersift-id')),
      controls: document.querySelectorAll('[data-papersift-controls]').length,
      perCard: arts.map((a) => a.querySelectorAll('[data-papersift-controls]').length),
      nestedMarks: document.querySelectorAll('mark mark').length,
      marks: [...document.querySelectorAll('mark[data-papersift-mark]')].map((m) => [m.closest('article')?.getAttribute('data-papersift-id'), m.textContent.toLowerCase()]),
      chips: arts.map((a) => [...a.querySelectorAll('.papersift-chip')].map((c) => c.textContent)),
      placeholders: document.querySelectorAll('[data-papersift-placeholder]').length,
      titlesIntact: arts.every((a) => !a.querySelector('h3 a')?.textContent.includes('\u0000')),
    };
  });

/**
 * Listeners on window and on every node connected to the document (all worlds, the content
 * script's included; CDP DOMDebugger.getEventListeners, exact, no GC involved), the content
 * script's live observers (Runtime.queryObjects in its world, after a GC), and Chromium's DOM
 * counters (printed only: Chromium keeps detached <main> subtrees alive for a while even
 * without any extension, so those numbers swing by thousands of nodes between samples).
 */
async function counters(cdp, isolatedContextId) {
  const listenersOf = async (expression, depth) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth, pierce: true });
    return listeners.map((l) => l.type);
  };
  const onDocument = await listenersOf('document', -1);
  const types = [...(await listenersOf('window', 0)), ...onDocument];
  const byType = {};
  for (const t of types) byType[t] = (byType[t] ?? 0) + 1;
  const clicksInDocument = onDocument.filter((t) => t === 'click').length;
  const observers = {};
  for (const kind of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver']) {
    const proto = await cdp.send('Runtime.evaluate', { expression: `${kind}.prototype`, contextId: isolatedContextId });
    const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId });
    const len = await cdp.send('Runtime.callFunctionOn', { objectId: found.objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
    observers[kind] = len.result.value;
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { listeners: types.length, byType, clicksInDocument, ...observers, chromium: dom };
}

test(`${N} client-side navigations between days and the week view keep decorations exact, with no leaks`, async () => {
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await page.goto(`https://huggingface.co${VIEWS.day2025.path}`);
  await page.waitForSelector('article[data-papersift-id] [data-papersift-controls]');
  const popup = await addRuleInPopup(ext, page, { terms: TERMS.join(', '), action: 'highlight', tag: 'nav' });
  await until(async () => (await storedRules(ext)).some((r) => r.tag === 'nav'), Boolean, 'rule stored');
  await popup.close();
  await page.locator(`article[data-papersift-id="${SAVED}"]`).getByRole('button', { name: 'Save to reading list' }).click();
  await page.waitForSelector(`article[data-papersift-id="${SAVED}"][data-papersift-saved]`, { state: 'attached' });

  // The content script's isolated world in this page (WXT names it after the extension).
  const frameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
  const isolated = contexts.filter((c) => c.auxData?.frameId === frameId && c.auxData?.type === 'isolated' && c.origin?.includes(ext.extId) !== false);
  const world = isolated.at(-1);
  assert.ok(world, `found the content script world among ${JSON.stringify(contexts.map((c) => [c.name, c.auxData]))}`);

  const samples = [];
  for (let i = 1; i <= N; i++) {
    const key = CYCLE[(i - 1) % CYCLE.length];
    const view = VIEWS[key];
    await page.evaluate(
      ({ html, path, replace }) => {
        const next = new DOMParser().parseFromString(html, 'text/html');
        if (replace) history.replaceState({}, '', path);
        else history.pushState({}, '', path);
        document.querySelector('main').replaceWith(document.adoptNode(next.querySelector('main')));
      },
      { html: view.html, path: view.path, replace: i % 4 === 0 },
    );
    const want = { ids: view.ids, hl: view.hl };
    await page
      .waitForFunction(
        (w) => {
          const arts = [...document.querySelectorAll('article')];
          const hl = arts.filter((a) => a.hasAttribute('data-papersift-highlight')).map((a) => a.getAttribute('data-papersift-id'));
          return arts.length === w.ids.length && arts.every((a, k) => a.getAttribute('data-papersift-id') === w.ids[k] && a.querySelector(':scope > [data-papersift-controls]')) && hl.join() === w.hl.join();
        },
        want,
        { timeout: 5000 },
      )
      .catch(() => {});
    const s = await snapshot(page);
    const at = `navigation ${i} to ${key}`;
    assert.equal(s.url, view.path, at);
    assert.deepEqual(await markedIds(page), view.ids, `${at}: ids`);
    assert.equal(s.articles, view.ids.length, `${at}: articles`);
    assert.deepEqual(s.highlighted, view.hl, `${at}: highlighted cards`);
    assert.deepEqual(s.saved, view.ids.includes(SAVED) ? [SAVED] : [], `${at}: saved cards`);
    assert.equal(s.controls, view.ids.length, `${at}: one control bar per card`);
    assert.ok(s.perCard.every((n) => n === 1), `${at}: exactly one control bar in each card`);
    assert.equal(s.nestedMarks, 0, `${at}: no mark inside a mark`);
    assert.equal(s.placeholders, 0, `${at}: nothing hidden`);
    for (const [id, text] of s.marks) {
      assert.ok(view.hl.includes(id), `${at}: mark only in highlighted cards (${id})`);
      assert.ok(TERMS.includes(text), `${at}: marked text is a term (${text})`);
    }
    s.chips.forEach((c, k) => {
      assert.equal(new Set(c).size, c.length, `${at}: no duplicate chip on ${view.ids[k]}: ${c}`);
      assert.equal(c.length, view.hl.includes(view.ids[k]) ? 1 : 0, `${at}: chips on ${view.ids[k]}: ${c}`);
    });
    // Every title match is marked (the 2025 matches are in titles by construction).
    if (key !== 'day2024') assert.deepEqual([...new Set(s.marks.map(([id]) => id))].sort(), [...view.hl].sort(), `${at}: marks in every highlighted title`);
    if (key === 'day2025' && (i === 9 || i === 30 || i === N - 2)) samples.push({ i, ...(await counters(cdp, world.id)) });
  }
  await cdp.detach();
  const [first, , last] = samples;
  console.log('# after navigations', JSON.stringify(samples));
  assert.equal(first.clicksInDocument, 1, `one click listener for all ${VIEWS.day2025.ids.length} control bars (on the document), none per card`);
  assert.deepEqual(last.byType, first.byType, `listeners after navigation ${last.i} are those after navigation ${first.i}`);
  for (const kind of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'])
    assert.ok(last[kind] <= first[kind], `${kind}s in the content script do not grow: ${first[kind]} → ${last[kind]}`);
  await page.close();
});
