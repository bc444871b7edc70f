import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '@/utils/whitespace';

// What every reader of titles and abstracts relies on: each run of whitespace is one space.
const reference = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('collapseWhitespace', () => {
  it.each([
    ['a\n b', 'a b'],
    ['a \nb', 'a b'],
    ['  lead and trail \n', 'lead and trail'],
    ['no\u00a0break', 'no break'],
    ['tab\tand  double', 'tab and double'],
    ['one plain space each', 'one plain space each'],
    ['\n\t ', ''],
  ])('%j → %j', (input, out) => {
    expect(collapseWhitespace(input)).toBe(out);
  });

  it('agrees with a plain replace of every whitespace run on random texts', () => {
    const pieces = ['a', 'bc', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', 'é', '\r\n'];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 16807) % 2147483647) % n);
    let changed = 0;
    for (let i = 0; i < 2000; i++) {
      const s = Array.from({ length: rand(12) }, () => pieces[rand(pieces.length)]).join('');
      expect(collapseWhitespace(s)).toBe(reference(s));
      if (reference(s) !== s) changed++;
    }
    expect(changed).toBeGreaterThan(1000); // the texts did need collapsing, mostly
  });
});
