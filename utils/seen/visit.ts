// Pure: one tab's visits ("new since your last visit") as a reducer: events in (the page shown or
// hidden, a pass over its cards, the dwell timer, a stored record read), the next state and the
// effects to run out. entrypoints/papers.content/seen.ts runs the effects (storage, timer, messages).
//
// A visit is one listing (seen-set.ts listingOf) in one tab. When it starts, what was seen before
// is read once: the listing's record (small), and only when there is none the ids seen anywhere;
// it is kept for the whole visit, so a card marked new stays marked until the reader leaves or
// presses "Mark all as seen". The visit's ids are reported after DWELL_MS on a visible page, and
// when the reader leaves (tab hidden, page closed, client-side navigation to another listing).
//   start(trending) → read papersift:visit:trending → loaded(no record) → read papersift:seen
//   → loaded(seen) → look.base set, rerun → pass([a, b]) → timer → dwell → send([a, b])
import { parsePageUrl } from '@/utils/page/detect';
import type { BadgeCounts } from './badge';
import { SEEN_KEY, VISIT_PREFIX, freshness, idsOf, isSeenRecord, isVisitRecord, listingOf, seenLookup, type Baseline } from './seen-set';

/** How long a visible page must stay open before its papers count as seen. */
export const DWELL_MS = 3000;

/** What the card views read of a visit: a new object exactly when it changes. */
export interface VisitLook {
  listing: boolean;
  base: Baseline | null;
  /** Seen cards the reader unfolded (for this visit). */
  unfolded: ReadonlySet<string>;
}

export interface Visit {
  /** Bumped when a visit starts or is marked all seen: a read for an older one is dropped. */
  token: number;
  listing: string | null;
  paperId: string | null;
  look: VisitLook;
  /** Still being read: the listing's record, then (a listing's first visit) the ids seen anywhere. */
  reading: 'listing' | 'seen' | null;
  /** Ids on the page during this visit, and those reported. */
  shown: ReadonlySet<string>;
  sent: ReadonlySet<string>;
  /** Ids this tab reported, per listing and in all, for later visits in the same document. */
  session: ReadonlyMap<string, ReadonlySet<string>>;
  sessionAll: ReadonlySet<string>;
  visible: boolean;
  /** The page was visible at some point of this visit (a tab opened in the background and closed unseen saw nothing). */
  looked: boolean;
  timer: boolean;
  /** The badge counts last sent. */
  badge: string;
}

export type VisitEvent =
  | { type: 'start'; url: string; visible: boolean } // the script starts, or the URL changed
  | { type: 'visible' }
  | { type: 'hidden' } // also pagehide
  | { type: 'restored'; visible: boolean } // back from the back/forward cache: the browser reset the badge
  | { type: 'loaded'; token: number; key: string; value: unknown } // value undefined: none, or unreadable
  | { type: 'pass'; ids: readonly string[]; counts: Omit<BadgeCounts, 'listing'> }
  | { type: 'dwell' }
  | { type: 'markAll' }
  | { type: 'unfold'; id: string }
  | { type: 'sendFailed'; ids: readonly string[] }
  | { type: 'badgeFailed'; key: string };

export type VisitEffect =
  | { type: 'read'; key: string; token: number }
  | { type: 'timer' }
  | { type: 'clearTimer' }
  | { type: 'send'; listing: string | null; ids: string[] }
  | { type: 'badge'; counts: BadgeCounts; key: string }
  | { type: 'rerun' };

export interface Step {
  visit: Visit;
  effects: VisitEffect[];
}

const none: ReadonlySet<string> = new Set();

export const noVisit = (): Visit => ({
  token: 0, listing: null, paperId: null, look: { listing: false, base: null, unfolded: none }, reading: null,
  shown: none, sent: none, session: new Map(), sessionAll: none, visible: false, looked: false, timer: false, badge: '',
});

const paperIdOf = (url: string) => {
  const page = parsePageUrl(url);
  return page?.kind === 'paper' ? (page.id ?? null) : null;
};

export function visitStep(v: Visit, e: VisitEvent): Step {
  const effects: VisitEffect[] = [];
  return { visit: next(v, e, effects), effects };
}

function next(v: Visit, e: VisitEvent, fx: VisitEffect[]): Visit {
  switch (e.type) {
    case 'start':
      if (v.token && listingOf(e.url) === v.listing && paperIdOf(e.url) === v.paperId) return v;
      return start(leave(v, fx), e.url, e.visible, fx);
    case 'visible':
      return schedule({ ...v, visible: true, looked: true }, fx);
    case 'hidden':
      return leave({ ...v, visible: false }, fx);
    case 'restored':
      fx.push({ type: 'rerun' });
      return { ...v, badge: '', visible: e.visible };
    case 'loaded':
      return loaded(v, e, fx);
    case 'pass': {
      let next = v;
      if (v.listing !== null && e.ids.some((id) => !v.shown.has(id))) next = schedule({ ...v, shown: new Set([...v.shown, ...e.ids]) }, fx);
      const counts: BadgeCounts = { listing: v.listing !== null, ...e.counts };
      const key = `${counts.listing} ${counts.paused} ${counts.highlighted} ${counts.fresh}`;
      if (key !== v.badge) (next = { ...next, badge: key }), fx.push({ type: 'badge', counts, key });
      return next;
    }
    case 'dwell':
      return commit({ ...v, timer: false }, fx);
    case 'markAll': {
      if (v.listing === null) return v;
      const base = { prev: new Set([...(v.look.base?.prev ?? []), ...v.shown]), anywhere: v.look.base?.anywhere ?? new Set<string>() };
      const next = leave({ ...v, token: v.token + 1, reading: null, look: { ...v.look, base }, looked: true }, fx);
      fx.push({ type: 'rerun' });
      return next;
    }
    case 'unfold':
      fx.push({ type: 'rerun' });
      return { ...v, look: { ...v.look, unfolded: new Set([...v.look.unfolded, e.id]) } };
    case 'sendFailed':
      return { ...v, sent: new Set([...v.sent].filter((id) => !e.ids.includes(id))) };
    case 'badgeFailed':
      return v.badge === e.key ? { ...v, badge: '' } : v;
  }
}

/** How many cards of the visit are marked new (what "Mark all as seen" clears). */
export const countNew = (v: Visit): number =>
  v.listing === null ? 0 : [...v.shown].filter((id) => freshness(id, v.look.base) === 'new').length;

function start(v: Visit, url: string, visible: boolean, fx: VisitEffect[]): Visit {
  const listing = listingOf(url), paperId = paperIdOf(url), token = v.token + 1;
  const next: Visit = {
    ...v, token, listing, paperId, visible, looked: visible, reading: listing ? 'listing' : null,
    look: { listing: listing !== null, base: null, unfolded: none }, shown: paperId ? new Set([paperId]) : none, sent: none,
  };
  if (listing) fx.push({ type: 'read', key: VISIT_PREFIX + listing, token });
  return schedule(next, fx);
}

/** A stored record arrived: the listing's own (a baseline) or, when there was none, the ids seen anywhere. */
function loaded(v: Visit, e: Extract<VisitEvent, { type: 'loaded' }>, fx: VisitEffect[]): Visit {
  if (e.token !== v.token || !v.listing || !v.reading) return v;
  if (v.reading === 'listing') {
    if (!isVisitRecord(e.value)) {
      fx.push({ type: 'read', key: SEEN_KEY, token: v.token });
      return { ...v, reading: 'seen' };
    }
    fx.push({ type: 'rerun' });
    return withBase(v, { prev: new Set(idsOf(e.value.ids)), anywhere: new Set() });
  }
  fx.push({ type: 'rerun' });
  return withBase(v, { prev: null, anywhere: seenLookup(isSeenRecord(e.value) ? e.value : undefined) });
}

/** The visit's baseline, with what this tab reported in earlier visits (its writes may not have landed yet). */
function withBase(v: Visit, base: Baseline): Visit {
  const here = v.session.get(v.listing!), all = v.sessionAll, { anywhere } = base;
  const prev = here ? new Set([...(base.prev ?? []), ...here]) : base.prev;
  const look = { ...v.look, base: { prev, anywhere: all.size ? { has: (id: string) => all.has(id) || anywhere.has(id) } : anywhere } };
  return { ...v, reading: null, look };
}

function schedule(v: Visit, fx: VisitEffect[]): Visit {
  if (v.timer || !v.visible || v.shown.size === v.sent.size) return v;
  fx.push({ type: 'timer' });
  return { ...v, timer: true };
}

function leave(v: Visit, fx: VisitEffect[]): Visit {
  if (v.timer) fx.push({ type: 'clearTimer' });
  return commit({ ...v, timer: false }, fx);
}

/** Reports the visit's ids not reported yet (only if the reader could see the page). */
function commit(v: Visit, fx: VisitEffect[]): Visit {
  if (!v.looked) return v;
  const ids = [...v.shown].filter((id) => !v.sent.has(id));
  if (!ids.length) return v;
  const session = new Map(v.session);
  if (v.listing) session.set(v.listing, new Set([...(session.get(v.listing) ?? []), ...ids]));
  fx.push({ type: 'send', listing: v.listing, ids });
  return { ...v, sent: new Set([...v.sent, ...ids]), sessionAll: new Set([...v.sessionAll, ...ids]), session };
}
