// Pure: checks what content scripts send, so a hostile page cannot make the background
// store arbitrary records (wrong types, huge strings, unknown fields).
import type { ManualMark, PaperInfo } from '@/utils/types';
import type { BadgeCounts } from '@/utils/seen/badge';
import { LISTING } from '@/utils/seen/seen-set';
import { isArxivId } from '@/utils/paper/ids';

const MAX_TEXT = 100_000;

const str = (v: unknown, max = MAX_TEXT) => typeof v === 'string' && v.length <= max;
const strOrNull = (v: unknown, max = MAX_TEXT) => v === null || str(v, max);
const numOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
const httpsOrNull = (v: unknown) => v === null || (str(v, 2000) && /^https:\/\//.test(v as string));

export const isPaperId = isArxivId;

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

/** A visit a content script reports ("new since your last visit"): a listing key and paper ids. */
export function assertVisit(v: unknown): { listing: string | null; ids: string[] } {
  const m = (v ?? {}) as Record<string, unknown>;
  const listing = m.listing ?? null;
  if (listing !== null && !(typeof listing === 'string' && LISTING.test(listing))) throw new Error('Invalid listing');
  if (!Array.isArray(m.ids) || m.ids.length > 5000 || !m.ids.every(isPaperId)) throw new Error('Invalid paper ids');
  return { listing, ids: [...new Set(m.ids as string[])] };
}

/** A tab's badge counts: small whole numbers and two flags, nothing else kept. */
export function assertBadgeCounts(v: unknown): BadgeCounts {
  const m = v as Record<string, unknown>;
  const n = (x: unknown) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 100_000;
  if (!m || typeof m.listing !== 'boolean' || typeof m.paused !== 'boolean' || !n(m.highlighted) || !n(m.fresh)) throw new Error('Invalid badge counts');
  return { listing: m.listing, paused: m.paused, highlighted: m.highlighted as number, fresh: m.fresh as number };
}

/** The tab a content script message came from (top frame of a huggingface.co page). */
export function senderTab(sender: { tab?: { id?: number }; url?: string; frameId?: number }): number {
  const id = sender?.tab?.id;
  if (!Number.isInteger(id) || id! < 0 || (sender.frameId ?? 0) !== 0 || !/^https:\/\/huggingface\.co\//.test(sender.url ?? ''))
    throw new Error('Not allowed from here');
  return id!;
}
