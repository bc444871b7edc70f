import puppeteer from 'puppeteer-core';
import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
const UUID = '0b6a6c2e-5d5f-4c59-9a3a-2f7d3c1e9a01';
const base = `moz-extension://${UUID}/`;
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'fx-'));
const t0 = Date.now(); const T = (m) => console.log(Date.now() - t0, m);
const browser = await puppeteer.launch({
  browser: 'firefox', executablePath: '/usr/bin/firefox-esr', protocol: 'webDriverBiDi', headless: true, userDataDir: profile,
  args: process.argv.includes('--sys') ? ['--remote-allow-system-access'] : [],
  extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ 'papersift@papersift.invalid': UUID }), 'extensions.background.idle.timeout': 2000 },
});
await browser.installExtension(path.resolve('.output/firefox-mv3'));
T('installed');
const p1 = await browser.newPage();
await p1.mainFrame().browsingContext.navigate(base + 'popup.html?tab=1', 'complete').catch((e) => T('nav: ' + e.message));
T('p1 ' + (await p1.evaluate(() => location.href).catch((e) => e.message)));
const lib = await browser.newPage();
await lib.mainFrame().browsingContext.navigate(base + 'options.html', 'complete');
T('lib ' + (await lib.evaluate(() => location.href)) + ' ' + (await lib.title()));

await lib.waitForSelector('button', { timeout: 5000 }).then(() => T('has buttons'));
const views = () => lib.evaluate(() => browser.extension.getViews().map((w) => w.location.pathname + (w.__mark ? '*' : ''))).catch((e) => e.message);
T('views ' + JSON.stringify(await views()));
T('bgpage ' + (await lib.evaluate(async () => { try { const w = await browser.runtime.getBackgroundPage(); w.__mark = 1; return w.location.href; } catch (e) { return 'err ' + e.message; } })));
T('views ' + JSON.stringify(await views()));
await new Promise((r) => setTimeout(r, 4500));
T('views after idle ' + JSON.stringify(await views()));
await lib.evaluate(async () => await browser.runtime.sendMessage({ ping: 1 }).catch((e) => e.message));
T('views after msg ' + JSON.stringify(await views()));
await browser.close();
