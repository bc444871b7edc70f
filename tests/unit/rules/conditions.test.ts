// Rule conditions on Hugging Face data: validation, the per-paper test, the chip text, and how
// the matcher combines them with terms.
import { describe, expect, it } from 'vitest';
import { checkConditions, conditionsHold, conditionsLabel } from '@/utils/rules/conditions';
import { compileRules } from '@/utils/rules/matcher';
import { validateRuleInput } from '@/utils/rules/validate';
import { decide } from '@/utils/rules/verdict';
import type { PaperInfo, Rule, RuleConditions } from '@/utils/types';

const NOW = Date.UTC(2026, 10, 25, 15, 0);
const paper = (over: Partial<PaperInfo> = {}): PaperInfo => ({
  id: '2611.00001', title: 'Diffusion transformers for video', summary: 'We study diffusion.', aiSummary: null,
  authors: ['Ada Lovelace'], authorCount: 1, org: 'Kandinsky Lab', publishedAt: '2026-11-20T00:00:00.000Z',
  upvotes: 60, comments: 2, githubUrl: 'https://github.com/a/b', githubStars: 150,
  arxivUrl: 'https://arxiv.org/abs/2611.00001', hfUrl: 'https://huggingface.co/papers/2611.00001', ...over,
});
const rule = (over: Partial<Rule>): Rule => ({
  id: 'r1', tag: 't', terms: ['diffusion'], fields: ['title', 'abstract'], action: 'highlight', color: '#ffe08a',
  enabled: true, order: 0, ...over,
});
const error = (raw: unknown) => {
  try {
    checkConditions(raw);
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
};

describe('checkConditions', () => {
  it('keeps set conditions, normalised; nothing set is no conditions', () => {
    expect(checkConditions({ minUpvotes: 50, hasCode: true, minStars: 0, org: '  Meta   AI ', publishedWithinDays: 7 }))
      .toEqual({ minUpvotes: 50, hasCode: true, minStars: 0, org: 'Meta AI', publishedWithinDays: 7 });
    expect(checkConditions({ minUpvotes: null, hasCode: false, org: '  ', minStars: undefined })).toBeUndefined();
    expect(checkConditions(undefined)).toBeUndefined();
    expect(checkConditions(null)).toBeUndefined();
    expect(checkConditions({})).toBeUndefined();
  });

  it.each<[unknown, string]>([
    [{ minUpvotes: -1 }, 'Minimum upvotes must be a whole number, 0 or more'],
    [{ minUpvotes: 2.5 }, 'Minimum upvotes must be a whole number, 0 or more'],
    [{ minUpvotes: '50' }, 'Minimum upvotes must be a whole number, 0 or more'],
    [{ minStars: Number.NaN }, 'Minimum GitHub stars must be a whole number, 0 or more'],
    [{ publishedWithinDays: Infinity }, 'Published within (days) must be a whole number, 0 or more'],
    [{ hasCode: 'yes' }, 'Has code must be true or false'],
    [{ org: 42 }, 'Organisation must be text'],
    [{ org: 'x'.repeat(201) }, 'Organisation is too long (at most 200 characters)'],
    [{ minVotes: 3 }, 'Unknown condition "minVotes"'],
    [[1], 'Conditions must be an object'],
    ['50', 'Conditions must be an object'],
  ])('refuses %j', (raw, message) => expect(error(raw)).toBe(message));

  it('accepts an organisation of exactly 200 characters', () => expect(error({ org: 'x'.repeat(200) })).toBe('accepted'));
});

describe('conditionsHold', () => {
  const holds = (c: RuleConditions, p = paper()) => conditionsHold(c, p, NOW);
  it('each condition on its own', () => {
    expect(holds({ minUpvotes: 60 })).toBe(true);
    expect(holds({ minUpvotes: 61 })).toBe(false);
    expect(holds({ hasCode: true })).toBe(true);
    expect(holds({ hasCode: true }, paper({ githubUrl: null }))).toBe(false);
    expect(holds({ minStars: 150 })).toBe(true);
    expect(holds({ minStars: 151 })).toBe(false);
    expect(holds({ org: 'kandinsky   LAB' })).toBe(true);
    expect(holds({ org: 'Kandinsky' })).toBe(false); // the organisation, not a word of it
  });
  it('unknown data never meets a condition', () => {
    expect(holds({ minUpvotes: 0 }, paper({ upvotes: null }))).toBe(false);
    expect(holds({ minStars: 0 }, paper({ githubStars: null }))).toBe(false);
    expect(holds({ org: 'Kandinsky Lab' }, paper({ org: null }))).toBe(false);
    expect(holds({ publishedWithinDays: 1000 }, paper({ publishedAt: null }))).toBe(false);
    expect(holds({ publishedWithinDays: 1000 }, paper({ publishedAt: 'not a date' }))).toBe(false);
  });
  it('published within N calendar days (UTC), today being 0', () => {
    const on = (iso: string, n: number) => holds({ publishedWithinDays: n }, paper({ publishedAt: iso }));
    expect(on('2026-11-25T00:00:00.000Z', 0)).toBe(true);
    expect(on('2026-11-24T23:59:59.000Z', 0)).toBe(false);
    expect(on('2026-11-20T00:00:00.000Z', 5)).toBe(true);
    expect(on('2026-11-19T12:00:00.000Z', 5)).toBe(false);
    expect(on('2026-11-30T00:00:00.000Z', 0)).toBe(true); // a date ahead of the clock is recent
  });
  it('all must hold', () => {
    expect(holds({ minUpvotes: 10, hasCode: true, minStars: 100, org: 'Kandinsky Lab', publishedWithinDays: 5 })).toBe(true);
    expect(holds({ minUpvotes: 10, hasCode: true, minStars: 1000 })).toBe(false);
  });
});

it('conditionsLabel says what the conditions are, in a fixed order', () => {
  expect(conditionsLabel({ hasCode: true, minUpvotes: 50 })).toBe('≥ 50 upvotes · has code');
  expect(conditionsLabel({ minStars: 100, org: 'Meta AI', publishedWithinDays: 7 })).toBe('≥ 100 stars · by Meta AI · published within 7 days');
  expect(conditionsLabel({ publishedWithinDays: 0 })).toBe('published today');
  expect(conditionsLabel(undefined)).toBe('');
});

describe('validateRuleInput with conditions', () => {
  it('conditions alone are a rule; the tag comes from them', () => {
    const v = validateRuleInput({ terms: '', action: 'highlight', conditions: { minUpvotes: 50, hasCode: true } });
    expect(v).toEqual({ ok: true, value: expect.objectContaining({ terms: [], tag: 'has-code', conditions: { minUpvotes: 50, hasCode: true } }) });
    const org = validateRuleInput({ terms: [], action: 'tag', conditions: { org: 'Meta AI' } });
    expect(org.ok && org.value.tag).toBe('meta-ai');
  });
  it('exceptions with conditions are allowed; without conditions they are not', () => {
    expect(validateRuleInput({ terms: '-survey', action: 'highlight', conditions: { minStars: 10 } }).ok).toBe(true);
    expect(validateRuleInput({ terms: '-survey', action: 'highlight' })).toEqual({
      ok: false, error: 'Add at least one term to match: terms starting with "-" only exclude papers',
    });
  });
  it('no terms and no conditions is refused; a bad condition is refused', () => {
    expect(validateRuleInput({ terms: '', action: 'tag', conditions: { hasCode: false } })).toEqual({ ok: false, error: 'Enter at least one term' });
    expect(validateRuleInput({ terms: 'gan', action: 'tag', conditions: { minUpvotes: -5 } }))
      .toEqual({ ok: false, error: 'Minimum upvotes must be a whole number, 0 or more' });
  });
  it('a rule without conditions has no conditions key', () => {
    const v = validateRuleInput({ terms: 'gan', action: 'tag', conditions: null });
    expect(v.ok && 'conditions' in v.value).toBe(false);
  });
});

describe('matcher with conditions', () => {
  const match = (rules: Rule[], p = paper(), clock = () => NOW) => compileRules(rules, { clock }).match(p);
  it('terms and conditions must both hold', () => {
    expect(match([rule({ conditions: { minUpvotes: 50 } })]).map((h) => h.rule.id)).toEqual(['r1']);
    expect(match([rule({ conditions: { minUpvotes: 61 } })])).toEqual([]);
    expect(match([rule({ terms: ['quantum'], conditions: { minUpvotes: 1 } })])).toEqual([]);
  });
  it('a rule of conditions only matches with no ranges; its exceptions still apply', () => {
    expect(match([rule({ terms: [], conditions: { hasCode: true } })])).toEqual([{ rule: expect.objectContaining({ id: 'r1' }), ranges: [] }]);
    expect(match([rule({ terms: ['-video'], conditions: { hasCode: true } })])).toEqual([]);
    expect(match([rule({ terms: ['-survey'], conditions: { hasCode: true } })])).toHaveLength(1);
  });
  it('conditions that normalise to nothing leave a rule without terms matching nothing', () => {
    expect(match([rule({ terms: [], conditions: { org: '   ', hasCode: false } })])).toEqual([]);
  });
  it('a rule whose terms are all invalid does not become a conditions-only rule', () => {
    expect(match([rule({ terms: ['/(/'], conditions: { hasCode: true } })])).toEqual([]);
  });
  it('stored conditions that are invalid match nothing', () => {
    const m = compileRules([rule({ conditions: { minUpvotes: -1 } })], { clock: () => NOW });
    expect(m.match(paper())).toEqual([]);
  });
  it('"published within" reads the clock at match time', () => {
    let now = NOW;
    const m = compileRules([rule({ conditions: { publishedWithinDays: 5 } })], { clock: () => now });
    expect(m.match(paper())).toHaveLength(1);
    now += 3 * 86_400_000;
    expect(m.match(paper())).toHaveLength(0);
  });
});

it('chips carry the conditions and a ready label', () => {
  const hits = compileRules([
    rule({ conditions: { minUpvotes: 50, hasCode: true } }),
    rule({ id: 'r2', tag: 'code', action: 'hide', terms: [], conditions: { hasCode: true } }),
  ], { clock: () => NOW }).match(paper({ title: 'Video transformers' }));
  const v = decide(hits, undefined);
  expect(v.chips).toEqual([
    expect.objectContaining({ tag: 't', fields: ['abstract'], conditions: '≥ 50 upvotes · has code', label: 't · in abstract · ≥ 50 upvotes · has code' }),
    expect.objectContaining({ tag: 'code', fields: [], conditions: 'has code', suppressed: true, label: 'code · has code · also matches this hide rule (highlight wins)' }),
  ]);
});
