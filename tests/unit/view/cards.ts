// Parsed cards and states for the pure view tests: no DOM, only what the view reads.
import type { ParsedCard } from '@/utils/page/parse-cards';
import type { PageState } from '@/utils/types';
import { blankPaper } from '@/utils/paper/info';
import { publishPlan } from '@/utils/rules/matcher/published';
import { ruleStyles } from '@/utils/rules/rule-styles';
import { DEFAULT_SETTINGS, type Rule, type RuleAction } from '@/utils/types';

export function card(id: string, title: string, summary: string | null = null): ParsedCard {
  const paper = { ...blankPaper(id, title), summary };
  return { id, text: { id, title, summary, aiSummary: null }, paper, articles: [], titles: [], abstracts: [] };
}

let n = 0;
export function rule(tag: string, action: RuleAction, terms: string[] = [tag], color = '#ffe08a'): Rule {
  return { id: `r${++n}`, tag, terms, fields: ['title', 'abstract'], action, color, enabled: true, order: n } as Rule;
}

export function state(rules: Rule[], more: Partial<PageState> = {}, settings: Partial<PageState['settings']> = {}): PageState {
  return { rules, plan: publishPlan(rules), ruleCss: ruleStyles(rules), manual: {}, savedIds: [], ...more, settings: { ...DEFAULT_SETTINGS, ...settings } };
}
