// Pure: what PaperSift shows for each paper of a tab under a given state. The popup uses it
// so its toggles and counts follow every state change without asking the tab again.
import { matcherFor } from '@/utils/rules/matcher-for';
import { decide } from '@/utils/rules/verdict';
import type { PageState, TabPaper } from '@/utils/messaging';
import type { PaperInfo } from '@/utils/types';

export function tabView(papers: PaperInfo[], state: PageState, canHide = true): TabPaper[] {
  const matcher = matcherFor(state.rules);
  const saved = new Set(state.savedIds);
  const paused = state.settings.paused;
  return papers.map((p) => {
    const verdict = decide(matcher.match(p), state.manual[p.id]);
    return {
      ...p,
      tags: verdict.tags,
      highlighted: !paused && !!verdict.highlight,
      hidden: paused || !canHide ? null : verdict.hiddenBy,
      saved: saved.has(p.id),
      reasons: verdict.chips.map((c) => ({ tag: c.tag, action: c.action, fields: c.fields, label: c.label })),
    };
  });
}

export function summaryLine(papers: TabPaper[]): string {
  const n = papers.length;
  const h = papers.filter((p) => p.highlighted).length;
  const x = papers.filter((p) => p.hidden).length;
  const s = papers.filter((p) => p.saved).length;
  return `${n} ${n === 1 ? 'paper' : 'papers'} · ${h} highlighted · ${x} hidden · ${s} saved`;
}

/** The paper's own data, without the view fields the popup added. */
export function stripView(p: TabPaper): PaperInfo {
  const { tags: _t, highlighted: _h, hidden: _x, saved: _s, reasons: _r, ...info } = p;
  return info;
}
