// Launches Debian Chromium with the built extension and serves huggingface.co from fixtures.
// Never touches the live site: every huggingface.co request is answered here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { routeHuggingFace } from './routes.mjs';

export const EXT = path.resolve(process.env.PAPERSIFT_OUT_DIR ?? '.output', 'chrome-mv3');

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium'].filter(Boolean);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium was not found (looked at CHROMIUM_PATH, /usr/bin/chromium). Install it with:\n' +
        '  sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or point CHROMIUM_PATH at a Chromium binary (Google Chrome 137+ ignores --load-extension).',
    );
  }
  return found;
}

/**
 * @param {{ profile?: string, pages?: Record<string, string|Buffer>, api?: (pathname: string) => any }} [opts]
 */
export async function launch(opts = {}) {
  if (!fs.existsSync(path.join(EXT, 'manifest.json'))) throw new Error(`No build at ${EXT}: run \`npm run build\` first.`);
  const profile = opts.profile ?? fs.mkdtempSync(path.join(os.tmpdir(), 'papersift-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXT}`,
      `--load-extension=${EXT}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const server = await routeHuggingFace(context, opts);
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  const extId = new URL(sw.url()).host;
  return {
    context,
    profile,
    extId,
    server,
    sw,
    url: (p) => `chrome-extension://${extId}/${p}`,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The tab id of a huggingface.co page, asked from an extension page. */
export async function tabIdOf(ext, page) {
  const helper = await ext.context.newPage();
  await helper.goto(ext.url('popup.html?tab=0'));
  const target = page.url();
  const tabs = await helper.evaluate(() => chrome.tabs.query({ url: 'https://huggingface.co/*' }));
  await helper.close();
  const tab = tabs.find((t) => t.url === target) ?? tabs.find((t) => t.url?.startsWith(target));
  if (!tab) throw new Error(`No tab for ${target} among ${tabs.map((t) => t.url).join(', ')}`);
  return tab.id;
}

/** Opens the popup for one tab, as a page (SPEC: popup.html?tab=<id>). */
export async function openPopup(ext, page) {
  const id = await tabIdOf(ext, page);
  const popup = await ext.context.newPage();
  await popup.goto(ext.url(`popup.html?tab=${id}`));
  return popup;
}

/** Stops every service worker via CDP (the next message restarts the worker). */
export async function stopServiceWorker(ext, anyPage) {
  const cdp = await ext.context.newCDPSession(anyPage);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** The ids PaperSift marked on a page, in document order, each once. */
export async function markedIds(page) {
  return page.evaluate(() => [...new Set([...document.querySelectorAll('[data-papersift-id]')].map((a) => a.getAttribute('data-papersift-id')))]);
}
