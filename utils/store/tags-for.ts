// Tags a paper gets when it is saved: those of the enabled rules it matches.
import { matcherFor } from '@/utils/rules/matcher-for';
import type { PaperInfo, Rule } from '@/utils/types';

export function ruleTagsFor(paper: PaperInfo, rules: readonly Rule[]): string[] {
  return matcherFor(rules).match(paper).map((hit) => hit.rule.tag);
}
