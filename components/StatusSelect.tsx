// A labelled read-status picker (unread / reading / done), used per row and for bulk edits.
import { READ_STATUSES, type ReadStatus } from '@/utils/types';
import { plainChoices, SelectField } from './SelectField';

const STATUSES = plainChoices(READ_STATUSES);

export function StatusSelect({ label, value, onChange }: { label: string; value: ReadStatus; onChange(status: ReadStatus): void }) {
  return <SelectField label={label} value={value} choices={STATUSES} onChange={onChange} />;
}
