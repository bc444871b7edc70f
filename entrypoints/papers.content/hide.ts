// Hide: the card gets data-papersift-hidden (stylesheet hides it) and, in placeholder mode,
// a one-line sibling that says why and offers "Show". Dim mode only fades the card.
import type { CardView } from '@/utils/view/card-view';
import { sendMessage } from '@/utils/messaging';
import type { PageFeature } from './feature';
import { standInBefore, standInLine } from './stand-in';

const placeholderOf = (article: Element) => standInBefore(article, '[data-papersift-placeholder]');

function undo(article: Element): void {
  article.removeAttribute('data-papersift-hidden');
  article.removeAttribute('data-papersift-dimmed');
  placeholderOf(article)?.remove();
}

export const hide: PageFeature = {
  apply(article, v) {
    undo(article); // an earlier view's reason, or its placeholder, is not this one's
    const by = v.hiddenBy;
    if (!by) return;
    if (v.hideMode === 'dim') return article.setAttribute('data-papersift-dimmed', by);
    article.setAttribute('data-papersift-hidden', by);
    if (v.hideMode === 'placeholder') article.before(placeholder(article, v, by));
  },
  undo,
};

function placeholder(article: Element, v: CardView, by: string): Element {
  const id = v.card.id;
  return standInLine(article.ownerDocument, {
    attr: 'data-papersift-placeholder',
    id,
    why: by === 'manual' ? 'Hidden by you' : `Hidden by rule “${by}”`,
    title: v.card.text.title,
    button: {
      text: 'Show',
      title: by === 'manual' ? 'Undo: show this paper again' : 'Show this paper (it stays shown)',
      onClick: () => void sendMessage('setManual', by === 'manual' ? { id } : { id, shown: true }),
    },
  });
}
