// Shared by the hardening e2e tests (not a test file: node --test runs only *.test.mjs).
import fs from 'node:fs';
import path from 'node:path';

export const OUT = path.resolve(process.env.PAPERSIFT_OUT_DIR ?? '.output');
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Records, for every page of the context (pages opened later too): dialogs (dismissed at once),
 * console errors, page errors and Content-Security-Policy violations.
 */
export function watchContext(context) {
  const events = { dialogs: [], consoleErrors: [], pageErrors: [], csp: [] };
  const watch = (page) => {
    page.on('dialog', (d) => {
      events.dialogs.push(`${page.url()}: ${d.type()} ${d.message()}`);
      d.dismiss().catch(() => {});
    });
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      events.consoleErrors.push(`${page.url()}: ${m.text()}`);
      if (/Content Security Policy/i.test(m.text())) events.csp.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => events.pageErrors.push(`${page.url()}: ${e.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return events;
}

/**
 * Run in a page (page.evaluate(injectedElements, scope)): elements that hostile text could have
 * become. Every payload in the hostile fixture carries an on* handler or a javascript: URL, has
 * src=x, or is a script/iframe/style/textarea/mark element, so the app's own markup (icons,
 * sparklines, its own script tags) never counts.
 */
export function injectedElements(scope) {
  const out = [];
  const extensionPage = location.protocol === 'chrome-extension:';
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) out.push(`<${tag} ${a.name}>`);
      // Attribute values may hold hostile text as data (data-props, title, aria-label): only URLs matter.
      else if (/^(href|src|action|formaction|xlink:href|srcdoc)$/i.test(a.name) && /^\s*javascript:|__pwned/i.test(a.value)) out.push(`<${tag} ${a.name}="${a.value.slice(0, 40)}">`);
    }
    if (['iframe', 'frame', 'object', 'embed', 'base'].includes(tag)) out.push(`<${tag}>`);
    if (tag === 'img' && el.getAttribute('src') === 'x') out.push('<img src=x>');
    if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) out.push('<meta http-equiv=refresh>');
    if (tag === 'script' && (!el.src || !extensionPage)) out.push('<script> without src (or on the page)');
    if (tag === 'style' && /body\s*\{\s*display\s*:\s*none/.test(el.textContent)) out.push('<style> from the hostile abstract');
    if (tag === 'mark' && !extensionPage && !el.hasAttribute('data-papersift-mark')) out.push('<mark> not made by PaperSift');
    if (tag === 'textarea' && !(extensionPage && scope === 'library')) out.push('<textarea>');
  }
  if (window.__pwned !== undefined) out.push(`window.__pwned = ${String(window.__pwned)}`);
  return out;
}

export { dumpIdb } from './idb.mjs';

/** The storage.local mirror the content scripts follow. */
export const readMirror = (extPage) =>
  extPage.evaluate(async () => (await chrome.storage.local.get('papersift:state'))['papersift:state'] ?? null);

/** Opens an extension page to read storage from (the Library: it stays open, unlike a popup). */
export async function extPage(ext) {
  const p = await ext.context.newPage();
  await p.goto(ext.url('options.html'));
  return p;
}

export const manifestOf = (browser) => {
  const file = path.join(OUT, `${browser}-mv3`, 'manifest.json');
  if (!fs.existsSync(file)) {
    throw new Error(`No ${browser} build at ${path.dirname(file)}: run \`npx wxt build${browser === 'firefox' ? ' -b firefox --mv3' : ''}\` first (npm run test:e2e builds both).`);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
};
