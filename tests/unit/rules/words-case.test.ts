// Leads compared in code, and words found through characters only Unicode case folding decides.
import { expect, it } from 'vitest';
import { asciiLead, sameAsciiLead } from '@/utils/rules/words';
import { compileRules } from '@/utils/rules/matcher';
import type { Rule } from '@/utils/types';

it('leads: an ASCII lead is compared in code, case-insensitively', () => {
  expect(asciiLead('Diffusion')).toBe(100);
  expect(asciiLead('été')).toBeNull();
  expect(asciiLead('😀x')).toBeNull();
  expect(sameAsciiLead(100, 'D'.charCodeAt(0))).toBe(true);
  expect(sameAsciiLead(100, 'd'.charCodeAt(0))).toBe(true);
  expect(sameAsciiLead(43, '+'.charCodeAt(0))).toBe(true);
  expect(sameAsciiLead(100, 'e'.charCodeAt(0))).toBe(false);
});

it('the matcher finds words through characters only the regex decides (Kelvin sign, long s, NBSP)', () => {
  const rule = (id: string, terms: string[]): Rule => ({ id, tag: id, terms, fields: ['title'], action: 'tag', color: '#fff', enabled: true, order: 0 });
  const m = compileRules([rule('k', ['kernel']), rule('s', ['survey']), rule('p', ['video generation']), rule('e', ['été*'])]);
  const hits = (title: string) => m.match({ id: '1', title, summary: null } as never).map((h) => [h.rule.id, h.ranges.map((r) => [r.start, r.end])]);
  expect(hits('\u212aernel methods')).toEqual([['k', [[0, 6]]]]);
  expect(hits('A \u017furvey')).toEqual([['s', [[2, 8]]]]);
  expect(hits('Video\u00a0generation')).toEqual([['p', [[0, 16]]]]);
  expect(hits('ÉTÉS chauds')).toEqual([['e', [[0, 4]]]]);
  expect(hits('kernels, surveys, video generations')).toEqual([]);
});
