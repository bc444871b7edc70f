// Highlight: the card's tint (attribute + stylesheet) and <mark>s around matched words.
import { markable, markIn, unmarkAll } from '@/utils/dom/marks';
import type { CardView } from './view';

export function applyHighlight(article: Element, v: CardView): void {
  const hl = v.verdict.highlight;
  if (v.paused || !hl) return;
  article.setAttribute('data-papersift-highlight', hl.color);
  if (!v.markers.length) return;
  // Marking neither moves these elements nor wraps them: which ones to mark is decided once.
  const ok = (el: Element) => article.contains(el) && markable(el);
  const titles = v.card.titles.filter(ok);
  const abstracts = v.card.abstracts.filter(ok);
  for (const m of v.markers) {
    if (m.inTitle) for (const el of titles) markIn(el, m.re, m.tag);
    if (m.inAbstract) for (const el of abstracts) markIn(el, m.re, m.tag);
  }
}

export function undoHighlight(article: Element): void {
  article.removeAttribute('data-papersift-highlight');
  unmarkAll(article);
}
