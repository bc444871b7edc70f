// A labelled <select> of fixed choices, each [value, text]: a read status, a rule's action, the
// export format, the sort order, the list filters.
import { Field } from './Field';

export type Choice<T extends string> = readonly [value: T, text: string];

interface Props<T extends string> {
  label: string;
  /** The form field's name, where one is wanted. */
  name?: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange(value: NoInfer<T>): void;
}

export function SelectField<T extends string>({ label, name, value, choices, onChange }: Props<T>) {
  return (
    <Field label={label}>
      {(id) => (
        <select id={id} name={name} value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
          {choices.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Choices shown as their own value ("unread", "highlight"). */
export const plainChoices = <T extends string>(values: readonly T[]): Choice<T>[] => values.map((v) => [v, v]);
