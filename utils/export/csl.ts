// CSL-JSON export as Zotero writes a "preprint" item: Zotero's schema maps preprint to CSL
// type "article" (CSL 1.0.2: "a preprint, working paper, or other prepublication"),
// archiveID → number ("arXiv:<id>") and repository → publisher ("arXiv"). Pure.
import type { SavedPaper } from '../types';
import { arxivAbsUrl, arxivDoi } from '@/utils/paper/urls';
import { dateParts } from './dates';
import { splitName } from './names';
import { collapseWhitespace } from '@/utils/whitespace';

export interface CslName {
  family?: string;
  given?: string;
  suffix?: string;
  /** One-word names (organisations, mononyms), as Zotero writes single-field creators. */
  literal?: string;
}

export interface CslItem {
  id: string;
  type: 'article';
  title: string;
  author?: CslName[];
  issued?: { 'date-parts': [[number, number, number]] };
  abstract?: string;
  number: string;
  publisher: 'arXiv';
  DOI?: string;
  URL: string;
}

export interface CslOptions {
  /** Add DOI 10.48550/arXiv.<id>. On by default (every arXiv paper has that DOI). */
  doi?: boolean;
}

function cslName(name: string): CslName {
  const { family, given, suffix } = splitName(name);
  if (!given) return { literal: family };
  return suffix ? { family, given, suffix } : { family, given };
}

export function toCslItem(p: SavedPaper, opts: CslOptions = {}): CslItem {
  // Built in Zotero's field order; optional fields are left out when empty, as Zotero does.
  const d = dateParts(p.publishedAt);
  // arXiv abstracts are hard-wrapped at ~80 columns: one paragraph reads better.
  const abstract = collapseWhitespace(p.summary ?? '');
  return {
    id: p.id,
    type: 'article',
    title: collapseWhitespace(p.title),
    ...(p.authors.length ? { author: p.authors.map(cslName) } : {}),
    ...(d ? { issued: { 'date-parts': [d] as [[number, number, number]] } } : {}),
    ...(abstract ? { abstract } : {}),
    number: `arXiv:${p.id}`,
    publisher: 'arXiv',
    ...(opts.doi !== false ? { DOI: arxivDoi(p.id) } : {}),
    URL: arxivAbsUrl(p.id),
  };
}

/** A JSON array, as CSL processors and Zotero's CSL JSON import expect. */
export function toCslJson(papers: readonly SavedPaper[], opts: CslOptions = {}): string {
  return JSON.stringify(papers.map((p) => toCslItem(p, opts)), null, 2) + '\n';
}
