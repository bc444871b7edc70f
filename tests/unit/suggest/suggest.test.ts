// Suggested rules on the real papers of the API fixtures: a reader who saves reasoning papers and
// hides image/video ones.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paperFromDailyItem } from '@/utils/page/api-items';
import { compileRules } from '@/utils/rules/matcher';
import { MIN_SAVED, suggestRules, type SuggestInput } from '@/utils/suggest';
import type { PaperInfo, Rule } from '@/utils/types';

const all = ['2024-05-27', '2025-06-18'].flatMap((d) =>
  (JSON.parse(readFileSync(`tests/fixtures/hf/hf-api-daily_papers_date-${d}.json`, 'utf8')) as unknown[])
    .map(paperFromDailyItem).filter((p): p is PaperInfo => !!p));
const text = (p: PaperInfo) => `${p.title}\n${p.summary ?? ''}`;
const savedPapers = all.filter((p) => /reasoning/i.test(text(p)));
const hiddenPapers = all.filter((p) => !savedPapers.includes(p) && /video|image|visual/i.test(text(p)));
const seenPapers = all.filter((p) => !savedPapers.includes(p) && !hiddenPapers.includes(p));
const input = (over: Partial<SuggestInput> = {}): SuggestInput => ({
  saved: savedPapers.map(text), hidden: hiddenPapers.map(text), seen: seenPapers.map(text), rules: [], ...over,
});
const rule = (terms: string[], action: Rule['action'] = 'highlight'): Rule => ({
  id: `r-${terms[0]}`, tag: 'x', terms, fields: ['title', 'abstract'], action, color: '#ffe08a', enabled: true, order: 0,
});
/** Papers a suggestion's rule would match, with the real rule engine. */
const matching = (term: string, papers: PaperInfo[]) => {
  const m = compileRules([rule([term])]);
  return papers.filter((p) => m.match(p).length > 0);
};

describe('suggestRules', () => {
  it('fixture sanity', () => {
    expect(savedPapers.length).toBeGreaterThanOrEqual(8);
    expect(hiddenPapers.length).toBeGreaterThanOrEqual(8);
  });

  it('proposes up to 5 highlight terms of saved papers and up to 3 hide terms of hidden ones, strongest first', () => {
    const s = suggestRules(input());
    const highlight = s.filter((x) => x.action === 'highlight');
    const hide = s.filter((x) => x.action === 'hide');
    expect(highlight.length).toBeGreaterThan(0);
    expect(highlight.length).toBeLessThanOrEqual(5);
    expect(hide.length).toBeGreaterThan(0);
    expect(hide.length).toBeLessThanOrEqual(3);
    expect(highlight[0].term).toBe('reasoning');
    expect(highlight[0]).toMatchObject({ tag: 'reasoning', saved: { with: savedPapers.length, of: savedPapers.length }, other: { with: 0, of: hiddenPapers.length, kind: 'hidden' } });
    for (const list of [highlight, hide]) for (let i = 1; i < list.length; i++) expect(list[i].score).toBeLessThanOrEqual(list[i - 1].score);
  });

  it('every suggested term, as a rule, matches the saved / hidden papers it was counted in', () => {
    for (const s of suggestRules(input())) {
      expect(matching(s.term, savedPapers).length).toBeGreaterThanOrEqual(s.saved.with);
      expect(matching(s.term, hiddenPapers).length).toBeGreaterThanOrEqual(s.other.with);
    }
  });

  it('a hide suggestion never matches a saved paper', () => {
    for (const s of suggestRules(input()).filter((x) => x.action === 'hide')) expect(matching(s.term, savedPapers)).toEqual([]);
  });

  it('no two suggestions of a kind share a word ("reasoning" and "reasoning models")', () => {
    const words = suggestRules(input()).filter((x) => x.action === 'highlight').flatMap((x) => x.term.toLowerCase().split(' '));
    expect(new Set(words).size).toBe(words.length);
  });

  it('leaves out terms existing rules already cover (enabled or not)', () => {
    const first = suggestRules(input());
    const top = first[0].term;
    const next = suggestRules(input({ rules: [{ ...rule([`${top.slice(0, 5)}*`]), enabled: false }] }));
    expect(next.map((s) => s.term)).not.toContain(top);
    expect(next.some((s) => s.term.toLowerCase().startsWith(top.slice(0, 5).toLowerCase()))).toBe(false);
  });

  it(`needs ${MIN_SAVED} saved papers`, () => {
    expect(suggestRules(input({ saved: savedPapers.slice(0, MIN_SAVED - 1).map(text) }))).toEqual([]);
    expect(suggestRules(input({ saved: savedPapers.slice(0, MIN_SAVED).map(text) })).length).toBeGreaterThan(0);
  });

  it('with too few hidden papers compares against the other papers seen, and proposes no hide rule', () => {
    const s = suggestRules(input({ hidden: hiddenPapers.slice(0, 2).map(text) }));
    expect(s.length).toBeGreaterThan(0);
    expect(s.every((x) => x.action === 'highlight' && x.other.kind === 'seen')).toBe(true);
    expect(suggestRules(input({ hidden: [], seen: [] }))).toEqual([]);
  });

  it('is deterministic and fast on a few thousand papers', () => {
    expect(suggestRules(input())).toEqual(suggestRules(input()));
    const many = Array.from({ length: 40 }, () => all.map(text)).flat(); // ~1,500 documents
    const t = performance.now();
    suggestRules(input({ seen: many }));
    expect(performance.now() - t).toBeLessThan(3000);
  });
});
