// Highlight: the card's tint (attribute + the rule-colour stylesheet) and <mark>s around matched words.
import { markable, markElement, unmarkAll, type MarkRange, type SeenTexts } from '@/utils/dom/marks';
import type { Rule } from '@/utils/types';
import type { CardView } from '@/utils/view/card-view';
import type { PageFeature } from './feature';

const HL = 'data-papersift-highlight';

export function highlight(doc: Document): PageFeature {
  /** The marks apply made per article: gone when the page re-rendered the card's text. */
  const made = new WeakMap<Element, Node[]>();
  /** Articles that still held a <mark> after undo (the page's own): what is marked next needs markable(). */
  const pageMarks = new WeakSet<Element>();
  let rules: readonly Rule[] | null = null;
  let style: HTMLStyleElement | null = null;

  function undo(article: Element): void {
    article.removeAttribute(HL);
    made.delete(article);
    if (unmarkAll(article)) pageMarks.add(article);
    else pageMarks.delete(article);
  }

  return {
    apply(article, v) {
      // Marks only come with the attribute: an article without it has none of ours to take away
      // (1,000-card bench: no walk through a card nobody highlighted).
      if (article.hasAttribute(HL)) undo(article);
      if (!v.highlight) return;
      article.setAttribute(HL, v.highlight.color);
      const marks = markCard(article, v, pageMarks.has(article));
      if (marks.length) made.set(article, marks);
    },
    undo,
    intact: (article) => made.get(article)?.every((m) => m.isConnected) ?? true,
    afterPass(_views, state) {
      if (state.rules === rules) return;
      rules = state.rules;
      style ??= doc.createElement('style');
      style.setAttribute('data-papersift-ui', '');
      style.textContent = state.ruleCss; // written with the rules (utils/rules/rule-styles.ts)
      if (!style.isConnected) (doc.head ?? doc.documentElement).append(style);
    },
    stop: () => style?.remove(),
  };
}

/**
 * Marks v's markers in the article's titles and abstracts; returns the marks. `pageMarks`: the
 * article holds a <mark> of the page's own, so each element is checked to be markable.
 */
function markCard(article: Element, v: CardView, pageMarks: boolean): Node[] {
  const made: Node[] = [];
  const { title, abstract } = v.markers;
  // Only a mark can sit around page text in a card (the HTML parser puts no element inside a
  // script or style, and the reader leaves our UI out): a card without marks needs no check per
  // element (1,000-card bench: a walk up from every title and abstract). A paper in several
  // articles: each marks its own copies.
  const several = v.card.articles.length > 1;
  const ok = (el: Element) => (pageMarks ? markable(el, article) : !several || article.contains(el));
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
