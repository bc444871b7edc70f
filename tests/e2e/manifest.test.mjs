// Minimal permissions and a strict CSP, read from the built manifests (Chromium and Firefox),
// checked against the README's permission table, and enforced in Chromium: the popup and the
// Library load without CSP violations, and inline scripts, eval and WebAssembly are refused.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openPopup } from './lib/browser.mjs';
import { manifestOf, watchContext } from './lib/extension-page.mjs';

// The permission list the README justifies (section "Permissions"), and nothing else.
const PERMISSIONS = ['storage'];
const HOSTS = ['https://huggingface.co/*'];
const CSP = "script-src 'self'; object-src 'self'; base-uri 'none';";

/** CSP string → Map(directive → sources). */
const directives = (csp) =>
  new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...src]) => [name, src]));

function checkCommon(m, browser) {
  assert.equal(m.manifest_version, 3, `${browser}: MV3`);
  assert.deepEqual(m.permissions ?? [], PERMISSIONS, `${browser}: permissions`);
  assert.deepEqual(m.host_permissions ?? [], HOSTS, `${browser}: host permissions`);
  for (const key of ['optional_permissions', 'optional_host_permissions', 'externally_connectable', 'web_accessible_resources', 'content_security_policy.sandbox'])
    assert.equal(key.split('.').reduce((o, k) => o?.[k], m), undefined, `${browser}: no ${key}`);
  const text = JSON.stringify(m);
  for (const broad of ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*', '"tabs"', '"scripting"', '"webRequest', '"cookies"', '"history"', '"downloads"', '"activeTab"'])
    assert.ok(!text.includes(broad), `${browser}: manifest does not ask for ${broad}`);
  // Content scripts only where the host permission reaches.
  for (const cs of m.content_scripts ?? []) for (const match of cs.matches) assert.match(match, /^https:\/\/huggingface\.co\/papers/, `${browser}: content script match ${match}`);
  // Strict CSP for extension pages: only the extension's own scripts, no eval of any kind.
  const csp = m.content_security_policy?.extension_pages;
  assert.equal(csp, CSP, `${browser}: CSP for extension pages`);
  const d = directives(csp);
  assert.deepEqual(d.get('script-src'), ["'self'"]);
  assert.deepEqual(d.get('object-src'), ["'self'"]);
  for (const [, src] of d) for (const s of src) assert.ok(!/unsafe|^https?:|^\*|^data:|^blob:/.test(s), `${browser}: no ${s} in the CSP`);
}

test('Chromium manifest: storage + huggingface.co only, strict CSP', () => {
  const m = manifestOf('chrome');
  checkCommon(m, 'chrome');
  assert.equal(m.background?.service_worker, 'background.js');
  assert.equal(m.browser_specific_settings, undefined, 'no Firefox keys in the Chromium build');
});

test('Firefox manifest: same permissions, gecko id, min versions and data-collection declaration', () => {
  const m = manifestOf('firefox');
  checkCommon(m, 'firefox');
  const gecko = m.browser_specific_settings?.gecko;
  assert.match(gecko?.id ?? '', /^[\w.+-]+@[\w.-]+$/, 'an email-style add-on id');
  assert.ok(parseFloat(gecko.strict_min_version) >= 140, 'data_collection_permissions needs Firefox 140+');
  assert.ok(parseFloat(m.browser_specific_settings.gecko_android?.strict_min_version) >= 142, '… and Firefox for Android 142+');
  assert.deepEqual(gecko.data_collection_permissions, { required: ['none'] }, 'declares that no data is collected');
  assert.deepEqual(m.background?.scripts, ['background.js']);
});

test('README lists and justifies exactly the manifest permissions', () => {
  const readme = fs.readFileSync('README.md', 'utf8');
  const section = /^## Permissions\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
  assert.ok(section, 'README has a "## Permissions" section');
  const rows = section.split('\n').filter((l) => /^\|\s*(host\s+)?`/.test(l));
  const listed = rows.map((l) => /`([^`]+)`/.exec(l)[1]);
  assert.deepEqual(listed.sort(), [...PERMISSIONS, ...HOSTS].sort());
  for (const r of rows) assert.ok(r.split('|')[2]?.trim().length > 20, `justified: ${r}`);
});

let ext;
after(async () => {
  await ext?.close();
});

test('Chromium: popup and Library load without CSP violations; inline script, eval and wasm are refused', async () => {
  ext = await launch();
  const events = watchContext(ext.context);
  await ext.context.addInitScript(() => {
    window.__cspReports = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspReports.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await ext.context.newPage();
  await page.goto('https://huggingface.co/papers/date/2025-06-18');
  await page.waitForSelector('article[data-papersift-id]');
  const popup = await openPopup(ext, page);
  await popup.getByRole('status').filter({ hasText: ' saved' }).waitFor();
  await popup.getByRole('button', { name: 'Save' }).first().click();
  await popup.getByRole('button', { name: 'Save', pressed: true }).first().waitFor();
  const library = await ext.context.newPage();
  await library.goto(ext.url('options.html'));
  await library.getByRole('heading', { name: 'PaperSift Library' }).waitFor();
  await library.locator('[data-papersift-paper]').first().waitFor();

  for (const p of [popup, library]) {
    assert.deepEqual(await p.evaluate(() => window.__cspReports), [], `${p.url()}: no CSP report while loading and using it`);
    // The policy is in force: each of these is refused (and reported).
    const tried = await p.evaluate(async () => {
      const out = {};
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
      out.inline = window.__inlineRan === true;
      // DevTools' evaluate may eval regardless of CSP: try from a later task of the page itself.
      const later = (fn) => new Promise((r) => setTimeout(() => { try { r(fn()); } catch { r(false); } }, 0));
      out.eval = await later(() => (0, eval)('1 + 1') === 2);
      out.fn = await later(() => new Function('return 1')() === 1);
      out.timerString = await later(() => {
        setTimeout('window.__timerRan = true', 0);
        return true;
      }).then(() => new Promise((r) => setTimeout(() => r(window.__timerRan === true), 30)));
      try {
        // The smallest valid module: "\0asm" version 1.
        await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
        out.wasm = true;
      } catch {
        out.wasm = false;
      }
      await new Promise((r) => setTimeout(r, 50));
      out.reports = window.__cspReports.length;
      return out;
    });
    assert.deepEqual({ ...tried, reports: tried.reports > 0 }, { inline: false, eval: false, fn: false, timerString: false, wasm: false, reports: true }, `${p.url()}: CSP enforced`);
  }
  // Only the violations this test provoked above (the inline script, eval, wasm), none before.
  assert.deepEqual(events.pageErrors, []);
  assert.deepEqual(events.dialogs, []);
});
