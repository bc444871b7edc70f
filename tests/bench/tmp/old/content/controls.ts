// Per-card controls ("Save to reading list", "Hide this paper") and the tag chips that say
// why a card is highlighted or hidden. They stay while paused; chips hide then.
import type { CardView } from './view';

const controlsOf = (article: Element) => article.querySelector(':scope > [data-papersift-controls]');

export type CardAction = (id: string, action: 'save' | 'hide') => void;

export function applyControls(article: Element, v: CardView, act: CardAction): void {
  const doc = article.ownerDocument;
  let bar = controlsOf(article);
  if (!bar) {
    bar = doc.createElement('div');
    bar.setAttribute('data-papersift-controls', '');
    bar.setAttribute('data-papersift-ui', '');
    bar.append(button(doc, 'save'), button(doc, 'hide'), doc.createElement('span'));
    bar.lastElementChild!.className = 'papersift-chips';
    bar.addEventListener('click', (e) => onClick(e, article, act));
    article.append(bar);
  }
  const [save, hide, chips] = [...bar.children] as HTMLElement[];
  save.setAttribute('aria-pressed', String(v.saved));
  save.textContent = v.saved ? '★ Saved' : '☆ Save';
  save.setAttribute('aria-label', v.saved ? 'Remove from reading list' : 'Save to reading list');
  hide.hidden = !v.canHide;
  hide.textContent = 'Hide';
  hide.setAttribute('aria-label', 'Hide this paper');
  chips.replaceChildren(...(v.paused ? [] : v.verdict.chips.map((c) => chip(doc, c, !!v.verdict.highlight))));
}

function button(doc: Document, action: 'save' | 'hide'): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.dataset.papersiftAction = action;
  return b;
}

function chip(doc: Document, c: CardView['verdict']['chips'][number], highlighted: boolean): HTMLElement {
  const el = doc.createElement('span');
  el.className = 'papersift-chip';
  el.setAttribute('data-papersift-chip', c.action);
  const where = c.fields.length && !c.fields.includes('title') ? ` · in ${c.fields.join(', ')}` : '';
  const why = c.suppressed ? (highlighted ? ' · also matches this hide rule (highlight wins)' : ' · shown by you') : '';
  el.textContent = `${c.tag}${where}${why}`;
  el.title = `${c.action === 'hide' ? 'Hide' : c.action === 'highlight' ? 'Highlight' : 'Tag'} rule “${c.tag}” matches this paper${where}`;
  return el;
}

function onClick(e: Event, article: Element, act: CardAction): void {
  const target = (e.target as Element).closest('button[data-papersift-action]');
  if (!target) return;
  e.preventDefault();
  e.stopPropagation();
  const id = article.getAttribute('data-papersift-id');
  if (!id) return;
  act(id, target.getAttribute('data-papersift-action') as 'save' | 'hide');
}

export function undoControls(article: Element): void {
  controlsOf(article)?.remove();
}
