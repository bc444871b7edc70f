import type { PaperInfo, RuleField } from '@/utils/types';

/** The text a rule field is matched in; match ranges are offsets into this string. */
export function fieldText(paper: PaperInfo, field: RuleField): string {
  switch (field) {
    case 'title':
      return paper.title ?? '';
    case 'abstract':
      return [paper.summary, paper.aiSummary].filter((s) => s).join('\n');
    case 'authors':
      return (paper.authors ?? []).join(', ');
    case 'org':
      return paper.org ?? '';
  }
}
