// The model as stored (IndexedDB settings, storage.local for the content script): its numbers come
// rounded from training, its terms go in one string. Reading checks the shape and refuses anything
// else (an old or damaged record means "no model", never a wrong score). Pure.
import type { RankModel } from './model';

export interface StoredModel {
  v: 1;
  trainedAt: string;
  counts: RankModel['counts'];
  /** Terms joined by "\n" (a term never holds one). */
  terms: string;
  idf: number[];
  w: number[];
  b: number;
  q: number[];
}

export function toStored(m: RankModel): StoredModel {
  return {
    v: 1,
    trainedAt: m.trainedAt,
    counts: { ...m.counts },
    terms: m.terms.join('\n'),
    idf: m.idf,
    w: m.w,
    b: m.b,
    q: m.q,
  };
}

const numbers = (a: unknown, n?: number): a is number[] =>
  Array.isArray(a) && (n === undefined || a.length === n) && a.every((x) => typeof x === 'number' && Number.isFinite(x));

export function fromStored(s: unknown): RankModel | null {
  const o = s as Partial<StoredModel> | null;
  if (!o || o.v !== 1 || typeof o.terms !== 'string' || typeof o.trainedAt !== 'string' || typeof o.b !== 'number') return null;
  const terms = o.terms ? o.terms.split('\n') : [];
  const c = o.counts;
  if (!numbers(o.idf, terms.length) || !numbers(o.w, terms.length) || !numbers(o.q) || !c || !numbers([c.saved, c.hidden, c.passed])) return null;
  return { v: 1, trainedAt: o.trainedAt, counts: { saved: c.saved, hidden: c.hidden, passed: c.passed }, terms, idf: o.idf, w: o.w, b: o.b, q: o.q };
}
