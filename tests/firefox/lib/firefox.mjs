// Real Firefox (Debian's firefox-esr) driven over WebDriver BiDi with puppeteer-core, PaperSift's
// built .output/firefox-mv3 installed as a temporary add-on, every huggingface.co request answered
// from the committed fixtures (never the live site: anything not answered here goes to a dead proxy).
//
// Opening extension pages: Firefox's Remote Agent refuses to navigate a tab to moz-extension://
// ("not allowed in this context") unless started with --remote-allow-system-access. With that flag
// the navigation works, but puppeteer's page.goto() never sees it finish (the document moves into the
// extension process), so extPage() sends BiDi's browsingContext.navigate itself and waits for
// "complete". The extension's UUID is fixed with the extensions.webextensions.uuids preference, so
// moz-extension://<UUID>/popup.html and /options.html are known before the add-on is installed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { apiPapers, defaultPages } from '../../e2e/lib/routes.mjs';

export const FIREFOX_EXT = path.resolve(process.env.PAPERSIFT_OUT_DIR ?? '.output', 'firefox-mv3');
export const UUID = '7a1c0f3e-2b4d-4e8a-9c6f-5d3b1a0e9f21';
export const BASE = `moz-extension://${UUID}/`;
// The event page is suspended after this much idle time (Firefox's default is 30 s).
export const IDLE_MS = 2000;

export function firefoxPath() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error(
      'Firefox was not found (looked at FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox). Install it with:\n' +
        '  sudo apt-get update && sudo apt-get install -y firefox-esr\n' +
        'or point FIREFOX_PATH at a Firefox 140+ binary. The Firefox tests never pass without it.',
    );
  }
  return found;
}

/** Answers every huggingface.co request of `page` from the fixtures (its CDN with 404); lets others (moz-extension, data) through. */
async function routeHuggingFace(page, pages, papers, log) {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.isInterceptResolutionHandled()) return;
    const u = new URL(req.url());
    // Thumbnails and avatars: not in the fixtures, and the network here does not answer (a load waited for them).
    if (/^cdn-[a-z]+\.huggingface\.co$/.test(u.hostname)) return void req.respond({ status: 404, contentType: 'text/plain', body: '' });
    if (u.hostname !== 'huggingface.co') return void req.continue();
    log.push(u.pathname + u.search);
    const m = /^\/api\/papers\/([^/]+)$/.exec(u.pathname);
    if (u.pathname.startsWith('/api/')) {
      const p = m && papers.get(decodeURIComponent(m[1]));
      return void req.respond(p ? { status: 200, contentType: 'application/json', body: JSON.stringify(p) } : { status: 404, contentType: 'application/json', body: '{"error":"Paper not found"}' });
    }
    const body = pages[u.pathname + u.search] ?? pages[u.pathname];
    if (body === undefined) return void req.respond({ status: 404, contentType: 'text/plain', body: 'not in fixtures' });
    req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}

/**
 * Launches Firefox with a fresh profile and PaperSift installed.
 * @param {{ prefs?: Record<string, unknown> }} [opts] extra Firefox preferences (e.g. for sync tests)
 */
export async function launchFirefox(opts = {}) {
  const executablePath = firefoxPath();
  if (!fs.existsSync(path.join(FIREFOX_EXT, 'manifest.json')))
    throw new Error(`No Firefox build at ${FIREFOX_EXT}: run \`npx wxt build -b firefox --mv3\` first.`);
  const geckoId = JSON.parse(fs.readFileSync(path.join(FIREFOX_EXT, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'papersift-firefox-'));
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'papersift-firefox-dl-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
      'extensions.background.idle.timeout': IDLE_MS,
      // Nothing reaches the network: requests the tests do not answer fail at a dead proxy.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Downloads land in a known folder without asking.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.panel.shown': true,
      ...(opts.prefs ?? {}),
    },
  });
  try {
    const installed = await browser.installExtension(FIREFOX_EXT);
    if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`);
  } catch (e) {
    await browser.close();
    throw e;
  }
  const pages = defaultPages();
  const papers = apiPapers();
  const log = [];
  return {
    browser,
    profile,
    downloads,
    log,
    url: (p) => BASE + p,
    /** A huggingface.co page from the fixtures, in a new tab. */
    async open(url) {
      const page = await browser.newPage();
      await routeHuggingFace(page, pages, papers, log);
      await page.goto(url);
      return page;
    },
    /** An extension page (popup.html?tab=…, options.html) in a new tab; see the note at the top. */
    async extPage(p) {
      const page = await browser.newPage();
      await navigateExt(page, BASE + p);
      return page;
    },
    async close() {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
      fs.rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/** Loads a moz-extension:// URL in `page` (BiDi navigate, waiting for the load to complete). */
export async function navigateExt(page, url) {
  await page.mainFrame().browsingContext.navigate(url, 'complete');
  await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', {}, url);
}

/** The tab id of a huggingface.co page, asked from an extension page (tabs.query needs no permission here: host access). */
export async function tabIdOf(fx, page) {
  const target = await page.evaluate(() => location.href);
  const helper = await fx.extPage('popup.html?tab=0');
  const tabs = await helper.evaluate(() => browser.tabs.query({ url: 'https://huggingface.co/*' }).then((ts) => ts.map((t) => ({ id: t.id, url: t.url }))));
  await helper.close();
  const tab = tabs.find((t) => t.url === target);
  if (!tab) throw new Error(`No tab for ${target} among ${tabs.map((t) => t.url).join(', ')}`);
  return tab.id;
}

/** The popup for one tab, as a page (SPEC: popup.html?tab=<id>). */
export async function openPopup(fx, page) {
  return fx.extPage(`popup.html?tab=${await tabIdOf(fx, page)}`);
}

/** The form control labelled `text` (a <label> whose text is exactly `text`). */
export const byLabel = (page, text) =>
  page.waitForFunction(
    (t) => {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === t);
      return label ? (label.control ?? label.querySelector('input, select, textarea')) : null;
    },
    {},
    text,
  );

/** The button whose accessible name (aria-label, else text) is exactly `name`, optionally inside `within`. */
export const buttonNamed = (page, name, within = 'body') =>
  page.waitForFunction(
    (n, w) => [...(document.querySelector(w)?.querySelectorAll('button') ?? [])].find((b) => (b.getAttribute('aria-label') ?? b.textContent).trim() === n && !b.hidden) ?? null,
    {},
    name,
    within,
  );

// Every stored paper, read from an extension page (IndexedDB lives in the extension's origin).
export { storedPapers } from '../../e2e/lib/idb.mjs';

/**
 * The background event page's window as seen from an extension page: null while suspended,
 * else whether it carries the marker `markBackground` left (a restarted page does not).
 */
export const backgroundState = (extPage) =>
  extPage.evaluate(() => {
    const bg = browser.extension.getViews().find((w) => w.location.pathname === '/_generated_background_page.html');
    return bg ? { marked: bg.__papersiftTestMark === true } : null;
  });
export const markBackground = (extPage) =>
  extPage.evaluate(() => {
    const bg = browser.extension.getViews().find((w) => w.location.pathname === '/_generated_background_page.html');
    if (!bg) return false;
    bg.__papersiftTestMark = true;
    return true;
  });

// The one polling wait of the test suites (tests/e2e/lib/until.mjs).
export { until } from '../../e2e/lib/until.mjs';

/**
 * browser.storage.sync as the extension sees it, read from an extension page. For the sync test
 * (issue 19): `const fx = await launchFirefox(); const lib = await fx.extPage('options.html');`,
 * turn sync on in the Library, then `await syncStorage(lib)`. Without a Firefox account, Firefox
 * keeps storage.sync locally (its quota rules still apply), which is what a test can observe.
 */
export const syncStorage = (extPage) => extPage.evaluate(() => browser.storage.sync.get(null));
