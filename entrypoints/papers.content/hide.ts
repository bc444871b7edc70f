// Hide: the card gets data-papersift-hidden (stylesheet hides it) and, in placeholder mode,
// a one-line sibling that says why and offers "Show". Dim mode only fades the card.
import type { CardView } from '@/utils/view/card-view';
import { sendMessage } from '@/utils/messaging';
import type { PageFeature } from './feature';
import { standInBefore, standInLine } from './stand-in';

const placeholderOf = (article: Element) => standInBefore(article, '[data-papersift-placeholder]');

const HIDDEN = 'data-papersift-hidden';
const DIMMED = 'data-papersift-dimmed';

function undo(article: Element): void {
  article.removeAttribute(HIDDEN);
  article.removeAttribute(DIMMED);
  placeholderOf(article)?.remove();
}

export const hide: PageFeature = {
  apply(article, v) {
    // An earlier view's reason, or its placeholder (which comes only with the attribute), is not this one's.
    if (article.hasAttribute(HIDDEN) || article.hasAttribute(DIMMED)) undo(article);
    const by = v.hiddenBy;
    if (!by) return;
    if (v.hideMode === 'dim') return article.setAttribute(DIMMED, by);
    article.setAttribute(HIDDEN, by);
    if (v.hideMode === 'placeholder') article.before(placeholder(article, v, by));
  },
  undo,
};

function placeholder(article: Element, v: CardView, by: string): Element {
  const id = v.card.id, manual = by === 'manual';
  return standInLine(article.ownerDocument, {
    attr: 'data-papersift-placeholder',
    id,
    why: manual ? 'Hidden by you' : `Hidden by rule “${by}”`,
    title: v.card.text.title,
    button: {
      text: 'Show',
      title: manual ? 'Undo: show this paper again' : 'Show this paper (it stays shown)',
      // Undoing the reader's own hide clears it; a rule's hide is overruled by a manual "shown".
      onClick: () => void sendMessage('setManual', manual ? { id } : { id, shown: true }),
    },
  });
}
