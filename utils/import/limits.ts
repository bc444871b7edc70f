// Checks made before a file is read or parsed: its size (the backup's 20 MB limit) and whether it
// is text at all. A refused file changes nothing. Pure.
import { MAX_IMPORT_BYTES } from '@/utils/export/import-size';

export function sizeProblem(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return `The file is too large (${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB)`;
}

/** Binary data: NUL bytes or many control characters in the first bytes (text files have neither). */
export function binaryProblem(head: Uint8Array): string | null {
  let control = 0;
  for (const b of head) {
    if (b === 0) return 'The file holds binary data, not text (BibTeX, RIS, JSON); nothing was imported';
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control > head.length / 20 ? 'The file holds binary data, not text (BibTeX, RIS, JSON); nothing was imported' : null;
}
