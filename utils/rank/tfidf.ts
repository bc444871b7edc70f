// TF-IDF over words and pairs: sublinear term frequency (1 + ln tf) times smoothed idf
// (ln((1 + N) / (1 + df)) + 1, as scikit-learn), each document scaled to unit length. Pure.

export interface Vocab {
  terms: string[];
  idf: number[];
  index: Map<string, number>;
}

/** A sparse row: feature indexes (ascending) and their values. */
export interface SparseRow {
  idx: number[];
  val: number[];
}

/** Terms in at least `minDf` documents (a one-paper fluke cannot generalise), with their idf. */
export function fitVocab(docs: readonly Map<string, number>[], minDf = 2): Vocab {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  // In order of first appearance: deterministic for the same documents, and no sort of 50,000 strings.
  const terms: string[] = [];
  for (const [t, n] of df) if (n >= minDf) terms.push(t);
  const n = docs.length;
  const idf = terms.map((t) => Math.log((1 + n) / (1 + df.get(t)!)) + 1);
  return { terms, idf, index: new Map(terms.map((t, i) => [t, i])) };
}

/** One document's unit-length TF-IDF row; terms outside the vocabulary are ignored. */
export function vectorize(counts: ReadonlyMap<string, number>, vocab: Pick<Vocab, 'idf' | 'index'>): SparseRow {
  const pairs: [number, number][] = [];
  let norm = 0;
  for (const [t, tf] of counts) {
    const i = vocab.index.get(t);
    if (i === undefined) continue;
    const v = (1 + Math.log(tf)) * vocab.idf[i];
    pairs.push([i, v]);
    norm += v * v;
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const k = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return { idx: pairs.map((p) => p[0]), val: pairs.map((p) => p[1] * k) };
}
