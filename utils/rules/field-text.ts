import type { PaperInfo, PaperText, RuleField } from '@/utils/types';

/** Fields matched in a paper's text alone: no need to read the rest of its card. */
export const isTextField = (field: RuleField): boolean => field === 'title' || field === 'abstract';

/** The text a rule field is matched in; match ranges are offsets into this string. */
export function fieldText(paper: PaperText & Partial<Pick<PaperInfo, 'authors' | 'org'>>, field: RuleField): string {
  switch (field) {
    case 'title':
      return paper.title ?? '';
    case 'abstract':
      return paper.aiSummary ? (paper.summary ? `${paper.summary}\n${paper.aiSummary}` : paper.aiSummary) : (paper.summary ?? '');
    case 'authors':
      return (paper.authors ?? []).join(', ');
    case 'org':
      return paper.org ?? '';
  }
}
