// "Is the reader typing?" (pure, duck-typed): page keys must never fire inside a text field,
// a select or editable content, where the letters belong to what is being written.

/** The parts of an Element the check reads. */
export interface EditableLike {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
  getAttribute?(name: string): string | null;
}

/** Inputs that take no typed text: keys pressed on them may still be ours. */
const NOT_TEXT = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);
/** Widgets that take typed text without being an input (ARIA roles). */
const TEXT_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);

export function isTyping(el: EditableLike | null | undefined): boolean {
  if (!el || typeof el.tagName !== 'string') return false;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NOT_TEXT.has(String(el.type ?? 'text').toLowerCase());
  if (el.isContentEditable) return true;
  const role = el.getAttribute?.('role');
  return !!role && TEXT_ROLES.has(role.trim().toLowerCase());
}
