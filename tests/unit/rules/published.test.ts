// The page matches with the plan the background publishes in PageState (through storage, so as
// JSON): it must find exactly what compileRules finds, rule for rule and range for range.
import { describe, expect, it } from 'vitest';
import { compilePlan, compileRules } from '@/utils/rules/matcher';
import { fromPublished, publishPlan } from '@/utils/rules/matcher/published';
import type { PaperInfo, Rule } from '@/utils/types';
import { day2024, day2025, paperInfo } from '../../fixtures/papers';

let order = 0;
const rule = (id: string, terms: unknown, more: Partial<Rule> = {}): Rule =>
  ({ id, tag: id, terms, fields: ['title', 'abstract'], action: 'highlight', color: '#ffe08a', enabled: true, order: order++, ...more }) as Rule;

const rules: Rule[] = [
  rule('words', ['diffusion', 'video generation', 'C++', 'Q&A', 'café']),
  rule('prefix', ['diffus*', 'agent*', '-survey']),
  rule('regex', ['/\\bLLMs?\\b/', '/(a)\\1/i', '/x/q', '-/benchmark/i']),
  rule('people', ['Lovelace', 'Kandinsky'], { fields: ['authors', 'org'] }),
  rule('popular', [], { conditions: { minUpvotes: 10 } }),
  rule('model-code', ['model'], { conditions: { hasCode: true }, action: 'tag' }),
  rule('broken', ['model'], { conditions: { minUpvotes: -1 } as never }),
  rule('off', ['model'], { enabled: false }),
  rule('first', ['video'], { order: -1, action: 'hide' }),
  rule('none', ['/(/', '']),
];

const papers: PaperInfo[] = [
  ...[day2024, day2025].flatMap((items) => items.map(({ paper: p }, i) => paperInfo({
    id: p.id, title: p.title, summary: p.summary, authors: p.authors.map((a) => a.name),
    upvotes: i * 3, githubUrl: i % 2 ? 'https://github.com/x/y' : null, org: i % 3 ? 'Kandinsky Lab' : null,
  }))),
  paperInfo({ id: 'e1', title: 'C++ kernels for Q&A: a café of LLMs', summary: 'aa agents survey diffusion', authors: ['Ada Lovelace'] }),
];

describe('published plan', () => {
  it('finds what compileRules finds, after a trip through JSON', () => {
    const published = JSON.parse(JSON.stringify(publishPlan(rules)));
    const { plan, groups } = fromPublished(published, rules);
    const page = compilePlan(plan, groups);
    const own = compileRules(rules);
    expect(page.rules.map((r) => r.id)).toEqual(own.rules.map((r) => r.id));
    let hits = 0;
    for (const p of papers) {
      const want = own.match(p);
      hits += want.length;
      expect(page.match(p)).toEqual(want);
    }
    expect(hits).toBeGreaterThan(papers.length / 2); // the rules do match: the comparison means something
    for (const r of rules) expect(page.markers(r.id).map((m) => m.key)).toEqual(own.markers(r.id).map((m) => m.key));
  });

  it('carries the chips’ conditions labels by rule id', () => {
    expect(publishPlan(rules).labels).toEqual({ popular: '≥ 10 upvotes', 'model-code': 'has code', broken: '≥ -1 upvotes' });
  });
});
