// SPEC.md "Tags": one function for every path, so the same rule gets the same tag wherever typed.
import { describe, expect, it } from 'vitest';
import { defaultTag, firstPositiveTerm, toTag, toTags } from '@/utils/paper/tags';
import { validateRuleInput } from '@/utils/rules/validate';
import { validateBackup } from '@/utils/export/validate';
import { parseTags } from '@/utils/library/tag-text';

describe('toTag', () => {
  it.each([
    ['Diffusion', 'diffusion'],
    ['Video  Generation', 'video-generation'],
    ['  padded\tphrase\n', 'padded-phrase'],
    ['Q&A', 'q&a'],
    ['C++', 'c++'],
    ['GPT-4o', 'gpt-4o'],
    ['snake_case', 'snake_case'],
    ['Café Crème', 'café-crème'],
    ['Cafe\u0301', 'café'], // decomposed é is the same tag as the composed one
    ['扩散 模型', '扩散-模型'],
    ['a - b', 'a-b'],
    ['--edge--', 'edge'],
    ['   ', ''],
  ])('%j → %j', (text, tag) => expect(toTag(text)).toBe(tag));

  it('is idempotent', () => {
    for (const t of ['Q&A', 'Video  Generation', 'a - b', 'C++ kernels']) expect(toTag(toTag(t))).toBe(toTag(t));
  });

  it('toTags drops empty tags and merges those that collapse to the same tag', () =>
    expect(toTags(['Q&A', 'q&a ', ' ', 'Video Generation', 'video-generation'])).toEqual(['q&a', 'video-generation']));
});

describe('defaultTag', () => {
  it.each([
    ['diffusion', 'diffusion'],
    ['Video Generation', 'video-generation'],
    ['Q&A', 'q&a'],
    ['diffus*', 'diffus'],
    ['-GAN', 'gan'],
    ['/diffusion\\s+model/i', 'diffusion-model'],
    ['/\\bDiT\\b/', 'dit'],
    ['/C\\+\\+/', 'c++'],
    ['/[Dd]iffusion/', 'diffusion'],
    ['/diffusion[- ]model/', 'diffusion-model'],
    ['/(?:video|image) generation/i', 'video-image-generation'],
    ['/\\p{L}+former/u', 'former'],
    ['/GPT-?4o?/', 'gpt-4o'],
    ['/a{2,3}b/', 'a-b'],
    ['/(?<year>\\d{4}) survey/', 'survey'],
  ])('%j → %j', (term, tag) => expect(defaultTag(term)).toBe(tag));

  it('a rule takes its first positive term, not an exception', () => {
    expect(firstPositiveTerm(['-survey', 'Q&A', 'x'])).toBe('Q&A');
    expect(firstPositiveTerm(['-survey'])).toBeUndefined();
  });
});

describe('every path gives the same tag', () => {
  const viaRuleForm = (terms: string, tag?: string) => {
    const v = validateRuleInput({ terms, action: 'highlight', tag });
    if (!v.ok) throw new Error(v.error);
    return v.value.tag;
  };
  const viaBackup = (terms: string[], tag?: string) => {
    const file = { format: 'papersift-backup', version: 1, rules: [{ terms, action: 'highlight', ...(tag && { tag }) }], papers: [] };
    const r = validateBackup(JSON.stringify(file), { checkRule: () => null });
    if (!r.ok) throw new Error(r.error);
    return r.backup.rules[0].tag;
  };

  it.each([
    [['Q&A'], undefined, 'q&a'],
    [['/diffusion\\s+model/i'], undefined, 'diffusion-model'],
    [['-survey', 'diffus*'], undefined, 'diffus'],
    [['x'], 'Q&A', 'q&a'],
    [['x'], '  Video  Generation ', 'video-generation'],
  ])('terms %j, tag %j → %j', (terms, tag, expected) => {
    expect(viaRuleForm(terms.join(', '), tag)).toBe(expected);
    expect(viaBackup(terms, tag)).toBe(expected);
  });

  it('paper tags typed in the Library and read from a backup agree with rule tags', () => {
    expect(parseTags('Q&A, Video Generation')).toEqual(['q&a', 'video-generation']);
    const file = { format: 'papersift-backup', version: 1, rules: [], papers: [{ id: '2405.12345', title: 'T', tags: ['Q&A', 'q&a'] }] };
    const r = validateBackup(JSON.stringify(file), { checkRule: () => null });
    expect(r.ok && r.backup.papers[0].tags).toEqual(['q&a']);
  });
});
