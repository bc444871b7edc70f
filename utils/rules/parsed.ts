// Rules parsed where they are published: the background parses every rule's terms and conditions
// once for the pages' state mirror (PageState.parsed), so the content script carries no term
// parser (docs/PERFORMANCE.md#content-script-size). Everything else compiles rules itself
// (matcher compileRules). Pure.
import type { ParsedRule, Rule, TermSpec } from '@/utils/types';
import { parseTerm, type CompiledTerm } from './compile-term';
import { conditionsLabel, parseConditions } from './conditions';

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
  // what verdict.ts decide shows for the rule's conditions
  if (rule.conditions) parsed.label = conditionsLabel(rule.conditions);
  return parsed;
}

/** PageState.parsed: every rule's parse by rule id. */
export const parseRules = (rules: readonly Rule[]): Record<string, ParsedRule> =>
  Object.fromEntries(rules.map((r) => [r.id, parseRule(r)]));
