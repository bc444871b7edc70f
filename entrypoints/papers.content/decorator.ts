// Keeps every card on the page in step with the state: parse → view → features, idempotent and
// keyed by paper id; a card is only touched when what it should show has changed.
import { CardCache, parsePage, type ParsedCard } from '@/utils/page/parse-cards';
import { watchChanges, type ChangeWatch } from '@/utils/dom/observe';
import type { PageState, TabPapers } from '@/utils/types';
import type { PageKind } from '@/utils/types';
import { NO_INPUTS, sameView, type CardView, type ViewInputs } from '@/utils/view/card-view';
import { PageViews } from '@/utils/view/page-views';
import { tabPaper } from '@/utils/view/tab-papers';
import type { PageFeature } from './feature';
import type { Scorer } from '@/utils/rank/score';

const ID = 'data-papersift-id';

export class Decorator {
  private state: PageState | null = null;
  private views = new Map<string, CardView>();
  private viewer = new PageViews();
  /** The view each article shows (its features applied it). */
  private shown = new WeakMap<Element, CardView>();
  /** This decorator wrote some card: any article may now hold something of ours (a page may build one from our nodes). */
  private wrote = false;
  private readonly checked: PageFeature[];
  private readonly after: PageFeature[];
  // Parses reuse what they read from articles the page has not changed since.
  private cache: CardCache | undefined = new CardCache();
  private changes: ChangeWatch;
  /** The page changed since the last parse (else, for the same URL and year, the parse is the same). */
  private dirty = true;
  private last: { url: string; year: number; page: ReturnType<typeof parsePage> } | null = null;
  private kind: PageKind | null = null;
  private health: TabPapers['health'] = 'ok';
  private quiet: { pause(): void; resume(): void }[] = [];

  constructor(
    private doc: Document,
    private url: () => string,
    /** What each card shows, in order (features.ts). */
    private features: readonly PageFeature[],
    /** Cards of papers not on the page before, after each pass that found some. */
    private onNewPapers: (cards: ParsedCard[]) => void = () => {},
    /** What views read besides the state (the visit: seen.ts), asked before each pass. */
    private inputs: () => ViewInputs = () => NO_INPUTS,
  ) {
    this.checked = features.filter((f) => f.intact);
    this.after = features.filter((f) => f.afterPass);
    this.changes = watchChanges(doc, (targets, added) => {
      this.dirty = true;
      this.cache?.changed(targets, added);
    });
  }

  setState(state: PageState): void {
    this.state = state;
    this.viewer.setState(state);
    this.run();
  }

  /** The For you model's scorer (null: no model): every card is scored again. */
  setScorer(scorer: Scorer | null): void {
    this.viewer.setScorer(scorer);
    this.run();
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
    this.viewer.setInputs(this.inputs());
    const fresh: ParsedCard[] = [];
    const next = new Map<string, CardView>();
    // Something of ours can only be in a card once we wrote some, or when an earlier copy of the
    // script decorated the page (its bars are then in the cards: the parse says so). Else no
    // article is undone before its first view (1,000-card bench: no walk for marks per card).
    const ours = this.wrote || page.ours;
    for (const card of page.cards) {
      if (!this.views.has(card.id)) fresh.push(card);
      const view = this.viewer.viewOf(card, page.kind);
      next.set(card.id, view);
      for (const article of card.articles) this.decorate(article, view, ours);
    }
    if (page.cards.length) this.wrote = true;
    this.views = next;
    if (fresh.length) this.onNewPapers(fresh);
    for (const f of this.after) f.afterPass!(next, this.state!);
  }

  private decorate(article: Element, v: CardView, ours: boolean): void {
    const id = article.getAttribute(ID);
    if (id !== v.card.id) article.setAttribute(ID, v.card.id);
    const last = this.shown.get(article);
    // An article showing an earlier view of ours: each feature replaces its own (or nothing to do).
    // Anything else that may hold something of ours (a card the page re-rendered, or built from
    // decorated nodes, or a copy with our id) is undone first.
    if (last && this.intact(article)) {
      if (sameView(last, v)) return;
    } else if (ours || id !== null) for (const f of this.features) f.undo(article);
    for (const f of this.features) f.apply(article, v);
    this.shown.set(article, v);
  }

  private intact(article: Element): boolean {
    for (const f of this.checked) if (!f.intact!(article)) return false;
    return true;
  }

  /** Removes every PaperSift trace (used when the script is invalidated). */
  teardown(): void {
    this.changes.stop();
    this.cache = undefined; // no longer told about changes
    for (const v of this.views.values())
      for (const a of v.card.articles) {
        for (const f of this.features) f.undo(a);
        a.removeAttribute(ID);
        this.shown.delete(a);
      }
    for (const f of this.features) f.stop?.();
  }

  tabPapers(): TabPapers {
    const papers = [...this.views.values()].map((v) => tabPaper(v.card.paper, v));
    return { url: this.url(), kind: this.kind, health: this.health, papers };
  }

  paper(id: string): ParsedCard['paper'] | undefined {
    return this.views.get(id)?.card.paper;
  }
}
