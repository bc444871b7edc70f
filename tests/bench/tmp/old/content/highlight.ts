// Highlight: the card's tint (attribute + stylesheet) and <mark>s around matched words.
import { markMatches, unmarkAll } from '@/tests/bench/tmp/old/dom/marks';
import type { CardView } from './view';

export function applyHighlight(article: Element, v: CardView): void {
  const hl = v.verdict.highlight;
  if (v.paused || !hl) return;
  article.setAttribute('data-papersift-highlight', hl.color);
  for (const m of v.markers) {
    if (m.inTitle) for (const el of v.card.titles) if (article.contains(el)) markMatches(el, m.re, m.tag);
    if (m.inAbstract) for (const el of v.card.abstracts) if (article.contains(el)) markMatches(el, m.re, m.tag);
  }
}

export function undoHighlight(article: Element): void {
  article.removeAttribute('data-papersift-highlight');
  unmarkAll(article);
}
