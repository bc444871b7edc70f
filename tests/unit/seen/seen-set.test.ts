// "New since your last visit": bounding, pruning and the new-versus-seen decision (pure).
import { describe, expect, it } from 'vitest';
import {
  KEEP_DAYS,
  LISTING,
  MAX_LISTING_IDS,
  MAX_LISTINGS,
  MAX_SEEN,
  VISIT_PREFIX,
  addSeen,
  addVisit,
  dayOf,
  freshness,
  idsOf,
  listingOf,
  seenIds,
  seenLook,
  seenLookup,
  staleVisits,
  type Baseline,
} from '@/utils/seen/seen-set';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 18, 12);
const id = (i: number) => `2506.${String(i).padStart(5, '0')}`;
const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => id(from + i));

describe('listing keys', () => {
  it.each([
    ['https://huggingface.co/papers/date/2025-01-10', 'day:2025-01-10'],
    ['https://huggingface.co/papers/week/2025-w02', 'week:2025-W02'],
    ['https://huggingface.co/papers/month/2025-01', 'month:2025-01'],
    ['https://huggingface.co/papers/trending', 'trending'],
    ['https://huggingface.co/papers', 'root'],
    ['https://huggingface.co/papers?q=  Diffusion   Models ', 'search:diffusion models'],
    ['https://huggingface.co/papers/trending?q=rag', 'search:rag'],
    ['https://huggingface.co/papers/2506.13642', null],
    ['https://huggingface.co/models', null],
  ])('%s → %s', (url, key) => {
    expect(listingOf(url)).toBe(key);
    if (key) expect(LISTING.test(key)).toBe(true);
  });

  it('the background refuses keys listingOf never makes', () => {
    for (const bad of ['', 'paper:2506.13642', 'day:yesterday', 'search:', `search:${'x'.repeat(201)}`, 'trending\nx', 'week:2025-25'])
      expect(LISTING.test(bad)).toBe(false);
  });
});

describe('ids seen anywhere', () => {
  it('records ids under today, and moves an id seen again from its old day to today', () => {
    const a = addSeen(undefined, ['2506.00001', '2506.00002'], NOW - 3 * DAY);
    expect(a.days).toEqual({ [dayOf(NOW - 3 * DAY)]: '2506.00001 2506.00002' });
    const b = addSeen(a, ['2506.00002', '2506.00003'], NOW);
    expect(b.days).toEqual({ [dayOf(NOW - 3 * DAY)]: '2506.00001', [dayOf(NOW)]: '2506.00002 2506.00003' });
    expect(seenIds(b)).toEqual(new Set(['2506.00001', '2506.00002', '2506.00003']));
  });

  it('returns the same record when nothing changed (no write, no storage event for every tab)', () => {
    const a = addSeen(undefined, ['2506.00001', '2506.00002'], NOW);
    expect(addSeen(a, ['2506.00002'], NOW + 1000)).toBe(a);
    expect(addSeen(a, [], NOW)).toBe(a);
    expect(addSeen(a, ['2506.00009'], NOW)).not.toBe(a);
  });

  it(`forgets ids not seen for ${KEEP_DAYS} days`, () => {
    let rec = addSeen(undefined, ['2506.00001'], NOW - KEEP_DAYS * DAY);
    rec = addSeen(rec, ['2506.00002'], NOW - (KEEP_DAYS - 1) * DAY);
    const pruned = addSeen(rec, [], NOW);
    expect(seenIds(pruned)).toEqual(new Set(['2506.00002']));
    // …unless seen again in time.
    const kept = addSeen(addSeen(undefined, ['2506.00001'], NOW - 80 * DAY), ['2506.00001'], NOW - 10 * DAY);
    expect(seenIds(addSeen(kept, [], NOW + 70 * DAY))).toEqual(new Set(['2506.00001']));
  });

  it(`keeps at most ${MAX_SEEN} ids, dropping the least recently seen`, () => {
    let rec = addSeen(undefined, ids(0, 15_000), NOW - 2 * DAY);
    rec = addSeen(rec, ids(15_000, 8_000), NOW - DAY);
    rec = addSeen(rec, [id(0)], NOW); // seen again today: kept
    const all = seenIds(rec);
    expect(all.size).toBe(MAX_SEEN);
    expect(all.has(id(0))).toBe(true);
    expect(all.has(id(1))).toBe(false); // oldest go first
    expect(all.has(id(3_000))).toBe(false);
    expect(all.has(id(3_001))).toBe(true);
    expect(all.has(id(22_999))).toBe(true);
    expect(JSON.stringify(rec).length).toBeLessThan(230_000);
  });

  it('answers membership like the set, without building it for a page of a few dozen cards', () => {
    const rec = addSeen(addSeen(undefined, ids(0, 10_000), NOW - DAY), ids(10_000, 10_000), NOW);
    const look = seenLookup(rec), all = seenIds(rec);
    for (const probe of [id(0), id(9_999), id(10_000), id(19_999), id(20_000), '2506.0000', '06.00001', '', '2506.00001 2506.00002'])
      expect(look.has(probe), probe).toBe(all.has(probe));
    // Past a few hundred distinct ids it switches to the set, with the same answers.
    for (let i = 0; i < 400; i++) expect(look.has(id(i * 60))).toBe(i * 60 < 20_000);
    expect(seenLookup(undefined).has(id(1))).toBe(false);
    expect(seenLookup({ v: 1, days: {} }).has('')).toBe(false);
  });

  it('drops days that are not day numbers and merges days after today (clock set back) into today', () => {
    const rec = { v: 1 as const, days: { junk: '2506.00001', [dayOf(NOW) + 5]: '2506.00002' } };
    expect(addSeen(rec, [], NOW).days).toEqual({ [dayOf(NOW)]: '2506.00002' });
  });
});

describe('listing visits', () => {
  it('puts the latest visit first and keeps earlier ones, bounded', () => {
    const a = addVisit(undefined, ['2506.00001', '2506.00002', '2506.00001'], NOW - DAY);
    expect(a).toEqual({ at: NOW - DAY, ids: '2506.00001 2506.00002' });
    const b = addVisit(a, ['2506.00003', '2506.00002'], NOW);
    expect(b).toEqual({ at: NOW, ids: '2506.00003 2506.00002 2506.00001' });
    const big = addVisit(b, ids(100, MAX_LISTING_IDS + 50), NOW);
    expect(idsOf(big.ids)).toHaveLength(MAX_LISTING_IDS);
    expect(idsOf(big.ids)[0]).toBe(id(100));
  });

  it(`forgets listings not visited for ${KEEP_DAYS} days, malformed ones, and beyond the ${MAX_LISTINGS} most recent`, () => {
    const records: Record<string, unknown> = {
      'papersift:state': { rules: [] },
      [`${VISIT_PREFIX}day:2025-01-01`]: { at: NOW - KEEP_DAYS * DAY, ids: '' },
      [`${VISIT_PREFIX}trending`]: { at: NOW - DAY, ids: '2506.00001' },
      [`${VISIT_PREFIX}broken`]: { at: 'yesterday' },
    };
    expect(staleVisits(records, NOW).sort()).toEqual([`${VISIT_PREFIX}broken`, `${VISIT_PREFIX}day:2025-01-01`]);
    const many: Record<string, unknown> = {};
    for (let i = 0; i < MAX_LISTINGS + 3; i++) many[`${VISIT_PREFIX}search:q${i}`] = { at: NOW - i * 1000, ids: '' };
    expect(staleVisits(many, NOW).sort()).toEqual([`${VISIT_PREFIX}search:q${MAX_LISTINGS}`, `${VISIT_PREFIX}search:q${MAX_LISTINGS + 1}`, `${VISIT_PREFIX}search:q${MAX_LISTINGS + 2}`].sort());
  });
});

describe('new or seen', () => {
  const revisit: Baseline = { prev: new Set(['a', 'b']), anywhere: new Set() };
  const firstVisit: Baseline = { prev: null, anywhere: new Set(['a', 'x']) };
  const firstEver: Baseline = { prev: null, anywhere: new Set() };

  it('a revisit: papers not on the listing last time are new, the others seen', () => {
    expect(['a', 'b', 'c'].map((i) => freshness(i, revisit))).toEqual(['seen', 'seen', 'new']);
  });

  it('a paper seen elsewhere but not on this listing last time is new here', () => {
    expect(freshness('x', { prev: new Set(['a']), anywhere: new Set(['x']) })).toBe('new');
  });

  it("a listing's first visit marks nothing new; papers seen on other pages count as seen", () => {
    expect(['a', 'x', 'c'].map((i) => freshness(i, firstVisit))).toEqual(['seen', 'seen', null]);
  });

  it('the first visit ever marks nothing at all, and nothing before the baseline is read', () => {
    expect(['a', 'b'].map((i) => freshness(i, firstEver))).toEqual([null, null]);
    expect(freshness('a', null)).toBe(null);
  });

  it('dim and fold apply to seen papers, never to highlighted or hidden ones', () => {
    expect(seenLook('mark', false, false)).toBe('');
    expect(seenLook(undefined, false, false)).toBe('');
    expect(seenLook('bogus', false, false)).toBe('');
    expect(seenLook('dim', false, false)).toBe('dim');
    expect(seenLook('fold', false, false)).toBe('fold');
    expect(seenLook('fold', true, false)).toBe('');
    expect(seenLook('dim', true, false)).toBe('');
    expect(seenLook('fold', false, true)).toBe('');
  });
});
