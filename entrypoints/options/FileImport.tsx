// A labelled file input that imports the chosen file and reports the outcome beside it.
import { useState } from 'preact/hooks';
import { importFile, importMessage } from '@/components/library/import-file';
import { plainError } from '@/components/library/plain-error';

interface Props {
  label: string;
  accept: string;
  /** The "Import rules" input: the file is read as a rule pack. */
  rulesOnly: boolean;
  onImported(): void;
}

export function FileImport({ label, accept, rulesOnly, onImported }: Props) {
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function onChange(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setMessage('');
    setError('');
    try {
      setMessage(importMessage(await importFile(file, rulesOnly)));
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
      <p class="ok" role="status">
        {message}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
