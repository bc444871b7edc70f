import { describe, expect, it } from 'vitest';
import { MIN_SAVED, trainModel, scorer, toStored, fromStored, type RankInput } from '@/utils/rank';
import { weightsOf } from '@/utils/rank/score';

// A reader of video diffusion papers among others on agents and robots.
const video = (i: number) => `Fast video diffusion sampling ${i}\nWe study video diffusion models and their sampling steps for long video generation, variant ${i}.`;
const agent = (i: number) => `Tool-using language agents ${i}\nAn agent plans with tools and memory for web tasks; we evaluate agent benchmarks, variant ${i}.`;
const robot = (i: number) => `Robot manipulation policies ${i}\nA robot learns grasping and manipulation from demonstrations in simulation, variant ${i}.`;
const range = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));

const input = (saved: number): RankInput => ({
  saved: range(saved, video),
  hiddenByHand: range(4, robot),
  hiddenByRule: range(3, (i) => robot(i + 10)),
  passed: [...range(20, agent), ...range(5, (i) => robot(i + 20))],
  // Recent listings: mostly what the reader passes over, a few of their kind.
  reference: [...range(30, (i) => agent(i + 40)), ...range(15, (i) => robot(i + 40)), ...range(5, (i) => video(i + 40))],
  now: new Date('2026-05-01T08:00:00Z'),
});

describe('the For you model', () => {
  it(`gives no score below ${MIN_SAVED} saved papers`, () => {
    expect(MIN_SAVED).toBe(10);
    expect(trainModel(input(9))).toBeNull();
    expect(trainModel(input(10))).not.toBeNull();
  });

  it('scores papers like the saved ones high and the others low, and says why', () => {
    const m = trainModel(input(12))!;
    const score = scorer(m);
    const near = score(video(77));
    const far = score(agent(77));
    expect(near.score).toBeGreaterThanOrEqual(90);
    expect(far.score).toBeLessThan(near.score - 25);
    expect(near.because.length).toBe(3);
    expect(near.because.every((t) => /video|diffusion|sampl/.test(t))).toBe(true);
    expect(far.because.some((t) => /agent|tool/.test(t))).toBe(false);
  });

  it('records what it learnt from and when', () => {
    const m = trainModel(input(12))!;
    expect(m.counts).toEqual({ saved: 12, hidden: 7, passed: 25 });
    expect(m.trainedAt).toBe('2026-05-01T08:00:00.000Z');
    expect(m.q).toHaveLength(101);
  });

  it('keeps only the `keep` heaviest terms in its weight table, and still ranks by them', () => {
    const m = trainModel(input(12), { keep: 6 })!;
    expect(m.terms).toHaveLength(6);
    const s = scorer(m)(video(99));
    expect(Number.isFinite(s.raw)).toBe(true);
    expect(s.score).toBeGreaterThan(50);
  });

  it('is the same after a store and reload (compact: rounded numbers, terms in one string)', () => {
    const m = trainModel(input(12))!;
    const stored = JSON.parse(JSON.stringify(toStored(m)));
    expect(typeof stored.terms).toBe('string');
    const back = fromStored(stored)!;
    expect(back.terms).toEqual(m.terms);
    expect(back.counts).toEqual(m.counts);
    const a = scorer(m), b = scorer(back);
    for (const t of [video(50), agent(50), robot(50), 'nothing known here']) {
      expect(b(t).score).toBe(a(t).score);
      expect(b(t).because).toEqual(a(t).because);
      expect(b(t).raw).toBeCloseTo(a(t).raw, 3);
    }
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(m).length);
    // The page's lighter reader of the same record scores the same.
    const page = scorer(weightsOf(stored)!);
    expect(page(video(50))).toEqual(a(video(50)));
  });

  it('refuses a damaged or unknown stored model (no model, never a wrong score)', () => {
    const good = toStored(trainModel(input(12))!);
    expect(fromStored(null)).toBeNull();
    expect(fromStored({ ...good, v: 2 })).toBeNull();
    expect(fromStored({ ...good, w: good.w.slice(1) })).toBeNull();
    expect(fromStored({ ...good, idf: good.idf.map(() => 'x') })).toBeNull();
    expect(fromStored({ ...good, counts: undefined })).toBeNull();
    expect(weightsOf({ ...good, w: good.w.slice(1) })).toBeNull();
    expect(weightsOf(undefined)).toBeNull();
  });

  it('trains the same model twice from the same papers', () => {
    expect(toStored(trainModel(input(12))!)).toEqual(toStored(trainModel(input(12))!));
  });
});
