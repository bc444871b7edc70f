// Pure: builds and merges reading-list records.
import type { PaperInfo, ReadStatus, SavedPaper } from '@/utils/types';
import { arxivAbsUrl, hfPaperUrl } from '@/utils/export/ids';
import { toTags } from '@/utils/paper/tags';


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

export function newSavedPaper(info: PaperInfo, tags: string[], now: string): SavedPaper {
  return {
    id: info.id,
    title: info.title,
    authors: info.authors ?? [],
    summary: info.summary ?? '',
    publishedAt: info.publishedAt,
    org: info.org,
    githubUrl: info.githubUrl,
    githubStars: info.githubStars,
    upvotes: info.upvotes,
    hfUrl: info.hfUrl || hfPaperUrl(info.id),
    arxivUrl: info.arxivUrl || arxivAbsUrl(info.id),
    savedAt: now,
    tags: toTags(tags),
    status: 'unread' as ReadStatus,
    note: '',
    complete: !isIncomplete(info),
  };
}

/** Fills what the API knows into a saved record without touching the reader's own fields. */
export function completeSaved(saved: SavedPaper, info: PaperInfo): SavedPaper {
  return {
    ...saved,
    title: saved.title || info.title,
    authors: saved.authors.length ? saved.authors : (info.authors ?? []),
    summary: saved.summary || (info.summary ?? ''),
    publishedAt: saved.publishedAt ?? info.publishedAt,
    org: saved.org ?? info.org,
    githubUrl: saved.githubUrl ?? info.githubUrl,
    githubStars: saved.githubStars ?? info.githubStars,
    upvotes: saved.upvotes ?? info.upvotes,
    complete: !isIncomplete({ authors: saved.authors.length ? saved.authors : info.authors, summary: saved.summary || info.summary }),
  };
}
