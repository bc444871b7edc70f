// CSV export: RFC 4180 (CRLF, quoted where needed) via papaparse's unparse, UTF-8 with a BOM
// so spreadsheet programs detect the encoding (Zotero's CSV export does the same).
// Formula injection: cells starting with = + - @ tab or CR get a leading ' (papaparse's
// escapeFormulae, the OWASP advice) so a spreadsheet never runs a title or note as a formula.
// Pure.
import Papa from 'papaparse';
import type { SavedPaper } from '../types';
import { arxivAbsUrl } from '@/utils/paper/urls';

export const CSV_HEADER = [
  'id', 'title', 'authors', 'published', 'saved_at', 'status', 'tags', 'note', 'url', 'upvotes',
] as const;

function row(p: SavedPaper): (string | number)[] {
  return [
    p.id,
    p.title,
    p.authors.join('; '),
    p.publishedAt ?? '',
    p.savedAt,
    p.status,
    p.tags.join('; '),
    p.note ?? '',
    p.arxivUrl || arxivAbsUrl(p.id),
    p.upvotes ?? '',
  ];
}

export function toCsv(papers: readonly SavedPaper[]): string {
  const body = Papa.unparse(
    { fields: [...CSV_HEADER], data: papers.map(row) },
    { newline: '\r\n', escapeFormulae: true },
  );
  return '\uFEFF' + body + '\r\n';
}
