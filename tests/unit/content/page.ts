// The real trending capture in happy-dom, its parsed cards and their views under a state: what the
// page features are tested on (each feature applied alone, as the decorator would).
import { parsePage, type ParsedCard } from '@/utils/page/parse-cards';
import type { PageKind } from '@/utils/types';
import type { PageState } from '@/utils/types';
import type { CardView, ViewInputs } from '@/utils/view/card-view';
import { PageViews } from '@/utils/view/page-views';
import { loadFixture, TRENDING, TRENDING_URL } from '../page/load';
import { state } from '../view/cards';

export { rule, state } from '../view/cards';
export const [KANDINSKY, NEOHORSE, AGENTSCOPE] = ['2610.05608', '2609.08183', '2508.16279'];

export function trending() {
  const doc = loadFixture(TRENDING);
  const cards = parsePage(doc, TRENDING_URL).cards;
  const card = (id: string) => cards.find((c) => c.id === id)!;
  const views = new PageViews();
  /** The card's view under s (a new PageViews each time: views of one state are cached). */
  const view = (id: string, s: PageState, kind: PageKind = 'trending', inputs?: ViewInputs): CardView => {
    const v = new PageViews();
    v.setState(s);
    if (inputs) v.setInputs(inputs);
    return v.viewOf(card(id), kind);
  };
  return { doc, cards, card, views, view, article: (id: string) => card(id).articles[0] };
}

/** Marks in an element as tag:text. */
export const marksIn = (el: Element) => [...el.querySelectorAll('mark[data-papersift-mark]')].map((m) => `${m.getAttribute('data-papersift-mark')}:${m.textContent}`);

export type { ParsedCard };
export const plain = state([]);
