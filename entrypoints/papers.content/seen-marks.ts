// The new/seen look of a card, from its view (utils/view/card-view.ts fresh, seenLook):
// data-papersift-new on a paper new since the last visit, data-papersift-seen ('' marked, 'dim',
// 'fold') on one seen before, and in fold mode a one-line stand-in with "Unfold" in front of it.
import type { CardView } from '@/utils/view/card-view';
import type { PageFeature } from './feature';
import { standInBefore, standInLine } from './stand-in';

const NEW = 'data-papersift-new';
const SEEN = 'data-papersift-seen';
const FOLD = 'data-papersift-seen-placeholder';

/** Our fold line in front of the card (a hide placeholder may sit between them). */
const foldOf = (a: Element) => standInBefore(a, `[${FOLD}]`);

/** `unfold`: the reader pressed Unfold on a folded card (seen.ts shows it for the rest of the visit). */
export function seenMarks(doc: Document, unfold: (id: string) => void): PageFeature {
  function undo(a: Element): void {
    a.removeAttribute(NEW);
    a.removeAttribute(SEEN);
    foldOf(a)?.remove();
  }
  return {
    apply(a, v) {
      set(a, NEW, v.fresh === 'new' ? '' : null);
      if (v.seenLook === null && !a.hasAttribute(SEEN)) return; // a fold line comes only with the attribute
      set(a, SEEN, v.seenLook);
      const line = foldOf(a);
      if (v.seenLook === 'fold') {
        if (!line) a.before(foldLine(a, v, unfold));
      } else line?.remove();
    },
    undo,
    stop() {
      for (const a of doc.querySelectorAll(`[${NEW}], [${SEEN}]`)) undo(a);
      for (const line of doc.querySelectorAll(`[${FOLD}]`)) line.remove();
    },
  };
}

/** One line in place of a folded seen card: distinct from a hide rule's placeholder, with "Unfold". */
function foldLine(a: Element, v: CardView, unfold: (id: string) => void): Element {
  const id = v.card.id;
  return standInLine(a.ownerDocument, {
    attr: FOLD,
    id,
    why: 'Seen before',
    title: v.card.text.title,
    button: { text: 'Unfold', title: 'Show this paper for this visit', onClick: () => unfold(id) },
  });
}

/** Sets (string) or removes (null) an attribute, touching the DOM only when it changes. */
function set(a: Element, name: string, value: string | null): void {
  if (value === null) {
    if (a.hasAttribute(name)) a.removeAttribute(name);
  } else if (a.getAttribute(name) !== value) a.setAttribute(name, value);
}
