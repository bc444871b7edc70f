// Tokenisation for training: words and word pairs without stop words, bare numbers or
// one-letter noise. The scorer needs no stop list: a term the model dropped has no weight. Pure.
import { STOP_WORDS } from '@/utils/suggest/stopwords';
import { eachTerm, fold } from './words';

/** Stop words in folded form ("uses" → "use"), so a folded word is looked up as it is. */
const STOP = new Set([...STOP_WORDS].map(fold));

/** A word the model may learn from: not a stop word, not a bare number, 3+ characters (2 with a digit). */
export function usable(w: string): boolean {
  if (STOP.has(w) || w.length > 40 || /^[\p{N}.,-]+$/u.test(w)) return false;
  return w.length >= 3 || (w.length === 2 && /\p{N}/u.test(w) && /\p{L}/u.test(w));
}

/** Term → count in the text (words and pairs). */
export function termCounts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  eachTerm(text, (t) => out.set(t, (out.get(t) ?? 0) + 1), usable);
  return out;
}

export { paperText } from './words';
