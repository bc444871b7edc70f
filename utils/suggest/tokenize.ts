// Words and two-word phrases of a paper's text, as candidate rule terms. A phrase is only two
// words separated by whitespace, so every candidate matches its text again as a rule term
// (the rule engine matches phrases across whitespace runs, case-insensitively). Pure.
import { STOP_WORDS } from './stopwords';

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** A word worth proposing: not a stop word, not a bare number, 3+ characters (2 with a digit, e.g. "3d"). */
function usable(lower: string): boolean {
  if (STOP_WORDS.has(lower) || lower.length > 40) return false;
  if (/^[\p{N}.,-]+$/u.test(lower)) return false;
  return lower.length >= 3 || (lower.length === 2 && /\p{N}/u.test(lower) && /\p{L}/u.test(lower));
}

/** The distinct terms of one text: lower-case key → the spelling it had there. */
export function docTerms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let prev: { surface: string; lower: string; end: number } | null = null;
  for (const m of text.matchAll(WORD)) {
    const surface = m[0].replace(/['’]s$/u, ''); // "model's" → "model": the rule term still matches it
    const lower = surface.toLowerCase();
    if (!usable(lower)) {
      prev = null;
      continue;
    }
    if (!out.has(lower)) out.set(lower, surface);
    const gap = prev ? text.slice(prev.end, m.index) : '';
    if (prev && /^\s+$/.test(gap)) {
      const key = `${prev.lower} ${lower}`;
      if (!out.has(key)) out.set(key, `${prev.surface} ${surface}`);
    }
    prev = { surface, lower, end: m.index! + m[0].length };
  }
  return out;
}
