// "Sort by For you" / "Hugging Face order": one pair of buttons per listing, in front of the
// page's own card grid. Sorting moves the cards (with the stand-in lines in front of them) within
// that grid, so the keyboard's j/k, which walks the page in DOM order, follows the order on screen.
// The choice lasts for the tab (client-side navigation included); each pass after a page
// re-render or a new model puts the cards back in the chosen order.
import type { CardView } from '@/utils/view/card-view';
import { forYouOrder, hfOrder, type Ranked } from '@/utils/view/for-you-order';
import type { PageFeature } from './feature';

const BAR = 'data-papersift-sort';

/** The page-level half of For you (index.ts adds it: it re-runs the decorator on a click). */
export function forYouSort(doc: Document, rerun: () => void): PageFeature {
  const sort = new ForYouSort(doc, rerun);
  return {
    apply() {},
    undo() {},
    // Not on a single paper page (there, no card can be hidden: canHide).
    afterPass: (views) => sort.afterPass(views, [...views.values()].some((v) => v.canHide)),
    stop: () => sort.stop(),
  };
}

class ForYouSort {
  private sorted = false;
  /** The cards stand in an order of ours (so the page's order must not be learnt from them). */
  private moved = false;
  private bar: HTMLElement | null = null;
  /** Each paper's place in Hugging Face's order, as first seen (new papers after the known ones). */
  private hf = new Map<string, number>();
  private views: ReadonlyMap<string, CardView> = new Map();

  constructor(private doc: Document, private rerun: () => void) {}

  afterPass(views: ReadonlyMap<string, CardView>, listing: boolean): void {
    this.views = views;
    // While the page shows its own order, that order is Hugging Face's: learn it afresh.
    if (!this.sorted && !this.moved) this.hf.clear();
    for (const id of views.keys()) if (!this.hf.has(id)) this.hf.set(id, this.hf.size);
    const scored = listing && [...views.values()].some((v) => v.forYou);
    const grid = scored ? gridOf(views) : null;
    if (!grid) {
      this.bar?.remove();
      return this.arrange(views, false); // no model (or paused): Hugging Face's order
    }
    this.showBar(grid);
    this.arrange(views, this.sorted);
  }

  stop(): void {
    this.arrange(this.views, false);
    this.bar?.remove();
  }

  private arrange(views: ReadonlyMap<string, CardView>, sorted: boolean): void {
    if (!views.size) return;
    const ranked: Ranked[] = [...views.values()].map((v) => ({ id: v.card.id, score: v.forYou?.score ?? null, hidden: !!v.hiddenBy, hf: this.hf.get(v.card.id)! }));
    const order = sorted ? forYouOrder(ranked) : hfOrder(ranked);
    this.moved = sorted;
    // Only the first article of each paper moves; it takes its stand-in lines along.
    const units = order.map((id) => views.get(id)!.card.articles[0]).filter((a): a is Element => !!a?.parentElement);
    const parent = units[0]?.parentElement;
    const mine = units.filter((a) => a.parentElement === parent);
    if (!parent || inOrder(mine)) return; // already so: no write, no mutation for the page
    // Every card (with its stand-ins) goes in front of a marker where the first one was: in order, together.
    const marker = this.doc.createComment('');
    parent.insertBefore(marker, firstOf(mine.reduce((first, a) => (before(a, first) ? a : first))));
    for (const a of mine) for (const n of [...standIns(a), a]) parent.insertBefore(n, marker);
    marker.remove();
  }

  private showBar(grid: Element): void {
    if (!this.bar) {
      const bar = (this.bar = this.doc.createElement('div'));
      bar.setAttribute(BAR, '');
      bar.setAttribute('data-papersift-ui', '');
      bar.setAttribute('role', 'group');
      bar.setAttribute('aria-label', 'Order of the papers');
      for (const [name, on] of [['Sort by For you', true], ['Hugging Face order', false]] as const) {
        const b = this.doc.createElement('button');
        b.type = 'button';
        b.textContent = name;
        b.addEventListener('click', (e) => {
          e.preventDefault();
          if (this.sorted === on) return;
          this.sorted = on;
          this.rerun();
        });
        bar.append(b);
      }
    }
    const [forYou, hf] = this.bar.children;
    forYou.setAttribute('aria-pressed', String(this.sorted));
    hf.setAttribute('aria-pressed', String(!this.sorted));
    if (this.bar.nextElementSibling !== grid) grid.before(this.bar);
  }
}

/** The element holding the cards: the parent most of the listing's articles share. */
function gridOf(views: ReadonlyMap<string, CardView>): Element | null {
  const count = new Map<Element, number>();
  for (const v of views.values()) {
    const p = v.card.articles[0]?.parentElement;
    if (p) count.set(p, (count.get(p) ?? 0) + 1);
  }
  let best: Element | null = null, n = 0;
  for (const [p, c] of count) if (c > n) (best = p), (n = c);
  return n >= 2 ? best : null;
}

/** Our stand-in lines right in front of the article (hidden or folded cards), in page order. */
function standIns(a: Element): Element[] {
  const out: Element[] = [];
  for (let p = a.previousElementSibling; p && p.hasAttribute('data-papersift-ui') && !p.hasAttribute(BAR); p = p.previousElementSibling) out.unshift(p);
  return out;
}

const firstOf = (a: Element): Element => standIns(a)[0] ?? a;
const before = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

function inOrder(articles: Element[]): boolean {
  for (let i = 1; i < articles.length; i++) if (!before(articles[i - 1], articles[i])) return false;
  return true;
}
