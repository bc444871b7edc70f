import { describe, expect, it } from 'vitest';
import type { RuleHit } from '@/utils/rules/matcher';
import { decide } from '@/utils/rules/verdict';
import type { Rule, RuleAction } from '@/utils/types';

let n = 0;
const hit = (action: RuleAction, tag: string, color = '#123456', fields: RuleHit['ranges'][number]['field'][] = ['title']): RuleHit => ({
  rule: { id: `r${++n}`, tag, terms: [tag], fields: ['title', 'abstract'], action, color, enabled: true, order: n } as Rule,
  ranges: fields.map((field) => ({ field, start: 0, end: 1 })),
});

describe('decide (precedence)', () => {
  it('no hits, no manual choice: nothing', () => {
    expect(decide([], undefined)).toEqual({
      tags: [], highlight: null, highlightRuleIds: [], hiddenBy: null, suppressedHide: [], chips: [],
    });
  });

  it('a hide rule hides; the first hide rule by order names the reason', () => {
    const v = decide([hit('tag', 'misc'), hit('hide', 'survey'), hit('hide', 'benchmark')], undefined);
    expect(v.hiddenBy).toBe('survey');
    expect(v.tags).toEqual(['misc', 'survey', 'benchmark']);
    expect(v.highlight).toBeNull();
    expect(v.suppressedHide).toEqual([]);
  });

  it('a highlight rule beats a hide rule: highlighted, tags include the hide tag, chip marked suppressed', () => {
    const hide = hit('hide', 'survey', '#d4d4d8', ['abstract']);
    const a = hit('highlight', 'diffusion', '#ffe08a');
    const b = hit('highlight', 'video', '#00ff00');
    const v = decide([hide, a, b], undefined);
    expect(v.hiddenBy).toBeNull();
    expect(v.highlight).toEqual({ color: '#ffe08a', tag: 'diffusion' }); // first highlight rule by order
    expect(v.highlightRuleIds).toEqual([a.rule.id, b.rule.id]);
    expect(v.tags).toEqual(['survey', 'diffusion', 'video']);
    expect(v.suppressedHide).toEqual(['survey']);
    expect(v.chips[0]).toEqual({
      tag: 'survey', action: 'hide', color: '#d4d4d8', fields: ['abstract'], suppressed: true,
      label: 'survey · in abstract · also matches this hide rule (highlight wins)',
    });
    expect(v.chips[1]).toEqual({ tag: 'diffusion', action: 'highlight', color: '#ffe08a', fields: ['title'], label: 'diffusion' });
  });

  it('chips list the fields a rule matched in, in field order', () => {
    const v = decide([hit('tag', 'x', '#123456', ['org', 'abstract', 'abstract'])], undefined);
    expect(v.chips[0].fields).toEqual(['abstract', 'org']);
  });

  it('repeated tags appear once', () => {
    expect(decide([hit('tag', 'x'), hit('highlight', 'x')], undefined).tags).toEqual(['x']);
  });

  it('manual hidden beats every rule, highlight included', () => {
    const v = decide([hit('highlight', 'diffusion')], { id: 'p', hidden: true });
    expect(v.hiddenBy).toBe('manual');
    expect(v.highlight).toBeNull();
    expect(v.highlightRuleIds).toEqual([]);
    expect(v.tags).toEqual(['diffusion']);
    expect(decide([], { id: 'p', hidden: true }).hiddenBy).toBe('manual');
  });

  it('manual highlight pins the paper with the default colour and is never hidden by rules', () => {
    const hide = hit('hide', 'survey');
    const v = decide([hide], { id: 'p', highlight: true });
    expect(v.highlight).toEqual({ color: '#ffe08a', tag: 'pinned' });
    expect(v.hiddenBy).toBeNull();
    expect(v.suppressedHide).toEqual(['survey']);
    expect(v.chips[0].suppressed).toBe(true);
    expect(decide([hit('highlight', 'video', '#00ff00')], { id: 'p', highlight: true }).highlight)
      .toEqual({ color: '#ffe08a', tag: 'pinned' });
  });

  it('manual shown un-hides a rule-hidden paper without highlighting it', () => {
    const v = decide([hit('hide', 'survey')], { id: 'p', shown: true });
    expect(v.hiddenBy).toBeNull();
    expect(v.highlight).toBeNull();
    expect(v.suppressedHide).toEqual([]);
    expect(v.chips[0].suppressed).toBe(true);
    expect(v.tags).toEqual(['survey']);
  });
});

describe('decide (chips shared between cards)', () => {
  it('one frozen chip per rule and way of showing: the same object for every card it fits, another for each other way', () => {
    const hide = hit('hide', 'survey');
    const onTitle = { ...hide, ranges: [{ field: 'title' as const, start: 0, end: 1 }] };
    const onAbstract = { ...hide, ranges: [{ field: 'abstract' as const, start: 2, end: 5 }] };
    const hl = hit('highlight', 'video');
    const a = decide([onTitle], undefined).chips[0];
    const b = decide([{ ...onTitle, ranges: [{ field: 'title' as const, start: 7, end: 9 }] }], undefined).chips[0];
    expect(b).toBe(a); // another paper, same rule, same field
    expect(Object.isFrozen(a)).toBe(true);
    expect(a.label).toBe('survey');
    const c = decide([onAbstract], undefined).chips[0];
    expect(c).not.toBe(a);
    expect(c.label).toBe('survey · in abstract');
    const overruled = decide([hl, onTitle], undefined).chips[1];
    expect(overruled.label).toBe('survey · also matches this hide rule (highlight wins)');
    expect(overruled.suppressed).toBe(true);
    const shown = decide([onTitle], { id: 'p', shown: true }).chips[0];
    expect(shown.label).toBe('survey · shown by you');
    expect(decide([onTitle], undefined).chips[0]).toBe(a); // the other ways left it as it was
    // A rule object with another tag (an edited rule arrives as a new object) gets its own chip.
    expect(decide([{ ...onTitle, rule: { ...hide.rule, tag: 'reviews' } }], undefined).chips[0].label).toBe('reviews');
  });
});
