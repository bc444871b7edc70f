// A labelled read-status picker (unread / reading / done), used per row and for bulk edits.
import { READ_STATUSES, type ReadStatus } from '@/utils/types';
import { Field } from '@/components/Field';

export function StatusSelect({ label, value, onChange }: { label: string; value: ReadStatus; onChange(status: ReadStatus): void }) {
  return (
    <Field label={label}>
      {(id) => (
        <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as ReadStatus)}>
          {READ_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
