// "New since your last visit" on the page, and the counts for the toolbar badge.
// A visit is one listing (utils/seen/seen-set.ts listingOf) in one tab: when it starts, what was
// seen before is read once from storage.local (never IndexedDB): the listing's record (small), and
// only when there is none the ids seen anywhere; it is kept for the whole visit, so a card marked
// new stays marked until the reader leaves or presses "Mark all as seen". The visit's
// own ids are reported to the background after DWELL_MS on a visible page, and when the reader
// leaves (tab hidden, page closed, client-side navigation to another listing).
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage, type PageState } from '@/utils/messaging';
import { parsePageUrl } from '@/utils/page/detect';
import { SEEN_KEY, VISIT_PREFIX, freshness, idsOf, isSeenRecord, isVisitRecord, listingOf, seenLook, seenLookup, type Baseline, type Freshness } from '@/utils/seen/seen-set';
import type { BadgeCounts } from '@/utils/seen/badge';
import type { CardView } from '@/utils/view/card-view';
import { standInBefore, standInLine } from './stand-in';
import type { PageFeature } from './feature';

/** How long a visible page must stay open before its papers count as seen. */
export const DWELL_MS = 3000;
const NEW = 'data-papersift-new';
const SEEN = 'data-papersift-seen';
const FOLD = 'data-papersift-seen-placeholder';

export class SeenTracker {
  /** This visit's listing record is read (enough for the New marks). */
  private ready: Promise<void> = Promise.resolve();
  /** …and, on a listing's first visit, the ids seen anywhere (what dim and fold need). */
  private complete: Promise<void> = Promise.resolve();
  private listing: string | null = null;
  private paperId: string | null = null;
  private base: Baseline | null = null;
  /** Ids on the page during this visit, and those already reported. */
  private shown = new Set<string>();
  private sent = new Set<string>();
  private unfolded = new Set<string>();
  /** Ids this tab reported, per listing and in all, for later visits in the same document. */
  private session = new Map<string, Set<string>>();
  private sessionAll = new Set<string>();
  /** The page was visible at some point of this visit (a tab opened in the background and closed unseen saw nothing). */
  private looked = false;
  private timer: number | undefined;
  private loading = 0;
  private badge = '';

  constructor(
    private ctx: ContentScriptContext,
    private rerun: () => void,
  ) {
    this.start(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', (e) => this.navigate(e.newUrl.href));
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState !== 'visible') return this.leave();
      this.looked = true;
      this.schedule();
    });
    ctx.addEventListener(window, 'pagehide', () => this.leave());
    ctx.addEventListener(window, 'pageshow', (e) => {
      if (!e.persisted) return;
      this.badge = ''; // back from the back/forward cache: the browser reset the badge
      this.rerun();
    });
    ctx.onInvalidated(onMessage('markAllSeen', () => this.markAll()));
  }

  /** The page feature: marks are set after each pass, from every card's view (onRun). */
  readonly feature: PageFeature = {
    apply() {},
    undo(a) {
      a.removeAttribute(NEW);
      a.removeAttribute(SEEN);
      placeholderOf(a)?.remove();
    },
    afterPass: (views, state) => this.onRun(views, state),
    stop: () => this.undoAll(),
  };

  /**
   * Resolves when the first decoration can show this visit's marks without changing them a moment
   * later: the listing's record always (New marks); the ids seen anywhere (~220 KB, read only on a
   * listing's first visit) only when seen papers are dimmed or folded.
   */
  readyFor(settings: PageState['settings'] | undefined): Promise<void> {
    return settings?.seenMode === 'dim' || settings?.seenMode === 'fold' ? this.complete : this.ready;
  }

  /** The decorator's hook: marks every card new or seen, notes the visit's ids, reports badge counts. */
  onRun(views: ReadonlyMap<string, CardView>, state: PageState): void {
    const paused = state.settings.paused, mode = state.settings.seenMode, listing = this.listing !== null;
    let highlighted = 0, fresh = 0, grew = false;
    for (const v of views.values()) {
      const id = v.card.id;
      if (listing && !this.shown.has(id)) {
        this.shown.add(id);
        grew = true;
      }
      const f: Freshness = listing && !paused ? freshness(id, this.base) : null;
      const lit = !!v.highlight;
      if (lit) highlighted++;
      if (f === 'new') fresh++;
      const look = f !== 'seen' ? null : this.unfolded.has(id) ? '' : seenLook(mode, lit, !!v.hiddenBy);
      for (const a of v.card.articles) this.show(a, f, look, v);
    }
    if (grew) this.schedule();
    this.report({ listing, paused, highlighted, fresh });
  }

  private show(a: Element, f: Freshness, look: '' | 'dim' | 'fold' | null, v: CardView): void {
    set(a, NEW, f === 'new' ? '' : null);
    set(a, SEEN, look);
    const ph = placeholderOf(a);
    if (look === 'fold') {
      if (!ph) a.before(this.placeholder(a, v));
    } else ph?.remove();
  }

  /** One line in place of a folded seen card: distinct from a hide rule's placeholder, with "Unfold". */
  private placeholder(a: Element, v: CardView): Element {
    const id = v.card.id;
    return standInLine(a.ownerDocument, {
      attr: FOLD,
      id,
      why: 'Seen before',
      title: v.card.text.title,
      button: {
        text: 'Unfold',
        title: 'Show this paper you have seen before (for this visit)',
        onClick: () => {
          this.unfolded.add(id);
          this.rerun();
        },
      },
    });
  }

  private start(url: string): void {
    const token = ++this.loading;
    const page = parsePageUrl(url);
    const listing = (this.listing = listingOf(url));
    this.paperId = page?.kind === 'paper' ? (page.id ?? null) : null;
    this.base = null;
    this.shown = new Set(this.paperId ? [this.paperId] : []);
    this.sent = new Set();
    this.unfolded = new Set();
    this.looked = document.visibilityState === 'visible';
    this.schedule();
    if (!listing) {
      this.ready = this.complete = Promise.resolve();
      return;
    }
    const current = () => token === this.loading;
    const key = VISIT_PREFIX + listing;
    // Unreadable storage: nothing is marked, the page works as before.
    this.ready = browser.storage.local.get(key).then((got) => {
      const visit = got[key];
      if (current() && isVisitRecord(visit)) this.base = this.withSession(listing, { prev: new Set(idsOf(visit.ids)), anywhere: new Set() });
    }).catch(() => {});
    this.complete = this.ready.then(async () => {
      if (!current() || this.base) return;
      const seen = (await browser.storage.local.get(SEEN_KEY))[SEEN_KEY];
      if (current()) this.base = this.withSession(listing, { prev: null, anywhere: seenLookup(isSeenRecord(seen) ? seen : undefined) });
    }).catch(() => {});
    // The state may have arrived first (or this is a client-side navigation): show the marks.
    void this.ready.then(() => current() && this.rerun());
    void this.complete.then(() => current() && this.rerun());
  }

  /** Adds what this tab reported in earlier visits (its writes may not have landed yet). */
  private withSession(listing: string, base: Baseline): Baseline {
    const here = this.session.get(listing), all = this.sessionAll, { anywhere } = base;
    const prev = here ? new Set([...(base.prev ?? []), ...here]) : base.prev;
    return { prev, anywhere: all.size ? { has: (id) => all.has(id) || anywhere.has(id) } : anywhere };
  }

  private navigate(url: string): void {
    const page = parsePageUrl(url);
    if (listingOf(url) === this.listing && (page?.kind === 'paper' ? page.id : null) === this.paperId) return;
    this.leave();
    this.start(url);
  }

  private schedule(): void {
    if (this.timer !== undefined || document.visibilityState !== 'visible' || this.shown.size === this.sent.size) return;
    this.timer = this.ctx.setTimeout(() => {
      this.timer = undefined;
      this.commit();
    }, DWELL_MS);
  }

  private leave(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.commit();
  }

  /** Reports the visit's ids not reported yet (only if the reader could see the page). */
  private commit(): void {
    if (!this.looked || this.ctx.isInvalid) return;
    const ids = [...this.shown].filter((id) => !this.sent.has(id));
    if (!ids.length) return;
    for (const id of ids) {
      this.sent.add(id);
      this.sessionAll.add(id);
    }
    if (this.listing) {
      const here = this.session.get(this.listing) ?? new Set<string>();
      for (const id of ids) here.add(id);
      this.session.set(this.listing, here);
    }
    void sendMessage('recordVisit', { listing: this.listing, ids }).catch(() => {
      for (const id of ids) this.sent.delete(id);
    });
  }

  /** Popup → this tab: everything on the listing is seen from now on; the new marks go at once. */
  private markAll(): { cleared: number } {
    this.rerun(); // the page as it is now
    if (!this.listing) return { cleared: 0 };
    const cleared = [...this.shown].filter((id) => freshness(id, this.base) === 'new').length;
    this.loading++; // a baseline still being read must not bring the marks back
    this.base = { prev: new Set([...(this.base?.prev ?? []), ...this.shown]), anywhere: this.base?.anywhere ?? new Set() };
    this.looked = true;
    this.leave();
    this.rerun();
    return { cleared };
  }

  private report(counts: BadgeCounts): void {
    const key = `${counts.listing} ${counts.paused} ${counts.highlighted} ${counts.fresh}`;
    if (key === this.badge || this.ctx.isInvalid) return;
    this.badge = key;
    void sendMessage('setBadge', counts).catch(() => {
      if (this.badge === key) this.badge = '';
    });
  }

  private undoAll(): void {
    for (const a of document.querySelectorAll(`[${NEW}], [${SEEN}]`)) {
      a.removeAttribute(NEW);
      a.removeAttribute(SEEN);
    }
    for (const ph of document.querySelectorAll(`[${FOLD}]`)) ph.remove();
  }
}

/** Sets (string) or removes (null) an attribute, touching the DOM only when it changes. */
function set(a: Element, name: string, value: string | null): void {
  if (value === null) {
    if (a.hasAttribute(name)) a.removeAttribute(name);
  } else if (a.getAttribute(name) !== value) a.setAttribute(name, value);
}

/** Our fold line in front of the card (a hide placeholder may sit between them). */
const placeholderOf = (a: Element) => standInBefore(a, `[${FOLD}]`);
