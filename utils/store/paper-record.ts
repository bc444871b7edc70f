// Pure: builds and merges reading-list records.
import type { PaperInfo, ReadStatus, SavedPaper } from '@/utils/types';
import { arxivAbsUrl, hfPaperUrl } from '@/utils/paper/urls';
import { isIncomplete } from '@/utils/paper/info';
import { toTags } from '@/utils/paper/tags';


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
