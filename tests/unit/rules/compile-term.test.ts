import { describe, expect, it } from 'vitest';
import { compileTerm, RuleInputError } from '@/utils/rules/compile-term';
import { compileCheckedTerm } from '@/utils/rules/regex-safety';

const matches = (term: string, text: string) => compileTerm(term).re.test(text);
const found = (term: string, text: string) => compileTerm(term).re.exec(text)?.[0];

describe('plain terms match whole words, case-insensitively (SPEC table)', () => {
  it.each([
    ['GAN', 'a GAN-based model', true],
    ['GAN', 'the organ', false],
    ['GAN', 'two GANs', false],
    ['gan', 'A GAN.', true],
    ['C++', 'C++ kernels', true],
    ['C++', 'C++11 support', true],
    ['C++', 'written in c++', true],
    ['C++', 'C+ only', false],
    ['C++', 'ABC++ tool', false], // starts with a letter: the char before must not be one
    ['3D', 'a 3D scene', true],
    ['3D', 'via 3DGS', false],
    ['3D', 'in 13D space', false],
    ['GPT-4o', 'unlike GPT-4o, it', true],
    ['GPT-4o', 'GPT-4o-mini', true],
    ['GPT-4o', 'GPT-4omni', false],
    ['GPT-4o', 'GPT 4o', false],
    ['Q&A', 'open-domain Q&A datasets', true],
    ['Q&A', 'Q & A', false],
    ['Q&A', 'FAQ&A', false],
    ['café', 'a Café near', true],
    ['cafe', 'a café near', false],
    ['caf', 'a café near', false], // é is a letter
    ['cafe', 'cafe\u0301', false], // a combining accent continues the word
    ['naïve', 'naïve Bayes', true],
    ['模型', '扩散模型', false], // CJK letters are word characters
    ['扩散模型', '基于 扩散模型 的', true],
    ['Ω', 'an Ω-net', true],
    ['video generation', 'Video\n  Generation', true],
    ['video generation', 'videogeneration', false],
    ['llm', 'LLMs', false],
    ['_x', 'a _x b', true],
    ['_x', 'a__x b', false],
  ])('%j in %j → %s', (term, text, expected) => expect(matches(term, text)).toBe(expected));

  it('finds the exact matched text', () => {
    expect(found('video generation', 'Text-to-Video\nGeneration!')).toBe('Video\nGeneration');
    expect(found('C++', 'use C++11')).toBe('C++');
  });

  it('reports kind, flags and negation', () => {
    expect(compileTerm(' GAN ')).toMatchObject({ source: 'GAN', kind: 'word', negated: false, flags: 'iu' });
    expect(compileTerm('-survey')).toMatchObject({ source: '-survey', kind: 'word', negated: true });
    expect(compileTerm('- survey').re.test('A Survey')).toBe(true);
    expect(compileTerm('diffus*')).toMatchObject({ kind: 'prefix' });
    expect(compileTerm('/x/i')).toMatchObject({ kind: 'regex', flags: 'i' });
    expect(compileTerm('a*b')).toMatchObject({ kind: 'word' }); // only a trailing * is a wildcard
  });
});

describe('prefix wildcard', () => {
  it.each([
    ['diffus*', 'Diffusion models', 'Diffusion'],
    ['diffus*', 'latent-diffusers', 'diffusers'],
    ['diffus*', 'diffus', 'diffus'],
    ['diffus*', 'nondiffusion', undefined],
    ['vid gen*', 'video generation', undefined],
    ['video gen*', 'Video Generators', 'Video Generators'],
    ['caf*', 'cafés', 'cafés'],
  ])('%j in %j → %j', (term, text, expected) => expect(found(term, text)).toBe(expected));
});

describe('regular expressions', () => {
  it('use exactly their own flags', () => {
    expect(matches('/Diffusion/', 'diffusion')).toBe(false);
    expect(matches('/Diffusion/i', 'diffusion')).toBe(true);
    expect(matches('/\\bDiT\\b/', 'a DiT block')).toBe(true);
    expect(matches('/\\bDiT\\b/', 'a DIT block')).toBe(false);
    expect(matches('/^b/', 'a\nb')).toBe(false);
    expect(matches('/^b/m', 'a\nb')).toBe(true);
    expect(matches('/\\p{Lu}{3}/u', 'ÉTÉ')).toBe(true);
  });

  it('strip g and y so the tester keeps no state', () => {
    const t = compileTerm('/gan/giy');
    expect(t.flags).toBe('i');
    expect([t.re.test('GAN'), t.re.test('GAN')]).toEqual([true, true]);
  });

  it('are not whole-word: they match where they match', () => {
    expect(matches('/gan/i', 'organ')).toBe(true);
  });

  it('marks patterns that cannot share an alternation', () => {
    expect(compileTerm('/(a)\\1/').solo).toBe(true);
    expect(compileTerm('/(?<x>a)\\k<x>/').solo).toBe(true);
    expect(compileTerm('/(?<=a)b/').solo).toBe(false);
  });
});

// compileCheckedTerm: compileTerm plus the regex-safety check, as rules are checked on entry.
describe('bad terms are refused with a message naming the problem', () => {
  const error = (term: string) => {
    try {
      compileCheckedTerm(term);
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
      return (e as Error).message;
    }
    throw new Error(`accepted ${term}`);
  };
  it.each([
    ['/(/', 'Invalid regular expression "/(/": Unterminated group'],
    ['/[/', 'Invalid regular expression "/[/": Unterminated character class'],
    ['/x/q', 'Invalid regular expression "/x/q": unknown flag "q"'],
    ['/x/ii', 'Invalid regular expression "/x/ii": the flag "i" is repeated'],
    ['//', 'Invalid regular expression "//": the pattern is empty'],
    ['/abc', 'Invalid regular expression "/abc": it must look like /pattern/flags, with a closing slash'],
    ['/a*/', '"/a*/" matches empty text, so it would match every paper'],
    ['/(a+)+$/', '"/(a+)+$/" can take catastrophic time (nested quantifier)'],
    ['-/(a|a)*b/', '"-/(a|a)*b/" can take catastrophic time (repeated alternatives that can match the same text)'],
    ['/(.*a){20}/', '"/(.*a){20}/" can take catastrophic time (nested quantifier)'],
    ['', 'A term is empty'],
    ['   ', 'A term is empty'],
    ['-', 'The exception "-" is empty: write a word after the "-"'],
    ['*', 'The wildcard "*" needs at least one letter before the *'],
  ])('%j', (term, message) => expect(error(term)).toBe(message));

  it('refuses very long terms', () => expect(error('x'.repeat(501))).toMatch(/too long/));
});
