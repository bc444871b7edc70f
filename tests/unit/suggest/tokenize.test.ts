import { describe, expect, it } from 'vitest';
import { docTerms } from '@/utils/suggest/tokenize';

describe('docTerms', () => {
  it('words and two-word phrases, lower-cased keys with the spelling kept, stop words out', () => {
    const t = docTerms('We propose a novel Video Generation model for LLMs.');
    expect([...t.keys()].sort()).toEqual(['generation', 'generation model', 'llms', 'model', 'video', 'video generation']);
    expect(t.get('video generation')).toBe('Video Generation');
    expect(t.get('llms')).toBe('LLMs');
  });
  it('a phrase is two words separated by whitespace only (so the rule term matches it again)', () => {
    const t = docTerms('diffusion, transformers; vision-language models\nscale');
    expect(t.has('diffusion transformers')).toBe(false);
    expect(t.has('vision-language models')).toBe(true);
    expect(t.has('models scale')).toBe(true);
  });
  it('a stop word breaks a phrase', () => {
    expect(docTerms('retrieval and generation').has('retrieval generation')).toBe(false);
  });
  it('drops bare numbers and short words, keeps short words with a digit, strips possessive s', () => {
    const t = docTerms("3D scenes from 2024 at 95.5% by GPT's o1 ai");
    expect(t.has('3d')).toBe(true);
    expect(t.has('o1')).toBe(true);
    expect(t.has('2024')).toBe(false);
    expect(t.has('95')).toBe(false);
    expect(t.has('ai')).toBe(false);
    expect(t.get('gpt')).toBe('GPT');
  });
  it('each term once per document', () => {
    expect([...docTerms('agents agents agents').keys()]).toEqual(['agents', 'agents agents']);
  });
});
