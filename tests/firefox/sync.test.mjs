// Sync in real Firefox (issue 19): the Library's checkbox turns it on, what PaperSift keeps goes
// into browser.storage.sync (Firefox keeps it locally without an account, with its quota rules),
// and an item another browser wrote there arrives in the reading list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureBackup } from '../e2e/lib/backup-data.mjs';
import { launchFirefox, byLabel, storedPapers, syncStorage, until } from './lib/firefox.mjs';

let fx;
before(async () => {
  fx = await launchFirefox();
});
after(async () => {
  await fx?.close();
});

const statusLine = (lib) => lib.evaluate(() => document.querySelector('.sync-status[role="status"]')?.textContent ?? '');

test('Firefox: sync sends rules and papers to storage.sync and takes a paper another browser sent', async () => {
  const lib = await fx.extPage('options.html');
  const box = await byLabel(lib, 'Sync with my browser account');
  assert.equal(await box.evaluate((el) => el.checked || el.disabled), false, 'off by default, and available');
  await box.click();
  await until(() => statusLine(lib), (t) => t.startsWith('Synced 0 papers and 0 rules'), 'the status line');

  const backup = fixtureBackup();
  await lib.evaluate(async (text) => {
    const { err } = await browser.runtime.sendMessage({ id: 1, type: 'importBackup', data: { text }, timestamp: Date.now() });
    if (err) throw new Error(err.message);
  }, JSON.stringify(backup));
  const n = backup.papers.length;
  await until(() => statusLine(lib), (t) => t.startsWith(`Synced ${n} papers and 2 rules`), 'the papers sent', 20_000);
  const area = await syncStorage(lib);
  assert.ok(Object.keys(area).some((k) => /^ps\d+$/.test(k)), 'PaperSift items in storage.sync');
  assert.ok(!JSON.stringify(area).includes(backup.papers[0].title.slice(0, 30)), 'titles do not travel');

  // Another browser's item (the plain encoding: [1, [install ids], [key, time, by, savedAt, status, tags, note]]).
  const b36 = (x) => x.toString(36);
  await lib.evaluate(
    (item) => browser.storage.sync.set({ ps40: item }),
    [1, ['otherpc'], ['p2401.00001', b36(Date.now() + 60_000), 0, b36(Date.parse('2026-01-01T00:00:00Z')), 1, 'from-chrome', 'note from the other browser']],
  );
  const got = await until(async () => (await storedPapers(lib)).find((p) => p.id === '2401.00001'), (p) => !!p, 'the paper from the other browser', 20_000);
  assert.deepEqual([got.tags, got.status, got.note, got.savedAt], [['from-chrome'], 'reading', 'note from the other browser', '2026-01-01T00:00:00.000Z']);
  await until(() => statusLine(lib), (t) => t.startsWith(`Synced ${n + 1} papers`) && /last received/.test(t), 'the status after receiving', 20_000);
});
