// Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin'
// Words"): which terms are distinctive of corpus A versus corpus B, shrunk towards how common
// each term is overall, so rare flukes and everyday words do not win. Counts are documents
// containing the term (a long abstract repeating a word counts once). Pure.

export interface Corpus {
  docs: number;
  /** Term → number of documents containing it. */
  df: Map<string, number>;
}

export function corpusOf(docs: readonly Map<string, string>[]): Corpus {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return { docs: docs.length, df };
}

const total = (c: Corpus) => {
  let n = 0;
  for (const v of c.df.values()) n += v;
  return n;
};

/**
 * z-scores of the log-odds ratio A vs B for every term of A or B: positive = distinctive of A.
 * `prior` is the background (all documents); its total weight α0 is `priorShare` × the counts of A and B.
 */
export function logOddsZ(a: Corpus, b: Corpus, prior: Corpus, priorShare = 0.1): Map<string, number> {
  const na = total(a);
  const nb = total(b);
  const np = Math.max(1, total(prior));
  const strength = Math.max(1, priorShare * (na + nb));
  const out = new Map<string, number>();
  for (const term of new Set([...a.df.keys(), ...b.df.keys()])) {
    const alpha = Math.max(0.01, (strength * (prior.df.get(term) ?? 0)) / np);
    const ya = a.df.get(term) ?? 0;
    const yb = b.df.get(term) ?? 0;
    const delta =
      Math.log((ya + alpha) / (na + strength - ya - alpha)) - Math.log((yb + alpha) / (nb + strength - yb - alpha));
    out.set(term, delta / Math.sqrt(1 / (ya + alpha) + 1 / (yb + alpha)));
  }
  return out;
}
