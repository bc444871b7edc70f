// arXiv identifiers: the one grammar (new and old style), normalisation and the year an id
// encodes. Page parsing, URLs, import and message checks all read ids through here. Pure.

/** New-style ids (0704.0001 onwards): YYMM.NNNN or YYMM.NNNNN. */
export const NEW_ID = String.raw`\d{4}\.\d{4,5}`;
/** Old-style ids: archive[.SUBJ]/YYMMNNN, e.g. hep-th/9901001, math.GT/0309136. */
export const OLD_ID = String.raw`[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?/\d{7}`;

/** Regex source: a capturing id (new or old style) followed by an optional version, for URL patterns. */
export const ID = `(${NEW_ID}|${OLD_ID})(?:v\\d+)?`;
/** A bare id with an optional version, e.g. "2405.12345v2" or "hep-th/9901001"; group 1 is the id. */
export const bareId = /* @__PURE__ */ new RegExp(`^${ID}$`);
// Pure: a bundle that never checks an id (the content script) leaves it out.
const EXACT = /* @__PURE__ */ new RegExp(`^(?:${NEW_ID}|${OLD_ID})$`);

/** True for an id as PaperSift stores it: no version, no prefix. */
export const isArxivId = (v: unknown): v is string => typeof v === 'string' && EXACT.test(v);

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
  return isArxivId(id) ? id : null;
}

/** Submission year encoded in the id (used when the publication date is unknown). */
export function yearFromArxivId(id: string): number | null {
  const m = /^(\d{2})\d{2}\./.exec(id) ?? /\/(\d{2})\d{5}$/.exec(id);
  if (!m) return null;
  const yy = Number(m[1]);
  // Old-style ids started in 1991; new-style ids are all from 2007 on.
  return yy >= 91 ? 1900 + yy : 2000 + yy;
}
