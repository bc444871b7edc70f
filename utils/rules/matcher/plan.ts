// Rules → what to look for, built once per rule set. Worked example: rule A `diffus*, video
// generation` (title, abstract) and rule B `video generation, -survey` (title) give
//   terms:   0 `diffus*` (prefix), 1 `video generation` (word), 2 `survey` (word, only negated)
//   fields:  title looks for {0, 1, 2}, abstract for {0, 1}
//   rulesOf: term 0 → [A], term 1 → [A, B]; a negated term picks no rule
// so a paper is checked only against the rules of the positive terms found in it (and rules
// made of conditions alone). Rules sharing a term share its work: `video generation` is one term.
import { DEFAULT_FIELDS, RULE_FIELDS, type ParsedRule, type Rule, type RuleField, type TermSpec } from '@/utils/types';
import { wordEndAt } from '../words';

/** One distinct term (pattern and flags); rules using the same term share it. */
export interface Term {
  term: TermSpec;
  /** End of the term's match starting exactly at p, or -1. */
  at: (text: string, p: number) => number;
  onlyNegated: boolean;
}

/** A rule as the matcher uses it: its terms by index into Plan.terms. */
export interface RuleUse {
  rule: Rule;
  fields: RuleField[];
  /** Per field in `fields`: its index in Plan.fields, or -1 (no terms there). */
  slots: number[];
  pos: number[];
  neg: number[];
  /** Conditions on HF data; 'never' when stored ones are invalid (a broken condition must not widen the rule). */
  conditions: Rule['conditions'] | 'never';
  /** No positive term given: the conditions alone decide. */
  conditionsOnly: boolean;
}

export interface Plan {
  /** Enabled rules in order. */
  rules: Rule[];
  uses: RuleUse[];
  terms: Term[];
  /** The fields some term looks at, with those terms. */
  fields: { field: RuleField; members: number[] }[];
  /** Per term, the rules (indexes into uses) it is a positive term of. */
  rulesOf: number[][];
  /** Rules with conditions and no positive term: checked for every paper. */
  alwaysCheck: number[];
}

/** `parse`: each rule's terms and conditions (utils/rules/parsed.ts parseRule; pages get the plan ready-made: published.ts). */
export function planRules(input: readonly Rule[], parse: (rule: Rule) => ParsedRule): Plan {
  const rules = input.filter((r) => r.enabled).map((r, i) => [r, i] as const)
    .sort((a, b) => a[0].order - b[0].order || a[1] - b[1]).map(([r]) => r);
  const terms: Term[] = [];
  const byKey = new Map<string, number>();
  const uses = rules.map((rule): RuleUse => {
    // a rule from an old backup may lack fields: use the default rather than fail
    const fields = RULE_FIELDS.filter((f) => (rule.fields?.length ? rule.fields : DEFAULT_FIELDS).includes(f));
    const texts = Array.isArray(rule.terms) ? rule.terms.map(String) : [];
    const { terms: parsed, conditions } = parse(rule);
    const use: RuleUse = {
      rule, fields, slots: [], pos: [], neg: [], conditions,
      conditionsOnly: !!conditions && !texts.some((t) => !t.trim().startsWith('-')),
    };
    for (const term of parsed) {
      if (!term) continue; // refused where rules enter storage; an old or hand-edited one is left out
      const key = `${term.flags}/${term.pattern}`;
      let u = byKey.get(key);
      if (u === undefined) {
        byKey.set(key, (u = terms.length));
        terms.push({ term, at: termAt(term), onlyNegated: true });
      }
      if (!term.negated) terms[u].onlyNegated = false;
      (term.negated ? use.neg : use.pos).push(u);
    }
    return use;
  });
  const fields: Plan['fields'] = [];
  for (const field of RULE_FIELDS) {
    const members = new Set<number>();
    for (const u of uses) if (u.fields.includes(field)) for (const i of [...u.pos, ...u.neg]) members.add(i);
    if (members.size) fields.push({ field, members: [...members] });
  }
  for (const u of uses) u.slots = u.fields.map((f) => fields.findIndex((s) => s.field === f));
  const rulesOf: number[][] = terms.map(() => []);
  uses.forEach((u, r) => { for (const i of u.pos) if (!rulesOf[i].includes(r)) rulesOf[i].push(r); });
  const alwaysCheck = uses.flatMap((u, r) => (u.conditionsOnly ? [r] : []));
  return { rules, uses, terms, fields, rulesOf, alwaysCheck };
}

/** A tester of the term at exactly one position: a sticky regex, or for plain words the checks in code. */
export function termAt(term: TermSpec): Term['at'] {
  if (term.kind !== 'regex') return wordEndAt(term);
  const re = new RegExp(term.pattern, `${term.flags}y`);
  return (text, p) => {
    re.lastIndex = p;
    const m = re.exec(text);
    return m ? p + m[0].length : -1;
  };
}
