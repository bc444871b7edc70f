// A labelled file input that imports the chosen file and reports the outcome beside it.
import { ImportStatus } from '@/components/ImportStatus';
import { useImport } from '@/hooks/use-import';
import { importFile } from '@/utils/library/import-file';

interface Props {
  label: string;
  accept: string;
  /** The "Import rules" input: the file is read as a rule pack. */
  rulesOnly: boolean;
  onImported(): void;
}

export function FileImport({ label, accept, rulesOnly, onImported }: Props) {
  const { report, busy, run } = useImport(onImported);

  async function onChange(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    await run(() => importFile(file, rulesOnly), file.name);
    input.value = ''; // the same file can be chosen again
  }

  return (
    <div class="file-pick">
      <label>
        {label}
        <input type="file" accept={accept} disabled={busy} onChange={(e) => void onChange(e)} />
      </label>
      <ImportStatus {...report} />
    </div>
  );
}
