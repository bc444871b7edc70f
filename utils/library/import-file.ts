// Import of a file chosen in the Library. A PaperSift backup or rule pack goes to the background
// unread (it validates and writes). Another tool's file (BibTeX, RIS, CSL-JSON, PaperMemory) is
// read here — the BibTeX parser is loaded only when a BibTeX file is chosen — and its papers go to
// the background as one "papers" import: validated there, written in one transaction or not at all.
import { IMPORT_URL_UNREADABLE, type ImportKind, type ImportResult } from '@/utils/types';
import { sendMessage } from '@/utils/messaging';
import { BACKUP_FORMAT, BACKUP_VERSION } from '@/utils/export/backup';
import { detectFormat, type FileFormat } from '@/utils/import/detect';
import { binaryProblem, sizeProblem } from '@/utils/import/limits';
import { importStatus } from '@/utils/import/status';
import type { ImportDraft, Skipped } from '@/utils/import/types';
import type { SavedPaper } from '@/utils/types';

export interface ImportOutcome {
  result: ImportResult;
  skipped: Skipped[];
}

/** What the Library shows of the last import: its status line and skipped entries, or its error. */
export interface ImportReport {
  message: string;
  skipped: Skipped[];
  error: string;
}

/** Sends a file (or text) to the background by a blob: URL of this page, the text where it cannot read that. */
async function send(blob: Blob, kind: ImportKind): Promise<ImportResult> {
  const url = URL.createObjectURL(blob);
  try {
    return await sendMessage('importBackup', { url, kind });
  } catch (e) {
    if ((e as Error)?.message !== IMPORT_URL_UNREADABLE) throw e;
    return await sendMessage('importBackup', { text: await blob.text(), kind });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Papers read in this page, handed to the background as a backup's papers. */
export async function importPapers(papers: SavedPaper[], skipped: Skipped[]): Promise<ImportOutcome> {
  const backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date().toISOString(), rules: [], papers };
  const result = await send(new Blob([JSON.stringify(backup)], { type: 'application/json' }), 'papers');
  return { result, skipped };
}

/** The readers of other tools' files; each loaded on first use. */
async function readDraft(format: Exclude<FileFormat, 'backup'>, text: string, now: string): Promise<ImportDraft> {
  if (format === 'bibtex') return (await import('@/utils/import/bibtex')).readBibtex(text, now);
  if (format === 'ris') return (await import('@/utils/import/ris')).readRis(text, now);
  if (format === 'csl-json') return (await import('@/utils/import/csl-json')).readCslJson(text, now);
  return (await import('@/utils/import/papermemory')).readPaperMemory(text, now);
}

export async function importFile(file: File, rulesInput: boolean): Promise<ImportOutcome> {
  performance.mark('papersift:import-read');
  // Nothing is read from a file over the limit, nor parsed from one that is not text.
  const tooLarge = sizeProblem(file.size);
  if (tooLarge) throw new Error(tooLarge);
  const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
  const binary = binaryProblem(head);
  if (binary) throw new Error(binary);
  const format = rulesInput ? 'backup' : detectFormat(file.name, new TextDecoder().decode(head));
  performance.mark('papersift:import-send');
  try {
    if (format === 'backup') return { result: await send(file, rulesInput ? 'rules' : 'backup'), skipped: [] };
    const { papers, skipped } = await readDraft(format, await file.text(), new Date().toISOString());
    performance.mark('papersift:import-parsed');
    if (!papers.length) throw new Error(noPapers(skipped));
    return await importPapers(papers, skipped);
  } finally {
    performance.mark('papersift:import-done'); // `npm run bench` reads these marks
  }
}

export function noPapers(skipped: Skipped[]): string {
  const why = skipped.length ? ` (${importStatus({ papers: 0, rules: 0, merged: 0 }, skipped).split(' · ')[1]})` : '';
  return `No arXiv papers found, so nothing was imported${why}`;
}

/** The SPEC's exact status text. */
export function importMessage({ result, skipped }: ImportOutcome): string {
  return importStatus(result, skipped);
}
