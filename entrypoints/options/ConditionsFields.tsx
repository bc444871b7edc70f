// The rule editor's conditions on Hugging Face data; every one that is set must hold.
import { Field } from '@/components/Field';
import type { ConditionsForm } from '@/utils/library/conditions-form';

interface Props {
  value: ConditionsForm;
  onChange(next: ConditionsForm): void;
}

const COUNTS: [keyof ConditionsForm, string][] = [
  ['minUpvotes', 'Minimum upvotes'],
  ['minStars', 'Minimum GitHub stars'],
  ['publishedWithinDays', 'Published within (days)'],
];

export function ConditionsFields({ value, onChange }: Props) {
  const set = <K extends keyof ConditionsForm>(key: K, v: ConditionsForm[K]) => onChange({ ...value, [key]: v });
  return (
    <fieldset class="conditions">
      <legend>Only papers that also meet (optional)</legend>
      {COUNTS.map(([key, label]) => (
        <Field key={key} label={label}>
          {(id) => (
            <input
              id={id}
              name={key}
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              value={value[key] as string}
              onInput={(e) => set(key, e.currentTarget.value)}
            />
          )}
        </Field>
      ))}
      <Field label="Organisation">
        {(id) => (
          <input id={id} name="org" maxLength={200} value={value.org} placeholder="e.g. NVIDIA" onInput={(e) => set('org', e.currentTarget.value)} />
        )}
      </Field>
      <label class="check">
        <input type="checkbox" name="hasCode" checked={value.hasCode} onChange={(e) => set('hasCode', e.currentTarget.checked)} />
        Has code
      </label>
    </fieldset>
  );
}
