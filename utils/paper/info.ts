// What PaperSift knows about a paper (PaperInfo): an empty one for an id, and several sources
// merged into one. Pure.
import type { PaperInfo } from '@/utils/types';
import { arxivAbsUrl, hfPaperUrl } from './urls';

/** An empty PaperInfo for an id: everything unknown. */
export function blankPaper(id: string, title = ''): PaperInfo {
  return {
    id, title, summary: null, aiSummary: null, authors: null, authorCount: null, org: null,
    publishedAt: null, upvotes: null, comments: null, githubUrl: null, githubStars: null,
    arxivUrl: arxivAbsUrl(id), hfUrl: hfPaperUrl(id),
  };
}

/** True when authors or abstract still have to be fetched. */
export const isIncomplete = (p: Pick<PaperInfo, 'authors' | 'summary'>) => !p.authors?.length || !p.summary;

/** A PaperInfo from several sources: earlier ones win, later ones fill gaps. */
export function mergeInfo(...infos: (PaperInfo | undefined | null)[]): PaperInfo | null {
  const present = infos.filter((p): p is PaperInfo => !!p);
  if (!present.length) return null;
  const out = { ...present[0] } as unknown as Record<string, unknown>;
  for (const next of present.slice(1)) {
    for (const [k, v] of Object.entries(next)) {
      const cur = out[k];
      if (cur === null || cur === undefined || cur === '' || (Array.isArray(cur) && !cur.length)) out[k] = v;
    }
  }
  return out as unknown as PaperInfo;
}
