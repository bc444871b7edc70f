// One import at a time from a Library control (file input, paste box): busy while it runs, then
// its report for ImportStatus — the status line and skipped entries, or the error.
import { useState } from 'preact/hooks';
import { importMessage, type ImportOutcome, type ImportReport } from '@/utils/library/import-file';
import { plainError } from '@/utils/library/plain-error';

const NONE: ImportReport = { message: '', skipped: [], error: '' };

export function useImport(onImported: () => void) {
  const [report, setReport] = useState<ImportReport>(NONE);
  const [busy, setBusy] = useState(false);

  /** Runs `work`; true when it imported. A failure is shown after `what` ("file.bib: …"), if given. */
  async function run(work: () => Promise<ImportOutcome>, what = ''): Promise<boolean> {
    setBusy(true);
    setReport(NONE);
    try {
      const outcome = await work();
      setReport({ message: importMessage(outcome), skipped: outcome.skipped, error: '' });
      onImported();
      return true;
    } catch (err) {
      setReport({ ...NONE, error: `${what ? `${what}: ` : ''}${plainError(err)}` });
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { report, busy, run };
}
