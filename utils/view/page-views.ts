// Pure: the views of a page's cards under one state, reused while nothing they depend on changes.
// A parse returns the same ParsedCard while its article is untouched, so work keyed by it is kept:
// rule hits while the rules stay, whole views while the state and page kind stay (a view kept by
// identity is not compared again: decorator.ts).
import type { ParsedCard } from '@/utils/page/parse-cards';
import type { PageKind } from '@/utils/types';
import { compilePlan, type Matcher, type RuleHit } from '@/utils/rules/matcher';
import { fromPublished } from '@/utils/rules/matcher/published';
import { decideWith, type ConditionsLabel } from '@/utils/rules/verdict';
import { DEFAULT_FIELDS } from '@/utils/types';
import type { PageState } from '@/utils/types';
import { paperText } from '@/utils/rank/words';
import type { Score, Scorer } from '@/utils/rank/score';
import { cardView, NO_INPUTS, type CardView, type Markers, type ViewInputs } from './card-view';

export class PageViews {
  private state: PageState | null = null;
  private matcher: Matcher | null = null;
  private saved = new Set<string>();
  private kind: PageKind | null = null;
  private inputs: ViewInputs = NO_INPUTS;
  private hits = new WeakMap<ParsedCard, RuleHit[]>();
  private views = new WeakMap<ParsedCard, CardView>();
  private scorer: Scorer | null = null;
  private scores = new WeakMap<ParsedCard, Score>();
  /** Per highlight rule (and per list of them), its markers: built once per rule set. */
  private markers = new Map<string, Markers>();
  /** Chips' conditions labels, written by the background with the rules (PageState.plan). */
  private label: ConditionsLabel = () => '';

  /** Takes a new state; rules are compiled again only when the rules array changed. */
  setState(state: PageState): void {
    if (state.rules !== this.state?.rules) {
      // Planned by the background with the rules: the page carries no term parser or planner.
      const { plan, groups } = fromPublished(state.plan, state.rules);
      this.matcher = compilePlan(plan, groups);
      const { labels } = state.plan;
      this.label = (r) => labels[r.id] ?? '';
      this.hits = new WeakMap();
      this.markers.clear();
    }
    this.state = state;
    this.saved = new Set(state.savedIds);
    this.views = new WeakMap();
  }

  /** Takes what views read from other parts of the script; views are made again when any of it is new. */
  setInputs(inputs: ViewInputs): void {
    let same = true;
    for (const k in inputs) if (inputs[k as keyof ViewInputs] !== this.inputs[k as keyof ViewInputs]) same = false;
    if (same) return;
    this.inputs = inputs;
    this.views = new WeakMap();
  }

  /** A new For you model (null: none, below 10 saved papers): every card is scored again. */
  setScorer(scorer: Scorer | null): void {
    this.scorer = scorer;
    this.scores = new WeakMap();
    this.views = new WeakMap();
  }

  /** The card's view under the current state on a page of this kind (the same object while neither changed). */
  viewOf(card: ParsedCard, kind: PageKind | null): CardView {
    if (kind !== this.kind) {
      this.kind = kind;
      this.views = new WeakMap();
    }
    let view = this.views.get(card);
    if (!view) this.views.set(card, (view = this.build(card)));
    return view;
  }

  private build(card: ParsedCard): CardView {
    const state = this.state!;
    let hits = this.hits.get(card);
    if (!hits) this.hits.set(card, (hits = this.matcher!.matchText(card.text, () => card.paper)));
    return cardView(card, {
      ...this.inputs,
      hits,
      verdict: decideWith(hits, state.manual[card.id], this.label),
      saved: this.saved.has(card.id),
      settings: state.settings,
      kind: this.kind,
      markers: (ids) => this.markersOf(ids),
      forYou: () => this.scoreOf(card),
    });
  }

  private scoreOf(card: ParsedCard): Score | null {
    if (!this.scorer) return null;
    let s = this.scores.get(card);
    // The card's text holds the same title and abstract as its paper, without reading its details.
    if (!s) this.scores.set(card, (s = this.scorer(paperText(card.text))));
    return s;
  }

  /** The markers of these highlight rules, in rule order. */
  private markersOf(ids: readonly string[]): Markers {
    const key = ids.length === 1 ? ids[0] : ids.join('\u0001');
    let m = this.markers.get(key);
    if (!m) {
      const parts = ids.map((id) => this.ruleMarkers(id));
      m = parts.length === 1 ? parts[0] : { title: parts.flatMap((p) => p.title), abstract: parts.flatMap((p) => p.abstract) };
      this.markers.set(key, m);
    }
    return m;
  }

  private ruleMarkers(id: string): Markers {
    const matcher = this.matcher!;
    const rule = matcher.rules.find((r) => r.id === id)!;
    const all = matcher.markers(id).map((f) => ({ tag: rule.tag, ...f }));
    const fields = rule.fields?.length ? rule.fields : DEFAULT_FIELDS; // as the matcher reads old rules
    return { title: fields.includes('title') ? all : [], abstract: fields.includes('abstract') ? all : [] };
  }
}
