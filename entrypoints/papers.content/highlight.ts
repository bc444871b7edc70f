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
  // Only a mark can sit around page text in a card (the HTML parser puts no element inside a
  // script or style, and the reader leaves our UI out): a card without marks needs no check per
  // element (1,000-card bench: a walk up from every title and abstract).
  const check = article.getElementsByTagName('mark').length > 0;
  const ok = (el: Element) => !check || markable(el, article);
  // One walk per element with every marker at once. Elements are marked one after another, so
  // odd markup that nests one in another finds the inner one's text as the outer left it. The
  // desktop and mobile copies repeat the same text: its ranges are worked out once (`seen`).
  if (title.length) {
    const seen = new Map<string, MarkRange[]>();
    for (const el of v.card.titles) if (ok(el)) markElement(el, title, seen, made);
  }
  if (abstract.length) {
    const seen = new Map<string, MarkRange[]>();
    for (const el of v.card.abstracts) if (ok(el)) markElement(el, abstract, seen, made);
  }
  return made;
}

export function undoHighlight(article: Element): void {
  article.removeAttribute('data-papersift-highlight');
  unmarkAll(article);
}
