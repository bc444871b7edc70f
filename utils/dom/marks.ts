// Wraps matched words in <mark data-papersift-mark> by splitting text nodes — never by
// rewriting HTML — so links, listeners and the page's own scripts keep their nodes.
const SKIP = 'mark, [data-papersift-ui], script, style';

/** Text nodes under el that are not inside a mark, our UI, a script or a style, in document order. */
function textsOf(el: Element, out: Text[]): Text[] {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out.push(n as Text);
    else if (n.nodeType === 1 && !(n as Element).matches(SKIP)) textsOf(n as Element, out);
  }
  return out;
}

/** Can el hold our marks at all (not inside a mark, our UI, a script or a style)? Marking never changes this. */
export const markable = (el: Element) => !el.closest(SKIP);

export function markMatches(el: Element, re: RegExp, tag: string): number {
  return markable(el) ? markIn(el, re, tag) : 0;
}

/** markMatches for an element already known to be markable(). */
export function markIn(el: Element, re: RegExp, tag: string): number {
  if (!re.global) re = new RegExp(re.source, re.flags + 'g');
  let proto: Element | null = null;
  let count = 0;
  for (const t of textsOf(el, [])) {
    // Most text nodes hold no match: test before allocating (re may be shared, so reset lastIndex).
    re.lastIndex = 0;
    const any = re.test(t.data);
    re.lastIndex = 0;
    if (!any) continue;
    const hits = [...t.data.matchAll(re)].filter((m) => m[0]);
    // Right to left keeps the earlier indexes valid while splitting.
    for (const m of hits.reverse()) {
      const hit = t.splitText(m.index!);
      hit.splitText(m[0].length);
      if (!proto) {
        proto = el.ownerDocument.createElement('mark');
        proto.setAttribute('data-papersift-mark', tag);
      }
      const mark = proto.cloneNode() as Element;
      hit.parentNode!.insertBefore(mark, hit);
      mark.appendChild(hit);
      count++;
    }
  }
  return count;
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
