// Wraps matched words in <mark data-papersift-mark> by splitting text nodes — never by
// rewriting HTML — so links, listeners and the page's own scripts keep their nodes.
const SKIP = ':is(mark, [data-papersift-ui], script, style)';

/** Text nodes under el that are not inside a mark, our UI, a script or a style, in document order. */
function textsOf(el: Element, out: Text[]): Text[] {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out.push(n as Text);
    else if (n.nodeType === 1 && !(n as Element).matches(SKIP)) textsOf(n as Element, out);
  }
  return out;
}

/**
 * Can el hold our marks at all (not inside a mark, our UI, a script or a style)? Marking never
 * changes this. With `within`, an ancestor of el already known to be markable (the card), only
 * the few elements between are checked instead of every ancestor up to the root.
 */
export function markable(el: Element, within?: Element): boolean {
  if (!within) return !el.closest(SKIP);
  for (let n: Element | null = el; n !== within; n = n.parentElement) if (!n || skipped(n)) return false;
  return true;
}

/** n.matches(SKIP) without the selector engine (a few elements per card, on every card). */
const skipped = (n: Element) => SKIPPED_TAGS.has(n.localName) || n.hasAttribute('data-papersift-ui');
const SKIPPED_TAGS = new Set(['mark', 'script', 'style']);

export function markMatches(el: Element, re: RegExp, tag: string): number {
  return markable(el) ? markIn(el, re, tag) : 0;
}

/** markMatches for an element already known to be markable(). */
export function markIn(el: Element, re: RegExp, tag: string, made?: Node[]): number {
  return markRuns(textRuns(el), re, tag, el.ownerDocument, undefined, made);
}

/** A markable text node and its text. */
export interface TextRun {
  node: Text;
  data: string;
}

/** el's markable text (textsOf), to mark with several regexes without walking el again for each. */
export const textRuns = (el: Element): TextRun[] => textsOf(el, []).map((node) => ({ node, data: node.data }));

/**
 * Wraps the matches of re in runs, and replaces each marked run by the pieces left outside the new
 * marks: the runs stay exactly what textRuns(el) would now return. `seen` may carry the matches of
 * re by text, for elements that repeat the same text (the desktop and mobile copy of a card).
 * The new marks are added to `made`.
 */
export function markRuns(runs: TextRun[], re: RegExp, tag: string, doc: Document, seen?: Map<string, RegExpExecArray[]>, made?: Node[]): number {
  if (!re.global) re = new RegExp(re.source, re.flags + 'g');
  let count = 0;
  for (let i = 0; i < runs.length; i++) {
    const { node: t, data } = runs[i];
    let hits = seen?.get(data);
    if (!hits) {
      // Most runs hold no match: test before allocating (re may be shared, so reset lastIndex).
      re.lastIndex = 0;
      const any = re.test(data);
      re.lastIndex = 0;
      hits = any ? [...data.matchAll(re)].filter((m) => m[0]) : [];
      seen?.set(data, hits);
    }
    if (!hits.length) continue;
    // Right to left keeps the earlier indexes valid while splitting; t keeps the text before the first.
    const pieces: TextRun[] = [];
    for (let k = hits.length - 1; k >= 0; k--) {
      const { index, 0: match } = hits[k];
      const rest = t.splitText(index);
      rest.deleteData(0, match.length);
      const mark = rest.parentNode!.insertBefore(markOf(doc, tag, match), rest);
      made?.push(mark);
      pieces.unshift({ node: rest, data: data.slice(index + match.length, k + 1 < hits.length ? hits[k + 1].index : data.length) });
      count++;
    }
    pieces.unshift({ node: t, data: data.slice(0, hits[0].index) });
    runs.splice(i, 1, ...pieces);
    i += pieces.length - 1;
  }
  return count;
}

// <mark data-papersift-mark=tag>text</mark> built once and cloned: a page repeats the same few
// words, and one deep clone is cheaper than creating, labelling and filling a new element.
const marks = new WeakMap<Document, Map<string, Element>>();

function markOf(doc: Document, tag: string, text: string): Node {
  let m = marks.get(doc);
  if (!m) marks.set(doc, (m = new Map()));
  const key = `${tag}\u0001${text}`;
  let proto = m.get(key);
  if (!proto) {
    if (m.size > 1000) m.clear();
    proto = doc.createElement('mark');
    proto.setAttribute('data-papersift-mark', tag);
    proto.textContent = text;
    m.set(key, proto);
  }
  return proto.cloneNode(true);
}

/** Removes every PaperSift mark under el, restoring the original text nodes. */
export function unmarkAll(el: Element): void {
  if (!el.getElementsByTagName('mark').length) return; // the usual case, and much cheaper than the query
  const parents = new Set<Node>();
  for (const mark of el.querySelectorAll('mark[data-papersift-mark]')) {
    if (mark.parentNode) parents.add(mark.parentNode);
    mark.replaceWith(...mark.childNodes);
  }
  // Once per parent, after all unwrapping: the same text nodes as normalizing after each mark.
  for (const p of parents) p.normalize();
}
