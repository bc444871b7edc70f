// Which elements make one paper's card: title links grouped by paper id, each with the <article>
// (or, on markup drift, the fallback container) it sits in, in page order. Pure DOM reading.
import { idOf, own, text, type CardParts } from './read-card';
import * as S from './selectors';

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

export interface CardGroup extends Omit<CardParts, 'abstracts'> {
  /** The group is exactly one accepted <article> (the case the cache reuses). */
  single: boolean;
}

/**
 * Our UI inside cards: the control bar, a direct child of its article (controls.ts), is the one
 * thing PaperSift adds to a card; placeholders and overlays sit outside cards and hold no paper
 * links. Looking at the cards' children costs a fraction of a query over the whole page.
 */
export function uiInCards(cards: ArrayLike<Element>): Element[] {
  const out: Element[] = [];
  // Every element we add carries data-papersift-ui (stand-in lines too, whatever else they carry).
  for (let i = 0; i < cards.length; i++)
    for (let c = cards[i].firstElementChild; c; c = c.nextElementSibling) if (c.hasAttribute('data-papersift-ui')) out.push(c);
  return out;
}

/** Groups title links by paper id, each with the card element(s) it sits in, in page order. */
export function groupCards(scope: ParentNode, cards: NodeListOf<Element>, ui: ReadonlySet<Element>): CardGroup[] {
  const groups = new Map<string, CardGroup>();
  const add = (id: string, card: Element, titles: Element[], single = false) => {
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { id, articles: [], titles: [], single }));
    else g.single = false;
    if (!g.articles.includes(card)) g.articles.push(card);
    for (const t of titles) if (!g.titles.includes(t)) g.titles.push(t);
  };
  // Cards and title links, each in document order, our own UI left out. Two plain queries merged
  // here cost a fraction of one selector-list query (see docs/PERFORMANCE.md#card-reading).
  const arts = [...cards].filter((el) => !ui.has(el));
  const links = [...scope.querySelectorAll(S.titleLink)].filter((el) => !ui.has(el));
  const linkIds = links.map(idOf); // by index, read once
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
