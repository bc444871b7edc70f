// Pure URL predicates: which papers view a URL is (PAGE-NOTES §1). Decided from the URL, never the DOM.
import * as S from './selectors';
import type { PageKind } from '@/utils/types';
import { ID } from '@/utils/paper/ids';


export interface PageUrl {
  kind: PageKind;
  /** YYYY-MM-DD, YYYY-Www (upper-case W) or YYYY-MM for period views. */
  period?: string;
  /** Trimmed search query for 'search'. */
  q?: string;
  /** Paper id for 'paper'. */
  id?: string;
}

// Host is ignored on purpose: the content script only runs on huggingface.co, and tests serve copies.
function toUrl(url: string): URL | null {
  try {
    return new URL(url, 'https://huggingface.co');
  } catch {
    return null;
  }
}

/** Everything PaperSift reads from a papers URL, or null when it is not a view we handle. */
export function parsePageUrl(url: string): PageUrl | null {
  const u = toUrl(String(url));
  if (!u || !/^https?:$/.test(u.protocol)) return null;
  const path = u.pathname.replace(/\/+$/, '') || '/';
  const q = (u.searchParams.get('q') ?? '').trim();
  if (!/^\/papers(\/|$)/.test(path)) return null;
  let m: RegExpExecArray | null;
  const listing = (kind: PageKind, period?: string): PageUrl =>
    q ? { kind: 'search', q } : period ? { kind, period } : { kind };
  if (path === '/papers') {
    const date = u.searchParams.get('date') ?? '';
    return S.isoDay.test(date) ? listing('daily', date) : listing('papers-root');
  }
  if (path === '/papers/trending') return listing('trending');
  if ((m = S.datePath.exec(path))) return listing('daily', m[1]);
  if ((m = S.weekPath.exec(path))) return listing('weekly', m[1].toUpperCase());
  if ((m = S.monthPath.exec(path))) return listing('monthly', m[1]);
  const id = new RegExp(`^/papers/${ID}$`).exec(path);
  return id ? { kind: 'paper', id: id[1] } : null;
}

/** The view a URL shows; null for pages we do not handle (/papers/<id>.md, /papers/index, other sites' paths). */
export function pageKind(url: string): PageKind | null {
  return parsePageUrl(url)?.kind ?? null;
}

export function isListing(url: string): boolean {
  const k = pageKind(url);
  return k !== null && k !== 'paper';
}

export function isPaperPage(url: string): boolean {
  return pageKind(url) === 'paper';
}

/** A key for the listing view (cache key for data-props / API data): 'day:2025-06-18', 'trending', 'search:q'. */
export function periodKey(url: string): string | null {
  const p = parsePageUrl(url);
  if (!p) return null;
  switch (p.kind) {
    case 'daily': return `day:${p.period}`;
    case 'weekly': return `week:${p.period}`;
    case 'monthly': return `month:${p.period}`;
    case 'search': return `search:${p.q}`;
    case 'paper': return `paper:${p.id}`;
    case 'trending': return 'trending';
    case 'papers-root': return 'root';
  }
}
