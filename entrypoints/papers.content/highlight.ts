// Highlight: the card's tint (attribute + stylesheet) and <mark>s around matched words.
import { markable, markIn, markRuns, textRuns, unmarkAll } from '@/utils/dom/marks';
import type { CardView } from './view';

/** Highlights the article as v says; returns the marks it made. */
export function applyHighlight(article: Element, v: CardView): Node[] {
  const made: Node[] = [];
  const hl = v.verdict.highlight;
  if (v.paused || !hl) return made;
  article.setAttribute('data-papersift-highlight', hl.color);
  if (!v.markers.length || !markable(article)) return made;
  // Marking neither moves these elements nor wraps them: which ones to mark is decided once.
  const ok = (el: Element) => markable(el, article); // false too when el has left the article
  const titles = v.card.titles.filter(ok);
  const abstracts = v.card.abstracts.filter(ok);
  const all = [...titles, ...abstracts];
  if (all.some((a) => all.some((b) => a !== b && a.contains(b)))) {
    // Nested (odd markup): marking one changes the other's text, so walk each again every time.
    for (const m of v.markers) {
      if (m.inTitle) for (const el of titles) markIn(el, m.re, m.tag, made);
      if (m.inAbstract) for (const el of abstracts) markIn(el, m.re, m.tag, made);
    }
    return made;
  }
  // Each element's text is read once and kept current by markRuns; the desktop and mobile copies
  // repeat the same text, so each regex runs once per distinct text.
  const doc = article.ownerDocument;
  const runs = new Map(all.map((el) => [el, textRuns(el)]));
  for (const m of v.markers) {
    const seen = new Map<string, RegExpExecArray[]>();
    if (m.inTitle) for (const el of titles) markRuns(runs.get(el)!, m.re, m.tag, doc, seen, made);
    if (m.inAbstract) for (const el of abstracts) markRuns(runs.get(el)!, m.re, m.tag, doc, seen, made);
  }
  return made;
}

export function undoHighlight(article: Element): void {
  article.removeAttribute('data-papersift-highlight');
  unmarkAll(article);
}
