// Keyboard triage: which key does what (pure). Single-letter page keys, never with Ctrl, Alt or
// Meta (those belong to the browser and the page), and only s/h/e/o once per press (no auto-repeat).

export type KeyCommand = 'next' | 'prev' | 'save' | 'hide' | 'open' | 'openNew' | 'expand' | 'help' | 'escape';

/** The parts of a KeyboardEvent the mapping reads. */
export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  repeat?: boolean;
  isComposing?: boolean;
}

const BY_KEY = new Map<string, KeyCommand>([
  ['j', 'next'],
  ['k', 'prev'],
  ['s', 'save'],
  ['h', 'hide'],
  ['o', 'open'],
  ['e', 'expand'],
  ['?', 'help'],
  ['Escape', 'escape'],
]);

export function commandFor(e: KeyInput): KeyCommand | null {
  if (e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return null;
  let cmd: KeyCommand | null;
  if (/^[a-z]$/i.test(e.key)) {
    const lower = e.key.toLowerCase();
    // Shift+O opens in a new tab; other Shift+letters are left to the page. Caps Lock alone
    // (an upper-case letter without Shift) is the plain key.
    if (e.shiftKey) cmd = lower === 'o' ? 'openNew' : null;
    else cmd = BY_KEY.get(lower) ?? null;
  } else cmd = BY_KEY.get(e.key) ?? null; // '?' is Shift+/ on many layouts: Shift does not matter
  // Holding j or k keeps moving; holding s or h must not toggle or hide card after card.
  if (e.repeat && cmd !== 'next' && cmd !== 'prev') return null;
  return cmd;
}

/** The list shown by "?" on the page and in the popup's Keyboard section. */
export const KEY_HELP: readonly { keys: readonly string[]; what: string }[] = [
  { keys: ['j'], what: 'Next paper' },
  { keys: ['k'], what: 'Previous paper' },
  { keys: ['s'], what: 'Save to the reading list, or remove from it' },
  { keys: ['h'], what: 'Hide the paper, then move on' },
  { keys: ['e'], what: 'Show a hidden paper again' },
  { keys: ['o'], what: 'Open the paper page' },
  { keys: ['Shift', 'O'], what: 'Open the paper page in a new tab' },
  { keys: ['?'], what: 'Show or close this list' },
  { keys: ['Esc'], what: 'Close this list, or clear the focus ring' },
];
