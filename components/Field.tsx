// A control with a visible label tied by id. The label does not wrap the control: a wrapped
// <select> or <textarea> would add its options / text to the accessible name ("Status unread
// reading done"), and the SPEC's names must be exact.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface Props {
  label: string;
  class?: string;
  /** Renders the control; it must put `id` on the labelled element. */
  children: (id: string) => ComponentChildren;
}

export function Field({ label, class: className, children }: Props) {
  const id = useId();
  return (
    <div class={`field${className ? ` ${className}` : ''}`}>
      <label for={id}>{label}</label>
      {children(id)}
    </div>
  );
}
