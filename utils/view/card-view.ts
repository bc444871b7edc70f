// Pure: what PaperSift shows for one card, from the parsed card, its rule hits, the state and the
// page kind. The page features (entrypoints/papers.content) only write what a view says.
import type { ParsedCard } from '@/utils/page/parse-cards';
import type { PageKind } from '@/utils/types';
import type { RuleHit } from '@/utils/rules/matcher';
import type { Chip, Verdict } from '@/utils/rules/verdict';
import type { Marker } from '@/utils/dom/marks';
import type { HideMode, Settings } from '@/utils/types';
import { freshness, seenLook, type Freshness } from '@/utils/seen/seen-set';
import type { VisitLook } from '@/utils/seen/visit';
import type { Score } from '@/utils/rank/score';

/** What to mark in titles and in abstracts: the highlight rules' terms, in rule order. */
export interface Markers {
  title: readonly Marker[];
  abstract: readonly Marker[];
}

export const NO_MARKERS: Markers = Object.freeze({ title: [], abstract: [] });

/** What a verdict shows under the state: nothing of it while paused, no hiding on a paper page. */
export interface Shown {
  /** The card's tint, when shown. */
  highlight: Verdict['highlight'];
  /** Why the card is hidden (a tag or 'manual'), when it is. */
  hiddenBy: string | null;
  /** The chips on the card's bar. */
  chips: readonly Chip[];
}

const NONE: readonly Chip[] = Object.freeze([]);

export function shownOf(verdict: Verdict, paused: boolean, canHide: boolean): Shown {
  if (paused) return { highlight: null, hiddenBy: null, chips: NONE };
  return { highlight: verdict.highlight, hiddenBy: canHide ? verdict.hiddenBy : null, chips: verdict.chips };
}

/** Hiding makes no sense on a single paper page. */
export const canHideOn = (kind: PageKind | null): boolean => kind !== 'paper';

export interface CardView extends Shown {
  card: ParsedCard;
  hits: RuleHit[];
  /** The rules' and the reader's verdict, whatever the state shows of it (tags stay while paused). */
  verdict: Verdict;
  saved: boolean;
  paused: boolean;
  hideMode: HideMode;
  canHide: boolean;
  /** Marked words; empty unless the highlight shows. */
  markers: Markers;
  /** New since the last visit of this listing, or seen before (null: neither, or paused). */
  fresh: Freshness;
  /** How a seen card shows: '' marked only, 'dim', 'fold' (null: not a seen card). */
  seenLook: '' | 'dim' | 'fold' | null;
  /** The For you score: null below 10 saved papers (no model) and while paused. */
  forYou: Score | null;
  /** viewKey(this), once computed. */
  key?: string;
}

/**
 * What views read besides the state and the page kind, from other parts of the script (a
 * feature adds its own field). PageViews makes every view again when one of them is a new object.
 */
export interface ViewInputs {
  /** This tab's visit of the listing (seen.ts): what was seen before. */
  visit: VisitLook | null;
}

export const NO_INPUTS: ViewInputs = Object.freeze({ visit: null });

export interface ViewInput extends ViewInputs {
  hits: RuleHit[];
  verdict: Verdict;
  saved: boolean;
  settings: Pick<Settings, 'paused' | 'hideMode' | 'seenMode'>;
  kind: PageKind | null;
  /** The highlight rules' markers (only asked when the highlight shows). */
  markers: (ruleIds: readonly string[]) => Markers;
  /** The For you score (only asked when not paused), or null without a model. */
  forYou?: () => Score | null;
}

export function cardView(card: ParsedCard, x: ViewInput): CardView {
  const { paused, hideMode } = x.settings;
  const canHide = canHideOn(x.kind);
  const shown = shownOf(x.verdict, paused, canHide);
  const ids = x.verdict.highlightRuleIds;
  const visit = x.visit;
  const fresh = visit?.listing && !paused ? freshness(card.id, visit.base) : null;
  const look = fresh !== 'seen' ? null : visit!.unfolded.has(card.id) ? '' : seenLook(x.settings.seenMode, !!shown.highlight, !!shown.hiddenBy);
  return {
    card,
    hits: x.hits,
    verdict: x.verdict,
    saved: x.saved,
    paused,
    hideMode,
    canHide,
    ...shown,
    markers: shown.highlight && ids.length ? x.markers(ids) : NO_MARKERS,
    fresh,
    seenLook: look,
    forYou: paused ? null : (x.forYou?.() ?? null),
  };
}

/** A string that changes whenever anything visible about the card changes. */
export function viewKey(v: CardView): string {
  const { verdict: d } = v;
  return [
    v.paused,
    v.saved,
    v.hideMode,
    v.canHide,
    d.tags.join(' '),
    v.highlight?.color ?? '',
    v.hiddenBy ?? '',
    d.suppressedHide.join(' '),
    v.chips.map((c) => `${c.action}:${c.label}`).join(','),
    v.markers.title.map(markerKey).join('|'),
    v.markers.abstract.map(markerKey).join('|'),
    v.fresh ?? '',
    v.seenLook ?? '-',
    v.forYou ? `${v.forYou.score}:${v.forYou.because.join(' · ')}` : '',
  ].join('\u0001');
}

const markerKey = (m: Marker) => m.key ?? m.re.source + m.re.flags;

/** Would both views show the same? (The key is only built when a card is seen again.) */
export const sameView = (a: CardView, b: CardView): boolean => a === b || (a.key ??= viewKey(a)) === (b.key ??= viewKey(b));
