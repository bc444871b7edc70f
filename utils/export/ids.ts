// arXiv identifiers: normalisation and the URLs / DOI derived from them. Pure.

/** New-style ids (0704.0001 onwards): YYMM.NNNN or YYMM.NNNNN. */
const NEW_STYLE = /^\d{4}\.\d{4,5}$/;
/** Old-style ids: archive[.SUBJ]/YYMMNNN, e.g. hep-th/9901001, math.GT/0309136. */
const OLD_STYLE = /^[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7}$/;

/**
 * The bare arXiv id ("arXiv:" prefix and vN version stripped), or null when the text is
 * not an arXiv id. Old-style archive names are case-normalised (HEP-TH/9901001 → hep-th/9901001).
 */
export function normalizeArxivId(raw: string): string | null {
  let id = raw.trim().replace(/^arxiv:\s*/i, '').replace(/v\d+$/, '');
  const slash = id.indexOf('/');
  if (slash > 0) {
    const [archive, subject] = id.slice(0, slash).split('.');
    id = archive.toLowerCase() + (subject ? '.' + subject.toUpperCase() : '') + id.slice(slash);
  }
  return NEW_STYLE.test(id) || OLD_STYLE.test(id) ? id : null;
}

/** Submission year encoded in the id (used when the publication date is unknown). */
export function yearFromArxivId(id: string): number | null {
  const m = /^(\d{2})\d{2}\./.exec(id) ?? /\/(\d{2})\d{5}$/.exec(id);
  if (!m) return null;
  const yy = Number(m[1]);
  // Old-style ids started in 1991; new-style ids are all from 2007 on.
  return yy >= 91 ? 1900 + yy : 2000 + yy;
}

export const arxivAbsUrl = (id: string): string => `https://arxiv.org/abs/${id}`;
export const hfPaperUrl = (id: string): string => `https://huggingface.co/papers/${id}`;
/** arXiv registers a DataCite DOI for every paper. */
export const arxivDoi = (id: string): string => `10.48550/arXiv.${id}`;

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
