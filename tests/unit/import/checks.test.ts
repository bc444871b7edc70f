// Format detection, the checks made before reading a file, and the status line.
import { describe, expect, it } from 'vitest';
import { detectFormat } from '@/utils/import/detect';
import { binaryProblem, sizeProblem } from '@/utils/import/limits';
import { importStatus } from '@/utils/import/status';

describe('detectFormat', () => {
  it.each([
    ['refs.bib', '', 'bibtex'],
    ['export.txt', '\uFEFF% comment\n@article{a,', 'bibtex'],
    ['download', '  @misc{x,', 'bibtex'],
    ['zotero.ris', '', 'ris'],
    ['export.txt', 'TY  - JOUR\r\nTI  - x', 'ris'],
    ['items.json', '[\n  {"id": "ITEM-1"', 'csl-json'],
    ['PaperMemory-data.json', '{"__dataVersion":1009,"Arxiv-2006.11239":{', 'papermemory'],
    ['papersift-backup-2026-01-01.json', '{\n  "format": "papersift-backup",', 'backup'],
    ['other.json', '{"format":"zotero"}', 'backup'],
    ['notjson.json', 'this is { not json', 'backup'],
  ])('%s %j → %s', (name, head, format) => {
    expect(detectFormat(name, head)).toBe(format);
  });
});

it('refuses over 20 MB and binary data', () => {
  expect(sizeProblem(20 * 1024 * 1024)).toBeNull();
  expect(sizeProblem(50 * 1024 * 1024)).toBe('The file is too large (50.0 MB; the limit is 20 MB)');
  expect(binaryProblem(new TextEncoder().encode('@misc{a, title={Ünïcode}}\n\tok'))).toBeNull();
  expect(binaryProblem(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toMatch(/binary data/);
});

it('the status names what was imported, then what was skipped with the first reasons', () => {
  expect(importStatus({ papers: 3, rules: 0, merged: 0 })).toBe('Imported 3 papers and 0 rules');
  const skipped = ['a', 'b', 'c', 'd'].map((k) => ({ label: k, reason: 'no arXiv id' }));
  expect(importStatus({ papers: 3, rules: 0, merged: 1 }, skipped.slice(0, 2))).toBe('Imported 3 papers and 0 rules (1 merged) · 2 skipped (a: no arXiv id; b: no arXiv id)');
  expect(importStatus({ papers: 1, rules: 0, merged: 0 }, skipped)).toBe('Imported 1 papers and 0 rules · 4 skipped (a: no arXiv id; b: no arXiv id; c: no arXiv id; …)');
});
