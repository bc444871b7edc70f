import { readFileSync } from 'node:fs';
import type { PaperInfo } from '@/utils/types';
import { paperFromDailyItem } from '@/utils/page/api-items';

/** The real papers of the 2025-06-18 API fixture, as the page reader would report them. */
export function fixturePapers(): PaperInfo[] {
  const items = JSON.parse(readFileSync('tests/fixtures/hf/hf-api-daily_papers_date-2025-06-18.json', 'utf8')) as unknown[];
  return items.map(paperFromDailyItem).filter((p): p is PaperInfo => !!p);
}

/** The same paper as a compact card shows it: no authors, no abstract. */
export const compact = (p: PaperInfo): PaperInfo => ({ ...p, authors: null, summary: null, aiSummary: null });
