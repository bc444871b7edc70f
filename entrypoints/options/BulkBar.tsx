// Actions on the selected papers: add a tag, set the status, remove (with Undo), export.
import { useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import type { ReadStatus } from '@/utils/types';
import { useFeedback } from '@/components/library/feedback';
import { plural } from '@/utils/library/format';
import { parseTags } from '@/utils/library/tag-text';
import { Field } from '@/components/Field';
import { SelectField, type Choice } from '@/components/SelectField';
import { StatusSelect } from '@/components/StatusSelect';
import type { Selection } from '@/hooks/use-selection';
import { PAPER_FORMATS, exportPapers, type ExportChoice } from '@/utils/library/export-papers';

const EXPORT_CHOICES: Choice<ExportChoice>[] = [
  ...Object.entries(PAPER_FORMATS).map(([kind, f]): Choice<ExportChoice> => [kind as ExportChoice, f.label]),
  ['backup', 'Backup (JSON)'],
];

interface Props {
  selection: Selection;
  /** Datalist id of the known tags, for the "Tag to add" field. */
  tagListId: string;
  onChanged(): void;
}

export function BulkBar({ selection, tagListId, onChanged }: Props) {
  const { announce, fail } = useFeedback();
  const [tagText, setTagText] = useState('');
  const [status, setStatus] = useState<ReadStatus>('done');
  const [format, setFormat] = useState<ExportChoice>('bib');
  const ids = () => [...selection.ids];
  const count = plural(selection.size, 'paper');

  async function run(action: () => Promise<void>) {
    try {
      await action();
      onChanged();
    } catch (err) {
      fail(err);
    }
  }

  const addTag = () =>
    run(async () => {
      const tags = parseTags(tagText);
      if (!tags.length) return;
      await sendMessage('updatePapers', { ids: ids(), patch: {}, addTags: tags });
      setTagText('');
      announce(`Tagged ${count} “${tags.join(', ')}”`);
    });

  const setAllStatus = () =>
    run(async () => {
      await sendMessage('updatePapers', { ids: ids(), patch: { status } });
      announce(`Set ${count} to ${status}`);
    });

  const removeAll = () =>
    run(async () => {
      const removed = await sendMessage('removePapers', { ids: ids() });
      selection.clear();
      announce(`Removed ${plural(removed.length, 'paper')}`, () => sendMessage('restorePapers', { papers: removed }));
    });

  const exportSelected = () => run(() => exportPapers(format, ids()));

  return (
    <div class="bulk-bar" role="group" aria-label="Selected papers">
      <strong>{selection.size} selected</strong>
      <button type="button" onClick={selection.clear}>
        Clear selection
      </button>
      <form
        class="group"
        onSubmit={(e) => {
          e.preventDefault();
          void addTag();
        }}
      >
        <Field label="Tag to add">
          {(id) => (
            <input id={id} list={tagListId} value={tagText} autoComplete="off" onInput={(e) => setTagText(e.currentTarget.value)} />
          )}
        </Field>
        <button type="submit" disabled={!tagText.trim()}>
          Add tag
        </button>
      </form>
      <div class="group">
        <StatusSelect label="Status for selected" value={status} onChange={setStatus} />
        <button type="button" onClick={() => void setAllStatus()}>
          Set status
        </button>
      </div>
      <div class="group">
        <SelectField label="Export format" value={format} choices={EXPORT_CHOICES} onChange={setFormat} />
        <button type="button" onClick={() => void exportSelected()}>
          Export selected
        </button>
      </div>
      <button type="button" class="danger" onClick={() => void removeAll()}>
        Remove selected
      </button>
    </div>
  );
}
