// HF JSON (daily_papers items, data-props items, /api/papers/{id}) → PaperInfo.
// Every field but paper.id and a title is optional (PAGE-NOTES §8); never throws.
import type { PaperInfo, PaperText } from '@/utils/types';
import { paperIdFromHref } from '@/utils/paper/urls';
import { collapseWhitespace } from '@/utils/whitespace';
import { blankPaper } from '@/utils/paper/info';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Collapses whitespace (2024–2025 titles and summaries carry hard line breaks); '' → null. */
export function cleanText(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const s = collapseWhitespace(v);
  return s || null;
}

/** ISO string for a parseable date, else null. */
export function isoDate(v: unknown): string | null {
  if (typeof v !== 'string' || !v) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function authorsOf(v: unknown): string[] | null {
  if (!Array.isArray(v)) return null;
  // hidden: true marks an author entry HF does not show; keep what the page would list.
  const names = v.map(obj).filter((a) => a && a.hidden !== true).map((a) => cleanText(a!.name));
  return names.filter((n): n is string => !!n);
}

function orgOf(...cands: unknown[]): string | null {
  for (const c of cands) {
    const o = obj(c);
    const name = o ? cleanText(o.fullname) ?? cleanText(o.name) : cleanText(c);
    if (name) return name;
  }
  return null;
}

function githubOf(v: unknown): string | null {
  return typeof v === 'string' && /^https:\/\/github\.com\/\S+$/.test(v.trim()) ? v.trim() : null;
}

// Shared by both shapes: `paper` is the paper object, `item` the daily_papers wrapper (or null).
function textOf(paper: Obj, item: Obj | null): PaperText | null {
  const id = typeof paper.id === 'string' ? paperIdFromHref(paper.id) : null;
  const title = cleanText(paper.title) ?? cleanText(item?.title);
  if (!id || !title) return null;
  return { id, title, summary: cleanText(paper.summary) ?? cleanText(item?.summary), aiSummary: cleanText(paper.ai_summary) };
}

function build(paper: Obj, item: Obj | null, text: PaperText): PaperInfo {
  const authors = authorsOf(paper.authors);
  return {
    ...blankPaper(text.id, text.title),
    ...text,
    authors,
    authorCount: authors ? authors.length : null,
    org: orgOf(item?.organization, paper.organization),
    publishedAt: isoDate(paper.publishedAt) ?? isoDate(item?.publishedAt),
    upvotes: num(paper.upvotes), // item.upvotes reads 0 (PAGE-NOTES §8)
    comments: num(item?.numComments) ?? num(paper.numComments),
    githubUrl: githubOf(paper.githubRepo),
    githubStars: num(paper.githubStars),
  };
}

/** One /api/daily_papers item or data-props dailyPapers/searchResults item (2024–2026 schemas). */
export function paperFromDailyItem(item: unknown): PaperInfo | null {
  try {
    const it = obj(item);
    const paper = obj(it?.paper);
    const text = it && paper ? textOf(paper, it) : null;
    return text && build(paper!, it, text);
  } catch {
    return null;
  }
}

/** The flattened paper object of /api/papers/{id} (also PaperContent's `paper`). No comment count. */
export function paperFromApiPaper(p: unknown): PaperInfo | null {
  try {
    const paper = obj(p);
    if (!paper) return null;
    if (obj(paper.paper)) return paperFromDailyItem(paper);
    const text = textOf(paper, null);
    return text ? build(paper, null, text) : null;
  } catch {
    return null;
  }
}
