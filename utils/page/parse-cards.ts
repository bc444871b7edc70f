// DOM cards + fresh data-props → one ParsedCard per paper id. Pure and never throws.
// Listings: group-cards.ts finds each paper's card elements, read-card.ts reads them, card.ts
// lays the page JSON over them, card-cache.ts keeps what untouched articles read. Paper pages:
// paper-page.ts.
import { Card, type ParsedCard } from './card';
import { CardCache, sameList } from './card-cache';
import { sharedDataProps } from './data-props';
import { parsePageUrl } from './detect';
import type { PageKind } from '@/utils/types';
import { groupCards, uiInCards } from './group-cards';
import { parsePaperPage } from './paper-page';
import { aroundIsNotAbstract, findAbstracts, ownUiSet, readCard, scanCard } from './read-card';
import * as S from './selectors';

export { CardCache, type ParsedCard };

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
  const groups = groupCards(scope, arts, ui);
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
