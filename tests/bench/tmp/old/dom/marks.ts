// Wraps matched words in <mark data-papersift-mark> by splitting text nodes — never by
// rewriting HTML — so links, listeners and the page's own scripts keep their nodes.
export function markMatches(el: Element, re: RegExp, tag: string): number {
  if (!re.global) re = new RegExp(re.source, re.flags + 'g');
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('mark, [data-papersift-ui], script, style')) texts.push(n as Text);
  }
  let count = 0;
  for (const t of texts) {
    const hits = [...t.data.matchAll(re)].filter((m) => m[0]);
    // Right to left keeps the earlier indexes valid while splitting.
    for (const m of hits.reverse()) {
      const hit = t.splitText(m.index!);
      hit.splitText(m[0].length);
      const mark = doc.createElement('mark');
      mark.dataset.papersiftMark = tag;
      hit.replaceWith(mark);
      mark.append(hit);
      count++;
    }
  }
  return count;
}

/** Removes every PaperSift mark under el, restoring the original text nodes. */
export function unmarkAll(el: ParentNode): void {
  for (const mark of [...el.querySelectorAll('mark[data-papersift-mark]')]) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
}
