import { readFileSync } from 'node:fs';
import type { PaperInfo } from '@/utils/types';
import { paperFromDailyItem } from '@/utils/page/api-items';
import { readBibtex } from '@/utils/import/bibtex';

/** The real papers of the 2025-06-18 API fixture, as the page reader would report them. */
export function fixturePapers(): PaperInfo[] {
  const items = JSON.parse(readFileSync('tests/fixtures/hf/hf-api-daily_papers_date-2025-06-18.json', 'utf8')) as unknown[];
  return items.map(paperFromDailyItem).filter((p): p is PaperInfo => !!p);
}

/** The same paper as a compact card shows it: no authors, no abstract. */
export const compact = (p: PaperInfo): PaperInfo => ({ ...p, authors: null, summary: null, aiSummary: null });

/** A BibTeX file as the Library sends it after reading it: its papers, as a "papers" import. */
export function bibImport(bib: string): { text: string; kind: 'papers' } {
  const { papers } = readBibtex(bib, '2026-01-01T00:00:00.000Z');
  return { text: JSON.stringify({ format: 'papersift-backup', version: 1, rules: [], papers }), kind: 'papers' };
}
