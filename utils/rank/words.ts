// The words of a text as the For you model reads them: lower-case, possessive 's and a plain
// plural s folded ("models" → "model"), and the pairs of adjacent words. Shared by training and by
// the content script's scorer, so both see the same terms; small on purpose (content script). Pure.

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** One word's key, the word already lower-case: "model's" → "model", "agents" → "agent" (not "loss", "focus", "analysis"). */
export function fold(w: string): string {
  const n = w.length;
  if (w.charCodeAt(n - 1) !== 115 /* s */) return w;
  const c = w.charCodeAt(n - 2);
  if (c === 39 || c === 0x2019) return w.slice(0, -2); // 's ’s
  return n > 4 && c !== 115 && c !== 117 && c !== 105 /* ss us is */ ? w.slice(0, -1) : w;
}

const SPACE = /\s+/y;

/**
 * Calls `add` with every word, then every pair of words next to each other (only whitespace
 * between them) as "a b". `keep` drops a word (stop words); a dropped word breaks a pair.
 * `pairFrom` false for a word: no pair starting with it is wanted (the scorer skips building it).
 */
export function eachTerm(
  text: string,
  add: (term: string) => void,
  keep: (word: string) => boolean = () => true,
  pairFrom: (word: string) => boolean = () => true,
): void {
  const lower = text.toLowerCase();
  let prev: string | null = null, prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const w = fold(m[0]);
    if (!keep(w)) {
      prev = null;
      continue;
    }
    add(w);
    SPACE.lastIndex = prevEnd;
    if (prev !== null && SPACE.test(lower) && SPACE.lastIndex === m.index) add(`${prev} ${w}`);
    prev = pairFrom(w) ? w : null;
    prevEnd = m.index + m[0].length;
  }
}

/** What the model reads of a paper: its title and abstract (HF's AI summary when there is no abstract). */
export const paperText = (p: { title: string; summary?: string | null; aiSummary?: string | null }): string =>
  `${p.title}\n${p.summary || p.aiSummary || ''}`;
