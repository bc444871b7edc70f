// A fieldset of radio buttons under a legend, one per choice [value, text] (the settings' modes).
import type { Choice } from './SelectField';

interface Props<T extends string> {
  legend: string;
  name: string;
  class?: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange(value: NoInfer<T>): void;
}

export function RadioGroup<T extends string>({ legend, name, class: className, value, choices, onChange }: Props<T>) {
  return (
    <fieldset class={className}>
      <legend>{legend}</legend>
      {choices.map(([v, text]) => (
        <label key={v}>
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          {text}
        </label>
      ))}
    </fieldset>
  );
}
