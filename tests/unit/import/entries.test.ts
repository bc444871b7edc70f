// The entry rule every file format shares: no arXiv id, then a second entry of one id, then no title.
import { describe, expect, it } from 'vitest';
import { intake, titleLabel } from '@/utils/import/entries';

describe('intake', () => {
  it('takes an entry once and says why each other one is skipped, in file order', () => {
    const taking = intake();
    const taken = [
      taking.accepts('a', '2405.00001', 'A title'),
      taking.accepts('b', null, ''),
      taking.accepts('c', '2405.00001', 'Again'),
      taking.accepts('d', '2405.00002', ''),
      taking.accepts('e', '2405.00002', 'Now titled'),
    ];
    expect(taken).toEqual([true, false, false, false, true]);
    expect(taking.skipped).toEqual([
      { label: 'b', reason: 'no arXiv id' },
      { label: 'c', reason: '2405.00001 is already in this file' },
      { label: 'd', reason: 'no title' },
    ]);
  });

  it('labels an entry by its title, cut to 60 characters', () => {
    expect(titleLabel('Short')).toBe('“Short”');
    expect(titleLabel('x'.repeat(61))).toBe(`“${'x'.repeat(57)}…”`);
    expect(titleLabel('x'.repeat(60))).toBe(`“${'x'.repeat(60)}”`);
  });
});
