import { describe, expect, it } from 'vitest';
import { parseCardDate, parseCount } from '@/utils/page/read-card';

describe('parseCount', () => {
  it.each([
    ['117', 117], ['Upvote 70', 70], ['1.66k', 1660], ['32.8k', 32800], [' 131', 131], ['1,234', 1234], ['2M', 2000000],
    ['-', 0], ['Upvote -', 0], ['GitHub', null], ['', null], ['k', null],
  ] as const)('%j → %j', (s, n) => expect(parseCount(s)).toBe(n));
});

describe('parseCardDate', () => {
  const now = new Date('2026-10-07T23:59:00Z');
  it.each([
    ['Published on Oct 4, 2026', '2026-10-04'], ['Oct 4, 2026', '2026-10-04'], ['Aug 22, 2025', '2025-08-22'],
    ['May 29', '2026-05-29'], ['Published on Sep 8', '2026-09-08'],
  ])('%s → %s', (s, d) => expect(parseCardDate(s, now)).toBe(`${d}T00:00:00.000Z`));
  it.each(['Feb 30, 2025', 'Foo 4, 2026', 'Oct 4 2026', 'Submitted by x', '4 Oct 2026', 'Oct 0, 2026', ''])('%j → null', (s) =>
    expect(parseCardDate(s, now)).toBeNull());
});
