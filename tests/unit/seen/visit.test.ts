import { describe, expect, it } from 'vitest';
import { countNew, noVisit, visitStep, type Visit, type VisitEffect, type VisitEvent } from '@/utils/seen/visit';
import { SEEN_KEY, freshness } from '@/utils/seen/seen-set';

const DAY = 'https://huggingface.co/papers/date/2025-06-18';
const WEEK = 'https://huggingface.co/papers/week/2025-W25';
const PAPER = 'https://huggingface.co/papers/2506.00001';

/** Runs events from a fresh tab; returns the last state and every effect, in order. */
function run(events: VisitEvent[], from: Visit = noVisit()): { visit: Visit; effects: VisitEffect[] } {
  let visit = from;
  const effects: VisitEffect[] = [];
  for (const e of events) {
    const step = visitStep(visit, e);
    visit = step.visit;
    effects.push(...step.effects);
  }
  return { visit, effects };
}

const pass = (ids: string[], counts = { paused: false, highlighted: 0, fresh: 0 }): VisitEvent => ({ type: 'pass', ids, counts });
const kinds = (fx: VisitEffect[]) => fx.map((f) => f.type);
const sends = (fx: VisitEffect[]) => fx.filter((f) => f.type === 'send');
/** The read effect of a step: answers it with `value`. */
const answer = (fx: VisitEffect[], value: unknown): VisitEvent => {
  const read = fx.filter((f) => f.type === 'read').at(-1) as Extract<VisitEffect, { type: 'read' }>;
  return { type: 'loaded', token: read.token, key: read.key, value };
};
const fresh = (v: Visit, id: string) => freshness(id, v.look.base);

describe('a visit of a listing', () => {
  it("reads the listing's record; a paper not on it is new, one on it seen", () => {
    const started = run([{ type: 'start', url: DAY, visible: true }]);
    expect(started.effects).toEqual([{ type: 'read', key: 'papersift:visit:day:2025-06-18', token: 1 }]);
    expect(started.visit.reading).toBe('listing');
    const { visit, effects } = run([answer(started.effects, { at: 1, ids: 'a b' })], started.visit);
    expect(kinds(effects)).toEqual(['rerun']);
    expect(visit.reading).toBeNull();
    expect([fresh(visit, 'a'), fresh(visit, 'c')]).toEqual(['seen', 'new']);
  });

  it('first visit of a listing: the ids seen anywhere are read next; nothing is new, what was seen elsewhere is seen', () => {
    const s1 = run([{ type: 'start', url: DAY, visible: true }]);
    const s2 = run([answer(s1.effects, undefined)], s1.visit);
    expect(s2.effects).toEqual([{ type: 'read', key: SEEN_KEY, token: 1 }]);
    expect(s2.visit.reading).toBe('seen');
    const s3 = run([answer(s2.effects, { v: 1, days: { 20000: 'a' } })], s2.visit);
    expect(kinds(s3.effects)).toEqual(['rerun']);
    expect([fresh(s3.visit, 'a'), fresh(s3.visit, 'b')]).toEqual(['seen', null]);
  });

  it('unreadable storage marks nothing and the page works as before', () => {
    const s1 = run([{ type: 'start', url: DAY, visible: true }]);
    const s2 = run([answer(s1.effects, undefined)], s1.visit);
    const s3 = run([answer(s2.effects, undefined)], s2.visit);
    expect(s3.visit.reading).toBeNull();
    expect(fresh(s3.visit, 'a')).toBeNull();
  });

  it('cards on a visible page are reported once after the dwell, not before', () => {
    const { visit, effects } = run([{ type: 'start', url: DAY, visible: true }, pass(['a', 'b'])]);
    expect(kinds(effects)).toEqual(['read', 'timer', 'badge']);
    expect(sends(effects)).toEqual([]);
    const dwelt = run([{ type: 'dwell' }, pass(['a', 'b']), { type: 'dwell' }], visit);
    expect(sends(dwelt.effects)).toEqual([{ type: 'send', listing: 'day:2025-06-18', ids: ['a', 'b'] }]);
  });

  it('a card added later is reported after another dwell; a failed report is sent again', () => {
    const a = run([{ type: 'start', url: DAY, visible: true }, pass(['a']), { type: 'dwell' }, pass(['a', 'b']), { type: 'dwell' }]);
    expect(sends(a.effects).map((s) => s.type === 'send' && s.ids)).toEqual([['a'], ['b']]);
    const b = run([{ type: 'sendFailed', ids: ['b'] }, pass(['a', 'b']), { type: 'hidden' }], a.visit);
    expect(sends(b.effects).map((s) => s.type === 'send' && s.ids)).toEqual([['b']]);
  });

  it('a page never visible saw nothing: no report, no timer; once shown, leaving reports at once', () => {
    const hiddenTab = run([{ type: 'start', url: DAY, visible: false }, pass(['a']), { type: 'hidden' }]);
    expect(kinds(hiddenTab.effects)).not.toContain('timer');
    expect(sends(hiddenTab.effects)).toEqual([]);
    const shown = run([{ type: 'visible' }, { type: 'hidden' }], hiddenTab.visit);
    expect(kinds(shown.effects)).toEqual(['timer', 'clearTimer', 'send']);
  });

  it('navigating to another listing ends the visit (reported) and starts one; the same URL again does not', () => {
    const a = run([{ type: 'start', url: DAY, visible: true }, pass(['a'])]);
    const same = run([{ type: 'start', url: DAY, visible: true }], a.visit);
    expect(same.effects).toEqual([]);
    const b = run([{ type: 'start', url: WEEK, visible: true }], a.visit);
    expect(kinds(b.effects)).toEqual(['clearTimer', 'send', 'read']);
    expect(b.visit.listing).toBe('week:2025-W25');
    // A record still on its way for the old visit is dropped.
    const late = run([{ type: 'loaded', token: 1, key: 'papersift:visit:day:2025-06-18', value: { at: 1, ids: 'z' } }], b.visit);
    expect(late.visit).toBe(b.visit);
  });

  it('back on a listing in the same tab: what this tab reported counts as seen even before storage has it', () => {
    const a = run([{ type: 'start', url: DAY, visible: true }, pass(['a']), { type: 'start', url: WEEK, visible: true }, { type: 'start', url: DAY, visible: true }]);
    const back = run([answer(a.effects, { at: 1, ids: 'old' })], a.visit);
    expect([fresh(back.visit, 'a'), fresh(back.visit, 'old'), fresh(back.visit, 'b')]).toEqual(['seen', 'seen', 'new']);
  });

  it('"Mark all as seen" clears the new marks, reports the visit and keeps them cleared', () => {
    const s = run([{ type: 'start', url: DAY, visible: true }]);
    const loaded = run([answer(s.effects, { at: 1, ids: 'a' }), pass(['a', 'b', 'c'])], s.visit);
    expect(countNew(loaded.visit)).toBe(2);
    const marked = run([{ type: 'markAll' }], loaded.visit);
    expect(kinds(marked.effects)).toEqual(['clearTimer', 'send', 'rerun']);
    expect(countNew(marked.visit)).toBe(0);
    expect(marked.visit.look).not.toBe(loaded.visit.look); // the views are made again
  });

  it('unfolding a folded card changes the look (views made again); other events keep it', () => {
    const s = run([{ type: 'start', url: DAY, visible: true }]);
    const look = s.visit.look;
    const u = run([{ type: 'unfold', id: 'a' }], s.visit);
    expect(u.visit.look.unfolded.has('a')).toBe(true);
    expect(kinds(u.effects)).toEqual(['rerun']);
    expect(run([pass(['a']), { type: 'dwell' }], s.visit).visit.look).toBe(look);
  });

  it('the badge is sent when its counts change, again after a failure or a back/forward restore', () => {
    const counts = { paused: false, highlighted: 2, fresh: 1 };
    const a = run([{ type: 'start', url: DAY, visible: true }, pass(['a'], counts), pass(['a'], counts)]);
    expect(a.effects.filter((f) => f.type === 'badge')).toEqual([{ type: 'badge', counts: { listing: true, ...counts }, key: 'true false 2 1' }]);
    const again = run([{ type: 'badgeFailed', key: 'true false 2 1' }, pass(['a'], counts), { type: 'restored', visible: true }, pass(['a'], counts)], a.visit);
    expect(again.effects.filter((f) => f.type === 'badge')).toHaveLength(2);
  });

  it('a single paper page is no listing: nothing read, nothing new, its own id reported; the badge says no listing', () => {
    const { visit, effects } = run([{ type: 'start', url: PAPER, visible: true }, pass(['2506.00001'])]);
    expect(kinds(effects)).toEqual(['timer', 'badge']);
    expect(visit.look.listing).toBe(false);
    expect(effects.find((f) => f.type === 'badge')).toMatchObject({ counts: { listing: false } });
    expect(sends(run([{ type: 'dwell' }], visit).effects)).toEqual([{ type: 'send', listing: null, ids: ['2506.00001'] }]);
  });
});
