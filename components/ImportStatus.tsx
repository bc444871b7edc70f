// What an import did: the status line (SPEC: "Imported N papers and M rules · K skipped (…)"),
// when entries were skipped the full list of them on demand, and why an import failed.
import { skippedLine } from '@/utils/import/status';
import type { ImportReport } from '@/utils/library/import-file';

export function ImportStatus({ message, skipped, error }: ImportReport) {
  return (
    <>
      <p class="ok" role="status">
        {message}
      </p>
      {message && skipped.length > 0 && (
        <details class="skipped">
          <summary>All {skipped.length} skipped entries</summary>
          <ul>
            {skipped.map((s, i) => (
              <li key={i}>{skippedLine(s)}</li>
            ))}
          </ul>
        </details>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
