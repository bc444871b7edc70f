// The rule editor's condition inputs as typed (strings) ↔ a rule's conditions. Validation
// stays with the rule engine: a bad number is passed on so its message names the field.
import type { RuleConditions } from '@/utils/types';

export interface ConditionsForm {
  minUpvotes: string;
  hasCode: boolean;
  minStars: string;
  org: string;
  publishedWithinDays: string;
}

const text = (n: number | undefined) => (n === undefined ? '' : String(n));
const num = (s: string) => (s.trim() ? Number(s.trim()) : undefined);

export function formFromConditions(c: RuleConditions | undefined): ConditionsForm {
  return {
    minUpvotes: text(c?.minUpvotes),
    hasCode: !!c?.hasCode,
    minStars: text(c?.minStars),
    org: c?.org ?? '',
    publishedWithinDays: text(c?.publishedWithinDays),
  };
}

/** null when nothing is set (the rule has no conditions). */
export function conditionsFromForm(f: ConditionsForm): RuleConditions | null {
  const c: RuleConditions = {
    minUpvotes: num(f.minUpvotes),
    hasCode: f.hasCode || undefined,
    minStars: num(f.minStars),
    org: f.org.trim() || undefined,
    publishedWithinDays: num(f.publishedWithinDays),
  };
  for (const k of Object.keys(c) as (keyof RuleConditions)[]) if (c[k] === undefined) delete c[k];
  return Object.keys(c).length ? c : null;
}
