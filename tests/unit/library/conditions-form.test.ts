import { expect, it } from 'vitest';
import { conditionsFromForm, formFromConditions } from '@/utils/library/conditions-form';
import { validateRuleInput } from '@/utils/rules/validate';

it('the editor’s typed values become conditions, and back', () => {
  const form = { minUpvotes: ' 50 ', hasCode: true, minStars: '', org: ' Meta AI ', publishedWithinDays: '0' };
  const c = conditionsFromForm(form);
  expect(c).toEqual({ minUpvotes: 50, hasCode: true, org: 'Meta AI', publishedWithinDays: 0 });
  expect(formFromConditions(c!)).toEqual({ minUpvotes: '50', hasCode: true, minStars: '', org: 'Meta AI', publishedWithinDays: '0' });
  expect(conditionsFromForm(formFromConditions(undefined))).toBeNull();
});

it('a bad number reaches the rule engine, whose message names the field', () => {
  const c = conditionsFromForm({ ...formFromConditions(undefined), minStars: '2.5' });
  expect(validateRuleInput({ terms: 'x', action: 'tag', conditions: c })).toEqual({ ok: false, error: 'Minimum GitHub stars must be a whole number, 0 or more' });
});
