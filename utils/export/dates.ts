// Publication dates as exports write them: the year (from the date, else from the arXiv id)
// and [year, month, day]. Pure.
import { yearFromArxivId } from '@/utils/paper/ids';
/** Publication year (UTC) from an ISO date, else from the id, else null. */
export function paperYear(publishedAt: string | null | undefined, id: string): number | null {
  if (publishedAt) {
    const t = Date.parse(publishedAt);
    if (!Number.isNaN(t)) return new Date(t).getUTCFullYear();
  }
  return yearFromArxivId(id);
}

/** [year, month, day] (UTC) of an ISO date, or null. */
export function dateParts(publishedAt: string | null | undefined): [number, number, number] | null {
  if (!publishedAt) return null;
  const t = Date.parse(publishedAt);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}
