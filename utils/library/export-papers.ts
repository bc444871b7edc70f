// Exports of the reading list, as the Library offers them: formats, file names, downloads.
import { sendMessage } from '@/utils/messaging';
import type { SavedPaper } from '@/utils/types';
import { toBibtex } from '@/utils/export/bibtex';
import { toRis } from '@/utils/export/ris';
import { toCslJson } from '@/utils/export/csl';
import { toCsv } from '@/utils/export/csv';
import { toMarkdown } from '@/utils/export/markdown';
import { exportFileName, type ExportKind } from '@/utils/export/filename';
import { downloadText } from './download';

export type PaperFormat = Exclude<ExportKind, 'backup'>;

interface Format {
  /** Button text: "Export <label>". */
  label: string;
  mime: string;
  render(papers: readonly SavedPaper[]): string;
}

export const PAPER_FORMATS: Record<PaperFormat, Format> = {
  bib: { label: 'BibTeX', mime: 'application/x-bibtex', render: toBibtex },
  ris: { label: 'RIS', mime: 'application/x-research-info-systems', render: toRis },
  csl: { label: 'CSL-JSON', mime: 'application/vnd.citationstyles.csl+json', render: toCslJson },
  csv: { label: 'CSV', mime: 'text/csv', render: toCsv },
  md: { label: 'Markdown', mime: 'text/markdown', render: toMarkdown },
};

export type ExportChoice = PaperFormat | 'backup';

/** `ids` undefined = every saved paper (and, for a backup, the rules and settings too). */
export async function exportPapers(kind: ExportChoice, ids: readonly string[] | undefined, now = new Date()): Promise<void> {
  const list = ids ? [...ids] : undefined;
  if (kind === 'backup') {
    const text = await sendMessage('exportBackup', { ids: list });
    return downloadText(text, exportFileName('backup', now), 'application/json');
  }
  const papers = await sendMessage('getSaved', { ids: list });
  const format = PAPER_FORMATS[kind];
  downloadText(format.render(papers), exportFileName(kind, now), format.mime);
}

/** The rule pack: rules only, in the backup format (imports back with "Import rules"). */
export async function exportRules(now = new Date()): Promise<void> {
  const text = await sendMessage('exportBackup', { rulesOnly: true });
  downloadText(text, exportFileName('backup', now).replace('papersift-backup-', 'papersift-rules-'), 'application/json');
}

/** One paper's BibTeX on the clipboard. */
export async function copyBibtex(paper: SavedPaper): Promise<void> {
  await navigator.clipboard.writeText(toBibtex([paper]));
}
