// Scores one paper with a trained model: its terms looked up in the model's weight table,
// TF-IDF over those terms, a dot product, the percentile among recent listings, and the three
// terms that weighed most. Small on purpose: the content script scores a page's cards with it. Pure.
import { percentile } from './calibrate';
import { eachTerm } from './words';

/** A trained model (see model.ts), everything the scorer needs. */
export interface RankWeights {
  terms: string[];
  idf: number[];
  w: number[];
  b: number;
  /** Quantile breakpoints of recent listings' raw scores. */
  q: number[];
}

export interface Score {
  /** 0–100, calibrated. */
  score: number;
  /** The model's raw output (log-odds). */
  raw: number;
  /** Up to three terms that raised the score most. */
  because: string[];
}

export type Scorer = (text: string) => Score;

export function scorer(m: RankWeights): Scorer {
  const index = new Map<string, number>();
  /** Words that start a pair of the table: no other pair is built (most of a text's pairs). */
  const firsts = new Set<string>();
  m.terms.forEach((t, i) => {
    index.set(t, i);
    const sp = t.indexOf(' ');
    if (sp > 0) firsts.add(t.slice(0, sp));
  });
  const pairFrom = (w: string) => firsts.has(w);
  return (text) => {
    const tf = new Map<number, number>();
    const add = (t: string) => {
      const i = index.get(t);
      if (i !== undefined) tf.set(i, (tf.get(i) ?? 0) + 1);
    };
    eachTerm(text, add, undefined, pairFrom);
    let norm = 0, z = 0;
    const parts: [string, number][] = [];
    for (const [i, n] of tf) {
      const v = (1 + Math.log(n)) * m.idf[i];
      norm += v * v;
      parts.push([m.terms[i], m.w[i] * v]);
    }
    const k = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (const p of parts) z += p[1] * k;
    const raw = z + m.b;
    const because = parts.filter((p) => p[1] > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map((p) => p[0]);
    return { score: percentile(raw, m.q), raw, because };
  };
}

/**
 * The weight table as storage.local holds it (persist.ts StoredModel), checked just enough for a
 * page: a table that does not fit gives no score. (The background checks every field: fromStored.)
 */
export function weightsOf(stored: unknown): RankWeights | null {
  const s = stored as { v?: number; terms?: unknown; idf?: unknown[]; w?: unknown[]; b?: unknown; q?: unknown[] } | null;
  if (s?.v !== 1 || typeof s.terms !== 'string' || typeof s.b !== 'number' || !Array.isArray(s.q)) return null;
  const terms = s.terms.split('\n');
  return s.w?.length === terms.length && s.idf?.length === terms.length ? ({ ...s, terms } as RankWeights) : null;
}
