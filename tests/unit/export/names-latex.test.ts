// Author names split for citations, and LaTeX escaping in BibTeX.
import { describe, expect, it } from 'vitest';
import { escapeLatex } from '@/utils/export/latex';
import { splitName } from '@/utils/export/names';

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
