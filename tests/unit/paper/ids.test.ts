// arXiv ids: the one grammar (utils/paper/ids.ts), and the year exports fall back on.
import { describe, expect, it } from 'vitest';
import { isArxivId, normalizeArxivId, yearFromArxivId } from '@/utils/paper/ids';
import { paperYear } from '@/utils/export/dates';

describe('arXiv ids', () => {
  it.each([
    ['2405.12345', '2405.12345'],
    ['arXiv:2405.12345v2', '2405.12345'],
    [' ARXIV:0704.0001 ', '0704.0001'],
    ['hep-th/9901001v1', 'hep-th/9901001'],
    ['math.GT/0309136', 'math.GT/0309136'],
    ['Math.gt/0309136', 'math.GT/0309136'],
    ['2405.1234567', null],
    ['banana', null],
    ['', null],
  ])('%j → %j', (raw, id) => {
    expect(normalizeArxivId(raw)).toBe(id);
  });

  it('accepts stored ids only: no version, no prefix', () => {
    for (const id of ['2405.12345', '0704.0001', 'hep-th/9901001', 'math.GT/0309136']) expect(isArxivId(id)).toBe(true);
    for (const id of ['2405.12345v2', 'arXiv:2405.12345', 'hep-th/990100', 'a--b/9901001', '2405.123', 42, null]) expect(isArxivId(id)).toBe(false);
  });

  it('derives the year from the id when the date is unknown', () => {
    expect(yearFromArxivId('2405.12345')).toBe(2024);
    expect(yearFromArxivId('hep-th/9901001')).toBe(1999);
    expect(yearFromArxivId('math.GT/0309136')).toBe(2003);
    expect(paperYear('2025-12-31T23:59:59.000Z', '2401.00001')).toBe(2025);
    expect(paperYear(null, '2401.00001')).toBe(2024);
  });
});
