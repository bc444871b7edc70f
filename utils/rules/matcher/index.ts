// All rules compile once into a matcher (recompiled only when rules change). Worked example:
// rule A `diffus*, video generation` and rule B `video generation, -survey`, both on the title:
//   built (plan.ts): three terms, `video generation` shared; one scan of the title for all of
//     them (scan.ts: the trie /(?:diffus|video\s+generation|survey)/giu)
//   "Video generation with diffusion" → A with ranges [0, 16] and [22, 31], B with [0, 16]
//   "A survey of video generation"    → A only: B's exception `survey` was found
// tests/unit/rules/matcher-reference.test.ts holds it to what a brute-force scan per rule, term
// and field finds.
import type { PaperInfo, PaperText, Rule } from '@/utils/types';
import { MATCH_BUDGET_MS, REGEX_FIELD_CAP } from '../defaults';
import { conditionsHold } from '../conditions';
import { fieldText, isTextField } from '../field-text';
import { parseRule } from '../parsed';
import { planRules, type Plan } from './plan';
import { buildGroups, scanGroup, type Found, type Group } from './scan';
import { addRanges, anyFound, mergeSpans, type MatchRange } from './ranges';

export { fieldText, mergeSpans, type MatchRange };
export { trieSource } from './scan';

export interface RuleHit { rule: Rule; ranges: MatchRange[] }
/** A term's matches in any text: what `re` matches, or with `at`, what `at` makes of each place `re` finds. */
export interface TermFinder {
  /** Global. Plain words: the bare literal (candidates); other terms: the term's own regex. */
  re: RegExp;
  /** Plain words: end of the term's match starting exactly at p, or -1 (boundaries checked in code). */
  at?: (text: string, p: number) => number;
  /** The term's pattern and flags: equal keys find the same. */
  key: string;
}

export interface Matcher {
  /** Enabled rules in order. */
  readonly rules: readonly Rule[];
  /** Rules the paper matches, in rule order, with merged ranges of positive terms. */
  match(paper: PaperInfo): RuleHit[];
  /**
   * match() for a paper known by its text, whose other fields `full` reads (from the page's DOM):
   * called only when a rule looks at authors, organisation or conditions.
   */
  matchText(text: PaperText, full: () => PaperInfo): RuleHit[];
  /** How to find a rule's positive terms in visible text, to mark them (fresh objects per call). */
  markers(ruleId: string): TermFinder[];
}

export interface MatcherOptions {
  budgetMs?: number;
  regexCap?: number;
  /**
   * Milliseconds for the regex time budget. Date.now by default: read up to three times per paper,
   * it costs a fraction of performance.now() in Chromium, and whole milliseconds suit a 25 ms budget.
   */
  now?: () => number;
  /** Wall-clock epoch milliseconds for "published within N days" (default Date.now). */
  clock?: () => number;
}

export function compileRules(input: readonly Rule[], options: MatcherOptions = {}): Matcher {
  const plan = planRules(input, parseRule);
  return compilePlan(plan, plan.fields.map((f) => buildGroups(f.members, plan.terms)), options);
}

/**
 * The matcher of a plan and its groups per field: built by compileRules, or on the page made from
 * the ones the background built (published.ts), so the page carries no parser or planner.
 */
export function compilePlan(plan: Plan, groups: Group[][], options: MatcherOptions = {}): Matcher {
  const { budgetMs = MATCH_BUDGET_MS, regexCap = REGEX_FIELD_CAP, now = Date.now, clock = Date.now } = options;
  const { rules, uses, terms, fields, rulesOf, alwaysCheck } = plan;
  // Per field, the matches found in the current paper (reset per paper).
  const found: Found[] = fields.map(() => ({ found: [], touched: [] }));
  const capped = groups.some((gs) => gs.some((g) => g.capped)); // else no clock is read
  const picked = new Uint8Array(uses.length);

  function matchText(paperText: PaperText, full: () => PaperInfo): RuleHit[] {
    const started = capped ? now() : 0;
    let paper: PaperInfo | undefined;
    const details = () => (paper ??= full());
    for (let s = 0; s < fields.length; s++) {
      const into = found[s];
      for (const u of into.touched) into.found[u] = undefined;
      into.touched.length = 0;
      const { field } = fields[s];
      const text = fieldText(isTextField(field) ? paperText : details(), field);
      if (!text) continue;
      for (const g of groups[s]) {
        if (g.capped && now() - started > budgetMs) continue; // the paper's regex terms are cut short
        scanGroup(g, g.capped ? text.slice(0, regexCap) : text, terms, into);
      }
    }
    // Only rules with a positive term found (or with conditions alone) can match: most papers
    // meet a few of many rules.
    const candidates = [...alwaysCheck];
    for (const into of found) for (const u of into.touched) for (const r of rulesOf[u]) if (!picked[r]) {
      picked[r] = 1;
      candidates.push(r);
    }
    for (const r of candidates) picked[r] = 0;
    candidates.sort((a, b) => a - b); // rule order
    const out: RuleHit[] = [];
    let nowMs: number | undefined;
    for (const r of candidates) {
      const { rule, fields: ruleFields, slots, pos, neg, conditions, conditionsOnly } = uses[r];
      if (conditions === 'never') continue;
      // Terms before conditions: most rules miss most papers, and conditions read the whole card.
      if (!conditionsOnly && !anyFound(found, slots, pos)) continue;
      if (neg.length && anyFound(found, slots, neg)) continue;
      if (conditions && !conditionsHold(conditions, details(), (nowMs ??= clock()))) continue;
      const ranges: MatchRange[] = [];
      if (!conditionsOnly) for (let f = 0; f < ruleFields.length; f++) if (slots[f] >= 0) addRanges(ranges, ruleFields[f], found[slots[f]].found, pos);
      out.push({ rule, ranges });
    }
    return out;
  }

  function markers(ruleId: string): TermFinder[] {
    const use = uses.find((u) => u.rule.id === ruleId);
    return (use?.pos ?? []).map((i) => {
      const { term, at } = terms[i];
      const key = `${term.flags}/${term.pattern}`;
      // Words: the bare literal finds candidates, `at` checks boundaries in code (words.ts).
      if (term.kind !== 'regex') return { re: new RegExp(term.scan, `${term.flags}g`), at, key };
      return { re: new RegExp(term.pattern, `${term.flags}g`), key };
    });
  }

  const match = (paper: PaperInfo) => matchText(paper, () => paper);
  return { rules, match, matchText, markers };
}
