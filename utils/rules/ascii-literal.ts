// Plain ASCII words compared in code, as their case-insensitive /iu regex would match them:
// on a page load every regex costs its build and first compilation in V8 (≈ 10 µs each, and a
// rule set has one per word), while comparing a few characters at a candidate costs nothing.
// Anything outside ASCII in the text is left to the regex (Unicode case folding: K, ſ, NBSP).

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
