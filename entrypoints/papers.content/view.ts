// What PaperSift shows for one card: computed from the parsed card, rule hits and state.
import type { ParsedCard } from '@/utils/page/parse-cards';
import type { RuleHit } from '@/utils/rules/matcher';
import type { Verdict } from '@/utils/rules/verdict';
import type { HideMode } from '@/utils/types';
import type { Marker } from '@/utils/dom/marks';

export interface CardView {
  card: ParsedCard;
  hits: RuleHit[];
  verdict: Verdict;
  saved: boolean;
  paused: boolean;
  hideMode: HideMode;
  /** Hiding makes no sense on a single paper page. */
  canHide: boolean;
  /** What to mark in titles and in abstracts: the highlight rules' terms, in rule order. */
  markers: { title: Marker[]; abstract: Marker[] };
  /** viewKey(this), once computed. */
  key?: string;
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
    d.highlight?.color ?? '',
    d.hiddenBy ?? '',
    d.suppressedHide.join(' '),
    d.chips.map((c) => `${c.action}:${c.label}`).join(','),
    v.markers.title.map(markerKey).join('|'),
    v.markers.abstract.map(markerKey).join('|'),
  ].join('\u0001');
}

const markerKey = (m: Marker) => m.key ?? m.re.source + m.re.flags;
