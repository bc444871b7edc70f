// Hide: the card gets data-papersift-hidden (stylesheet hides it) and, in placeholder mode,
// a one-line sibling that says why and offers "Show". Dim mode only fades the card.
import type { CardView } from './view';
import { sendMessage } from '@/utils/messaging';

const placeholderOf = (article: Element): Element | null => {
  const prev = article.previousElementSibling;
  return prev?.matches('[data-papersift-placeholder]') ? prev : null;
};

export function applyHide(article: Element, v: CardView): void {
  const by = v.verdict.hiddenBy;
  if (v.paused || !by || !v.canHide) return;
  if (v.hideMode === 'dim') {
    article.setAttribute('data-papersift-dimmed', by);
    return;
  }
  article.setAttribute('data-papersift-hidden', by);
  if (v.hideMode === 'placeholder' && !placeholderOf(article)) article.before(placeholder(article, v, by));
}

export function undoHide(article: Element): void {
  article.removeAttribute('data-papersift-hidden');
  article.removeAttribute('data-papersift-dimmed');
  placeholderOf(article)?.remove();
}

function placeholder(article: Element, v: CardView, by: string): Element {
  const doc = article.ownerDocument;
  const box = doc.createElement('div');
  box.setAttribute('data-papersift-placeholder', v.card.paper.id);
  box.setAttribute('data-papersift-ui', '');
  const why = doc.createElement('span');
  why.className = 'papersift-why';
  why.textContent = by === 'manual' ? 'Hidden by you' : `Hidden by rule “${by}”`;
  const title = doc.createElement('span');
  title.className = 'papersift-title';
  title.textContent = v.card.paper.title;
  const show = doc.createElement('button');
  show.type = 'button';
  show.textContent = 'Show';
  show.title = by === 'manual' ? 'Undo: show this paper again' : 'Show this paper (it stays shown)';
  show.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    const id = v.card.paper.id;
    void sendMessage('setManual', by === 'manual' ? { id } : { id, shown: true });
  });
  box.append(why, ': ', title, ' ', show);
  return box;
}
