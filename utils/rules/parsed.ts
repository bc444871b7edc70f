// A rule's terms and conditions as the matcher plans them (matcher/plan.ts): parsed where rules are
// compiled (compileRules) or published to the pages (matcher/published.ts). Pure.
import type { ParsedRule, Rule, TermSpec } from '@/utils/types';
import { parseTerm, type CompiledTerm } from './compile-term';
import { parseConditions } from './conditions';

/** The term's data without its tester (reading `re` would build a plain word's Unicode regex). */
const spec = (t: CompiledTerm): TermSpec => ({
  negated: t.negated, kind: t.kind, pattern: t.pattern, flags: t.flags, scan: t.scan,
  lead: t.lead, literal: t.literal, before: t.before, after: t.after, solo: t.solo,
});

export function parseRule(rule: Rule): ParsedRule {
  // a rule from an old backup may lack terms: none, rather than fail
  const texts = Array.isArray(rule.terms) ? rule.terms.map(String) : [];
  const terms = texts.map((text) => {
    const t = parseTerm(text);
    return 'problem' in t ? null : spec(t);
  });
  const c = parseConditions(rule.conditions);
  const parsed: ParsedRule = { terms };
  if (c) parsed.conditions = 'problem' in c ? 'never' : c;
  return parsed;
}
