// Per-card controls ("Save to reading list", "Hide this paper") and the tag chips that say
// why a card is highlighted or hidden. They stay while paused; chips hide then.
import { whereLabel, type Chip } from '@/utils/rules/verdict';
import type { CardView } from '@/utils/view/card-view';
import type { PageFeature } from './feature';

/** The article's bar: its first child with data-papersift-controls (a walk over a few children beats a query). */
export function controlsOf(article: Element): Element | null {
  for (let c = article.firstElementChild; c; c = c.nextElementSibling) if (c.hasAttribute('data-papersift-controls')) return c;
  return null;
}

export type CardActionName = 'save' | 'hide' | 'cite';
export type CardAction = (id: string, action: CardActionName, button: HTMLElement) => void;

// Bars and chips are cloned from prepared nodes, one set per document: one DOM call instead of
// a dozen per card (1,000-card bench). A new bar comes ready for an unsaved paper.
// Chips are keyed by the verdict's chip itself: one shared object per rule and way of showing
// (verdict.ts chipFor), so its node is found without building or hashing a label.
const protos = new WeakMap<Document, { bars: Map<boolean, Element>; chips: WeakMap<Chip, Element> }>();

function protosOf(doc: Document) {
  let p = protos.get(doc);
  if (!p) protos.set(doc, (p = { bars: new Map(), chips: new WeakMap() }));
  return p;
}

function protoBar(doc: Document, canHide: boolean): Element {
  const bars = protosOf(doc).bars;
  let bar = bars.get(canHide);
  if (!bar) {
    bar = doc.createElement('div');
    bar.setAttribute('data-papersift-controls', '');
    bar.setAttribute('data-papersift-ui', '');
    const cite = button(doc, 'cite');
    cite.textContent = 'Copy BibTeX';
    bar.append(button(doc, 'save'), button(doc, 'hide'), cite, doc.createElement('span'));
    bar.lastElementChild!.className = 'papersift-chips';
    showSave(bar.firstElementChild!, false);
    showHide(bar.children[1] as HTMLElement, canHide);
    bars.set(canHide, bar);
  }
  return bar.cloneNode(true) as Element;
}

function showSave(save: Element, saved: boolean) {
  save.setAttribute('aria-pressed', String(saved));
  save.textContent = saved ? '★ Saved' : '☆ Save';
  // The visible word is part of the name (WCAG 2.5.3): "Saved — Remove from reading list".
  save.setAttribute('aria-label', saved ? 'Saved — Remove from reading list' : 'Save to reading list');
}

function showHide(hide: HTMLElement, canHide: boolean) {
  hide.hidden = !canHide;
  hide.textContent = 'Hide';
  hide.setAttribute('aria-label', 'Hide this paper');
}

/** The card's bar: shows v in the article's bar (added when missing, updated in place so focus stays). */
export function controls(doc: Document, act: CardAction): PageFeature {
  const stop = listenToBars(doc, act);
  return {
    apply(article, v) {
      const bar = controlsOf(article);
      if (bar) updateBar(bar, v);
      else article.append(newBar(article.ownerDocument, v));
    },
    undo: (article) => controlsOf(article)?.remove(),
    // Ours is the article's last child unless the page added one since.
    intact: (article) => !!article.lastElementChild?.hasAttribute('data-papersift-controls') || !!controlsOf(article),
    stop,
  };
}

function updateBar(bar: Element, v: CardView): void {
  const doc = bar.ownerDocument;
  const [save, hide, , list] = [...bar.children] as HTMLElement[];
  showSave(save, v.saved);
  showHide(hide, v.canHide);
  const protos = protosOf(doc).chips;
  list.replaceChildren(...v.chips.map((c) => chip(doc, protos, c)));
}

function newBar(doc: Document, v: CardView): Element {
  const bar = protoBar(doc, v.canHide);
  if (v.saved) showSave(bar.firstElementChild!, true);
  const list = bar.lastElementChild!;
  const protos = protosOf(doc).chips;
  for (const c of v.chips) list.appendChild(chip(doc, protos, c)); // still out of the page: cheap
  return bar;
}

function button(doc: Document, action: CardActionName): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.dataset.papersiftAction = action;
  return b;
}

function chip(doc: Document, protos: WeakMap<Chip, Element>, c: Chip): Node {
  // The verdict's label says it all: tag, where it matched, conditions, and why it is not hiding.
  let el = protos.get(c);
  if (!el) {
    el = doc.createElement('span');
    el.className = 'papersift-chip';
    el.setAttribute('data-papersift-chip', c.action);
    el.textContent = c.label;
    el.setAttribute('title', `${c.action === 'hide' ? 'Hide' : c.action === 'highlight' ? 'Highlight' : 'Tag'} rule “${c.tag}” matches this paper${whereLabel(c.fields)}`);
    protos.set(c, el);
  }
  return el.cloneNode(true);
}

/**
 * Clicks on every bar of the document, for one listener (not one per card). Capturing: handled
 * before the page's own listeners, which must not follow the card's link. The card is the bar's
 * parent when clicked (a page may have moved the bar into a rebuilt article). Returns the remover.
 */
export function listenToBars(doc: Document, act: CardAction): () => void {
  const onClick = (e: Event) => {
    const target = e.target instanceof Element ? e.target.closest('button[data-papersift-action]') : null;
    const bar = target?.parentElement;
    if (!target || !bar?.hasAttribute('data-papersift-controls')) return;
    e.preventDefault();
    e.stopPropagation();
    const id = bar.parentElement?.getAttribute('data-papersift-id');
    if (id) act(id, target.getAttribute('data-papersift-action') as CardActionName, target as HTMLElement);
  };
  doc.addEventListener('click', onClick, true);
  return () => doc.removeEventListener('click', onClick, true);
}

/** Says on the card why an action failed (e.g. storage full); gone after a few seconds. */
export function showCardError(article: Element, message: string): void {
  const bar = controlsOf(article);
  if (!bar) return;
  bar.querySelector(':scope > [data-papersift-error]')?.remove();
  const note = article.ownerDocument.createElement('span');
  note.setAttribute('data-papersift-error', '');
  note.setAttribute('role', 'alert');
  note.textContent = message;
  bar.append(note);
  setTimeout(() => note.remove(), 8000);
}

/** Brief confirmation on a button (e.g. "Copied"), then its own text again. */
export function flashButton(button: HTMLElement, text: string): void {
  const original = button.dataset.papersiftLabel ?? button.textContent ?? '';
  button.dataset.papersiftLabel = original;
  button.textContent = text;
  setTimeout(() => (button.textContent = original), 1500);
}
