// Highlight: the card's tint (attribute + stylesheet) and <mark>s around matched words.
import { markable, markElement, unmarkAll, type MarkRange } from '@/utils/dom/marks';
import type { CardView } from './view';

/** Highlights the article as v says; returns the marks it made. */
export function applyHighlight(article: Element, v: CardView): Node[] {
  const made: Node[] = [];
  const hl = v.verdict.highlight;
  if (v.paused || !hl) return made;
  article.setAttribute('data-papersift-highlight', hl.color);
  const { title, abstract } = v.markers;
  // One walk per element with every marker at once. Elements are marked one after another, so
  // odd markup that nests one in another finds the inner one's text as the outer left it. The
  // desktop and mobile copies repeat the same text: its ranges are worked out once (`seen`).
  if (title.length) {
    const seen = new Map<string, MarkRange[]>();
    for (const el of v.card.titles) if (markable(el, article)) markElement(el, title, seen, made);
  }
  if (abstract.length) {
    const seen = new Map<string, MarkRange[]>();
    for (const el of v.card.abstracts) if (markable(el, article)) markElement(el, abstract, seen, made);
  }
  return made;
}

export function undoHighlight(article: Element): void {
  article.removeAttribute('data-papersift-highlight');
  unmarkAll(article);
}
