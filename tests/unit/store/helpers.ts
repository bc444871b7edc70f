import type { PaperInfo } from '@/utils/types';
import { readBibtex } from '@/utils/import/bibtex';

/** The same paper as a compact card shows it: no authors, no abstract. */
export const compact = (p: PaperInfo): PaperInfo => ({ ...p, authors: null, summary: null, aiSummary: null });

/** A BibTeX file as the Library sends it after reading it: its papers, as a "papers" import. */
export function bibImport(bib: string): { text: string; kind: 'papers' } {
  const { papers } = readBibtex(bib, '2026-01-01T00:00:00.000Z');
  return { text: JSON.stringify({ format: 'papersift-backup', version: 1, rules: [], papers }), kind: 'papers' };
}
