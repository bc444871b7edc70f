import { describe, expect, it } from 'vitest';
import { corpusOf, logOddsZ } from '@/utils/suggest/log-odds';

const docs = (...texts: string[][]) => texts.map((words) => new Map(words.map((w) => [w, w])));

describe('logOddsZ (informative Dirichlet prior)', () => {
  const a = corpusOf(docs(['video', 'model'], ['video', 'model'], ['video', 'diffusion'], ['video', 'model']));
  const b = corpusOf(docs(['text', 'model'], ['text', 'model'], ['text', 'diffusion'], ['language', 'model']));
  const prior = corpusOf([...docs(['video', 'model'], ['text', 'model']), ...docs(['model'], ['model'], ['model'])]);

  it('counts documents per term', () => {
    expect(a.docs).toBe(4);
    expect(a.df.get('video')).toBe(4);
    expect(a.df.get('model')).toBe(3);
  });
  it('positive for terms of A, negative for terms of B, near zero for shared ones', () => {
    const z = logOddsZ(a, b, prior);
    expect(z.get('video')!).toBeGreaterThan(1);
    expect(z.get('text')!).toBeLessThan(-1);
    expect(Math.abs(z.get('diffusion')!)).toBeLessThan(0.2);
  });
  it('swapping A and B flips the sign', () => {
    const ab = logOddsZ(a, b, prior);
    const ba = logOddsZ(b, a, prior);
    for (const [t, v] of ab) expect(ba.get(t)!).toBeCloseTo(-v, 10);
  });
  it('a stronger prior shrinks the scores', () => {
    expect(Math.abs(logOddsZ(a, b, prior, 10).get('video')!)).toBeLessThan(Math.abs(logOddsZ(a, b, prior, 0.1).get('video')!));
  });
  it('more evidence, larger score', () => {
    const big = corpusOf(docs(...Array.from({ length: 40 }, () => ['video'])));
    const other = corpusOf(docs(...Array.from({ length: 40 }, () => ['text'])));
    const small = corpusOf(docs(['video'], ['video']));
    const few = corpusOf(docs(['text'], ['text']));
    const p = corpusOf(docs(['video'], ['text']));
    expect(logOddsZ(big, other, p).get('video')!).toBeGreaterThan(logOddsZ(small, few, p).get('video')!);
  });
});
