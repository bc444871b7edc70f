// Whole words, in one place (SPEC: letters, digits, '_', Unicode-aware; combining marks continue
// a word). Worked example, `diffus*, video generation` on "Video  generation with diffusion":
//   wordEndAt(`video generation`) at 0 → compares "video", a whitespace run, "generation" in code
//   (asciiWordEnd), checks no word character before 0 or after 17 → 17.
//   wordEndAt(`diffus*`) at 23 → "diffus" matches, a prefix runs on over word characters → 32.
// ASCII is answered in code; a non-ASCII character hands over to a regex built on first need:
// every regex holding Unicode classes costs ≈ 0.1 ms to build and ≈ 0.5 ms to compile when first
// run in V8, on every page load, and most text is ASCII (docs/PERFORMANCE.md#words-in-code).
// The class is the same with or without the i flag (checked over every code point), so the
// testers below use /u only.
import type { CompiledTerm } from './compile-term';

export const WORD_CLASS = '[\\p{L}\\p{M}\\p{N}_]';

let uni: { one: RegExp; at: RegExp; before: RegExp; run: RegExp } | undefined;
/** The Unicode testers, built when a non-ASCII character first needs one. */
const unicode = () =>
  (uni ??= {
    one: new RegExp(`^${WORD_CLASS}$`, 'u'),
    at: new RegExp(WORD_CLASS, 'uy'),
    before: new RegExp(`(?<=${WORD_CLASS})`, 'uy'),
    run: new RegExp(`${WORD_CLASS}*`, 'uy'),
  });

/** 0-9, A-Z, _, a-z (for a UTF-16 code unit below 128). */
const asciiWordChar = (c: number) => (c >= 97 ? c <= 122 : c >= 65 ? c <= 90 || c === 95 : c >= 48 && c <= 57);

/** Whether a single character (code point) is a word character. */
export function isWordChar(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return code < 128 ? c.length === 1 && asciiWordChar(code) : unicode().one.test(c);
}

/** Whether the code point ending at index i is a word character (what `(?<=W)` sees). */
export function wordBefore(text: string, i: number): boolean {
  const code = text.charCodeAt(i - 1); // NaN at the start
  if (!(code >= 128)) return code === code && asciiWordChar(code);
  const re = unicode().before;
  re.lastIndex = i;
  return re.test(text);
}

/** Whether the code point starting at index i is a word character. */
export function wordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i); // NaN at the end
  if (!(code >= 128)) return code === code && asciiWordChar(code);
  const re = unicode().at;
  re.lastIndex = i;
  return re.test(text);
}

/** End of the run of word characters starting at i. */
export function wordRunEnd(text: string, i: number): number {
  let j = i;
  for (let c = text.charCodeAt(j); c < 128 && asciiWordChar(c); c = text.charCodeAt(++j));
  if (!(text.charCodeAt(j) >= 128)) return j; // an ASCII non-word character, or the end
  const re = unicode().run;
  re.lastIndex = j;
  re.test(text);
  return re.lastIndex;
}

// Plain ASCII words compared in code, as their case-insensitive /iu regex would match them;
// anything outside ASCII in the text is left to the regex (Unicode case folding: K, ſ, NBSP).

/** A word's code units, lower-cased; -1 stands for a whitespace run (the pattern's `\s+`). */
export type AsciiWord = Int16Array;

/** Undecided: the text holds a non-ASCII character where the word was compared. */
export const NOT_ASCII = -2;

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13); // \s within ASCII
const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** The word as compared by asciiWordEnd, or null when it holds a non-ASCII character. */
export function asciiWord(word: string): AsciiWord | null {
  const out: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return null;
    if (!isSpace(c)) out.push(lower(c));
    else if (out.at(-1) !== -1) out.push(-1);
  }
  return Int16Array.from(out);
}

/**
 * End of the word matched at p in text (case-insensitively, whitespace runs as one or more
 * whitespace characters), -1 when it does not match there, or NOT_ASCII when a non-ASCII
 * character of the text would decide.
 */
export function asciiWordEnd(word: AsciiWord, text: string, p: number): number {
  let j = p;
  for (let k = 0; k < word.length; k++) {
    const w = word[k];
    let c = text.charCodeAt(j); // NaN past the end: matches nothing below
    if (c >= 128) return NOT_ASCII;
    if (w !== -1) {
      if (lower(c) !== w) return -1;
      j++;
      continue;
    }
    if (!isSpace(c)) return -1;
    // the run's end: the word goes on with a non-space character, so greedy is exact
    for (c = text.charCodeAt(++j); c < 128 && isSpace(c); c = text.charCodeAt(++j));
    if (c >= 128) return NOT_ASCII;
  }
  return j;
}

/** The word's first character, lower-cased, when ASCII (else null: a regex decides). */
export function asciiLead(word: string): number | null {
  const c = word.charCodeAt(0);
  return c < 128 ? lower(c) : null;
}

/** Whether code point cp (ASCII) is the ASCII lead `lead` under case-insensitive matching. */
export const sameAsciiLead = (lead: number, cp: number) => lower(cp) === lead;

/**
 * End of the plain word's match starting exactly at p, or -1: the same as its lookaround regex
 * `term.re` at p (the literal's match length is fixed), without compiling Unicode classes into
 * every term's regex.
 */
export function wordEndAt(term: CompiledTerm): (text: string, p: number) => number {
  const ascii = term.literal === null ? null : asciiWord(term.literal);
  let core: RegExp | undefined; // the bare literal, for text the ASCII compare cannot decide
  const coreEnd = (text: string, p: number) => {
    core ??= new RegExp(term.scan, `${term.flags}y`);
    core.lastIndex = p;
    return core.test(text) ? core.lastIndex : -1;
  };
  const { before, after } = term, prefix = term.kind === 'prefix';
  return (text, p) => {
    let end = ascii ? asciiWordEnd(ascii, text, p) : NOT_ASCII;
    if (end === NOT_ASCII) end = coreEnd(text, p);
    if (end < 0) return -1;
    if (before && wordBefore(text, p)) return -1;
    if (prefix) return wordRunEnd(text, end);
    return after && wordAt(text, end) ? -1 : end;
  };
}
