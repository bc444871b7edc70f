// What an import did: the status line (SPEC: "Imported N papers and M rules · K skipped (…)") and,
// when entries were skipped, the full list of them on demand.
import type { Skipped } from '@/utils/import/types';
import { skippedLine } from '@/utils/import/status';

export function ImportStatus({ message, skipped }: { message: string; skipped: Skipped[] }) {
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
    </>
  );
}
