// DOM cards + fresh data-props → one ParsedCard per paper id. Pure and never throws.
import type { PaperInfo } from '@/utils/types';
import { readDataProps } from './data-props';
import { parsePageUrl, type PageKind } from './detect';
import { cardQuery, findAbstracts, idOf, own, readCard, text, type CardParts } from './read-card';
import * as S from './selectors';

export interface ParsedCard {
  paper: PaperInfo;
  /** Elements to decorate: the <article> (or fallback container) per occurrence of the paper. */
  articles: Element[];
  /** Title link elements, every copy (desktop + mobile); the paper page's <h1>. */
  titles: Element[];
  /** Visible abstract / summary elements, every copy; empty on compact cards. */
  abstracts: Element[];
}

export interface ParsedPage {
  kind: PageKind | null;
  cards: ParsedCard[];
  health: 'ok' | 'no-cards' | 'not-listing';
}

/** Another paper's link inside el? Then el is not one paper's card. */
const hasOtherPaper = (el: Element, id: string) =>
  [...el.querySelectorAll(S.paperLink)].some((a) => { const x = idOf(a); return x !== null && x !== id; });

/** Markup drift fallback: the li, or the largest ancestor holding only this paper and no page chrome. */
function containerFor(a: Element, id: string, scope: ParentNode): Element {
  const li = a.closest('li');
  if (li && !hasOtherPaper(li, id)) return li;
  let best = a.parentElement ?? a;
  for (let el = a.parentElement; el && el !== scope; el = el.parentElement) {
    if (el.matches(S.stopAt) || el.querySelector(S.chrome) || hasOtherPaper(el, id)) break;
    best = el;
  }
  return best;
}

/** An article without h3 titles: its first text link to a paper page, with copies of the same text. */
function fallbackTitles(article: Element): Element[] {
  const links = [...article.querySelectorAll(S.paperLink)]
    .filter((a) => own(a) && idOf(a) && !/[#?]/.test(a.getAttribute('href') ?? '') && text(a));
  const head = links[0];
  return head ? links.filter((a) => idOf(a) === idOf(head) && text(a) === text(head)) : [];
}

/** Groups title links by paper id, each with the card element(s) it sits in, in page order. */
function collect(root: ParentNode): Omit<CardParts, 'abstracts'>[] {
  const scope: ParentNode = root.querySelector(S.main) ?? root;
  const groups = new Map<string, Omit<CardParts, 'abstracts'>>();
  const add = (id: string, card: Element, titles: Element[]) => {
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { id, articles: [], titles: [] }));
    if (!g.articles.includes(card)) g.articles.push(card);
    for (const t of titles) if (!g.titles.includes(t)) g.titles.push(t);
  };
  const accepted = new Set<Element>();
  // A selector list returns document order, and an article comes before its own title links.
  for (const el of scope.querySelectorAll(`${S.card}, ${S.titleLink}`)) {
    if (!own(el)) continue;
    if (el.matches(S.card)) {
      let titles = [...el.querySelectorAll(S.titleLink)].filter((a) => own(a) && idOf(a));
      if (!titles.length) titles = fallbackTitles(el);
      const ids = new Set(titles.map(idOf));
      if (ids.size !== 1) continue; // no paper, or several: markup drift, titles get containers below
      accepted.add(el);
      add(idOf(titles[0])!, el, titles);
    } else {
      const id = idOf(el);
      const art = el.closest(S.card);
      if (!id || (art && accepted.has(art))) continue;
      add(id, containerFor(el, id, scope), [el]);
    }
  }
  return [...groups.values()];
}

/** JSON wins for text and numbers; the DOM keeps what JSON lacks. */
function merge(dom: PaperInfo, json: PaperInfo | undefined): PaperInfo {
  if (!json) return dom;
  const out: PaperInfo = { ...dom };
  for (const [k, v] of Object.entries(json) as [keyof PaperInfo, unknown][]) {
    if (v !== null && v !== '') (out as unknown as Record<string, unknown>)[k] = v;
  }
  // The card's <p> shows ai_summary when there is one: that text is no abstract.
  if (json.summary === null && dom.summary !== null && dom.summary === json.aiSummary) out.summary = null;
  return out;
}

function parseListing(root: ParentNode, url: string, now: Date): ParsedCard[] {
  const json = readDataProps(root, url);
  return collect(root).map((g) => {
    const within = cardQuery(g.articles);
    const abstracts = findAbstracts(g.id, within, g.titles);
    const dom = readCard({ ...g, abstracts }, now, within);
    return { paper: merge(dom, json?.get(g.id)), articles: g.articles, titles: g.titles, abstracts };
  });
}

/** The paragraph after the "Abstract" heading (same level or one level up), if any. */
function abstractOf(scope: ParentNode): Element | null {
  const h = [...scope.querySelectorAll(S.headings)].find((e) => own(e) && S.abstractHeading.test(e.textContent ?? ''));
  let level = 0;
  for (let n: Element | null = h ?? null; n && level < 3; n = n.parentElement, level++) {
    for (let s = n.nextElementSibling; s; s = s.nextElementSibling) {
      const p = s.matches('p') ? s : s.querySelector('p');
      if (p && text(p)) return p;
    }
  }
  return null;
}

function parsePaperPage(root: ParentNode, url: string, id: string, now: Date): ParsedCard[] {
  const scope: ParentNode = root.querySelector(S.main) ?? root;
  const h1 = [...scope.querySelectorAll(S.paperTitle)].find(own);
  if (!h1) return [];
  const abs = abstractOf(scope);
  // The header block: smallest element holding title and abstract, unless that is an island or <main>.
  let article: Element | null = abs ? h1.parentElement : null;
  while (article && abs && !article.contains(abs)) article = article.parentElement;
  if (!article || article.matches(S.stopAt)) article = h1.closest('section') ?? h1.parentElement ?? h1;
  const abstracts = abs ? [abs] : [];
  const dom = readCard({ id, articles: [article], titles: [h1], abstracts }, now);
  return [{ paper: merge(dom, readDataProps(root, url)?.get(id)), articles: [article], titles: [h1], abstracts }];
}

/** Cards on a papers page, one per paper id, in page order. `now` fixes the year of "May 29" dates. */
export function parseCards(root: ParentNode, url: string, now: Date = new Date()): ParsedCard[] {
  try {
    const page = parsePageUrl(url);
    if (page?.kind === 'paper') return parsePaperPage(root, url, page.id!, now);
    return parseListing(root, url, now);
  } catch {
    return [];
  }
}

/** parseCards plus the view kind and a health signal for the popup. */
export function parsePage(root: ParentNode, url: string, now: Date = new Date()): ParsedPage {
  const page = parsePageUrl(url);
  if (!page) return { kind: null, cards: [], health: 'not-listing' };
  const cards = parseCards(root, url, now);
  return { kind: page.kind, cards, health: cards.length ? 'ok' : 'no-cards' };
}
