// @vitest-environment happy-dom
// Seeded markup mutations: parseCards must never throw and must report only ids the page really links.
import { describe, expect, it } from 'vitest';
import { pageKind, periodKey } from '@/utils/page/detect';
import { paperIdFromHref } from '@/utils/paper/urls';
import { parseCards, parsePage } from '@/utils/page/parse-cards';
import { fixtureText, parseHtml, TRENDING, TRENDING_URL } from './load';

function rng(seed: number) { // mulberry32
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASES = [
  { file: TRENDING, url: TRENDING_URL },
  { file: 'pages/trending-noclass.html', url: TRENDING_URL },
  { file: 'pages/search-source-citations.html', url: '/papers?q=diffusion' },
  { file: 'pages/daily-2024-05-27.html', url: '/papers/date/2024-05-27' },
  { file: 'pages/week-2025-W25.html', url: '/papers/week/2025-W25' },
  { file: 'pages/paper-2506.13642.html', url: '/papers/2506.13642' },
].map((b) => {
  const html = fixtureText(b.file);
  const doc = parseHtml(html);
  const ids = pageKind(b.url) === 'paper'
    ? new Set([periodKey(b.url)!.slice('paper:'.length)])
    : new Set([...doc.querySelectorAll('a[href]')].map((a) => paperIdFromHref(a.getAttribute('href'))).filter((x): x is string => !!x && !x.startsWith('2403.')));
  return { ...b, html, ids };
});

type Op = (doc: Document, r: () => number) => void;
const pick = <T,>(xs: ArrayLike<T>, r: () => number): T | undefined => xs[Math.floor(r() * xs.length)];
const elements = (doc: Document) => [...(doc.body ?? doc.documentElement)?.querySelectorAll('*') ?? []];

const OPS: Record<string, Op> = {
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
  truncateProps: (d, r) => d.querySelectorAll('[data-props]').forEach((el) => {
    const v = el.getAttribute('data-props')!;
    el.setAttribute('data-props', v.slice(0, Math.floor(r() * v.length)));
  }),
  foreignProps: (d) => d.querySelectorAll('[data-props]').forEach((el) => el.setAttribute('data-props', JSON.stringify({
    isTrending: true, query: {}, paper: { id: '1111.11111', title: 'Not on the page' }, dailyPapers: [{ paper: { id: '1111.11112', title: 'Nor this' } }],
  }))),
  move: (d, r) => {
    const el = pick(elements(d), r);
    const to = pick(elements(d), r);
    if (el && to && !el.contains(to)) to.append(el);
  },
  text: (d, r) => {
    const el = pick(elements(d), r);
    if (el && !el.childElementCount) el.textContent = (el.textContent ?? '').split('').sort(() => r() - 0.5).join('');
  },
  duplicate: (d, r) => { const el = pick(d.querySelectorAll('article, h3, p, a'), r); el?.after(el.cloneNode(true)); },
  hrefs: (d, r) => { const a = pick(d.querySelectorAll('a[href^="/papers/"]'), r); a?.setAttribute('href', pick(['/papers/trending', '/papers/date/2025-06-18', '/papers/', '#', ''], r)!); },
};
const OP_NAMES = Object.keys(OPS);

describe('fuzz: mutated fixtures', () => {
  it('300 seeded mutations: never throws, only real ids, well-formed cards', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const r = rng(seed);
      const base = BASES[seed % BASES.length];
      const html = r() < 0.15 ? base.html.slice(0, Math.floor(r() * base.html.length)) : base.html;
      const doc = parseHtml(html);
      const n = 1 + Math.floor(r() * 6);
      const ops: string[] = [];
      for (let i = 0; i < n; i++) {
        const name = pick(OP_NAMES, r)!;
        ops.push(name);
        OPS[name](doc, r);
      }
      const where = `seed ${seed} (${base.file}: ${ops.join(', ')})`;
      const cards = parseCards(doc, base.url, new Date('2026-10-07'));
      const ids = cards.map((c) => c.paper.id);
      expect(new Set(ids).size, where).toBe(ids.length);
      for (const c of cards) {
        expect(base.ids.has(c.paper.id), `${where}: ${c.paper.id}`).toBe(true);
        expect(c.articles.length, where).toBeGreaterThan(0);
        expect(c.titles.length, where).toBeGreaterThan(0);
        expect([...c.articles, ...c.titles, ...c.abstracts].every((e) => e.nodeType === 1), where).toBe(true);
        expect(typeof c.paper.title, where).toBe('string');
        expect(c.paper.hfUrl, where).toBe(`https://huggingface.co/papers/${c.paper.id}`);
      }
      const page = parsePage(doc, base.url);
      expect(page.kind, where).toBe(pageKind(base.url));
      expect(page.health, where).toBe(page.cards.length ? 'ok' : 'no-cards');
    }
  }, 60_000); // happy-dom parsing dominates: a few seconds

  it('random URL and href strings never throw', () => {
    const r = rng(7);
    const parts = ['/', 'papers', 'date', 'week', 'month', 'trending', '2025-06-18', '2025-W25', '2405.12345', 'v2', '.md', '?q=', '#', '%', 'https://', 'huggingface.co', 'arxiv.org', 'abs', 'hep-th', '9901001', ' ', '\u0000', '..', '[', ':'];
    for (let i = 0; i < 2000; i++) {
      const s = Array.from({ length: 1 + Math.floor(r() * 8) }, () => pick(parts, r)).join('');
      const id = paperIdFromHref(s);
      expect(id === null || /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/.test(id), s).toBe(true);
      pageKind(s);
      periodKey(s);
    }
  });
});
