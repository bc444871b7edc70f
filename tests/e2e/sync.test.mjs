// Sync between two Chromium profiles (issue 19). Each profile runs the built extension; the test
// plays the browser's sync service: it reads chrome.storage.sync in one profile's extension page
// and writes it into the other's, the way Chrome Sync delivers changes (onChanged fires there).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './lib/browser.mjs';
import { fixtureBackup } from './lib/backup-data.mjs';
import { items2025 } from './lib/data.mjs';
import { dumpIdb, storedPaper } from './lib/idb.mjs';
import { importFiles, openLibrary } from './lib/library.mjs';

let A;
let B;
let libA;
let libB;
const files = importFiles('sync');

async function until(read, ok, what, timeout = 45_000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** One background message, as the Library sends it (@webext-core/messaging's format). */
const ask = (lib, type, data) =>
  lib.evaluate(async ({ type, data }) => {
    const { res, err } = await chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() });
    if (err) throw new Error(err.message);
    return res;
  }, { type, data });

const syncArea = (lib) => lib.evaluate(() => chrome.storage.sync.get(null));

/** The sync service: `to`'s storage.sync takes `from`'s (changed keys set, vanished keys removed). */
async function carry(from, to) {
  const all = await syncArea(from);
  await to.evaluate(async (all) => {
    const mine = await chrome.storage.sync.get(null);
    const gone = Object.keys(mine).filter((k) => !(k in all));
    if (gone.length) await chrome.storage.sync.remove(gone);
    const changed = Object.fromEntries(Object.entries(all).filter(([k, v]) => JSON.stringify(mine[k]) !== JSON.stringify(v)));
    if (Object.keys(changed).length) await chrome.storage.sync.set(changed);
  }, all);
}

const statusLine = (lib) => lib.locator('.sync-status[role="status"]').innerText();
const turnOn = async (lib) => {
  await lib.getByRole('checkbox', { name: 'Sync with my browser account' }).check();
  await until(() => statusLine(lib), (t) => /^Synced/.test(t), 'the status line');
};

const syncStatus = (lib) => lib.evaluate(async () => (await chrome.storage.local.get('papersift:sync'))['papersift:sync'] ?? {});

/** Waits until a profile has sent what changed since `since` (ms) and its status line says `text`. */
async function sent(lib, text, since) {
  await until(() => statusLine(lib), (t) => t.includes(text), `"${text}"`);
  if (since) await until(() => syncStatus(lib), (s) => s.lastSent >= since, 'a send');
}

// 200 papers: the 2025-06-18 listing's own (so B's listing shows them saved) and made-up ones.
const listing = items2025().map((i) => i.paper.id);
function backup200() {
  const own = fixtureBackup();
  const extra = fixtureBackup({ count: 200 - own.papers.length });
  return { ...own, papers: [...own.papers, ...extra.papers] };
}

const importFile = (lib, data, name) => files.choose(lib, name, JSON.stringify(data));

before(async () => {
  [A, B] = await Promise.all([launch(), launch()]);
  [libA, libB] = await Promise.all([openLibrary(A), openLibrary(B)]);
});

after(async () => {
  await Promise.all([A?.close(), B?.close()]);
});

test('rules and 200 papers with tags, status and notes made in A appear in B, in its Library and on its open listing', async () => {
  await turnOn(libA);
  await turnOn(libB);
  const data = backup200();
  await importFile(libA, data, 'a.json');
  await sent(libA, 'Synced 200 papers and 2 rules');
  const listingB = await B.context.newPage();
  await listingB.goto('https://huggingface.co/papers/date/2025-06-18');
  await listingB.waitForSelector('article[data-papersift-id]');
  assert.equal(await listingB.locator('article[data-papersift-saved]').count(), 0);

  await carry(libA, libB);
  // The open listing redecorates: saved marks, and the rule from A highlights.
  await listingB.waitForSelector(`article[data-papersift-id="${listing[0]}"][data-papersift-saved]`, { timeout: 20_000 });
  await until(() => listingB.locator('article[data-papersift-saved]').count(), (n) => n === listing.length, 'every listing paper saved');
  assert.ok((await listingB.locator('article[data-papersift-highlight]').count()) > 0, 'A\'s diffusion rule highlights on B');

  await until(() => statusLine(libB), (t) => t.includes('Synced 200 papers and 2 rules') && /last received/.test(t), 'B\'s status');
  const [a, b] = await Promise.all([dumpIdb(libA), dumpIdb(libB)]);
  const mine = (p) => [p.id, p.savedAt, p.tags.join(' '), p.status, p.note];
  assert.deepEqual(b.papers.map(mine).sort(), a.papers.map(mine).sort());
  assert.deepEqual(b.rules.map((r) => [r.tag, r.enabled, r.order, r.terms]).sort(), a.rules.map((r) => [r.tag, r.enabled, r.order, r.terms]).sort());
  // Metadata is not synced: B completes listing papers from the API; made-up ids are shown as arrived.
  await until(() => storedPaper(libB, listing[0]), (p) => p?.title && p.authors.length > 0, 'a completed paper');
  await libB.reload();
  await libB.getByText('Showing 1–').first().waitFor();
  assert.match(await libB.locator('#reading-list').innerText(), /of 200/);
  assert.ok((await libB.getByText('Arrived from your other browser').count()) > 0);
});

test('concurrent edits on both profiles converge; a removal on B removes on A', async () => {
  const [p1, p2, p3, p4] = listing;
  const since = Date.now();
  await ask(libA, 'updatePapers', { ids: [p1], patch: { note: 'note written on A' } });
  await ask(libB, 'updatePapers', { ids: [p2], patch: { status: 'done' } });
  await ask(libB, 'updatePapers', { ids: [p3], patch: { tags: ['from-b', 'second'] } });
  await Promise.all([sent(libA, 'Synced', since), sent(libB, 'Synced', since)]);
  // Both wrote the same items; the service keeps B's (the later writer), then carries A's answer back.
  await carry(libB, libA);
  const merged = Date.now();
  await until(() => storedPaper(libA, p2), (p) => p?.status === 'done', 'B\'s status edit on A');
  await sent(libA, 'Synced', merged); // A writes back the items that lacked its own newer note
  await carry(libA, libB);
  const check = async (lib) => {
    const [a, b, c] = await Promise.all([storedPaper(lib, p1), storedPaper(lib, p2), storedPaper(lib, p3)]);
    return [a?.note, b?.status, c?.tags];
  };
  const want = ['note written on A', 'done', ['from-b', 'second']];
  await until(() => check(libA), (x) => JSON.stringify(x) === JSON.stringify(want), 'A converged');
  await until(() => check(libB), (x) => JSON.stringify(x) === JSON.stringify(want), 'B converged');

  const removal = Date.now();
  await ask(libB, 'removePapers', { ids: [p4] });
  await sent(libB, 'Synced 199 papers', removal);
  await carry(libB, libA);
  await until(() => storedPaper(libA, p4), (p) => p === null, 'the removal on A');
  assert.equal((await dumpIdb(libA)).papers.length, 199);
});

test('a 10,000-paper import with sync on: the status says what did not fit, nothing local is lost, writes stay within the limits', async () => {
  // Count every set/remove that reaches A's sync storage (each fires one onChanged).
  await libA.evaluate(() => {
    window.__syncWrites = [];
    chrome.storage.onChanged.addListener((_c, area) => area === 'sync' && window.__syncWrites.push(Date.now()));
  });
  const big = fixtureBackup({ count: 10_000 });
  const local = new Set([...(await dumpIdb(libA)).papers.map((p) => p.id), ...big.papers.map((p) => p.id)]).size;
  await importFile(libA, big, 'big.json');
  await until(() => statusLine(libA), (t) => /papers not synced \(browser sync storage is full\)/.test(t), "the full status", 150_000);
  const text = await statusLine(libA);
  assert.match(text, /\d+ KB of 100 KB used/);
  assert.doesNotMatch(text, /refused/);
  assert.equal((await dumpIdb(libA)).papers.length, local);
  const bytes = await libA.evaluate(() => chrome.storage.sync.getBytesInUse(null));
  assert.ok(bytes <= 102_400 * 0.9, `${bytes} bytes in sync storage`);
  await new Promise((r) => setTimeout(r, 3000));
  const writes = await libA.evaluate(() => window.__syncWrites);
  const perMinute = Math.max(0, ...writes.map((t) => writes.filter((u) => u >= t && u < t + 60_000).length));
  assert.ok(perMinute <= 40, `${perMinute} writes in a minute`);
  assert.ok(writes.length >= 1);
});
