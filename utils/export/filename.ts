// Download file names (SPEC.md Library contract). Local date: the day the reader sees.
export type ExportKind = 'bib' | 'ris' | 'csl' | 'csv' | 'md' | 'backup';

const EXTENSIONS: Record<ExportKind, string> = {
  bib: 'bib', ris: 'ris', csl: 'json', csv: 'csv', md: 'md', backup: 'json',
};

export function exportFileName(kind: ExportKind, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return kind === 'backup' ? `papersift-backup-${day}.json` : `papersift-${day}.${EXTENSIONS[kind]}`;
}
