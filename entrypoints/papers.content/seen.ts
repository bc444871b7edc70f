// "New since your last visit" on the page, and the counts for the toolbar badge: the adapter
// around the pure visit reducer (utils/seen/visit.ts). It turns page events into visit events,
// runs the reducer's effects (storage.local reads, never IndexedDB; the dwell timer; messages),
// and gives the card views what was seen before (look).
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage } from '@/utils/messaging';
import { type PageState } from '@/utils/types';
import { DWELL_MS, countNew, noVisit, visitStep, type Visit, type VisitEffect, type VisitEvent, type VisitLook } from '@/utils/seen/visit';
import type { PageFeature } from './feature';
import { seenMarks } from './seen-marks';

export class SeenTracker {
  private visit: Visit = noVisit();
  private timer: number | undefined;
  private waiting: { done: (v: Visit) => boolean; resolve: () => void }[] = [];

  constructor(
    private ctx: ContentScriptContext,
    private rerun: () => void,
  ) {
    const visible = () => document.visibilityState === 'visible';
    this.dispatch({ type: 'start', url: location.href, visible: visible() });
    ctx.addEventListener(window, 'wxt:locationchange', (e) => this.dispatch({ type: 'start', url: e.newUrl.href, visible: visible() }));
    ctx.addEventListener(document, 'visibilitychange', () => this.dispatch({ type: visible() ? 'visible' : 'hidden' }));
    ctx.addEventListener(window, 'pagehide', () => this.dispatch({ type: 'hidden' }));
    ctx.addEventListener(window, 'pageshow', (e) => e.persisted && this.dispatch({ type: 'restored', visible: visible() }));
    ctx.onInvalidated(
      onMessage('markAllSeen', () => {
        this.rerun(); // the page as it is now
        const cleared = countNew(this.visit);
        this.dispatch({ type: 'markAll' });
        return { cleared };
      }),
    );
  }

  /** What the card views read of the visit. */
  get look(): VisitLook {
    return this.visit.look;
  }

  /**
   * Resolves when the first decoration can show this visit's marks without changing them a moment
   * later: the listing's record always (New marks); the ids seen anywhere (~220 KB, read only on a
   * listing's first visit) only when seen papers are dimmed or folded.
   */
  readyFor(settings: PageState['settings'] | undefined): Promise<void> {
    const all = settings?.seenMode === 'dim' || settings?.seenMode === 'fold';
    const done = (v: Visit) => (all ? v.reading === null : v.reading !== 'listing');
    if (done(this.visit)) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ done, resolve }));
  }

  /** The page feature: each card's new/seen look (seen-marks.ts); after a pass, the visit's ids and the badge counts. */
  readonly feature: PageFeature = {
    ...seenMarks(document, (id) => this.dispatch({ type: 'unfold', id })),
    afterPass: (views, state) => {
      let highlighted = 0, fresh = 0;
      for (const v of views.values()) {
        if (v.highlight) highlighted++;
        if (v.fresh === 'new') fresh++;
      }
      this.dispatch({ type: 'pass', ids: [...views.keys()], counts: { paused: state.settings.paused, highlighted, fresh } });
    },
  };

  private dispatch(e: VisitEvent): void {
    const { visit, effects } = visitStep(this.visit, e);
    this.visit = visit;
    for (const fx of effects) this.run(fx);
    this.waiting = this.waiting.filter((w) => !w.done(visit) || void w.resolve());
  }

  private run(fx: VisitEffect): void {
    if (this.ctx.isInvalid) return;
    switch (fx.type) {
      case 'read':
        // Unreadable storage: nothing is marked, the page works as before.
        return void browser.storage.local.get(fx.key).then(
          (got) => this.dispatch({ type: 'loaded', token: fx.token, key: fx.key, value: got[fx.key] }),
          () => this.dispatch({ type: 'loaded', token: fx.token, key: fx.key, value: undefined }),
        );
      case 'timer':
        this.timer = this.ctx.setTimeout(() => this.dispatch({ type: 'dwell' }), DWELL_MS);
        return;
      case 'clearTimer':
        return clearTimeout(this.timer);
      case 'send':
        return void sendMessage('recordVisit', { listing: fx.listing, ids: fx.ids }).catch(() => this.dispatch({ type: 'sendFailed', ids: fx.ids }));
      case 'badge':
        return void sendMessage('setBadge', fx.counts).catch(() => this.dispatch({ type: 'badgeFailed', key: fx.key }));
      case 'rerun':
        return this.rerun();
    }
  }
}
