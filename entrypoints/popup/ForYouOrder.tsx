// The popup's For you: the tab's papers scored with the stored model (the same weight table the
// page uses, read from storage.local), and the same pair of order buttons as on the page.
// Below 10 saved papers it says what unlocks the score.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { scorer, weightsOf, type Scorer } from '@/utils/rank/score';
import { paperText } from '@/utils/rank/words';
import { MIN_SAVED } from '@/utils/rank/model';
import { forYouOrder } from '@/utils/view/for-you-order';
import { FOR_YOU_KEY } from '@/utils/state-key';
import type { TabPaper } from '@/utils/types';

/** The stored model's scorer, following retraining; null without a model. */
export function useScorer(): Scorer | null {
  const [s, set] = useState<Scorer | null>(null);
  useEffect(() => {
    const use = (stored: unknown) => {
      const w = weightsOf(stored);
      set(() => (w ? scorer(w) : null));
    };
    void browser.storage.local.get(FOR_YOU_KEY).then((got) => use(got[FOR_YOU_KEY]));
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && FOR_YOU_KEY in changes) use(changes[FOR_YOU_KEY].newValue);
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  return s;
}

/** Each paper's score by id (none without a model). */
export function useScores(papers: TabPaper[], s: Scorer | null): Map<string, number> {
  return useMemo(() => new Map(s ? papers.map((p) => [p.id, s(paperText(p)).score]) : []), [papers, s]);
}

/** The papers in For you order (hidden last) or as the page lists them. */
export const ordered = (papers: TabPaper[], scores: Map<string, number>, sorted: boolean): TabPaper[] => {
  if (!sorted || !scores.size) return papers;
  const byId = new Map(papers.map((p) => [p.id, p]));
  return forYouOrder(papers.map((p, hf) => ({ id: p.id, score: scores.get(p.id) ?? null, hidden: !!p.hidden, hf }))).map((id) => byId.get(id)!);
};

export function ForYouOrder({ saved, scored, sorted, onSort }: { saved: number; scored: boolean; sorted: boolean; onSort: (sorted: boolean) => void }) {
  if (!scored)
    return saved < MIN_SAVED ? (
      <p class="for-you-locked">
        For you: save {MIN_SAVED - saved} more {MIN_SAVED - saved === 1 ? 'paper' : 'papers'} to rank papers by your own interests ({saved} of {MIN_SAVED}).
      </p>
    ) : null;
  return (
    <div class="for-you-order" role="group" aria-label="Order of the papers">
      <button type="button" aria-pressed={sorted} onClick={() => onSort(true)}>
        Sort by For you
      </button>
      <button type="button" aria-pressed={!sorted} onClick={() => onSort(false)}>
        Hugging Face order
      </button>
    </div>
  );
}
