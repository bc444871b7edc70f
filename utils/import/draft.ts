// One imported entry → a saved paper in the shape the background validates (a PaperSift backup's
// paper). Papers without authors or abstract are marked incomplete: the background queues them
// for completion from the public API, like a saved id. Pure.
import type { SavedPaper } from '@/utils/types';
import { arxivAbsUrl, hfPaperUrl } from '@/utils/paper/urls';
import { collapseWhitespace } from '@/utils/whitespace';

export interface EntryData {
  id: string;
  title?: string;
  authors?: string[];
  summary?: string;
  publishedAt?: string | null;
  savedAt?: string | null;
  tags?: string[];
  note?: string;
  primaryClass?: string;
}

export function draftPaper(e: EntryData, now: string): SavedPaper {
  const authors = (e.authors ?? []).map(collapseWhitespace).filter(Boolean);
  const summary = collapseWhitespace(e.summary ?? '');
  const paper: SavedPaper = {
    id: e.id,
    title: collapseWhitespace(e.title ?? ''),
    authors,
    summary,
    publishedAt: e.publishedAt ?? null,
    org: null,
    githubUrl: null,
    githubStars: null,
    upvotes: null,
    hfUrl: hfPaperUrl(e.id),
    arxivUrl: arxivAbsUrl(e.id),
    savedAt: e.savedAt && !Number.isNaN(Date.parse(e.savedAt)) ? e.savedAt : now,
    tags: e.tags ?? [],
    status: 'unread',
    note: e.note?.trim() ?? '',
    complete: Boolean(summary && authors.length),
  };
  if (e.primaryClass?.trim()) paper.primaryClass = e.primaryClass.trim();
  return paper;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** ISO date from year, month (number or name) and day; 01 for what is not given; null without a year. */
export function isoDate(year: unknown, month?: unknown, day?: unknown): string | null {
  const y = /\d{4}/.exec(String(year ?? ''))?.[0];
  if (!y) return null;
  const ms = String(month ?? '').trim().toLowerCase();
  let m = /^\d+$/.test(ms) ? Number(ms) : MONTHS.indexOf(ms.slice(0, 3)) + 1;
  let d = Number(String(day ?? '').trim()) || 1;
  if (!(m >= 1 && m <= 12)) m = 1;
  if (!(d >= 1 && d <= 31)) d = 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${y}-${pad(m)}-${pad(d)}T00:00:00.000Z`;
}

/** "2024-05-20", "2024-05", "2024/05/20", "2024": the ISO date, or null. */
export function isoFromDateText(text: string | undefined): string | null {
  const m = /^\s*(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?/.exec(text ?? '');
  return m ? isoDate(m[1], m[2], m[3]) : null;
}
