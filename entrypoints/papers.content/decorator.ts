// Keeps every card on the page in step with the state: parse → match → decorate, idempotent
// and keyed by paper id; a card is only touched when what it should show has changed.
import { CardCache, parsePage, type ParsedCard } from '@/utils/page/parse-cards';
import { watchChanges, type ChangeWatch } from '@/utils/dom/observe';
import type { PageState, TabPapers } from '@/utils/messaging';
import type { PageKind } from '@/utils/page/detect';
import { sameView, type CardView } from '@/utils/view/card-view';
import { PageViews } from '@/utils/view/page-views';
import { tabPaper } from '@/utils/view/tab-papers';
import { applyControls, controlsOf, listenToBars, undoControls, type CardAction } from './controls';
import { applyHighlight, undoHighlight } from './highlight';
import { applyHide, undoHide } from './hide';
import { ruleStyles } from './rule-styles';

export class Decorator {
  private state: PageState | null = null;
  private views = new Map<string, CardView>();
  private viewer = new PageViews();
  private applied = new WeakMap<Element, { view: CardView; marks: Node[]; bar: Element }>();
  // Parses reuse what they read from articles the page has not changed since.
  private cache: CardCache | undefined = new CardCache();
  private changes: ChangeWatch;
  /** The page changed since the last parse (else, for the same URL and year, the parse is the same). */
  private dirty = true;
  private last: { url: string; year: number; page: ReturnType<typeof parsePage> } | null = null;
  private kind: PageKind | null = null;
  private health: TabPapers['health'] = 'ok';
  private styleEl: HTMLStyleElement | null = null;
  private quiet: { pause(): void; resume(): void }[] = [];
  private stopBars: () => void;
  /** This decorator has made marks in the document (they may be in any card now). */
  private marked = false;

  constructor(
    private doc: Document,
    private url: () => string,
    act: CardAction,
    private onNewPapers: (cards: ParsedCard[]) => void,
    /** Runs after every pass with every card's view (new/seen marks and the toolbar badge: seen.ts). */
    private afterRun?: (views: ReadonlyMap<string, CardView>, state: PageState) => void,
  ) {
    this.stopBars = listenToBars(doc, act);
    this.changes = watchChanges(doc, (targets, added) => {
      this.dirty = true;
      this.cache?.changed(targets, added);
    });
  }

  setState(state: PageState): void {
    const rules = this.state?.rules;
    this.state = state;
    this.viewer.setState(state);
    if (state.rules !== rules) this.updateRuleStyles();
    this.run();
  }

  get ready(): boolean {
    return !!this.state;
  }

  /** Re-reads the page and decorates whatever needs it. Cheap when nothing changed. */
  run(): void {
    if (!this.state) return;
    this.changes.pause(); // until we are done writing
    for (const q of this.quiet) q.pause();
    try {
      this.update();
    } finally {
      this.changes.resume();
      for (const q of this.quiet) q.resume();
    }
  }

  /**
   * Another observer of the page, paused while a pass writes it: each of our writes would queue a
   * record for it (1,000-card bench: ≈ 4 ms a pass with the page observer connected).
   */
  quietDuringRuns(watch: { pause(): void; resume(): void }): void {
    this.quiet.push(watch);
  }

  private update(): void {
    const url = this.url(), now = new Date();
    const last = this.last;
    const same = this.cache && !this.dirty && last?.url === url && last.year === now.getUTCFullYear();
    const page = same ? last!.page : parsePage(this.doc, url, now, this.cache);
    this.last = { url, year: now.getUTCFullYear(), page };
    this.dirty = false;
    this.kind = page.kind;
    this.health = page.health;
    const fresh: ParsedCard[] = [];
    const next = new Map<string, CardView>();
    // Marks of ours can only be in cards once we marked some, or when an earlier copy of the script
    // decorated them (its bars are then in the cards: the parse says so). Else no card has marks to
    // take away, and none is looked for (1,000-card bench: one walk per card, later one per page).
    const look = this.marked || page.ours;
    // Likewise no card holds a bar of ours on a page nobody decorated yet: none is looked for.
    for (const card of page.cards) {
      if (!this.views.has(card.id)) fresh.push(card);
      const view = this.viewer.viewOf(card, page.kind);
      next.set(card.id, view);
      this.decorate(view, look, page.ours);
    }
    this.views = next;
    if (fresh.length) this.onNewPapers(fresh);
    this.afterRun?.(next, this.state!);
  }

  /** Removes every PaperSift trace (used when the script is invalidated). */
  teardown(): void {
    this.changes.stop();
    this.stopBars();
    this.cache = undefined; // no longer told about changes
    for (const v of this.views.values())
      for (const a of v.card.articles) {
        undoHighlight(a);
        undoHide(a);
        undoControls(a);
        for (const attr of ['data-papersift-id', 'data-papersift-tags', 'data-papersift-saved']) a.removeAttribute(attr);
        this.applied.delete(a);
      }
    this.styleEl?.remove();
  }

  tabPapers(): TabPapers {
    const papers = [...this.views.values()].map((v) => tabPaper(v.card.paper, v));
    return { url: this.url(), kind: this.kind, health: this.health, papers };
  }

  paper(id: string): ParsedCard['paper'] | undefined {
    return this.views.get(id)?.card.paper;
  }

  private decorate(v: CardView, look: boolean, bars: boolean): void {
    for (const article of v.card.articles) {
      const id = article.getAttribute('data-papersift-id');
      if (id !== v.card.id) article.setAttribute('data-papersift-id', v.card.id);
      // Skip cards already showing this view, unless the page re-rendered them (marks or controls gone).
      const last = this.applied.get(article);
      if (last && sameView(last.view, v) && hasControls(article, last.bar) && last.marks.every((m) => m.isConnected)) continue;
      // Undone on never-decorated cards too (cheap when there is nothing): a page may build a new
      // article from the old one's nodes, or put it where a hidden one was, next to its placeholder.
      // Our attributes only come with our id (a copy of a decorated card has it too): without it,
      // there are none to remove (1,000-card bench: four calls less per card).
      const attrs = id !== null;
      const marked = undoHighlight(article, look, attrs);
      undoHide(article, attrs);
      if (v.verdict.tags.length) article.setAttribute('data-papersift-tags', v.verdict.tags.join(' '));
      else if (attrs) article.removeAttribute('data-papersift-tags');
      if (v.saved || attrs) article.toggleAttribute('data-papersift-saved', v.saved);
      // The marks are kept to notice a card the page re-rendered (its text nodes, and our marks, replaced).
      const marks = applyHighlight(article, v, marked);
      if (marks.length) this.marked = true;
      applyHide(article, v);
      const bar = applyControls(article, v, bars);
      this.applied.set(article, { view: v, marks, bar });
    }
  }

  private updateRuleStyles(): void {
    const css = ruleStyles(this.state!.rules);
    if (!this.styleEl) {
      this.styleEl = this.doc.createElement('style');
      this.styleEl.setAttribute('data-papersift-ui', '');
    }
    this.styleEl.textContent = css;
    if (!this.styleEl.isConnected) (this.doc.head ?? this.doc.documentElement).append(this.styleEl);
  }
}

/** Our controls are still a child of the article (the bar we added, checked first). */
const hasControls = (article: Element, bar: Element) =>
  (bar.parentNode === article && bar.hasAttribute('data-papersift-controls')) || !!controlsOf(article);
