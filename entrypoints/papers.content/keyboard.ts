// Keyboard triage on listing pages: j/k move a focus ring over the papers (visible ones, and
// hidden or folded ones shown as a placeholder), s/h/e act through the card's own buttons (the same path
// as a click), o opens the paper page, ? lists the keys. Never while typing, with Ctrl/Alt/Meta,
// on a paper page or while paused. The ring is data-papersift-focus on the paper's <article>
// (style.css draws it there, or on the placeholder in front of a hidden or folded one).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageState } from '@/utils/types';
import { isListing } from '@/utils/page/detect';
import type { CardView } from '@/utils/view/card-view';
import { commandFor, type KeyCommand } from '@/utils/keys/commands';
import { isTyping } from '@/utils/keys/typing';
import { afterHide, firstInView, step } from '@/utils/keys/select';
import { standInBefore } from './stand-in';
import { controlsOf } from './controls';
import { closeKeysHelp, openKeysHelp } from './keys-help';
import type { PageFeature } from './feature';

const FOCUS = 'data-papersift-focus';

/** One paper as the keys see it: its card, and what is on screen for it (card or placeholder). */
interface Spot {
  id: string;
  article: Element;
  shown: Element;
}

/** Laid out and not display:none (desktop and mobile copies: only one of them is). */
const laidOut = (el: Element) => (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);

/**
 * The one-line stand-in in front of a card that is not shown: the placeholder of a hidden card
 * (hide.ts), or of one folded as seen before (seen.ts). Each has one button that shows the card.
 */
function standIn(article: Element): Element | null {
  const line = standInBefore(article, '[data-papersift-placeholder], [data-papersift-seen-placeholder]');
  return line && laidOut(line) ? line : null;
}

function spotOf(article: Element): Spot | null {
  const id = article.getAttribute('data-papersift-id');
  const shown = !id ? null : laidOut(article) ? article : standIn(article);
  return shown ? { id: id!, article, shown } : null;
}

/** Every reachable paper once, in page order, each at its first copy that is laid out. */
function spots(doc: Document): Spot[] {
  const out: Spot[] = [], seen = new Set<string>();
  for (const a of doc.querySelectorAll('[data-papersift-id]')) {
    const id = a.getAttribute('data-papersift-id')!;
    if (seen.has(id)) continue;
    const s = spotOf(a);
    if (s) (seen.add(id), out.push(s));
  }
  return out;
}

/** The paper's spot (its first copy that is laid out): only its own cards are looked at. */
function find(doc: Document, id: string): Spot | null {
  for (const a of doc.querySelectorAll(`[data-papersift-id="${CSS.escape(id)}"]`)) {
    const s = spotOf(a);
    if (s) return s;
  }
  return null;
}

/** The focused element, inside open shadow roots too. */
function deepActive(doc: Document): Element | null {
  let a = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/**
 * The keys, as a page feature: nothing to show per card but the ring; after every pass it learns
 * the state (pausing turns the keys and the ring off) and the papers' titles.
 */
export function keyboard(ctx: ContentScriptContext): PageFeature {
  const doc = document;
  let state: PageState | null = null;
  let views: ReadonlyMap<string, CardView> = new Map();
  let id: string | null = null; // the focused paper
  let ringed: Element | null = null; // the article carrying FOCUS
  let index = 0; // its place in the list last time, where j/k resume if it leaves the page
  let help: HTMLDialogElement | null = null;
  let live: HTMLElement | null = null;

  const usable = () => !!state && !state.settings.paused && isListing(location.href);

  function ring(s: Spot | null, scroll: boolean): void {
    if (ringed && ringed !== s?.article) ringed.removeAttribute(FOCUS);
    ringed = s?.article ?? null;
    id = s?.id ?? null;
    if (!s) return;
    s.article.setAttribute(FOCUS, '');
    // Nearest: no jump when already in view. A card taller than the window shows its top.
    if (scroll) s.shown.scrollIntoView({ block: s.shown.getBoundingClientRect().height > innerHeight ? 'start' : 'nearest' });
  }

  function announce(text: string): void {
    if (!live?.isConnected) {
      live = doc.createElement('div');
      live.setAttribute('data-papersift-ui', '');
      live.setAttribute('data-papersift-live', '');
      live.setAttribute('role', 'status');
      (doc.body ?? doc.documentElement).append(live);
    }
    live.textContent = text;
  }

  function move(dir: 1 | -1): void {
    const list = spots(doc);
    if (!list.length) return;
    const ids = list.map((s) => s.id);
    const fallback = id ? index : firstInView(list.map((s) => s.shown.getBoundingClientRect().bottom));
    const next = step(ids, id, dir, fallback);
    const i = next === null ? -1 : ids.indexOf(next);
    if (i < 0) return;
    index = i;
    ring(list[i], true);
    const hidden = list[i].shown !== list[i].article ? ' (hidden: e shows it)' : '';
    announce(`${i + 1} of ${list.length}: ${views.get(list[i].id)?.card.paper.title ?? list[i].id}${hidden}`);
  }

  /** The card's own button for an action (the same click path as the reader's). */
  const button = (article: Element, action: 'save' | 'hide') =>
    controlsOf(article)?.querySelector<HTMLElement>(`[data-papersift-action="${action}"]`);

  function act(cmd: KeyCommand): void {
    if (cmd === 'next' || cmd === 'prev') return move(cmd === 'next' ? 1 : -1);
    if (cmd === 'help') return openHelp();
    if (cmd === 'escape') return ring(null, false);
    const cur = id ? find(doc, id) : null;
    if (!cur) return;
    const hidden = cur.article.hasAttribute('data-papersift-hidden');
    if (cmd === 'save') button(cur.article, 'save')?.click();
    else if (cmd === 'expand') {
      if (cur.shown !== cur.article) cur.shown.querySelector<HTMLElement>('button')?.click();
    } else if (cmd === 'hide') {
      const ids = spots(doc).map((s) => s.id);
      const next = afterHide(ids, cur.id);
      if (!hidden) button(cur.article, 'hide')?.click();
      if (next && next !== cur.id) {
        index = Math.max(0, ids.indexOf(next));
        ring(find(doc, next), true);
      }
    } else {
      const url = new URL(`/papers/${cur.id}`, location.href).href;
      if (cmd === 'openNew') window.open(url, '_blank', 'noopener');
      else location.assign(url);
    }
  }

  function openHelp(): void {
    if (help) return closeHelp();
    const d: HTMLDialogElement = openKeysHelp(doc, () => help === d && closeHelp());
    help = d;
  }

  function closeHelp(): void {
    const d = help;
    help = null;
    closeKeysHelp(d);
  }

  ctx.addEventListener(window, 'keydown', (e: KeyboardEvent) => {
    if (e.defaultPrevented) return;
    const cmd = commandFor(e);
    if (!cmd) return;
    if (help) {
      // The list is modal: only ? and Escape, which close it.
      if (cmd === 'help' || cmd === 'escape') (e.preventDefault(), closeHelp());
      return;
    }
    if (!usable()) return;
    if (isTyping(e.composedPath()[0] as Element) || isTyping(deepActive(doc))) return;
    if (cmd === 'escape' && !id) return; // nothing of ours to close: the page's Escape
    e.preventDefault();
    act(cmd);
  });

  // A client-side navigation shows another list: start again.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ring(null, false);
    closeHelp();
  });
  return {
    // The ring is on one article at a time, moved by the keys, not by views: stop() takes it away.
    apply() {},
    undo() {},
    afterPass(now, s) {
      views = now;
      state = s;
      if (!usable()) {
        ring(null, false);
        closeHelp();
      } else if (id && !(ringed?.isConnected && ringed.getAttribute('data-papersift-id') === id && ringed.hasAttribute(FOCUS))) {
        // The page re-rendered the ringed card: the pass gave the new one its id, the ring moves there.
        const s = find(doc, id);
        if (s) ring(s, false);
      }
    },
    stop() {
      ring(null, false);
      closeHelp();
      live?.remove();
    },
  };
}
