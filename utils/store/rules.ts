// Tag rules: validated before anything is written; a refused rule changes nothing.
import { abortQuietly, db, quiet, storageError } from '@/utils/db';
import { validateRuleInput } from '@/utils/rules/validate';
import type { Rule } from '@/utils/types';
import type { RuleInput } from '@/utils/types';
import { readRules } from './state';

const newId = () => `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

export async function putRule(input: RuleInput): Promise<Rule> {
  const checked = validateRuleInput(input);
  if (!checked.ok) throw new Error(checked.error);
  const rules = await readRules();
  const existing = input.id ? rules.find((r) => r.id === input.id) : undefined;
  const rule: Rule = {
    ...existing,
    ...checked.value,
    id: existing?.id ?? input.id ?? newId(),
    order: existing?.order ?? (rules.length ? Math.max(...rules.map((r) => r.order)) + 1 : 0),
  };
  if (!checked.value.conditions) delete rule.conditions; // cleared in the editor: not kept from before
  try {
    await (await db()).put('rules', rule);
  } catch (e) {
    throw storageError(e);
  }
  return rule;
}

export async function deleteRule(id: string): Promise<Rule | null> {
  const d = await db();
  const rule = (await d.get('rules', id)) ?? null;
  await d.delete('rules', id);
  return rule;
}

/** Undo of a deletion: the rule comes back with its id and position. */
export async function restoreRule(rule: Rule): Promise<void> {
  await (await db()).put('rules', rule);
}

/** New order = the given ids first (in that order), then any others as they were. */
export async function reorderRules(ids: string[]): Promise<void> {
  const rules = await readRules();
  const pos = new Map(ids.map((id, i) => [id, i]));
  const sorted = [...rules].sort((a, b) => (pos.get(a.id) ?? ids.length + a.order) - (pos.get(b.id) ?? ids.length + b.order));
  const d = await db();
  const tx = d.transaction('rules', 'readwrite');
  try {
    await Promise.all([...sorted.map((r, i) => quiet(tx.store.put({ ...r, order: i }))), quiet(tx.done)]);
  } catch (e) {
    abortQuietly(tx);
    throw storageError(e);
  }
}
