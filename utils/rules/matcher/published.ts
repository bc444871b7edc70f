// The matcher's plan as data: the background plans the rules (plan.ts) and builds each field's
// scan groups (scan.ts) once, and sends them to the pages in PageState.plan; a page only turns the
// data back into testers and regexes. So the content script carries no term parser, planner or
// trie builder (docs/PERFORMANCE.md#content-script-size). Worked example: rule A `diffus*, video
// generation` on title and abstract publishes terms [diffus* (prefix), video generation (word)],
// uses [{ pos: [0, 1], … }] and per field one group { source: "(?:diffus|video\s+generation)", flags: "giu" }.
import type { PublishedGroup, PublishedPlan, Rule } from '@/utils/types';
import { conditionsLabel } from '../conditions';
import { parseRule } from '../parsed';
import { planRules, termAt, type Plan } from './plan';
import { buildGroups, type Group } from './scan';

/** The plan of the rules (in PageState.rules order) as JSON-safe data. */
export function publishPlan(rules: readonly Rule[]): PublishedPlan {
  const plan = planRules(rules, parseRule);
  const index = new Map(rules.map((r, i) => [r, i]));
  const group = (g: Group): PublishedGroup => ({
    source: g.scan.source, flags: g.scan.flags, members: g.members, capped: g.capped, unicode: g.unicode,
    leads: g.leads && g.leads.map(({ source, code }) => ({ source, code })), leadFlags: g.leadFlags,
  });
  return {
    rules: plan.rules.map((r) => index.get(r)!),
    terms: plan.terms.map(({ term, onlyNegated }) => ({ term, onlyNegated })),
    uses: plan.uses.map(({ fields, slots, pos, neg, conditions, conditionsOnly }) => ({ fields, slots, pos, neg, conditions, conditionsOnly })),
    fields: plan.fields.map(({ field, members }) => ({ field, members, groups: buildGroups(members, plan.terms).map(group) })),
    rulesOf: plan.rulesOf,
    alwaysCheck: plan.alwaysCheck,
    labels: Object.fromEntries(rules.flatMap((r) => (r.conditions ? [[r.id, conditionsLabel(r.conditions)]] : []))),
  };
}

/** The plan and groups again, for the rules it was published with (the same array, same order). */
export function fromPublished(p: PublishedPlan, rules: readonly Rule[]): { plan: Plan; groups: Group[][] } {
  const plan: Plan = {
    rules: p.rules.map((i) => rules[i]),
    uses: p.uses.map((u, r) => ({ ...u, conditions: u.conditions, rule: rules[p.rules[r]] })),
    terms: p.terms.map(({ term, onlyNegated }) => ({ term, onlyNegated, at: termAt(term) })),
    fields: p.fields.map(({ field, members }) => ({ field, members })),
    rulesOf: p.rulesOf,
    alwaysCheck: p.alwaysCheck,
  };
  const groups = p.fields.map((f) => f.groups.map((g): Group => ({
    scan: new RegExp(g.source, g.flags), members: g.members, capped: g.capped, unicode: g.unicode,
    leads: g.leads && g.leads.map(({ source, code }) => ({ source, code })), leadFlags: g.leadFlags,
    byLead: new Map(), all: g.members.map((_, k) => k), next: new Float64Array(g.members.length),
  })));
  return { plan, groups };
}
