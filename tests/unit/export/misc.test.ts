import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../utils/export/filename';
import { normalizeArxivId, paperYear, yearFromArxivId } from '../../../utils/export/ids';
import { escapeLatex } from '../../../utils/export/latex';
import { splitName } from '../../../utils/export/names';

describe('exportFileName', () => {
  it('uses the local date', () => {
    const d = new Date(2026, 0, 5, 23, 59); // local time
    expect(exportFileName('bib', d)).toBe('papersift-2026-01-05.bib');
    expect(exportFileName('ris', d)).toBe('papersift-2026-01-05.ris');
    expect(exportFileName('csl', d)).toBe('papersift-2026-01-05.json');
    expect(exportFileName('csv', d)).toBe('papersift-2026-01-05.csv');
    expect(exportFileName('md', d)).toBe('papersift-2026-01-05.md');
    expect(exportFileName('backup', d)).toBe('papersift-backup-2026-01-05.json');
  });
});

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

  it('derives the year from the id when the date is unknown', () => {
    expect(yearFromArxivId('2405.12345')).toBe(2024);
    expect(yearFromArxivId('hep-th/9901001')).toBe(1999);
    expect(yearFromArxivId('math.GT/0309136')).toBe(2003);
    expect(paperYear('2025-12-31T23:59:59.000Z', '2401.00001')).toBe(2025);
    expect(paperYear(null, '2401.00001')).toBe(2024);
  });
});

describe('names and escaping', () => {
  it.each([
    ['Ada Lovelace', { family: 'Lovelace', given: 'Ada', suffix: '' }],
    ['Ludwig van der Berg', { family: 'van der Berg', given: 'Ludwig', suffix: '' }],
    ['Martin Luther King, Jr.', { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }],
    ['Qwen Team', { family: 'Qwen Team', given: '', suffix: '' }],
    ['Ann Grouper', { family: 'Grouper', given: 'Ann', suffix: '' }],
    ['Plato', { family: 'Plato', given: '', suffix: '' }],
  ])('%s', (name, parts) => {
    expect(splitName(name)).toEqual(parts);
  });

  it('escapes the ten LaTeX specials', () => {
    expect(escapeLatex('& % $ # _ { } ~ ^ \\ é')).toBe(
      '\\& \\% \\$ \\# \\_ \\{ \\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} é',
    );
  });
});
