// A paper's addresses: its Hugging Face and arXiv URLs and DOI, and the id read back from a
// link. Pure.
import { bareId, ID } from './ids';

export const arxivAbsUrl = (id: string): string => `https://arxiv.org/abs/${id}`;
export const hfPaperUrl = (id: string): string => `https://huggingface.co/papers/${id}`;
/** arXiv registers a DataCite DOI for every paper. */
export const arxivDoi = (id: string): string => `10.48550/arXiv.${id}`;

/** HF paper path or URL; anchored so /papers/date/…, /papers/trending and /papers/<id>.md never match. */
export const hfPaperPath = new RegExp(`^(?:https?://(?:www\\.)?huggingface\\.co)?/papers/${ID}(?:[#?/]|$)`);
/** arXiv abstract / pdf URL. */
export const arxivPath = new RegExp(`^(?:https?:)?//(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/${ID}(?:\\.pdf)?(?:[#?/]|$)`);

/**
 * The paper id (no version) in an HF paper path, an arXiv abs/pdf URL or a bare id; null otherwise.
 * Anchored: /papers/date/…, /papers/trending and /papers/<id>.md give null.
 */
export function paperIdFromHref(href: string | null | undefined): string | null {
  if (typeof href !== 'string') return null;
  const s = href.trim();
  const m = hfPaperPath.exec(s) ?? arxivPath.exec(s) ?? bareId.exec(s);
  return m ? m[1] : null;
}
