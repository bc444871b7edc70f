import { describe, expect, it } from 'vitest';
import { PageViews } from '@/utils/view/page-views';
import { sameView, shownOf, viewKey } from '@/utils/view/card-view';
import { decide } from '@/utils/rules/verdict';
import { card, rule, state } from './cards';

const diffusion = rule('diffusion', 'highlight', ['diffusion'], '#ffe08a');
const video = rule('video', 'highlight', ['video'], '#aaccff');
const survey = rule('survey', 'hide');
const misc = rule('misc', 'tag', ['model']);
const rules = [diffusion, video, survey, misc];

const viewsFor = (...args: Parameters<typeof state>) => {
  const views = new PageViews();
  views.setState(state(...args));
  return views;
};

describe('card view', () => {
  it('a highlighted card: tint of the first highlight rule, its words to mark in title and abstract, chips, tags', () => {
    const v = viewsFor(rules).viewOf(card('2401.00001', 'Video diffusion model'), 'trending');
    expect(v.highlight).toEqual({ color: '#ffe08a', tag: 'diffusion' });
    expect(v.hiddenBy).toBeNull();
    expect(v.verdict.tags).toEqual(['diffusion', 'video', 'misc']);
    expect(v.chips.map((c) => c.label)).toEqual(['diffusion', 'video', 'misc']);
    expect(v.markers.title.map((m) => m.tag)).toEqual(['diffusion', 'video']);
    expect(v.markers.abstract.map((m) => m.tag)).toEqual(['diffusion', 'video']);
  });

  it('a chip names the rule’s conditions as the popup’s verdict does (the page takes the labels parsed with the rules)', () => {
    const popular = { ...rule('popular', 'tag', ['video']), conditions: { minUpvotes: 50, hasCode: true } };
    const c = card('2401.00005', 'Video model');
    Object.assign(c.paper, { upvotes: 80, githubUrl: 'https://github.com/x/y' });
    const v = viewsFor([popular]).viewOf(c, 'trending');
    expect(v.chips.map((ch) => ch.label)).toEqual(['popular · ≥ 50 upvotes · has code']);
    expect(v.chips).toEqual(decide(v.hits, undefined).chips);
  });

  it('a hidden card says why; on a single paper page nothing is hidden, yet the chip and tag stay', () => {
    const views = viewsFor(rules);
    const c = card('2401.00002', 'A survey of agents');
    expect(views.viewOf(c, 'daily').hiddenBy).toBe('survey');
    const paper = views.viewOf(c, 'paper');
    expect(paper.hiddenBy).toBeNull();
    expect(paper.canHide).toBe(false);
    expect(paper.verdict.tags).toEqual(['survey']);
    expect(paper.chips).toHaveLength(1);
  });

  it('paused: no tint, no hiding, no chips, no marks; tags and saved state stay', () => {
    const views = viewsFor(rules, { savedIds: ['2401.00001'] }, { paused: true });
    const lit = views.viewOf(card('2401.00001', 'Video diffusion'), 'trending');
    const hid = views.viewOf(card('2401.00002', 'A survey'), 'trending');
    expect([lit.highlight, lit.chips, lit.markers.title, hid.hiddenBy]).toEqual([null, [], [], null]);
    expect(lit.verdict.tags).toEqual(['diffusion', 'video']);
    expect(lit.saved).toBe(true);
  });

  it("the reader's choice beats the rules: hidden by hand shows no highlight and marks nothing", () => {
    const v = viewsFor(rules, { manual: { '2401.00001': { id: '2401.00001', hidden: true } } }).viewOf(card('2401.00001', 'Video diffusion'), 'daily');
    expect(v.hiddenBy).toBe('manual');
    expect(v.highlight).toBeNull();
    expect(v.markers).toEqual({ title: [], abstract: [] });
  });

  it('a rule on titles only marks titles, not abstracts', () => {
    const titles = { ...rule('robot', 'highlight'), fields: ['title' as const] };
    const v = viewsFor([titles]).viewOf(card('2401.00003', 'Robot arms', 'robot hands'), 'daily');
    expect([v.markers.title.length, v.markers.abstract.length]).toEqual([1, 0]);
  });

  it('shownOf: what a verdict shows under pause and page kind', () => {
    const verdict = decide([{ rule: survey, ranges: [{ field: 'title', start: 0, end: 1 }] }], undefined);
    expect(shownOf(verdict, false, true).hiddenBy).toBe('survey');
    expect(shownOf(verdict, false, false).hiddenBy).toBeNull();
    expect(shownOf(verdict, true, true)).toEqual({ highlight: null, hiddenBy: null, chips: [] });
  });
});

describe('views kept while nothing changed', () => {
  it('the same card under the same state and kind is the same view; a new state or kind makes a new one', () => {
    const views = viewsFor(rules);
    const c = card('2401.00001', 'Video diffusion');
    const first = views.viewOf(c, 'trending');
    expect(views.viewOf(c, 'trending')).toBe(first);
    expect(views.viewOf(c, 'paper')).not.toBe(first);
    const again = views.viewOf(c, 'paper');
    views.setState(state(rules, { savedIds: ['2401.00001'] }));
    const saved = views.viewOf(c, 'paper');
    expect(saved).not.toBe(again);
    expect(saved.saved).toBe(true);
    // Markers of the same rule set are shared, so comparing views compares few strings.
    expect(saved.markers).toBe(again.markers);
  });

  it('new rules are matched again; the same rules array is not', () => {
    const views = viewsFor(rules);
    const c = card('2401.00004', 'Speech recognition');
    expect(views.viewOf(c, 'daily').verdict.tags).toEqual([]);
    const s = state([rule('speech', 'tag')]);
    views.setState(s);
    expect(views.viewOf(c, 'daily').verdict.tags).toEqual(['speech']);
    const hits = views.viewOf(c, 'daily').hits;
    views.setState({ ...s, savedIds: ['x'] }); // same rules array: hits reused
    expect(views.viewOf(c, 'daily').hits).toBe(hits);
  });

  it('viewKey changes with anything visible and sameView compares by it', () => {
    const a = viewsFor(rules).viewOf(card('2401.00001', 'Video diffusion'), 'trending');
    const b = viewsFor(rules).viewOf(card('2401.00001', 'Video diffusion'), 'trending');
    const c = viewsFor(rules, {}, { hideMode: 'dim' }).viewOf(card('2401.00001', 'Video diffusion'), 'trending');
    const d = viewsFor(rules, { savedIds: ['2401.00001'] }).viewOf(card('2401.00001', 'Video diffusion'), 'trending');
    expect(sameView(a, b)).toBe(true);
    expect(sameView(a, c)).toBe(false);
    expect(sameView(a, d)).toBe(false);
    expect(viewKey(a)).toBe(a.key);
  });
});

describe('new and seen in the view', () => {
  const base = { prev: new Set(['2401.00001', '2401.00002', '2401.00005']), anywhere: new Set<string>() };
  const look = (unfolded: string[] = []) => ({ listing: true, base, unfolded: new Set(unfolded) });
  const fold = (visit: ReturnType<typeof look>, paused = false) => {
    const views = viewsFor(rules, {}, { seenMode: 'fold', paused });
    views.setInputs({ visit });
    return views;
  };

  it('a paper seen on the listing before is folded, a new one marked new; a highlighted or hidden one is not folded', () => {
    const views = fold(look());
    const [lit, hid, plain, added] = [
      card('2401.00001', 'Video diffusion'), card('2401.00002', 'A survey'), card('2401.00005', 'Robots'), card('2401.00009', 'Robots too'),
    ].map((c) => views.viewOf(c, 'daily'));
    expect([lit.fresh, lit.seenLook]).toEqual(['seen', '']);
    expect([hid.fresh, hid.seenLook]).toEqual(['seen', '']);
    expect([plain.fresh, plain.seenLook]).toEqual(['seen', 'fold']);
    expect([added.fresh, added.seenLook]).toEqual(['new', null]);
  });

  it('an unfolded card shows as seen only; paused or off a listing, nothing is new or seen', () => {
    const c = card('2401.00005', 'Robots');
    expect(fold(look(['2401.00005'])).viewOf(c, 'daily').seenLook).toBe('');
    expect(fold(look(), true).viewOf(c, 'daily').fresh).toBeNull();
    expect(fold({ ...look(), listing: false }).viewOf(c, 'paper').fresh).toBeNull();
  });

  it('a new visit look makes new views; the same one keeps them', () => {
    const views = fold(look());
    const c = card('2401.00005', 'Robots');
    const v = views.viewOf(c, 'daily');
    const same = views.viewOf(c, 'daily');
    expect(same).toBe(v);
    views.setInputs({ visit: look(['2401.00005']) });
    expect(views.viewOf(c, 'daily')).not.toBe(v);
    expect(sameView(v, views.viewOf(c, 'daily'))).toBe(false);
  });
});

describe('For you score in the view', () => {
  it('scores the card’s title and abstract without reading the rest of the card (a pass reads no details)', () => {
    const c = card('2401.00009', 'Video diffusion', 'We sample videos.');
    let detailsRead = 0;
    Object.defineProperty(c, 'paper', { get: () => (detailsRead++, { ...c.text }) });
    const seen: string[] = [];
    const views = new PageViews();
    views.setState(state([]));
    views.setScorer((text) => (seen.push(text), { score: 80, raw: 1, because: ['video'] }));
    const v = views.viewOf(c, 'trending');
    expect(v.forYou?.score).toBe(80);
    expect(seen).toEqual(['Video diffusion\nWe sample videos.']);
    expect(detailsRead).toBe(0);
  });
});
