// A labelled file input that imports the chosen file and reports the outcome beside it.
import { useState } from 'preact/hooks';
import { importFile, importMessage } from '@/utils/library/import-file';
import { plainError } from '@/utils/library/plain-error';
import type { Skipped } from '@/utils/import/types';
import { ImportStatus } from './ImportStatus';

interface Props {
  label: string;
  accept: string;
  /** The "Import rules" input: the file is read as a rule pack. */
  rulesOnly: boolean;
  onImported(): void;
}

export function FileImport({ label, accept, rulesOnly, onImported }: Props) {
  const [message, setMessage] = useState('');
  const [skipped, setSkipped] = useState<Skipped[]>([]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function onChange(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setMessage('');
    setSkipped([]);
    setError('');
    try {
      const outcome = await importFile(file, rulesOnly);
      setMessage(importMessage(outcome));
      setSkipped(outcome.skipped);
      onImported();
    } catch (err) {
      setError(`${file.name}: ${plainError(err)}`);
    } finally {
      setBusy(false);
      input.value = ''; // the same file can be chosen again
    }
  }

  return (
    <div class="file-pick">
      <label>
        {label}
        <input type="file" accept={accept} disabled={busy} onChange={(e) => void onChange(e)} />
      </label>
      <ImportStatus message={message} skipped={skipped} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
