// Random interleavings of the reader's edits on two and three machines, with the sync service
// carrying changes at random moments: once the changes stop, every machine holds the same data.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WriteBudget } from '@/utils/sync/budget';
import { SyncCloud } from './memory-area';
import { Machine, rule, settle } from './memory-machine';
import { typicalLibrary } from './dataset';

const IDS = ['2501.00001', '2501.00002', '2501.00003', '2501.00004', '2501.00005'];

const op = fc.oneof(
  fc.record({ kind: fc.constant('save' as const), id: fc.constantFrom(...IDS), tags: fc.array(fc.constantFrom('llm', 'rl', 'to-read'), { maxLength: 2 }) }),
  fc.record({ kind: fc.constant('edit' as const), id: fc.constantFrom(...IDS), status: fc.constantFrom('unread' as const, 'reading' as const, 'done' as const), note: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('remove' as const), id: fc.constantFrom(...IDS) }),
  fc.record({ kind: fc.constant('rule' as const), id: fc.constantFrom('r1', 'r2'), enabled: fc.boolean(), order: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant('unrule' as const), id: fc.constantFrom('r1', 'r2') }),
  fc.record({ kind: fc.constant('manual' as const), id: fc.constantFrom(...IDS), hidden: fc.boolean() }),
  fc.record({ kind: fc.constant('setting' as const), mode: fc.constantFrom('placeholder' as const, 'dim' as const, 'remove' as const) }),
  fc.record({ kind: fc.constant('sync' as const) }),
  fc.record({ kind: fc.constant('deliver' as const) }),
);

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

async function converges(machineCount: number, steps: { m: number; op: Op; dt: number }[]) {
  let now = Date.parse('2026-03-01T00:00:00Z');
  const cloud = new SyncCloud();
  const budget = () => new WriteBudget({ perMinute: 1e9, perHour: 1e9 });
  const ms = Array.from({ length: machineCount }, (_, i) => new Machine(cloud, `install${i}`, () => now, budget()));
  const seen = new Map<string, Set<string>>();
  const remember = () => {
    for (const mm of ms) for (const [k, v] of mm.synced()) (seen.get(k) ?? seen.set(k, new Set()).get(k)!).add(v);
  };
  remember();
  for (const { m, op, dt } of steps) {
    now += dt;
    const x = ms[m % machineCount];
    if (op.kind === 'save') x.save(op.id, new Date(now).toISOString(), { tags: op.tags });
    else if (op.kind === 'edit') x.edit(op.id, { status: op.status, note: op.note });
    else if (op.kind === 'remove') x.remove(op.id);
    else if (op.kind === 'rule') x.rules.set(op.id, rule(op.id, op.order, { enabled: op.enabled }));
    else if (op.kind === 'unrule') x.rules.delete(op.id);
    else if (op.kind === 'manual') op.hidden ? x.manual.set(op.id, { id: op.id, hidden: true }) : x.manual.delete(op.id);
    else if (op.kind === 'setting') x.settings = { ...x.settings, hideMode: op.mode };
    else if (op.kind === 'sync') await x.sync();
    else cloud.deliver();
    remember();
  }
  now += 1000;
  const rounds = await settle(cloud, ms);
  expect(rounds).toBeLessThan(12);
  const first = [...ms[0].synced()].sort();
  for (const x of ms.slice(1)) expect([...x.synced()].sort()).toEqual(first);
  // Nothing invented: every value held at the end was some machine's at some point.
  for (const [k, v] of first) expect(seen.get(k)?.has(v)).toBe(true);
  for (const x of ms) x.engine.stop();
}

const steps = (machines: number) =>
  fc.array(fc.record({ m: fc.integer({ min: 0, max: machines - 1 }), op, dt: fc.integer({ min: 1, max: 5000 }) }), { maxLength: 40 });

describe('convergence (property)', () => {
  it('two machines converge after any interleaving of edits and deliveries', async () => {
    await fc.assert(fc.asyncProperty(steps(2), (s) => converges(2, s)), { numRuns: 150 });
  }, 60_000);

  it('three machines converge after any interleaving of edits and deliveries', async () => {
    await fc.assert(fc.asyncProperty(steps(3), (s) => converges(3, s)), { numRuns: 150 });
  }, 60_000);

  it('edits of different papers on two machines both survive; a newer removal wins over an older edit', async () => {
    let now = Date.parse('2026-03-01T00:00:00Z');
    const cloud = new SyncCloud();
    const a = new Machine(cloud, 'a', () => now);
    const b = new Machine(cloud, 'b', () => now);
    a.save(IDS[0], '2026-02-01T00:00:00.000Z');
    a.save(IDS[1], '2026-02-02T00:00:00.000Z');
    await settle(cloud, [a, b]);
    expect([...b.papers.keys()].sort()).toEqual([IDS[0], IDS[1]]);
    now += 60_000;
    a.edit(IDS[0], { note: 'from a' });
    b.edit(IDS[1], { status: 'done' });
    await a.sync();
    await b.sync(); // both write the one item holding both papers; the service keeps b's
    cloud.deliver();
    now += 60_000;
    await settle(cloud, [a, b]);
    for (const x of [a, b]) {
      expect(x.papers.get(IDS[0])?.note).toBe('from a');
      expect(x.papers.get(IDS[1])?.status).toBe('done');
    }
    now += 60_000;
    a.edit(IDS[0], { note: 'older edit' });
    await a.sync();
    now += 1000;
    b.remove(IDS[0]);
    await b.sync();
    cloud.deliver([a.area, b.area]);
    await settle(cloud, [a, b]);
    expect(a.papers.has(IDS[0])).toBe(false);
    expect(b.papers.has(IDS[0])).toBe(false);
    a.engine.stop();
    b.engine.stop();
  });
});

describe('when the libraries do not fit', () => {
  it('two machines with 3,000 papers each stop writing after a few rounds and lose nothing locally', async () => {
    let now = Date.parse('2026-03-01T00:00:00Z');
    const cloud = new SyncCloud();
    const budget = () => new WriteBudget({ perMinute: 1e9, perHour: 1e9 });
    const a = new Machine(cloud, 'a', () => now, budget());
    const b = new Machine(cloud, 'b', () => now, budget());
    for (const p of typicalLibrary(3000, 1).papers) a.papers.set(p.id, p);
    for (const p of typicalLibrary(3000, 2).papers) b.papers.set(`${p.id}b`, { ...p, id: `${p.id}b` });
    const rounds = await settle(cloud, [a, b], 8);
    expect(rounds).toBeLessThan(6);
    expect(a.papers.size).toBeGreaterThan(3000);
    expect(b.papers.size).toBeGreaterThanOrEqual(3000);
    for (const id of typicalLibrary(3000, 1).papers.map((p) => p.id)) expect(a.papers.has(id)).toBe(true);
    expect(a.engine.status.notSynced).toBeGreaterThan(0);
    expect(a.area.bytesInUse()).toBeLessThanOrEqual(102_400);
    a.engine.stop();
    b.engine.stop();
  }, 60_000);
});
