// Tags a paper gets when it is saved: those of the enabled rules it matches.
import { compileRules, type Matcher } from '@/utils/rules/matcher';
import type { PaperInfo, Rule } from '@/utils/types';

let cached: { rules: Rule[]; matcher: Matcher } | undefined;

export function ruleTagsFor(paper: PaperInfo, rules: Rule[]): string[] {
  if (cached?.rules !== rules) cached = { rules, matcher: compileRules(rules) };
  return cached.matcher.match(paper).map((hit) => hit.rule.tag);
}
