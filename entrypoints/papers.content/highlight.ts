// Highlight: the card's tint (attribute + stylesheet) and <mark>s around matched words.
import { markable, markIn, markRuns, textRuns, unmarkAll } from '@/utils/dom/marks';
import type { CardView } from './view';

/** Highlights the article as v says; returns how many marks it made. */
export function applyHighlight(article: Element, v: CardView): number {
  const hl = v.verdict.highlight;
  if (v.paused || !hl) return 0;
  article.setAttribute('data-papersift-highlight', hl.color);
  if (!v.markers.length || !markable(article)) return 0;
  // Marking neither moves these elements nor wraps them: which ones to mark is decided once.
  const ok = (el: Element) => article.contains(el) && markable(el, article);
  const titles = v.card.titles.filter(ok);
  const abstracts = v.card.abstracts.filter(ok);
  const all = [...titles, ...abstracts];
  let count = 0;
  if (all.some((a) => all.some((b) => a !== b && a.contains(b)))) {
    // Nested (odd markup): marking one changes the other's text, so walk each again every time.
    for (const m of v.markers) {
      if (m.inTitle) for (const el of titles) count += markIn(el, m.re, m.tag);
      if (m.inAbstract) for (const el of abstracts) count += markIn(el, m.re, m.tag);
    }
    return count;
  }
  // Each element's text is read once and kept current by markRuns; the desktop and mobile copies
  // repeat the same text, so each regex runs once per distinct text.
  const doc = article.ownerDocument;
  const runs = new Map(all.map((el) => [el, textRuns(el)]));
  for (const m of v.markers) {
    const seen = new Map<string, RegExpExecArray[]>();
    if (m.inTitle) for (const el of titles) count += markRuns(runs.get(el)!, m.re, m.tag, doc, seen);
    if (m.inAbstract) for (const el of abstracts) count += markRuns(runs.get(el)!, m.re, m.tag, doc, seen);
  }
  return count;
}

export function undoHighlight(article: Element): void {
  article.removeAttribute('data-papersift-highlight');
  unmarkAll(article);
}
