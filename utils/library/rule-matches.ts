// Which open-tab papers each rule matches, computed here with the same engine the pages use.
// A disabled rule is counted as if enabled: the reader sees what turning it on would do.
import { compileRules } from '@/utils/rules/matcher';
import type { PaperInfo, Rule } from '@/utils/types';

export function matchesByRule(rules: readonly Rule[], papers: readonly PaperInfo[]): Map<string, PaperInfo[]> {
  const out = new Map<string, PaperInfo[]>(rules.map((r) => [r.id, []]));
  const matcher = compileRules(rules.map((r) => ({ ...r, enabled: true })));
  for (const paper of papers) for (const hit of matcher.match(paper)) out.get(hit.rule.id)?.push(paper);
  return out;
}

export const papersMatching = (rule: Rule, papers: readonly PaperInfo[]): PaperInfo[] =>
  matchesByRule([rule], papers).get(rule.id) ?? [];
