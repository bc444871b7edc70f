// A listing's name as a reader says it ("Daily papers, 2025-06-18"), from its URL. Pure.
import { localDay } from '@/utils/history/days';
import { parsePageUrl } from './detect';

/** "Daily papers, 2025-06-18", from the URL's view and period; today's date where the URL has none. */
export function listingName(url: string | null, now: Date): string {
  const today = localDay(now);
  const p = url ? parsePageUrl(url) : null;
  switch (p?.kind) {
    case 'daily': return `Daily papers, ${p.period}`;
    case 'weekly': return `Weekly papers, ${p.period}`;
    case 'monthly': return `Monthly papers, ${p.period}`;
    case 'trending': return `Trending papers, ${today}`;
    case 'search': return `Papers matching “${p.q}”, ${today}`;
    case 'papers-root': return `Daily papers, ${today}`;
    default: return `Hugging Face papers, ${today}`;
  }
}
