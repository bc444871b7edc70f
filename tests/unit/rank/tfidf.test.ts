import { describe, expect, it } from 'vitest';
import { fitVocab, vectorize } from '@/utils/rank/tfidf';

const doc = (o: Record<string, number>) => new Map(Object.entries(o));

describe('TF-IDF', () => {
  const docs = [doc({ video: 2, model: 1 }), doc({ video: 1, robot: 1 }), doc({ model: 1, robot: 1, once: 1 })];
  const vocab = fitVocab(docs);
  it('keeps terms in at least two documents, with smoothed idf ln((1+N)/(1+df)) + 1', () => {
    expect(vocab.terms).toEqual(['video', 'model', 'robot']);
    for (const i of [0, 1, 2]) expect(vocab.idf[i]).toBeCloseTo(Math.log(4 / 3) + 1, 12);
  });
  it('rare terms weigh more than common ones', () => {
    const v = fitVocab([doc({ a: 1, b: 1 }), doc({ a: 1, b: 1 }), doc({ a: 1 })]);
    expect(v.idf[v.index.get('b')!]).toBeGreaterThan(v.idf[v.index.get('a')!]);
  });
  it('rows have unit length, sublinear tf, unknown terms ignored', () => {
    const r = vectorize(doc({ video: 2, model: 1, unknown: 5 }), vocab);
    expect(r.idx).toEqual([0, 1]);
    const [v, m] = r.val;
    expect(m * m + v * v).toBeCloseTo(1, 12);
    expect(v / m).toBeCloseTo(1 + Math.log(2), 12);
  });
  it('a text with no known term is the zero row', () => {
    expect(vectorize(doc({ nothing: 1 }), vocab)).toEqual({ idx: [], val: [] });
  });
});
