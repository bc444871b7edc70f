import { describe, expect, it } from 'vitest';
import { validateRuleInput, type UncheckedRuleInput as RuleInput } from '@/utils/rules/validate';

const ok = (input: RuleInput) => {
  const r = validateRuleInput(input);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const error = (input: RuleInput) => {
  const r = validateRuleInput(input);
  if (r.ok) throw new Error('accepted');
  return r.error;
};

describe('validateRuleInput', () => {
  it('fills defaults: fields, colour per action, enabled, tag from the first positive term', () => {
    expect(ok({ terms: 'Video Generation, diffus*', action: 'highlight' })).toEqual({
      tag: 'video-generation',
      terms: ['Video Generation', 'diffus*'],
      fields: ['title', 'abstract'],
      action: 'highlight',
      color: '#ffe08a',
      enabled: true,
    });
    expect(ok({ terms: ['-survey', 'diffus*'], action: 'hide' })).toMatchObject({ tag: 'diffus', color: '#d4d4d8' });
    expect(ok({ terms: ['/\\bDiT\\b/'], action: 'tag' })).toMatchObject({ tag: 'dit', color: '#c7d2fe' });
    expect(ok({ terms: ['C++'], action: 'tag' }).tag).toBe('c++');
    expect(ok({ terms: ['/[!?]+/'], action: 'tag' }).tag).toBe('rule');
  });

  it('keeps given values, normalised', () => {
    expect(ok({ tag: ' My Topic ', terms: ['x'], fields: ['org', 'title', 'org'], action: 'tag', color: '#ABCDEF', enabled: false }))
      .toEqual({ tag: 'my-topic', terms: ['x'], fields: ['title', 'org'], action: 'tag', color: '#abcdef', enabled: false });
  });

  it('keeps commas inside regular expressions typed in one field', () => {
    expect(ok({ terms: '/a{1,3}b/i, diffusion', action: 'tag' }).terms).toEqual(['/a{1,3}b/i', 'diffusion']);
  });

  it.each<[RuleInput, string]>([
    [{ terms: '', action: 'tag' }, 'Enter at least one term'],
    [{ terms: ' , ', action: 'tag' }, 'Enter at least one term'],
    [{ terms: [], action: 'tag' }, 'Enter at least one term'],
    [{ terms: ['gan', ''], action: 'tag' }, 'A term is empty'],
    [{ terms: '-survey, -review', action: 'hide' }, 'Add at least one term to match: terms starting with "-" only exclude papers'],
    [{ terms: 'gan, /(/', action: 'tag' }, 'Invalid regular expression "/(/": Unterminated group'],
    [{ terms: '/(a+)+$/', action: 'tag' }, '"/(a+)+$/" can take catastrophic time (nested quantifier)'],
    [{ terms: 'gan', action: 'star' }, 'Unknown action "star": use highlight, hide or tag'],
    [{ terms: 'gan', action: 'tag', fields: ['body' as never] }, 'Unknown field "body": use title, abstract, authors or org'],
    [{ terms: 'gan', action: 'tag', fields: [] }, 'Choose at least one field to match in'],
    [{ terms: 'gan', action: 'tag', color: 'red' }, '"red" is not a colour: use the form #rrggbb'],
    [{ terms: 'gan', action: 'tag', color: '#fff' }, '"#fff" is not a colour: use the form #rrggbb'],
    [{ terms: 'gan', action: 'tag', tag: '!!!' }, 'The tag "!!!" needs at least one letter or digit'],
  ])('refuses %j', (input, message) => expect(error(input)).toBe(message));
});
