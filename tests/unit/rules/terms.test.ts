import { describe, expect, it } from 'vitest';
import { splitTerms } from '@/utils/rules/terms';

describe('splitTerms', () => {
  it.each([
    ['diffusion, GAN , video generation', ['diffusion', 'GAN', 'video generation']],
    ['/a{1,3}/i, diffusion', ['/a{1,3}/i', 'diffusion']],
    ['diffusion, /x{2,}|y/, -/a,b/', ['diffusion', '/x{2,}|y/', '-/a,b/']],
    ['/[,/]+/ , z', ['/[,/]+/', 'z']],
    ['/a\\/,b/g,c', ['/a\\/,b/g', 'c']],
    ['/a/b/, c', ['/a/b/', 'c']], // an unescaped slash inside the pattern
    [' , ,a,,b , ', ['a', 'b']],
    ['', []],
    ['/unclosed, x', ['/unclosed', 'x']],
    ['-gan, -/x,y/i', ['-gan', '-/x,y/i']],
  ])('%j', (input, terms) => expect(splitTerms(input)).toEqual(terms));
});
