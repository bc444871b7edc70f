// Pure: the tab's paper list as the popup shows it (TabPaper), built one way for both sides: the
// content script from its card views, the popup from the papers a tab reported and a newer state
// (so its toggles and counts follow every state change without asking the tab again).
import { matcherFor } from '@/utils/rules/matcher-for';
import { decide, type Verdict } from '@/utils/rules/verdict';
import type { PageState, TabPaper } from '@/utils/types';
import type { PaperInfo } from '@/utils/types';
import { shownOf, type Shown } from './card-view';

/** One paper with what PaperSift shows for it. */
export function tabPaper(paper: PaperInfo, v: Pick<Shown, 'highlight' | 'hiddenBy'> & { verdict: Verdict; saved: boolean }): TabPaper {
  return {
    ...paper,
    tags: v.verdict.tags,
    highlighted: !!v.highlight,
    hidden: v.hiddenBy,
    saved: v.saved,
    reasons: v.verdict.chips.map((c) => ({ tag: c.tag, action: c.action, fields: c.fields, label: c.label })),
  };
}

/** The popup's list: the tab's papers under `state` (canHide: false on a single paper page). */
export function tabView(papers: PaperInfo[], state: PageState, canHide = true): TabPaper[] {
  const matcher = matcherFor(state.rules);
  const saved = new Set(state.savedIds);
  return papers.map((p) => {
    const verdict = decide(matcher.match(p), state.manual[p.id]);
    return tabPaper(p, { verdict, saved: saved.has(p.id), ...shownOf(verdict, state.settings.paused, canHide) });
  });
}

export function summaryLine(papers: TabPaper[]): string {
  const n = papers.length;
  const h = papers.filter((p) => p.highlighted).length;
  const x = papers.filter((p) => p.hidden).length;
  const s = papers.filter((p) => p.saved).length;
  return `${n} ${n === 1 ? 'paper' : 'papers'} · ${h} highlighted · ${x} hidden · ${s} saved`;
}

/** The paper's own data, without the view fields tabPaper added. */
export function stripView(p: TabPaper): PaperInfo {
  const { tags: _t, highlighted: _h, hidden: _x, saved: _s, reasons: _r, ...info } = p;
  return info;
}
