// Word characters for whole-word matching (SPEC: letters, digits, '_', Unicode-aware; plus
// combining marks, which continue a word). The class is the same with or without the i flag
// (checked over every code point), so the shared testers below use /u only.
// ASCII is answered in code: every regex holding these Unicode classes costs ≈ 0.1 ms to build
// and ≈ 0.5 ms to compile when first run in V8, on every page load, and most text is ASCII.

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
const asciiWord = (c: number) => (c >= 97 ? c <= 122 : c >= 65 ? c <= 90 || c === 95 : c >= 48 && c <= 57);

/** Whether a single character (code point) is a word character. */
export function isWordChar(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return code < 128 ? c.length === 1 && asciiWord(code) : unicode().one.test(c);
}

/** Whether the code point ending at index i is a word character (what `(?<=W)` sees). */
export function wordBefore(text: string, i: number): boolean {
  const code = text.charCodeAt(i - 1); // NaN at the start
  if (!(code >= 128)) return code === code && asciiWord(code);
  const re = unicode().before;
  re.lastIndex = i;
  return re.test(text);
}

/** Whether the code point starting at index i is a word character. */
export function wordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i); // NaN at the end
  if (!(code >= 128)) return code === code && asciiWord(code);
  const re = unicode().at;
  re.lastIndex = i;
  return re.test(text);
}

/** End of the run of word characters starting at i. */
export function wordRunEnd(text: string, i: number): number {
  let j = i;
  for (let c = text.charCodeAt(j); c < 128 && asciiWord(c); c = text.charCodeAt(++j));
  if (!(text.charCodeAt(j) >= 128)) return j; // an ASCII non-word character, or the end
  const re = unicode().run;
  re.lastIndex = j;
  re.test(text);
  return re.lastIndex;
}

/** Where a regex search resumes after finding nothing at i: the next code point under /u, else the next unit. */
export function resumeAfter(text: string, i: number, unicode: boolean): number {
  const c = text.charCodeAt(i);
  const pair = unicode && c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  return i + (pair ? 2 : 1);
}
