// Import of a file chosen in the Library: backup, BibTeX or rule pack, decided by the input
// used and the file itself. The background validates; a refused file changes nothing.
import { sendMessage, type ImportResult } from '@/utils/messaging';

export type ImportKind = 'backup' | 'bibtex' | 'rules';

export function importKindOf(fileName: string, text: string, rulesInput: boolean): ImportKind {
  if (rulesInput) return 'rules';
  if (/\.bib$/i.test(fileName) || text.trimStart().startsWith('@')) return 'bibtex';
  return 'backup';
}

export async function importFile(file: File, rulesInput: boolean): Promise<ImportResult> {
  performance.mark('papersift:import-read');
  const text = await file.text();
  performance.mark('papersift:import-send');
  const result = await sendMessage('importBackup', { text, kind: importKindOf(file.name, text, rulesInput) });
  performance.mark('papersift:import-done'); // `npm run bench` reads these marks
  return result;
}

/** The SPEC's exact status text. */
export function importMessage({ papers, rules, merged }: ImportResult): string {
  return `Imported ${papers} papers and ${rules} rules${merged > 0 ? ` (${merged} merged)` : ''}`;
}
