// Pure: the toolbar badge of a papers tab. It counts the tab's highlighted papers (papers a
// highlight rule, or the reader, highlighted); when none are, the papers new since the last visit,
// in another colour. Empty on anything but a listing (single paper pages included) and while paused.

export interface BadgeCounts {
  /** The tab shows a listing (daily, weekly, monthly, trending, search, /papers). */
  listing: boolean;
  paused: boolean;
  highlighted: number;
  fresh: number;
}

export interface Badge {
  text: string;
  color: string;
  title: string;
}

export const HIGHLIGHT_COLOR = '#b45309';
export const NEW_COLOR = '#1d4ed8';

const count = (n: number) => (n > 999 ? '999+' : String(n));
const papers = (n: number) => `${n} ${n === 1 ? 'paper' : 'papers'}`;

export function badgeFor(c: BadgeCounts): Badge {
  const quiet = (title: string): Badge => ({ text: '', color: HIGHLIGHT_COLOR, title });
  if (!c.listing) return quiet('PaperSift');
  if (c.paused) return quiet('PaperSift (paused)');
  const fresh = c.fresh > 0 ? `${papers(c.fresh)} new since your last visit` : '';
  if (c.highlighted > 0)
    return { text: count(c.highlighted), color: HIGHLIGHT_COLOR, title: `PaperSift: ${papers(c.highlighted)} highlighted on this page${fresh ? ` · ${fresh}` : ''}` };
  if (c.fresh > 0) return { text: count(c.fresh), color: NEW_COLOR, title: `PaperSift: no highlighted papers · ${fresh}` };
  return quiet('PaperSift: no highlighted or new papers on this page');
}
