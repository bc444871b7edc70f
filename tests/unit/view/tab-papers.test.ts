import { describe, expect, it } from 'vitest';
import { PageViews } from '@/utils/view/page-views';
import { stripView, summaryLine, tabPaper, tabView } from '@/utils/view/tab-papers';
import { card, rule, state } from './cards';

const rules = [rule('diffusion', 'highlight'), rule('survey', 'hide'), rule('misc', 'tag', ['model'])];
const cards = [card('2401.00001', 'Diffusion model'), card('2401.00002', 'A survey'), card('2401.00003', 'Robots')];

/** What the tab answers (from its card views) and what the popup works out from the same papers. */
function bothSides(s: ReturnType<typeof state>, kind: 'trending' | 'paper' = 'trending') {
  const views = new PageViews();
  views.setState(s);
  const tab = cards.map((c) => tabPaper(c.paper, views.viewOf(c, kind)));
  const popup = tabView(cards.map((c) => c.paper), s, kind !== 'paper');
  return { tab, popup };
}

describe('the tab paper list', () => {
  it('the tab and the popup build the same list from the same state', () => {
    for (const s of [
      state(rules, { savedIds: ['2401.00003'] }),
      state(rules, {}, { paused: true }),
      state(rules, { manual: { '2401.00002': { id: '2401.00002', shown: true }, '2401.00003': { id: '2401.00003', hidden: true } } }),
    ]) {
      const { tab, popup } = bothSides(s);
      expect(tab).toEqual(popup);
    }
    const { tab, popup } = bothSides(state(rules), 'paper');
    expect(tab).toEqual(popup);
    expect(tab[1].hidden).toBeNull(); // nothing is hidden on a paper page
  });

  it('says what each paper shows, and the summary counts it', () => {
    const { tab } = bothSides(state(rules, { savedIds: ['2401.00003'] }));
    expect(tab.map((p) => [p.id, p.tags, p.highlighted, p.hidden, p.saved])).toEqual([
      ['2401.00001', ['diffusion', 'misc'], true, null, false],
      ['2401.00002', ['survey'], false, 'survey', false],
      ['2401.00003', [], false, null, true],
    ]);
    expect(tab[0].reasons.map((r) => r.label)).toEqual(['diffusion', 'misc']);
    expect(summaryLine(tab)).toBe('3 papers · 1 highlighted · 1 hidden · 1 saved');
    expect(summaryLine(tab.slice(0, 1))).toBe('1 paper · 1 highlighted · 0 hidden · 0 saved');
  });

  it('paused: nothing highlighted or hidden, tags kept', () => {
    const { tab } = bothSides(state(rules, {}, { paused: true }));
    expect(tab.map((p) => [p.highlighted, p.hidden])).toEqual([[false, null], [false, null], [false, null]]);
    expect(tab[0].tags).toEqual(['diffusion', 'misc']);
  });

  it('stripView gives back the paper as the page read it', () => {
    const { tab } = bothSides(state(rules));
    expect(tab.map(stripView)).toEqual(cards.map((c) => c.paper));
  });
});
