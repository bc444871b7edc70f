// The one-line stand-in PaperSift puts in front of a card it does not show: why, the title, and
// one button that shows the card (hide.ts: hidden by a rule or by you; seen.ts: folded as seen).
// Built with DOM calls and textContent only: page text is never parsed as HTML.
export interface StandIn {
  /** The attribute that tells which kind of line it is; its value is the paper id. */
  attr: string;
  id: string;
  why: string;
  title: string;
  button: { text: string; title: string; onClick(): void };
}

// Built once per kind of line and cloned (one DOM call instead of a dozen: a page may fold
// hundreds of cards); the clone then gets its paper's id, reason and title.
const protos = new WeakMap<Document, Map<string, Element>>();

export function standInLine(doc: Document, s: StandIn): Element {
  let kinds = protos.get(doc);
  if (!kinds) protos.set(doc, (kinds = new Map()));
  const key = `${s.attr}\u0001${s.button.text}\u0001${s.button.title}`;
  let proto = kinds.get(key);
  if (!proto) {
    proto = doc.createElement('div');
    proto.setAttribute('data-papersift-ui', '');
    const why = doc.createElement('span');
    why.className = 'papersift-why';
    const title = doc.createElement('span');
    title.className = 'papersift-title';
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = s.button.text;
    button.title = s.button.title;
    proto.append(why, ': ', title, ' ', button);
    kinds.set(key, proto);
  }
  const box = proto.cloneNode(true) as Element;
  box.setAttribute(s.attr, s.id);
  // Walked, not destructured: iterating the live children collection costs several calls per line.
  const why = box.firstElementChild!, title = why.nextElementSibling!, button = box.lastElementChild!;
  why.textContent = s.why;
  title.textContent = s.title;
  button.addEventListener('click', (e) => {
    e.preventDefault(); // the card's own link must not follow
    e.stopPropagation();
    s.button.onClick();
  });
  return box;
}

/** The stand-in matching `selector` in front of the article (at most two of ours sit there). */
export function standInBefore(article: Element, selector: string): Element | null {
  for (let p = article.previousElementSibling, i = 0; p && i < 2 && p.hasAttribute('data-papersift-ui'); p = p.previousElementSibling, i++)
    if (p.matches(selector)) return p;
  return null;
}
