// What a paper's rule hits and the reader's own choice mean for its card. Precedence (SPEC):
// manual choice > highlight rule > hide rule.
import { RULE_FIELDS, type ManualMark, type RuleAction, type RuleField } from '@/utils/types';
import { DEFAULT_COLORS, PINNED_TAG } from './defaults';
import type { RuleHit } from './matcher';
import { conditionsLabel } from './conditions';

export interface Chip {
  tag: string;
  action: RuleAction;
  color: string;
  /** Fields the rule matched in, e.g. ['abstract'] for "diffusion · in abstract". */
  fields: RuleField[];
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

export function decide(hits: RuleHit[], manual: ManualMark | undefined): Verdict {
  const tags = [...new Set(hits.map((h) => h.rule.tag))];
  const highlights = hits.filter((h) => h.rule.action === 'highlight');
  const hides = hits.filter((h) => h.rule.action === 'hide');
  const first = highlights[0]?.rule;

  let highlight: Verdict['highlight'] = first ? { color: first.color, tag: first.tag } : null;
  if (manual?.highlight) highlight = { color: DEFAULT_COLORS.highlight, tag: PINNED_TAG };
  let hiddenBy: string | null = null;
  if (manual?.hidden) {
    hiddenBy = 'manual';
    highlight = null; // a paper the reader hid is not counted as highlighted
  } else if (!highlight && !manual?.shown && hides.length) hiddenBy = hides[0].rule.tag;

  const suppressedHide = highlight ? [...new Set(hides.map((h) => h.rule.tag))] : [];
  const chips: Chip[] = hits.map(({ rule, ranges }) => {
    const fields = RULE_FIELDS.filter((f) => ranges.some((r) => r.field === f));
    const suppressed = rule.action === 'hide' && !hiddenBy;
    const conditions = conditionsLabel(rule.conditions);
    return {
      tag: rule.tag,
      action: rule.action,
      color: rule.color,
      fields,
      ...(suppressed ? { suppressed: true } : {}),
      ...(conditions ? { conditions } : {}),
      label: chipLabel(rule.tag, fields, conditions, suppressed, !!highlight),
    };
  });
  return {
    tags,
    highlight,
    highlightRuleIds: hiddenBy ? [] : highlights.map((h) => h.rule.id),
    hiddenBy,
    suppressedHide,
    chips,
  };
}

/** Where the match is (when not in the title), the conditions, and why a hide rule did not hide. */
function chipLabel(tag: string, fields: RuleField[], conditions: string, suppressed: boolean, highlighted: boolean): string {
  const where = fields.length && !fields.includes('title') ? ` · in ${fields.join(', ')}` : '';
  const cond = conditions ? ` · ${conditions}` : '';
  const why = suppressed ? (highlighted ? ' · also matches this hide rule (highlight wins)' : ' · shown by you') : '';
  return `${tag}${where}${cond}${why}`;
}
