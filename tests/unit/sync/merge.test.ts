// The merge as a pure function: newest change wins, removals, idempotent, order-independent.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expiredTombstones, mergeRecords, winner, type SyncRecord } from '@/utils/sync/record';
import { stampLocal } from '@/utils/sync/stamp';

const rec = (k: string, t: number, by: string, v: string | null): SyncRecord => ({ k, t, by, v });
const map = (...rs: SyncRecord[]) => new Map(rs.map((r) => [r.k, r]));

describe('merge', () => {
  it('keeps the newest change of a record and both sides of different records', () => {
    const local = map(rec('p1', 100, 'a', '"old"'), rec('p2', 100, 'a', '"mine"'));
    const { merged, won } = mergeRecords(local, [rec('p1', 200, 'b', '"new"'), rec('p3', 50, 'b', '"theirs"')]);
    expect(merged.get('p1')?.v).toBe('"new"');
    expect(merged.get('p2')?.v).toBe('"mine"');
    expect(merged.get('p3')?.v).toBe('"theirs"');
    expect(won.map((r) => r.k).sort()).toEqual(['p1', 'p3']);
  });

  it('an older incoming version changes nothing', () => {
    const local = map(rec('p1', 300, 'a', '"mine"'));
    const { merged, won } = mergeRecords(local, [rec('p1', 200, 'b', '"older"')]);
    expect(merged.get('p1')?.v).toBe('"mine"');
    expect(won).toEqual([]);
  });

  it('a removal beats older edits and is beaten by a newer save', () => {
    const removed = rec('p1', 200, 'b', null);
    expect(mergeRecords(map(rec('p1', 100, 'a', '"edit"')), [removed]).merged.get('p1')?.v).toBeNull();
    expect(mergeRecords(map(rec('p1', 300, 'a', '"saved again"')), [removed]).merged.get('p1')?.v).toBe('"saved again"');
  });

  it('breaks equal times by install id, the same way on every machine', () => {
    const a = rec('p1', 100, 'aaa', '"A"');
    const b = rec('p1', 100, 'bbb', '"B"');
    expect(winner(a, b)).toBe(b);
    expect(winner(b, a)).toBe(b);
  });

  it('a local edit is stamped after the version it was made on, even when this clock is behind', () => {
    const prev = map(rec('p1', 5_000, 'other', '"theirs"'));
    const [s] = stampLocal(prev, new Map([['p1', '"mine"']]), 1_000, 'me');
    expect(s.t).toBe(5_001);
    expect(winner(s, prev.get('p1')!)).toBe(s);
  });

  it('a record gone from the local data becomes a removal', () => {
    const stamps = stampLocal(map(rec('p1', 1, 'me', '"x"')), new Map(), 10, 'me');
    expect(stamps).toEqual([{ k: 'p1', t: 10, by: 'me', v: null }]);
  });

  it('forgets removals after 90 days, not before', () => {
    const day = 86_400_000;
    const now = 100 * day;
    const recs = map(rec('p1', now - 91 * day, 'a', null), rec('p2', now - 89 * day, 'a', null), rec('p3', now - 200 * day, 'a', '"kept"'));
    expect(expiredTombstones(recs, now)).toEqual(['p1']);
  });

  const arbRecord = fc.record({
    k: fc.constantFrom('p1', 'p2', 'r1', 'm1', 'shideMode'),
    t: fc.integer({ min: 0, max: 20 }),
    by: fc.constantFrom('a', 'b', 'c'),
    v: fc.option(fc.constantFrom('"x"', '"y"', '[1]'), { nil: null }),
  });

  it('is idempotent and independent of the order records arrive in (property)', () => {
    fc.assert(
      fc.property(fc.array(arbRecord, { maxLength: 30 }), fc.array(arbRecord, { maxLength: 30 }), (xs, ys) => {
        const once = mergeRecords(new Map(), [...xs, ...ys]).merged;
        const twice = mergeRecords(once, [...ys, ...xs]).merged;
        const reversed = mergeRecords(mergeRecords(new Map(), [...ys].reverse()).merged, [...xs].reverse()).merged;
        const sorted = (m: Map<string, SyncRecord>) => [...m.values()].sort((a, b) => (a.k < b.k ? -1 : 1));
        expect(sorted(twice)).toEqual(sorted(once));
        expect(sorted(reversed)).toEqual(sorted(once));
        expect(mergeRecords(once, [...xs, ...ys]).won).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
