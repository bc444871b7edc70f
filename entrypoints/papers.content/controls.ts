// Per-card controls ("Save to reading list", "Hide this paper") and the tag chips that say
// why a card is highlighted or hidden. They stay while paused; chips hide then.
import type { CardView } from './view';

const controlsOf = (article: Element) => article.querySelector(':scope > [data-papersift-controls]');

export type CardAction = (id: string, action: 'save' | 'hide') => void;

// Bars and chips are cloned from one prepared node per document: one DOM call instead of a
// dozen per card (1,000-card bench).
const protos = new WeakMap<Document, { bar: Element; chip: Element }>();

function protosOf(doc: Document) {
  let p = protos.get(doc);
  if (!p) {
    const bar = doc.createElement('div');
    bar.setAttribute('data-papersift-controls', '');
    bar.setAttribute('data-papersift-ui', '');
    bar.append(button(doc, 'save'), button(doc, 'hide'), doc.createElement('span'));
    bar.lastElementChild!.className = 'papersift-chips';
    const chip = doc.createElement('span');
    chip.className = 'papersift-chip';
    protos.set(doc, (p = { bar, chip }));
  }
  return p;
}

/** Shows v in the article's bar (added when missing) and returns the bar. */
export function applyControls(article: Element, v: CardView, act: CardAction): Element {
  const doc = article.ownerDocument;
  let bar = controlsOf(article);
  if (!bar) {
    bar = protosOf(doc).bar.cloneNode(true) as Element;
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
  return bar;
}

function button(doc: Document, action: 'save' | 'hide'): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.dataset.papersiftAction = action;
  return b;
}

function chip(doc: Document, c: CardView['verdict']['chips'][number], highlighted: boolean): Element {
  const el = protosOf(doc).chip.cloneNode() as HTMLElement;
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
