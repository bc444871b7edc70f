// "Sort by For you" / "Hugging Face order": one pair of buttons per listing, in front of the
// page's own card grid. Sorting moves the cards (with the stand-in lines in front of them) within
// that grid, so the keyboard's j/k, which walks the page in DOM order, follows the order on screen.
// The choice lasts for the tab (client-side navigation included); each pass after a page
// re-render or a new model puts the cards back in the chosen order.
import type { CardView } from '@/utils/view/card-view';
import { forYouOrder } from '@/utils/view/for-you-order';
import type { PageFeature } from './feature';

export function forYouSort(doc: Document, rerun: () => void): PageFeature {
  let sorted = false;
  /** The cards stand in an order of ours (so the page's order must not be learnt from them). */
  let moved = false;
  /** Each paper's place in Hugging Face's order, as first seen (new papers after the known ones). */
  const hf = new Map<string, number>();
  let views: ReadonlyMap<string, CardView> = new Map();
  const bar = doc.createElement('div');
  bar.setAttribute('data-papersift-sort', '');
  bar.setAttribute('data-papersift-ui', '');
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Order of the papers');
  const buttons = (['Sort by For you', 'Hugging Face order'] as const).map((name, i) => {
    const b = bar.appendChild(doc.createElement('button'));
    b.type = 'button';
    b.textContent = name;
    b.onclick = () => ((sorted = !i), rerun());
    return b;
  });

  function arrange(on: boolean): void {
    const order = forYouOrder(
      [...views.values()].map((v) => ({ id: v.card.id, score: on ? (v.forYou?.score ?? null) : 0, hidden: on && !!v.hiddenBy, hf: hf.get(v.card.id)! })),
    );
    moved = on;
    // Only the first article of each paper moves; it takes its stand-in lines along.
    const cards = order.map((id) => views.get(id)!.card.articles[0]);
    const grid = cards[0]?.parentElement;
    const mine = cards.filter((a) => a?.parentElement === grid);
    const ours = new Set(mine);
    const now = [...grid?.children ?? []].filter((a) => ours.has(a));
    if (!grid || now.every((a, i) => a === mine[i])) return; // already so: no write, no mutation for the page
    // Every card (with its stand-ins) goes in front of a marker where the first one was: in order, together.
    const marker = grid.insertBefore(doc.createComment(''), standIns(now[0])[0] ?? now[0]);
    for (const a of mine) for (const n of [...standIns(a), a]) grid.insertBefore(n, marker);
    marker.remove();
  }

  return {
    apply() {},
    undo() {},
    afterPass(next) {
      views = next;
      // While the page shows its own order, that order is Hugging Face's: learn it afresh.
      if (!moved) hf.clear();
      for (const id of next.keys()) if (!hf.has(id)) hf.set(id, hf.size);
      const first = [...next.values()];
      const grid = first.some((v) => v.forYou && v.canHide) ? first[0].card.articles[0]?.parentElement : null;
      // No model, paused, or a paper page: the page's order (already so unless we moved the cards).
      if (!grid) return bar.remove(), moved && arrange(false);
      buttons[0].setAttribute('aria-pressed', String(sorted));
      buttons[1].setAttribute('aria-pressed', String(!sorted));
      if (bar.nextElementSibling !== grid) grid.before(bar);
      arrange(sorted);
    },
    stop: () => (arrange(false), bar.remove()),
  };
}

/** Our stand-in lines right in front of the article (hidden or folded cards), in page order. */
function standIns(a: Element): Element[] {
  const out: Element[] = [];
  for (let p = a.previousElementSibling; p?.hasAttribute('data-papersift-ui') && !p.hasAttribute('data-papersift-sort'); p = p.previousElementSibling) out.unshift(p);
  return out;
}
