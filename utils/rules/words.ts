// Whole words, in one place (SPEC: letters, digits, '_', Unicode-aware; combining marks continue
// a word). Worked example, `diffus*, video generation` on "Video  generation with diffusion":
//   wordEndAt(`video generation`) at 0 → /video\s+generation/iuy matches up to 17; no word
//   character before 0 nor at 17 → 17.
//   wordEndAt(`diffus*`) at 23 → /diffus/iuy matches up to 29; a prefix runs on over word
//   characters → 32.
// Word characters are answered in code for ASCII; a non-ASCII character asks a regex built on
// first need: a regex holding Unicode classes costs ≈ 0.1 ms to build and ≈ 0.5 ms to compile
// when first run in V8, on every page load, and most text is ASCII (docs/PERFORMANCE.md#words-in-code).
// The class is the same with or without the i flag (checked over every code point), so the
// testers below use /u only.
import type { TermSpec } from '@/utils/types';

export const WORD_CLASS = '[\\p{L}\\p{M}\\p{N}_]';

let uni: { at: RegExp; before: RegExp; run: RegExp } | undefined;
/** The Unicode testers, built when a non-ASCII character first needs one. */
const unicode = () =>
  (uni ??= {
    at: new RegExp(WORD_CLASS, 'uy'),
    before: new RegExp(`(?<=${WORD_CLASS})`, 'uy'),
    run: new RegExp(`${WORD_CLASS}*`, 'uy'),
  });

/** 0-9, A-Z, _, a-z (for a UTF-16 code unit below 128). */
const asciiWordChar = (c: number) => (c >= 97 ? c <= 122 : c >= 65 ? c <= 90 || c === 95 : c >= 48 && c <= 57);

/** Whether a single character (code point) is a word character. */
let one: RegExp | undefined;
export function isWordChar(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return code < 128 ? c.length === 1 && asciiWordChar(code) : (one ??= new RegExp(`^${WORD_CLASS}$`, 'u')).test(c);
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

const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** The word's first character, lower-cased, when ASCII (else null: a regex decides). */
export function asciiLead(word: string): number | null {
  const c = word.charCodeAt(0);
  return c < 128 ? lower(c) : null;
}

/** Whether code point cp (ASCII) is the ASCII lead `lead` under case-insensitive matching. */
export const sameAsciiLead = (lead: number, cp: number) => lower(cp) === lead;

/**
 * End of the plain word's match starting exactly at p, or -1: the same as its lookaround regex
 * `term.re` at p (the literal's match length is fixed), with the boundaries checked in code
 * instead of Unicode classes compiled into every term's regex.
 */
export function wordEndAt(term: TermSpec): (text: string, p: number) => number {
  const core = new RegExp(term.scan, `${term.flags}y`); // the bare literal, e.g. /video\s+generation/iuy
  const { before, after } = term, prefix = term.kind === 'prefix';
  return (text, p) => {
    core.lastIndex = p;
    if (!core.test(text)) return -1;
    const end = core.lastIndex;
    if (before && wordBefore(text, p)) return -1;
    if (prefix) return wordRunEnd(text, end);
    return after && wordAt(text, end) ? -1 : end;
  };
}
