// Checks a rule as typed in a form or read from a backup; every error is a sentence for the
// reader, and nothing invalid gets past here into storage.
import { DEFAULT_FIELDS, RULE_ACTIONS, RULE_FIELDS, type Rule, type RuleAction, type RuleConditions, type RuleField, type RuleInput } from '@/utils/types';
import { RuleInputError } from './compile-term';
import { compileCheckedTerm } from './regex-safety';
import { checkConditions, conditionsTagText } from './conditions';
import { DEFAULT_COLORS, isColor } from '@/utils/paper/colors';
import { defaultTag, toTag } from '@/utils/paper/tags';
import { splitTerms } from './terms';

/** A rule as a form or a backup file gives it: RuleInput with any action text (checked here). */
export type UncheckedRuleInput = Omit<RuleInput, 'action' | 'id'> & { action: string };

/** A rule's own fields, checked; `conditions` is present only when at least one is set. */
export type ValidRuleInput = Pick<Rule, 'tag' | 'terms' | 'fields' | 'action' | 'color' | 'enabled' | 'conditions'>;

export type Validation = { ok: true; value: ValidRuleInput } | { ok: false; error: string };

export function validateRuleInput(input: UncheckedRuleInput): Validation {
  try {
    return { ok: true, value: check(input) };
  } catch (e) {
    if (e instanceof RuleInputError) return { ok: false, error: e.message };
    throw e;
  }
}

function check(input: UncheckedRuleInput): ValidRuleInput {
  const fail = (message: string) => new RuleInputError(message);
  const conditions = checkConditions(input.conditions);
  const raw = input.terms;
  let terms: string[];
  if (typeof raw === 'string') terms = splitTerms(raw);
  else if (Array.isArray(raw)) {
    terms = raw.map((t) => (typeof t === 'string' ? t.trim() : ''));
    if (terms.some((t) => !t)) throw fail('A term is empty');
  } else if (raw === undefined && conditions) terms = [];
  else throw fail('Enter at least one term');
  // Conditions alone are a rule ("≥ 50 upvotes"); without them a rule needs terms.
  if (!terms.length && !conditions) throw fail('Enter at least one term');
  const compiled = terms.map(compileCheckedTerm); // throws a message naming the bad term
  const positive = compiled.find((t) => !t.negated);
  if (!positive && !conditions) {
    throw fail('Add at least one term to match: terms starting with "-" only exclude papers');
  }

  const action = input.action as RuleAction;
  if (!RULE_ACTIONS.includes(action)) {
    throw fail(`Unknown action "${String(input.action)}": use highlight, hide or tag`);
  }

  let fields: RuleField[] = [...DEFAULT_FIELDS];
  if (input.fields !== undefined) {
    if (!Array.isArray(input.fields)) throw fail('Fields must be a list');
    const unknown = input.fields.find((f) => !RULE_FIELDS.includes(f));
    if (unknown !== undefined) {
      throw fail(`Unknown field "${String(unknown)}": use title, abstract, authors or org`);
    }
    if (!input.fields.length) throw fail('Choose at least one field to match in');
    fields = RULE_FIELDS.filter((f) => input.fields!.includes(f));
  }

  const color = input.color === undefined || input.color === '' ? DEFAULT_COLORS[action] : String(input.color).trim();
  if (!isColor(color)) throw fail(`"${color}" is not a colour: use the form #rrggbb`);

  let tag: string;
  if (typeof input.tag === 'string' && input.tag.trim()) {
    tag = toTag(input.tag);
    if (!/[\p{L}\p{N}]/u.test(tag)) throw fail(`The tag "${input.tag.trim()}" needs at least one letter or digit`);
  } else if (positive) {
    tag = defaultTag(positive.source) || 'rule';
  } else {
    tag = toTag(conditionsTagText(conditions!)) || 'rule';
  }

  const value: ValidRuleInput = { tag, terms, fields, action, color: color.toLowerCase(), enabled: input.enabled ?? true };
  if (conditions) value.conditions = conditions;
  return value;
}
