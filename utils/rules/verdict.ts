// What a paper's rule hits and the reader's own choice mean for its card. Precedence (SPEC):
// manual choice > highlight rule > hide rule.
import { RULE_FIELDS, type ManualMark, type Rule, type RuleAction, type RuleField } from '@/utils/types';
import { PINNED_TAG } from './defaults';
import { DEFAULT_COLORS } from '@/utils/paper/colors';
import type { RuleHit } from './matcher';
import { conditionsLabel } from './conditions';

export interface Chip {
  tag: string;
  action: RuleAction;
  color: string;
  /** Fields the rule matched in, e.g. ['abstract'] for "diffusion · in abstract" (shared: never changed). */
  fields: readonly RuleField[];
  /** A hide rule that matched but does not hide the paper. */
  suppressed?: boolean;
  /** The rule's conditions on HF data, e.g. "≥ 50 upvotes · has code"; absent when it has none. */
  conditions?: string;
  /** The chip's whole text, ready to show: "diffusion · in abstract · ≥ 50 upvotes". */
  label: string;
}

export interface Verdict {
  /** Tags of every matching rule, hide rules included, in rule order, without repeats. */
  tags: string[];
  highlight: { color: string; tag: string } | null;
  /** Highlight rules that matched: their terms are marked in the card. */
  highlightRuleIds: string[];
  /** The hiding rule's tag, or 'manual'. */
  hiddenBy: string | null;
  /** Tags of hide rules overridden by a highlight. */
  suppressedHide: string[];
  chips: Chip[];
}

/** A rule's conditions as its chips say them, e.g. "≥ 50 upvotes · has code"; '' for none. */
export type ConditionsLabel = (rule: Rule) => string;

const labelOf: ConditionsLabel = (rule) => (rule.conditions ? conditionsLabel(rule.conditions) : '');

export const decide = (hits: RuleHit[], manual: ManualMark | undefined): Verdict => decideWith(hits, manual, labelOf);

/** decide with the conditions' labels from elsewhere: the page reads them from PageState.plan.labels. */
export function decideWith(hits: RuleHit[], manual: ManualMark | undefined, label: ConditionsLabel): Verdict {
  // One pass, few allocations: it runs for every card on every page.
  const tags: string[] = [];
  const highlightRuleIds: string[] = [];
  const hideTags: string[] = [];
  let first: RuleHit['rule'] | undefined;
  for (const { rule } of hits) {
    if (!tags.includes(rule.tag)) tags.push(rule.tag);
    if (rule.action === 'highlight') {
      first ??= rule;
      highlightRuleIds.push(rule.id);
    } else if (rule.action === 'hide' && !hideTags.includes(rule.tag)) hideTags.push(rule.tag);
  }

  let highlight: Verdict['highlight'] = first ? { color: first.color, tag: first.tag } : null;
  if (manual?.highlight) highlight = { color: DEFAULT_COLORS.highlight, tag: PINNED_TAG };
  let hiddenBy: string | null = null;
  if (manual?.hidden) {
    hiddenBy = 'manual';
    highlight = null; // a paper the reader hid is not counted as highlighted
  } else if (!highlight && !manual?.shown && hideTags.length) hiddenBy = hideTags[0];

  const chips: Chip[] = hits.map(({ rule, ranges }) => chipFor(rule, fieldBitsOf(ranges), rule.action === 'hide' && !hiddenBy, !!highlight, label));
  return {
    tags,
    highlight,
    highlightRuleIds: hiddenBy ? [] : highlightRuleIds,
    hiddenBy,
    suppressedHide: highlight ? hideTags : [],
    chips,
  };
}

// One chip per rule and the few ways it can show (fields, overruled, highlighted), shared by
// every card it fits and frozen: a page builds no label per card, and the content script
// clones one prepared node per chip (controls.ts; see docs/PERFORMANCE.md#chips-by-identity).
const CHIPS = new WeakMap<RuleHit['rule'], Map<number, Chip>>();
function chipFor(rule: RuleHit['rule'], fieldBits: number, suppressed: boolean, highlighted: boolean, label: ConditionsLabel): Chip {
  let byWay = CHIPS.get(rule);
  if (!byWay) CHIPS.set(rule, (byWay = new Map()));
  const way = fieldBits | (suppressed ? 16 : 0) | (highlighted ? 32 : 0); // after RULE_FIELDS' 4 bits
  let chip = byWay.get(way);
  if (!chip) {
    const fields = fieldList(fieldBits);
    const conditions = label(rule);
    chip = { tag: rule.tag, action: rule.action, color: rule.color, fields, label: chipLabel(rule.tag, fields, conditions, suppressed, highlighted) };
    if (suppressed) chip.suppressed = true;
    if (conditions) chip.conditions = conditions;
    byWay.set(way, Object.freeze(chip));
  }
  return chip;
}

// The fields a rule matched in, in RULE_FIELDS order: one shared (frozen) list per combination.
const FIELD_LISTS = new Map<number, readonly RuleField[]>();
/** The fields of the ranges as bits, in RULE_FIELDS order. */
function fieldBitsOf(ranges: RuleHit['ranges']): number {
  let bits = 0;
  for (const r of ranges) bits |= 1 << RULE_FIELDS.indexOf(r.field);
  return bits;
}
function fieldList(bits: number): readonly RuleField[] {
  let list = FIELD_LISTS.get(bits);
  if (!list) FIELD_LISTS.set(bits, (list = Object.freeze(RULE_FIELDS.filter((_, i) => bits & (1 << i)))));
  return list;
}

/** Where the match is (when not in the title), the conditions, and why a hide rule did not hide. */
/** " · in abstract" when a rule matched elsewhere than the title (the chip and its tooltip say so). */
export const whereLabel = (fields: readonly RuleField[]): string =>
  fields.length && !fields.includes('title') ? ` · in ${fields.join(', ')}` : '';

function chipLabel(tag: string, fields: readonly RuleField[], conditions: string, suppressed: boolean, highlighted: boolean): string {
  const where = whereLabel(fields);
  const cond = conditions ? ` · ${conditions}` : '';
  const why = suppressed ? (highlighted ? ' · also matches this hide rule (highlight wins)' : ' · shown by you') : '';
  return `${tag}${where}${cond}${why}`;
}
