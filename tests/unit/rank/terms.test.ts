import { describe, expect, it } from 'vitest';
import { fold, eachTerm } from '@/utils/rank/words';
import { termCounts, paperText } from '@/utils/rank/terms';

const terms = (text: string) => {
  const out: string[] = [];
  eachTerm(text, (t) => out.push(t));
  return out;
};

describe('For you tokenisation', () => {
  it('folds possessives and plain plurals of lower-cased words, keeps ss/us/is endings', () => {
    expect(['Models', "GPT's", 'agents', 'loss', 'focus', 'analysis', 'uses', 'LLMs'].map((w) => fold(w.toLowerCase()))).toEqual([
      'model', 'gpt', 'agent', 'loss', 'focus', 'analysis', 'uses', 'llms',
    ]);
  });
  it('words, then the pair with the word before when only whitespace separates them', () => {
    expect(terms('Video diffusion, fast sampling')).toEqual(['video', 'diffusion', 'video diffusion', 'fast', 'sampling', 'fast sampling']);
  });
  it('keeps hyphenated words whole', () => {
    expect(terms('vision-language models')).toEqual(['vision-language', 'model', 'vision-language model']);
  });
  it('training drops stop words, bare numbers and one-letter noise, and a dropped word breaks a pair', () => {
    const c = termCounts('We propose a novel method for video generation in 2026 with 3D scenes and x');
    expect([...c.keys()].sort()).toEqual(['3d', '3d scene', 'generation', 'scene', 'video', 'video generation']);
  });
  it('counts repeats', () => {
    const c = termCounts('Diffusion models. Diffusion models!');
    expect(c.get('diffusion')).toBe(2);
    expect(c.get('diffusion model')).toBe(2);
    expect(c.get('model')).toBe(2);
  });
  it("a paper's text is its title and abstract, or the AI summary without an abstract", () => {
    expect(paperText({ title: 'T', summary: 'S', aiSummary: 'A' })).toBe('T\nS');
    expect(paperText({ title: 'T', summary: null, aiSummary: 'A' })).toBe('T\nA');
    expect(paperText({ title: 'T' })).toBe('T\n');
  });
});

describe('the scorer reads the same terms as training', () => {
  it('lower-cases the whole text, and builds only the pairs asked for', () => {
    const got: string[] = [];
    eachTerm('Video Diffusion Sampling', (t) => got.push(t), undefined, (w) => w === 'video');
    expect(got).toEqual(['video', 'diffusion', 'video diffusion', 'sampling']);
  });
});
