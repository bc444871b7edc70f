// Trains the For you model from what the reader did: saved papers against papers hidden (by
// hand or by rules) and papers seen on listings but passed over (weaker evidence). Two passes:
// a model over every term in 2+ papers, then one over the `keep` terms that weighed most, so the
// stored weight table is small and scoring with it gives exactly the model's own numbers. Pure.
import { quantiles } from './calibrate';
import { trainLogistic, type Example } from './logistic';
import { scorer, type RankWeights } from './score';
import { termCounts } from './terms';
import { fitVocab, vectorize, type Vocab } from './tfidf';

/** Below this many saved papers there is no score (too little to learn a taste from). */
export const MIN_SAVED = 10;

export interface RankModel extends RankWeights {
  v: 1;
  /** ISO time of training. */
  trainedAt: string;
  /** Papers it learnt from. */
  counts: { saved: number; hidden: number; passed: number };
}

export interface RankInput {
  /** Texts (title + abstract, see paperText) of saved papers. */
  saved: readonly string[];
  /** Of papers hidden by hand. */
  hiddenByHand: readonly string[];
  /** Of papers hidden by the reader's rules. */
  hiddenByRule: readonly string[];
  /** Of papers seen on listings and not saved (a sample). */
  passed: readonly string[];
  /** Of recent listings' papers: the calibration reference (default: every training paper). */
  reference?: readonly string[];
  now: Date;
}

export interface RankOptions {
  lambda?: number;
  /** Terms kept in the weight table. */
  keep?: number;
  /** How much one example counts, by kind (before the two classes are balanced). */
  weights?: { hand: number; rule: number; passed: number };
  maxIter?: number;
}

export const DEFAULT_OPTIONS: Required<RankOptions> = {
  lambda: 1e-2,
  keep: 2000,
  weights: { hand: 1, rule: 0.5, passed: 0.3 },
  maxIter: 150,
};

const round = (x: number, digits: number) => Number(x.toFixed(digits));

export function trainModel(input: RankInput, options: RankOptions = {}): RankModel | null {
  if (input.saved.length < MIN_SAVED) return null;
  const o = { ...DEFAULT_OPTIONS, ...options };
  const groups: { texts: readonly string[]; y: 1 | -1; s: number }[] = [
    { texts: input.saved, y: 1, s: 1 },
    { texts: input.hiddenByHand, y: -1, s: o.weights.hand },
    { texts: input.hiddenByRule, y: -1, s: o.weights.rule },
    { texts: input.passed, y: -1, s: o.weights.passed },
  ];
  const docs = groups.map((g) => g.texts.map(termCounts));
  const negTotal = groups.slice(1).reduce((n, g) => n + g.texts.length * g.s, 0);
  // Balance the classes: the few saved papers weigh as much as all the negatives together.
  const posWeight = negTotal > 0 ? negTotal / input.saved.length : 1;
  const examplesFor = (vocab: Pick<Vocab, 'idf' | 'index'>): Example[] =>
    groups.flatMap((g, k) => docs[k].map((c) => ({ x: vectorize(c, vocab), y: g.y, s: g.y > 0 ? posWeight : g.s })));

  const full = fitVocab(docs.flat());
  // The first pass only picks the terms: a rougher fit does.
  const first = trainLogistic(examplesFor(full), full.terms.length, { lambda: o.lambda, maxIter: Math.ceil(o.maxIter / 3) });
  const top = [...first.w.keys()].sort((a, b) => Math.abs(first.w[b]) - Math.abs(first.w[a]) || a - b).slice(0, o.keep).sort((a, b) => a - b);
  const vocab: Vocab = { terms: top.map((i) => full.terms[i]), idf: top.map((i) => full.idf[i]), index: new Map() };
  vocab.terms.forEach((t, i) => vocab.index.set(t, i));
  const second = trainLogistic(examplesFor(vocab), vocab.terms.length, { lambda: o.lambda, maxIter: o.maxIter });

  // Rounded as stored, and calibrated with the very scorer pages use: a reloaded model gives the same numbers.
  const weights = { terms: vocab.terms, idf: vocab.idf.map((x) => round(x, 4)), w: [...second.w].map((x) => round(x, 5)), b: round(second.b, 6) };
  const raw = scorer({ ...weights, q: [] });
  const reference = input.reference?.length ? input.reference : groups.flatMap((g) => g.texts);
  return {
    v: 1,
    trainedAt: input.now.toISOString(),
    counts: { saved: input.saved.length, hidden: input.hiddenByHand.length + input.hiddenByRule.length, passed: input.passed.length },
    ...weights,
    q: quantiles(reference.map((t) => raw(t).raw)),
  };
}
