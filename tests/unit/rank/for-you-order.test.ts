import { describe, expect, it } from 'vitest';
import { forYouOrder, type Ranked } from '@/utils/view/for-you-order';

const p = (id: string, score: number | null, hf: number, hidden = false): Ranked => ({ id, score, hf, hidden });

describe('Sort by For you', () => {
  const page = [p('a', 20, 0), p('b', 91, 1), p('c', null, 2), p('d', 91, 3), p('e', 99, 4, true), p('f', 55, 5)];
  it('puts the highest score first, equal scores in Hugging Face order, unscored after, hidden last', () => {
    expect(forYouOrder(page)).toEqual(['b', 'd', 'f', 'a', 'c', 'e']);
  });
  it('Hugging Face order restores the page order whatever the current one', () => {
    const flat = page.map((x) => ({ ...x, score: 0, hidden: false }));
    expect(forYouOrder([...flat].reverse())).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});
