// DOM cards + fresh data-props → one ParsedCard per paper id. Pure and never throws.
import type { PaperInfo, PaperText } from '@/utils/types';
import { blankPaper } from './api-items';
import { sharedDataProps } from './data-props';
import type { JsonPaper } from './api-items';
import { paperIdFromHref, parsePageUrl, type PageKind } from './detect';
import { aroundIsNotAbstract, findAbstracts, idOf, own, ownUiSet, readCard, scanCard, text, type CardParts, type CardRead } from './read-card';
import * as S from './selectors';

export interface ParsedCard {
  id: string;
  /** Title and abstract, read with the card: what rules on the default fields match. */
  text: PaperText;
  /** Everything known about the paper (page JSON over the card's DOM), read on first use. */
  readonly paper: PaperInfo;
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
  /**
   * PaperSift's UI sits in some card (a bar: an earlier pass, or an earlier copy of the script,
   * decorated it). False on a page nobody decorated yet: no card holds marks of ours.
   */
  ours: boolean;
}

/** What a parse noticed besides the cards. */
interface ParseInfo {
  ours: boolean;
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

interface Group extends Omit<CardParts, 'abstracts'> {
  /** The group is exactly one accepted <article> (the case the cache reuses). */
  single: boolean;
}

/**
 * Our UI inside cards: the control bar, a direct child of its article (controls.ts), is the one
 * thing PaperSift adds to a card; placeholders and overlays sit outside cards and hold no paper
 * links. Looking at the cards' children costs a fraction of a query over the whole page.
 */
function uiInCards(cards: ArrayLike<Element>): Element[] {
  const out: Element[] = [];
  // Every element we add carries data-papersift-ui (stand-in lines too, whatever else they carry).
  for (let i = 0; i < cards.length; i++)
    for (let c = cards[i].firstElementChild; c; c = c.nextElementSibling) if (c.hasAttribute('data-papersift-ui')) out.push(c);
  return out;
}

/** Groups title links by paper id, each with the card element(s) it sits in, in page order. */
function collect(scope: ParentNode, cards: NodeListOf<Element>, ui: ReadonlySet<Element>): Group[] {
  const groups = new Map<string, Group>();
  const add = (id: string, card: Element, titles: Element[], single = false) => {
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { id, articles: [], titles: [], single }));
    else g.single = false;
    if (!g.articles.includes(card)) g.articles.push(card);
    for (const t of titles) if (!g.titles.includes(t)) g.titles.push(t);
  };
  // Cards and title links, each in document order, our own UI left out. Two plain queries merged
  // here cost a fraction of one selector-list query (Chromium has no fast path for lists).
  const arts = [...cards].filter((el) => !ui.has(el));
  const links = [...scope.querySelectorAll(S.titleLink)].filter((el) => !ui.has(el));
  // idOf is a few regexes: once per href (every title has copies); the links' ids by index.
  const byHref = new Map<string | null, string | null>();
  const idOfHref = (href: string | null) => {
    let x = byHref.get(href);
    if (x === undefined) byHref.set(href, (x = paperIdFromHref(href)));
    return x;
  };
  const linkIds = links.map((a) => idOfHref(a.getAttribute('href')));
  const nested = arts.some((a, k) => k > 0 && arts[k - 1].contains(a));
  const accepted = new Set<Element>();
  let last = null as Element | null; // the article handled most recently
  let lastEnd = 0; // links[k] for k < lastEnd that follow last's start lie inside it
  // An article's title links follow it in `links`, up to the end of its subtree (a subtree is one
  // stretch of document order). Returns where they end.
  const article = (el: Element, from: number) => {
    last = el;
    let titles: Element[] = [];
    let paper: string | null = null, several = false;
    let j = from;
    for (; j < links.length && el.contains(links[j]); j++) {
      const x = linkIds[j];
      if (!x) continue;
      titles.push(links[j]);
      if (paper === null) paper = x;
      else if (x !== paper) several = true;
    }
    if (!titles.length) {
      titles = fallbackTitles(el);
      paper = titles.length ? idOf(titles[0]) : null;
    }
    // no paper, or several: markup drift, titles get containers below
    if (paper && !several) {
      accepted.add(el);
      add(paper, el, titles, true);
    }
    return j;
  };
  let i = 0;
  for (let j = 0; j < links.length; j++) {
    const t = links[j];
    // Handle every article that starts before t first, as one walk in document order would.
    // Without nesting, the article holding t is the last one before it: no costly position check,
    // and whether it holds t is known from where its links ended.
    if (nested || j >= lastEnd) {
      while (i < arts.length) {
        const holds = arts[i].contains(t);
        if (!holds && !(arts[i].compareDocumentPosition(t) & 4 /* t follows */)) break;
        lastEnd = article(arts[i++], j);
        if (holds && !nested) break;
      }
    }
    const paper = linkIds[j];
    const art = nested ? t.closest(S.card) : j < lastEnd ? last : null;
    if (!paper || (art && accepted.has(art))) continue;
    add(paper, containerFor(t, paper, scope), [t]);
  }
  while (i < arts.length) article(arts[i++], links.length);
  return [...groups.values()];
}

/** JSON wins for text and numbers; the DOM keeps what JSON lacks. */
function merge(dom: PaperInfo, json: PaperInfo | undefined): PaperInfo {
  if (!json) return dom;
  const out: PaperInfo = { ...dom };
  for (const [k, v] of Object.entries(json) as [keyof PaperInfo, unknown][]) {
    if (v !== null && v !== '') (out as unknown as Record<string, unknown>)[k] = v;
  }
  return { ...out, ...mergeText(dom, json) };
}

/** merge() of the text fields alone (the card's text without reading the rest). */
function mergeText(dom: PaperText, json: PaperText | undefined): PaperText {
  if (!json) return dom;
  const pick = <K extends keyof PaperText>(k: K) => (json[k] !== null && json[k] !== '' ? json[k] : dom[k]);
  const out = { id: pick('id'), title: pick('title'), summary: pick('summary'), aiSummary: pick('aiSummary') };
  // The card's <p> shows ai_summary when there is one: that text is no abstract.
  if (json.summary === null && dom.summary !== null && dom.summary === json.aiSummary) out.summary = null;
  return out;
}

/** A parsed card whose paper is put together on first use. */
class Card implements ParsedCard {
  readonly id: string;
  readonly text: PaperText;
  private read: () => PaperInfo;
  private full: PaperInfo | undefined;
  constructor(
    dom: CardRead,
    private json: JsonPaper | undefined,
    readonly articles: Element[],
    readonly titles: Element[],
    readonly abstracts: Element[],
  ) {
    this.text = mergeText(dom.text, json?.text);
    this.id = this.text.id;
    this.read = dom.full;
  }
  get paper(): PaperInfo {
    // Read after the parse returned, so outside its try: a card that cannot be read in full (markup
    // changed under us) still gives its text, never an exception to whoever asked.
    try {
      return (this.full ??= merge(this.read(), this.json?.paper));
    } catch {
      return (this.full = { ...blankPaper(this.id), ...this.text });
    }
  }
}

function parseListing(root: ParentNode, url: string, now: Date, cache?: CardCache, info?: ParseInfo): ParsedCard[] {
  const json = sharedDataProps(root, url);
  const scope: ParentNode = root.querySelector(S.main) ?? root;
  if ('closest' in scope && (scope as Element).closest(S.ownUi)) return []; // inside our UI: nothing is the page's
  const arts = scope.querySelectorAll(S.card);
  const ui = ownUiSet(uiInCards(arts));
  const year = now.getUTCFullYear();
  // Cards share a parent (the grid): what lies around them is looked at once per parent.
  const aroundParent = new Map<Element | null, boolean>();
  const around = (card: Element) => {
    if (S.isNotAbstract(card)) return true;
    const parent = card.parentElement;
    let is = aroundParent.get(parent);
    if (is === undefined) aroundParent.set(parent, (is = !!parent && aroundIsNotAbstract(parent)));
    return is;
  };
  const groups = collect(scope, arts, ui);
  // Fallback cards (markup drift: an li or div holds the paper) carry their bar too.
  for (const g of groups) for (const c of g.articles) if (c.localName !== S.card) ownUiSet(uiInCards([c]), ui);
  if (info) info.ours = ui.size > 0; // fallback cards' bars counted too
  return groups.map((g) => {
    const art = cache && g.single ? g.articles[0] : null;
    // What the article reads depends on its subtree (the cache forgets changed ones), the year of
    // short dates, and one thing outside it: a heading around it disqualifies its paragraphs.
    const outer = !!art && around(art);
    let e = art ? cache!.get(art) : undefined;
    if (!e || e.year !== year || e.outer !== outer || !sameList(e.titles, g.titles)) {
      const scan = scanCard(g.articles, ui);
      const abstracts = findAbstracts(g.id, scan, g.titles, around);
      e = { year, outer, titles: g.titles, abstracts, dom: readCard({ ...g, abstracts }, scan, now) };
      if (art) cache!.set(art, e);
    }
    const j = json?.get(g.id);
    if (!e.card || e.json !== j) {
      e.json = j;
      e.card = new Card(e.dom, j, g.articles, e.titles, e.abstracts);
    }
    return e.card;
  });
}

const sameList = (a: Element[], b: Element[]) => a.length === b.length && a.every((x, k) => x === b[k]);

interface Entry {
  year: number;
  outer: boolean;
  titles: Element[];
  abstracts: Element[];
  dom: CardRead;
  json?: JsonPaper;
  card?: ParsedCard;
}

/**
 * What parses read from each <article>, reused while the page leaves the article alone: repeated
 * parses of a live page (one per mutation batch) then read only new and changed cards. The owner
 * must report every node the page changes (utils/dom/observe.ts watchChanges). PaperSift's own
 * writes need no report: the reader skips our UI, and marks leave the text as it was.
 */
export class CardCache {
  private entries = new WeakMap<Element, Entry>();

  /** @internal (parseListing) */
  get(article: Element): Entry | undefined {
    return this.entries.get(article);
  }

  /** @internal (parseListing) */
  set(article: Element, e: Entry): void {
    this.entries.set(article, e);
  }

  /** Nodes the page changed; `added` ones (put back after changes we could not see) also reset their cards. */
  changed(nodes: Iterable<Node>, added: Iterable<Node> = []): void {
    const seen = new Set<Node>();
    for (const node of nodes) {
      for (let n: Node | null = node; n && !seen.has(n); n = n.parentNode) {
        seen.add(n);
        this.entries.delete(n as Element);
      }
    }
    for (const n of added) {
      this.entries.delete(n as Element);
      if (n.nodeType === 1 && (n as Element).firstElementChild) for (const a of (n as Element).querySelectorAll(S.card)) this.entries.delete(a);
    }
  }
}

/** The paragraph after the "Abstract" heading (same level or one level up), if any. */
function abstractOf(scope: ParentNode): Element | null {
  const h = [...scope.querySelectorAll(S.headings)].find((e) => own(e) && S.abstractHeading.test(e.textContent ?? ''));
  let level = 0;
  for (let n: Element | null = h ?? null; n && level < 3; n = n.parentElement, level++) {
    for (let s = n.nextElementSibling; s; s = s.nextElementSibling) {
      const p = s.matches('p') ? s : s.querySelector('p');
      if (p && own(p) && text(p)) return p; // never our UI: marking trusts that (utils/dom/marks.ts markable)
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
  const dom = readCard({ id, articles: [article], titles: [h1], abstracts }, scanCard([article], ownUiSet(root.querySelectorAll(S.ownUi))), now);
  return [new Card(dom, sharedDataProps(root, url)?.get(id), [article], [h1], abstracts)];
}

/**
 * Cards on a papers page, one per paper id, in page order. `now` fixes the year of "May 29" dates.
 * With a cache, cards of untouched articles come back as the same objects as last time.
 */
export function parseCards(root: ParentNode, url: string, now: Date = new Date(), cache?: CardCache, info?: ParseInfo): ParsedCard[] {
  if (info) info.ours = true; // unless the listing's reader finds otherwise
  try {
    const page = parsePageUrl(url);
    if (page?.kind === 'paper') return parsePaperPage(root, url, page.id!, now);
    return parseListing(root, url, now, cache, info);
  } catch {
    return [];
  }
}

/** parseCards plus the view kind and a health signal for the popup. */
export function parsePage(root: ParentNode, url: string, now: Date = new Date(), cache?: CardCache): ParsedPage {
  const page = parsePageUrl(url);
  if (!page) return { kind: null, cards: [], health: 'not-listing', ours: false };
  const info: ParseInfo = { ours: true };
  const cards = parseCards(root, url, now, cache, info);
  return { kind: page.kind, cards, health: cards.length ? 'ok' : 'no-cards', ours: info.ours };
}
