// Highlight: the card's tint (attribute + stylesheet) and <mark>s around matched words.
import { markable, markElement, unmarkAll, type MarkRange, type SeenTexts } from '@/utils/dom/marks';
import type { CardView } from '@/utils/view/card-view';

/**
 * Highlights the article as v says; returns the marks it made. `marked`: whether the article
 * holds a <mark> now (undoHighlight's answer, just before).
 */
export function applyHighlight(article: Element, v: CardView, marked: boolean): Node[] {
  const made: Node[] = [];
  const hl = v.highlight;
  if (!hl) return made;
  article.setAttribute('data-papersift-highlight', hl.color);
  const { title, abstract } = v.markers;
  // Only a mark can sit around page text in a card (the HTML parser puts no element inside a
  // script or style, and the reader leaves our UI out): a card without marks needs no check per
  // element (1,000-card bench: a walk up from every title and abstract). A paper in several
  // articles: each marks its own copies.
  const several = v.card.articles.length > 1;
  const ok = (el: Element) => (marked ? markable(el, article) : !several || article.contains(el));
  // One walk per element with every marker at once. Elements are marked one after another, so
  // odd markup that nests one in another finds the inner one's text as the outer left it. The
  // desktop and mobile copies repeat the same text: its ranges are worked out once (`seen`).
  if (title.length) {
    const seen: SeenTexts = [];
    const known = (data: string) => (data === v.card.text.title ? matchedRanges(v, 'title') : null);
    for (const el of v.card.titles) if (ok(el)) markElement(el, title, seen, made, known);
  }
  if (abstract.length) {
    const seen: SeenTexts = [];
    const known = (data: string) => (data === v.card.text.summary ? matchedRanges(v, 'abstract', data.length) : null);
    for (const el of v.card.abstracts) if (ok(el)) markElement(el, abstract, seen, made, known);
  }
  return made;
}

/**
 * What the matcher found in a field, for a text node holding exactly the text it matched: the
 * highlight rules' ranges, the first rule winning a word (as markRanges does with the markers),
 * without running any regex again. `within`: only ranges inside the node's text (the abstract
 * field may go on with the AI summary).
 */
function matchedRanges(v: CardView, field: 'title' | 'abstract', within = Infinity): MarkRange[] {
  const out: MarkRange[] = [];
  for (const h of v.hits) {
    if (!v.verdict.highlightRuleIds.includes(h.rule.id)) continue;
    for (const { field: f, start, end } of h.ranges)
      if (f === field && end <= within && !out.some((r) => start < r.end && r.start < end)) out.push({ start, end, tag: h.rule.tag });
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

/**
 * Takes the article's highlight and marks away; returns whether it still holds a <mark> (the
 * page's own). `look` false: no card can hold marks of ours (decorator.ts says when), so none
 * is looked for. `attrs` false: the article has none of our attributes.
 */
export function undoHighlight(article: Element, look = true, attrs = true): boolean {
  if (attrs) article.removeAttribute('data-papersift-highlight');
  return look && unmarkAll(article);
}
