// The page's embedded JSON (Svelte island data-props), trusted only when it describes this URL
// (PAGE-NOTES §3: after client-side navigation it can still describe the previous view).
import type { PaperInfo } from '@/utils/types';
import { paperFromApiPaper, paperFromDailyItem } from './api-items';
import { parsePageUrl, type PageUrl } from './detect';
import * as S from './selectors';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null);
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

// The attribute is ~0.5 MB on trending and parseCards runs on every mutation batch: parsed once per
// (element, attribute text) (see docs/PERFORMANCE.md#page-json-once).
const cache = new WeakMap<Element, { raw: string; json: unknown }>();

function propsOf(el: Element | null): Obj | null {
  const raw = el?.getAttribute('data-props');
  if (!el || !raw) return null;
  const hit = cache.get(el);
  if (hit && hit.raw === raw) return obj(hit.json);
  let json: unknown = null;
  try {
    json = JSON.parse(raw); // getAttribute has already decoded &quot;
  } catch {
    json = null;
  }
  cache.set(el, { raw, json });
  return obj(json);
}

/** Does the DailyPapers props object describe the view at this URL? */
export function propsMatchUrl(props: Obj, page: PageUrl): boolean {
  const q = str(obj(props.query)?.q);
  const trending = props.isTrending === true;
  const type = str(props.periodType);
  const ds = str(props.dateString);
  switch (page.kind) {
    case 'search': return q === page.q;
    case 'trending': return trending && !q;
    case 'papers-root': return !trending && !q;
    case 'daily': return !trending && !q && (type === 'day' || type === '') && ds.slice(0, 10) === page.period;
    case 'weekly': return !trending && !q && type === 'week' && ds.toUpperCase() === page.period;
    case 'monthly': return !trending && !q && type === 'month' && ds.slice(0, 7) === page.period;
    default: return false;
  }
}

// For parse-cards only: the papers of one props object are read once and shared, so parses of a
// live page get the very same objects and can reuse the cards built from them. Read-only.
const maps = new WeakMap<Obj, Map<string, PaperInfo>>();

function listingMap(root: ParentNode, page: PageUrl, memo: boolean): Map<string, PaperInfo> | null {
  const props = propsOf(root.querySelector(S.dailyIsland));
  if (!props || !propsMatchUrl(props, page)) return null;
  if (!memo) return papersOf(props);
  let map = maps.get(props);
  if (!map) maps.set(props, (map = papersOf(props)));
  return map;
}

function papersOf(props: Obj): Map<string, PaperInfo> {
  const items = [props.searchResults, props.dailyPapers].flatMap((a) => (Array.isArray(a) ? a : []));
  const map = new Map<string, PaperInfo>();
  for (const it of items) {
    const p = paperFromDailyItem(it);
    if (p && !map.has(p.id)) map.set(p.id, p); // search results first: they are what the page lists
  }
  return map;
}

function paperPageMap(root: ParentNode, page: PageUrl): Map<string, PaperInfo> | null {
  const props = propsOf(root.querySelector(S.paperIsland));
  const p = paperFromApiPaper(props?.paper);
  return p && p.id === page.id ? new Map([[p.id, p]]) : null;
}

/**
 * Papers described by the page's own JSON, keyed by id, or null when there is none that is fresh
 * for `url` (missing, unparsable, or describing another view). Ids here are not necessarily
 * rendered cards (the trending capture holds one that is not).
 */
export function readDataProps(root: ParentNode, url: string): Map<string, PaperInfo> | null {
  return read(root, url, false);
}

/** readDataProps for parse-cards: the same objects while the props stay the same (read-only). */
export const sharedDataProps = (root: ParentNode, url: string): ReadonlyMap<string, PaperInfo> | null => read(root, url, true);

function read(root: ParentNode, url: string, memo: boolean): Map<string, PaperInfo> | null {
  try {
    const page = parsePageUrl(url);
    if (!page) return null;
    return page.kind === 'paper' ? paperPageMap(root, page) : listingMap(root, page, memo);
  } catch {
    return null;
  }
}
