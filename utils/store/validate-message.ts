// Pure: checks what content scripts send, so a hostile page cannot make the background
// store arbitrary records (wrong types, huge strings, unknown fields).
import type { ManualMark, PaperInfo } from '@/utils/types';

const ID = /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/;
const MAX_TEXT = 100_000;

const str = (v: unknown, max = MAX_TEXT) => typeof v === 'string' && v.length <= max;
const strOrNull = (v: unknown, max = MAX_TEXT) => v === null || str(v, max);
const numOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
const httpsOrNull = (v: unknown) => v === null || (str(v, 2000) && /^https:\/\//.test(v as string));

export const isPaperId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);

export function isPaperInfo(v: unknown): v is PaperInfo {
  const p = v as Record<string, unknown>;
  return (
    !!p &&
    typeof p === 'object' &&
    isPaperId(p.id) &&
    str(p.title, 2000) &&
    (p.title as string).trim().length > 0 &&
    strOrNull(p.summary) &&
    strOrNull(p.aiSummary) &&
    (p.authors === null || (Array.isArray(p.authors) && p.authors.length <= 5000 && p.authors.every((a) => str(a, 500)))) &&
    numOrNull(p.authorCount) &&
    strOrNull(p.org, 500) &&
    strOrNull(p.publishedAt, 40) &&
    numOrNull(p.upvotes) &&
    numOrNull(p.comments) &&
    httpsOrNull(p.githubUrl) &&
    numOrNull(p.githubStars) &&
    httpsOrNull(p.arxivUrl) &&
    httpsOrNull(p.hfUrl)
  );
}

/** Keeps only PaperInfo's own fields (drops anything extra a page might add). */
export function cleanPaperInfo(p: PaperInfo): PaperInfo {
  const { id, title, summary, aiSummary, authors, authorCount, org, publishedAt, upvotes, comments, githubUrl, githubStars, arxivUrl, hfUrl } = p;
  return { id, title, summary, aiSummary, authors, authorCount, org, publishedAt, upvotes, comments, githubUrl, githubStars, arxivUrl, hfUrl };
}

export function assertPaperInfo(v: unknown): PaperInfo {
  if (!isPaperInfo(v)) throw new Error('PaperSift could not read this paper’s data.');
  return cleanPaperInfo(v);
}

export function assertManual(v: unknown): ManualMark {
  const m = v as Record<string, unknown>;
  if (!m || !isPaperId(m.id)) throw new Error('Invalid paper id');
  return { id: m.id as string, hidden: m.hidden === true, highlight: m.highlight === true, shown: m.shown === true };
}

export function assertIds(v: unknown): string[] {
  if (!Array.isArray(v) || v.length > 100_000 || !v.every((x) => typeof x === 'string' && x.length < 100)) throw new Error('Invalid paper ids');
  return v as string[];
}
