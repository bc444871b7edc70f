// Import of a file chosen in the Library: backup, BibTeX or rule pack, decided by the input
// used and the file itself. The background validates; a refused file changes nothing.
import { IMPORT_URL_UNREADABLE, sendMessage, type ImportResult } from '@/utils/messaging';

export type ImportKind = 'backup' | 'bibtex' | 'rules';

export function importKindOf(fileName: string, text: string, rulesInput: boolean): ImportKind {
  if (rulesInput) return 'rules';
  if (/\.bib$/i.test(fileName) || text.trimStart().startsWith('@')) return 'bibtex';
  return 'backup';
}

export async function importFile(file: File, rulesInput: boolean): Promise<ImportResult> {
  performance.mark('papersift:import-read');
  // The first characters tell a BibTeX file; the background reads the whole file itself.
  const kind = importKindOf(file.name, await file.slice(0, 1024).text(), rulesInput);
  const url = URL.createObjectURL(file);
  performance.mark('papersift:import-send');
  try {
    return await sendMessage('importBackup', { url, kind });
  } catch (e) {
    if ((e as Error)?.message !== IMPORT_URL_UNREADABLE) throw e;
    return await sendMessage('importBackup', { text: await file.text(), kind });
  } finally {
    URL.revokeObjectURL(url);
    performance.mark('papersift:import-done'); // `npm run bench` reads these marks
  }
}

/** The SPEC's exact status text. */
export function importMessage({ papers, rules, merged }: ImportResult): string {
  return `Imported ${papers} papers and ${rules} rules${merged > 0 ? ` (${merged} merged)` : ''}`;
}
