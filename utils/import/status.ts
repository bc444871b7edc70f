// The import status line (SPEC "Bringing papers in"): "Imported N papers and M rules", then
// "· K skipped (first reasons)" when entries were not taken. Pure.
import type { Skipped } from './types';

export interface ImportCounts {
  papers: number;
  rules: number;
  merged: number;
}

export const skippedLine = (s: Skipped) => `${s.label}: ${s.reason}`;

export function importStatus({ papers, rules, merged }: ImportCounts, skipped: readonly Skipped[] = [], first = 3): string {
  let text = `Imported ${papers} papers and ${rules} rules${merged > 0 ? ` (${merged} merged)` : ''}`;
  if (skipped.length) {
    const reasons = skipped.slice(0, first).map(skippedLine).join('; ');
    text += ` · ${skipped.length} skipped (${reasons}${skipped.length > first ? '; …' : ''})`;
  }
  return text;
}
