// TEMPORARY helpers for the differential tests.
import { fixtureText, TRENDING, TRENDING_URL } from './load';

export const BASES = [
  { file: TRENDING, url: TRENDING_URL },
  { file: 'pages/trending-noclass.html', url: TRENDING_URL },
  { file: 'pages/trending-noprops.html', url: TRENDING_URL },
  { file: 'pages/search-source-citations.html', url: '/papers?q=diffusion' },
  { file: 'pages/daily-2024-05-27.html', url: '/papers/date/2024-05-27' },
  { file: 'pages/daily-2025-06-18.html', url: '/papers/date/2025-06-18' },
  { file: 'pages/week-2025-W25.html', url: '/papers/week/2025-W25' },
  { file: 'pages/paper-2506.13642.html', url: '/papers/2506.13642' },
].map((b) => ({ ...b, html: fixtureText(b.file) }));

type Op = (doc: Document, r: () => number) => void;
const pick = <T,>(xs: ArrayLike<T>, r: () => number): T | undefined => xs[Math.floor(r() * xs.length)];
const elements = (doc: Document) => [...(doc.body ?? doc.documentElement)?.querySelectorAll('*') ?? []];
const UI_HTML = ['<label><input type="checkbox"> Save 999</label>', '<a href="/papers/2401.00001">Other paper link title</a>', '<h3><a href="/papers/2506.14234">x</a></h3>',
  '<p>Decoration paragraph of some length</p>', '<span>Oct 4, 2026</span>', '<span>7 authors</span>', '<div role="checkbox">12</div>', '<a href="https://github.com/x/y">GitHub 3k</a>'];

export const OPS: Record<string, Op> = {
  drop: (d, r) => pick(elements(d), r)?.remove(),
  dropCardPart: (d, r) => pick(d.querySelectorAll('article *'), r)?.remove(),
  unwrap: (d, r) => { const el = pick(elements(d), r); el?.replaceWith(...el.childNodes); },
  classes: (d, r) => {
    for (const el of elements(d)) {
      if (r() > 0.3) continue;
      const tokens = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
      const mode = r();
      if (mode < 0.3) el.removeAttribute('class');
      else if (mode < 0.6) el.setAttribute('class', tokens.sort(() => r() - 0.5).join(' '));
      else el.setAttribute('class', tokens.map((t) => `${t}-${Math.floor(r() * 99)}`).join(' '));
    }
  },
  removeProps: (d) => d.querySelectorAll('[data-props]').forEach((el) => el.removeAttribute('data-props')),
  move: (d, r) => {
    const el = pick(elements(d), r);
    const to = pick(elements(d), r);
    if (el && to && !el.contains(to)) to.append(el);
  },
  moveArticle: (d, r) => {
    const el = pick(d.querySelectorAll('article'), r);
    const to = pick(elements(d), r);
    if (el && to && !el.contains(to)) (r() < 0.5 ? to.append(el) : to.prepend(el));
  },
  wrapInHeading: (d, r) => {
    const el = pick(d.querySelectorAll('article, p, a'), r);
    if (!el) return;
    const h = d.createElement(pick(['h2', 'h3', 'h1', 'li'], r)!);
    el.replaceWith(h);
    h.append(el);
  },
  text: (d, r) => {
    const el = pick(elements(d), r);
    if (el && !el.childElementCount) el.textContent = (el.textContent ?? '').split('').sort(() => r() - 0.5).join('');
  },
  duplicate: (d, r) => { const el = pick(d.querySelectorAll('article, h3, p, a, li, span'), r); el?.after(el.cloneNode(true)); },
  hrefs: (d, r) => { const a = pick(d.querySelectorAll('a[href^="/papers/"]'), r); a?.setAttribute('href', pick(['/papers/trending', '/papers/date/2025-06-18', '/papers/', '#', '', '/papers/2506.14234', '/papers/2506.13642#community'], r)!); },
  ui: (d, r) => {
    const host = pick(d.querySelectorAll(r() < 0.7 ? 'article, article *' : 'body *'), r);
    if (!host) return;
    const ui = d.createElement(pick(['div', 'span', 'section'], r)!);
    ui.setAttribute(r() < 0.8 ? 'data-papersift-ui' : 'data-papersift-placeholder', '');
    ui.innerHTML = Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(UI_HTML, r)).join('');
    if (r() < 0.2) { host.replaceWith(ui); ui.append(host); } else (r() < 0.5 ? host.append(ui) : host.prepend(ui));
  },
  mark: (d, r) => {
    const t = pick(d.querySelectorAll('article h3 a, article p, h1'), r);
    const text = t?.firstChild;
    if (!text || text.nodeType !== 3 || !(text as Text).data.length) return;
    const at = Math.floor(r() * (text as Text).data.length);
    const hit = (text as Text).splitText(at);
    hit.splitText(Math.min(hit.data.length, 1 + Math.floor(r() * 8)));
    const m = d.createElement('mark');
    m.setAttribute('data-papersift-mark', 'x');
    hit.replaceWith(m);
    m.append(hit);
  },
  authorsText: (d, r) => {
    const el = pick(d.querySelectorAll('article span, article li, article div'), r);
    if (el && !el.childElementCount) el.textContent = pick(['5 authors', '· 10 authors', 'Published on Oct 4, 2026', 'May 29', '1.2k', 'Submitted by x'], r)!;
  },
  titleAttr: (d, r) => { const li = pick(d.querySelectorAll('li'), r); li?.setAttribute('title', pick(['A B', ' ', 'Zitao Li', ''], r)!); },
};


