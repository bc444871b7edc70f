// Word characters for whole-word matching (SPEC: letters, digits, '_', Unicode-aware; plus
// combining marks, which continue a word). The class is the same with or without the i flag
// (checked over every code point), so the shared testers below use /u only. They are compiled
// once: every regex holding these Unicode classes costs ~0.5 ms to compile in V8.

export const WORD_CLASS = '[\\p{L}\\p{M}\\p{N}_]';

const one = new RegExp(`^${WORD_CLASS}$`, 'u');
const at = new RegExp(WORD_CLASS, 'uy');
const before = new RegExp(`(?<=${WORD_CLASS})`, 'uy');
const run = new RegExp(`${WORD_CLASS}*`, 'uy');

/** Whether a single character (code point) is a word character. */
export const isWordChar = (c: string | undefined): boolean => !!c && one.test(c);

/** Whether the code point ending at index i is a word character (what `(?<=W)` sees). */
export function wordBefore(text: string, i: number): boolean {
  before.lastIndex = i;
  return before.test(text);
}

/** Whether the code point starting at index i is a word character. */
export function wordAt(text: string, i: number): boolean {
  at.lastIndex = i;
  return at.test(text);
}

/** End of the run of word characters starting at i. */
export function wordRunEnd(text: string, i: number): number {
  run.lastIndex = i;
  run.test(text);
  return run.lastIndex;
}
