// Data integrity under concurrency and interruption: two tabs saving and editing at once, the
// service worker stopped in the middle of bursts of saves and edits, and the browser closed and
// reopened on the same profile. Every test ends with every acknowledged write stored, and the
// storage.local mirror (what the pages follow) equal to IndexedDB (the source of truth).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, stopServiceWorker } from './lib/browser.mjs';
import { addRuleInPopup, storedRules } from './lib/rules-ui.mjs';
import { ids, items2024, items2025, mentions } from './lib/data.mjs';
import { dumpIdb, extPage, readMirror, sleep } from './lib/extension-page.mjs';
import { until } from './lib/until.mjs';

const DAY = 'https://huggingface.co/papers/date/2025-06-18';
const DAY_2024 = 'https://huggingface.co/papers/date/2024-05-27';
const IDS_2025 = ids(items2025());
const IDS_2024 = ids(items2024());
let ext;

before(async () => {
  ext = await launch();
});
after(async () => {
  await ext?.close();
});

const sorted = (xs) => [...xs].sort();

/** Waits until the mirror's saved ids and rules equal IndexedDB's, and returns both. */
async function consistent(what) {
  const p = await extPage(ext);
  try {
    let last;
    await until(
      async () => {
        const [db, mirror] = [await dumpIdb(p), await readMirror(p)];
        last = { db: sorted(db.papers.map((x) => x.id)), mirror: sorted(mirror?.savedIds ?? []), dbRules: sorted(db.rules.map((r) => r.id)), mirrorRules: sorted((mirror?.rules ?? []).map((r) => r.id)) };
        return last.db.join() === last.mirror.join() && last.dbRules.join() === last.mirrorRules.join();
      }, Boolean, `mirror = IndexedDB (${what})`, 15000,
    ).catch((e) => {
      throw new Error(`${e.message}\n${JSON.stringify(last)}`);
    });
    return await dumpIdb(p);
  } finally {
    await p.close();
  }
}

/** Records in the page, from now on, every card that is ever shown saved (an acknowledged save). */
const recordAcks = (page) =>
  page.evaluate(() => {
    window.__acked = new Set([...document.querySelectorAll('article[data-papersift-saved]')].map((a) => a.getAttribute('data-papersift-id')));
    new MutationObserver((records) => {
      for (const r of records) if (r.target.hasAttribute?.('data-papersift-saved')) window.__acked.add(r.target.getAttribute('data-papersift-id'));
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-papersift-saved'] });
  });
const acked = (page) => page.evaluate(() => [...window.__acked]);

const saveButton = (page, id) => page.locator(`article[data-papersift-id="${id}"]`).getByRole('button', { name: 'Save to reading list' });

test('two tabs save different papers at the same moment: both are stored and shown', async () => {
  const a = await ext.context.newPage();
  const b = await ext.context.newPage();
  await a.goto(DAY);
  await b.goto(DAY_2024);
  const [x, y] = [IDS_2025[0], IDS_2024[0]];
  await Promise.all([saveButton(a, x).waitFor(), saveButton(b, y).waitFor()]);
  await Promise.all([saveButton(a, x).click(), saveButton(b, y).click()]);
  await a.waitForSelector(`article[data-papersift-id="${x}"][data-papersift-saved]`, { state: 'attached' });
  await b.waitForSelector(`article[data-papersift-id="${y}"][data-papersift-saved]`, { state: 'attached' });
  const db = await consistent('two tabs');
  assert.deepEqual(sorted(db.papers.map((p) => p.id)), sorted([x, y]));
  const library = await ext.context.newPage();
  await library.goto(ext.url('options.html'));
  await library.locator(`[data-papersift-paper="${x}"]`).waitFor();
  await library.locator(`[data-papersift-paper="${y}"]`).waitFor();
  for (const p of [a, b, library]) await p.close();
});

test('two Library tabs edit one paper at the same moment (note in one, status in the other): both edits kept', async () => {
  const [id] = IDS_2025;
  const one = await ext.context.newPage();
  const two = await ext.context.newPage();
  for (const l of [one, two]) {
    await l.goto(ext.url('options.html'));
    await l.locator(`[data-papersift-paper="${id}"]`).waitFor();
  }
  const row = (l) => l.locator(`[data-papersift-paper="${id}"]`);
  await Promise.all([
    (async () => {
      await row(one).getByLabel('Note', { exact: true }).fill('note from tab one');
      await row(one).getByLabel('Note', { exact: true }).blur();
    })(),
    row(two).getByLabel('Status', { exact: true }).selectOption('reading'),
  ]);
  await row(one).getByText('Saved', { exact: true }).waitFor();
  await row(two).getByText('Saved', { exact: true }).waitFor();
  const db = await consistent('two Library tabs');
  const rec = db.papers.find((p) => p.id === id);
  assert.equal(rec.note, 'note from tab one');
  assert.equal(rec.status, 'reading');
  for (const l of [one, two]) {
    await l.reload();
    await row(l).waitFor();
    assert.equal(await row(l).getByLabel('Note', { exact: true }).inputValue(), 'note from tab one');
    assert.equal(await row(l).getByLabel('Status', { exact: true }).inputValue(), 'reading');
    await l.close();
  }
});

test('service worker stopped in the middle of bursts of saves: every acknowledged save is stored, mirror = IndexedDB', async () => {
  const page = await ext.context.newPage();
  await page.goto(DAY);
  await page.waitForSelector('article[data-papersift-id] [data-papersift-controls]');
  await recordAcks(page);
  const todo = IDS_2025.slice(1); // [0] was saved above
  const rounds = [0, 20, 60, 120];
  const per = Math.floor(todo.length / rounds.length);
  for (const [r, killAfter] of rounds.entries()) {
    const batch = todo.slice(r * per, (r + 1) * per);
    // The clicks go out 10 ms apart from the page itself; the worker is stopped meanwhile.
    const clicking = page.evaluate(async (batch) => {
      for (const id of batch) {
        document.querySelector(`article[data-papersift-id="${id}"] [data-papersift-action="save"]`).click();
        await new Promise((res) => setTimeout(res, 10));
      }
    }, batch);
    await sleep(killAfter);
    await stopServiceWorker(ext, page);
    await clicking;
    await sleep(300);
  }
  const db = await consistent('after stopping the worker during saves');
  const stored = new Set(db.papers.map((p) => p.id));
  const ack = await acked(page);
  console.log(`# saves: ${todo.length} clicked, ${ack.length} acknowledged on the page, ${stored.size} stored`);
  for (const id of ack) assert.ok(stored.has(id), `acknowledged save of ${id} is stored`);
  // The page ends up showing exactly what is stored (it follows the mirror).
  await page.waitForFunction(
    (want) => [...document.querySelectorAll('article[data-papersift-saved]')].map((a) => a.getAttribute('data-papersift-id')).sort().join() === want,
    sorted(IDS_2025.filter((id) => stored.has(id))).join(),
    { timeout: 10000 },
  );
  for (const p of db.papers) assert.ok(p.title && p.savedAt && ['unread', 'reading', 'done'].includes(p.status), `${p.id}: a whole record`);
  await page.close();
});

test('service worker stopped in the middle of bursts of Library edits: acknowledged edits are stored, the Library shows IndexedDB', async () => {
  const library = await ext.context.newPage();
  await library.goto(ext.url('options.html'));
  const rows = library.locator('[data-papersift-paper]');
  await rows.first().waitFor();
  const all = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-papersift-paper')));
  const targets = all.slice(0, 8);
  assert.ok(targets.length >= 6, `enough saved papers to edit (${all.length})`);
  // Acknowledgement = the background's answer to the Library's write reached the page.
  await library.evaluate(() => {
    window.__edits = [];
    const send = chrome.runtime.sendMessage.bind(chrome.runtime);
    // @webext-core/messaging calls chrome.runtime.sendMessage(message, callback).
    chrome.runtime.sendMessage = (msg, ...rest) => {
      const cb = rest.findLast((a) => typeof a === 'function');
      if (msg?.type !== 'updatePapers' || !cb) return send(msg, ...rest);
      const rec = { ids: msg.data.ids, status: msg.data.patch?.status, ok: null };
      window.__edits.push(rec);
      return send(msg, ...rest.map((a) => (a === cb ? (res) => ((rec.ok = !chrome.runtime.lastError && !!res && res.err == null), cb(res)) : a)));
    };
  });
  const rounds = [['done', 0], ['reading', 25], ['unread', 60], ['done', 10]];
  for (const [status, killAfter] of rounds) {
    const edits = library.evaluate(
      async ({ targets, status }) => {
        for (const id of targets) {
          const sel = document.querySelector(`[data-papersift-paper="${id}"] select`);
          sel.value = status;
          sel.dispatchEvent(new Event('change', { bubbles: true }));
          await new Promise((res) => setTimeout(res, 8));
        }
      },
      { targets, status },
    );
    await sleep(killAfter);
    await stopServiceWorker(ext, library);
    await edits;
    await sleep(300);
  }
  await sleep(500);
  const log = await library.evaluate(() => window.__edits);
  const db = await consistent('after stopping the worker during edits');
  const stored = (id) => db.papers.find((p) => p.id === id)?.status;
  console.log(`# edits: ${log.length} sent, ${log.filter((e) => e.ok).length} acknowledged, ${log.filter((e) => e.ok === false).length} refused`);
  assert.ok(log.length >= targets.length * rounds.length, 'every edit was sent');
  // For each paper: the stored status is its last acknowledged edit, or one sent after it.
  for (const id of targets) {
    const mine = log.filter((e) => e.ids.includes(id));
    const lastAck = mine.map((e) => e.ok).lastIndexOf(true);
    if (lastAck < 0) continue;
    const allowed = mine.slice(lastAck).map((e) => e.status);
    assert.ok(allowed.includes(stored(id)), `${id}: stored "${stored(id)}" is its last acknowledged edit or a later one (${allowed})`);
  }
  // What the Library shows after a reload is what IndexedDB holds.
  await library.reload();
  await rows.first().waitFor();
  for (const id of targets) {
    const shown = await library.locator(`[data-papersift-paper="${id}"]`).getByLabel('Status', { exact: true }).inputValue();
    assert.equal(shown, stored(id), `${id}: Library shows the stored status`);
  }
  await library.close();
});

test('browser closed right after acknowledged writes and reopened on the same profile: papers, rules, notes, decorations kept', async () => {
  // A fresh profile for this test: write, close at once, reopen.
  await ext.close();
  ext = await launch();
  const page = await ext.context.newPage();
  await page.goto(DAY);
  const popup = await addRuleInPopup(ext, page, { terms: 'diffusion', action: 'highlight' });
  await until(async () => (await storedRules(ext)).some((r) => r.tag === 'diffusion'), Boolean, 'rule stored');
  await popup.close();
  const highlighted = IDS_2025.filter((id) => mentions(items2025().find((i) => i.paper.id === id), 'diffusion'));
  await page.waitForFunction((n) => document.querySelectorAll('article[data-papersift-highlight]').length === n, highlighted.length);
  const [x, y] = [IDS_2025[2], IDS_2025[3]];
  for (const id of [x, y]) {
    await saveButton(page, id).click();
    await page.waitForSelector(`article[data-papersift-id="${id}"][data-papersift-saved]`, { state: 'attached' });
  }
  const library = await ext.context.newPage();
  await library.goto(ext.url('options.html'));
  const row = (l, id) => l.locator(`[data-papersift-paper="${id}"]`);
  await row(library, x).getByLabel('Note', { exact: true }).fill('kept across restarts — ünïcode ✓');
  await row(library, x).getByLabel('Note', { exact: true }).blur();
  await row(library, x).getByText('Saved', { exact: true }).waitFor();
  await row(library, y).getByLabel('Status', { exact: true }).selectOption('done');
  await row(library, y).getByText('Saved', { exact: true }).waitFor();
  const before = await consistent('before closing');

  const profile = ext.profile;
  await ext.close({ keepProfile: true });
  ext = await launch({ profile });

  const after = await consistent('after reopening');
  const byId = (xs) => sorted(xs.map((p) => JSON.stringify(p)));
  assert.deepEqual(byId(after.papers), byId(before.papers), 'papers identical after reopening');
  assert.deepEqual(byId(after.rules), byId(before.rules), 'rules identical after reopening');
  const again = await ext.context.newPage();
  await again.goto(ext.url('options.html'));
  assert.equal(await row(again, x).getByLabel('Note', { exact: true }).inputValue(), 'kept across restarts — ünïcode ✓');
  assert.equal(await row(again, y).getByLabel('Status', { exact: true }).inputValue(), 'done');
  const day = await ext.context.newPage();
  await day.goto(DAY);
  await day.waitForFunction((n) => document.querySelectorAll('article[data-papersift-highlight]').length === n, highlighted.length);
  await day.waitForSelector(`article[data-papersift-id="${x}"][data-papersift-saved]`, { state: 'attached' });
  await day.waitForSelector(`article[data-papersift-id="${y}"][data-papersift-saved]`, { state: 'attached' });
  assert.equal(await day.locator('article[data-papersift-saved]').count(), 2);
});
