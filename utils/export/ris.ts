// RIS export. Type choice: `TY  - GEN`. Zotero's RIS translator (zotero/translators RIS.js)
// has no RIS type that imports as its "preprint" item type; Zotero itself writes preprints as
// GEN (its DEFAULT_EXPORT_TYPE, as "preprint" is absent from exportTypeMap) and reads GEN back as
// a journal article. INPR would become a "manuscript", UNPB an unknown type. GEN is what
// Zotero, EndNote and Mendeley all accept, so we follow Zotero's own export. Pure.
import type { SavedPaper } from '../types';
import { arxivAbsUrl, arxivDoi } from '@/utils/paper/urls';
import { dateParts, paperYear } from './dates';
import { splitName } from './names';
import { collapseWhitespace } from '@/utils/whitespace';

export interface RisOptions {
  /** Write DO  - 10.48550/arXiv.<id>. On by default (every arXiv paper has that DOI). */
  doi?: boolean;
}

const EOL = '\r\n'; // RIS records are CRLF-terminated lines (RIS spec; Zotero writes CRLF too)

/** "Family, Given" (Zotero's and the RIS spec's author form); one-word names stay as they are. */
function risName(name: string): string {
  const { family, given, suffix } = splitName(name);
  if (!given) return family;
  return suffix ? `${family}, ${given}, ${suffix}` : `${family}, ${given}`;
}

function record(p: SavedPaper, opts: RisOptions): string {
  const lines: string[] = [];
  // Single-line fields: any line break would end the value early.
  const tag = (t: string, v: string) => {
    const value = collapseWhitespace(v);
    if (value) lines.push(`${t}  - ${value}`);
  };
  // The note may span lines: Zotero's import joins continuation lines back.
  const multi = (t: string, v: string) => {
    const value = v
      .trim()
      .split(/\r\n?|\n/)
      // A line that looks like a tag ("AU  - x") would start a new field: indent it.
      .map((line, i) => (i > 0 && /^[A-Z][A-Z0-9] {1,2}-/.test(line) ? ' ' + line : line))
      .join(EOL);
    if (value) lines.push(`${t}  - ${value}`);
  };
  lines.push('TY  - GEN');
  for (const a of p.authors) tag('AU', risName(a));
  tag('TI', p.title);
  const year = paperYear(p.publishedAt, p.id);
  if (year !== null) tag('PY', String(year));
  const d = dateParts(p.publishedAt);
  if (d) tag('DA', d.map((n) => String(n).padStart(2, '0')).join('/'));
  tag('AB', p.summary ?? ''); // arXiv abstracts are hard-wrapped: one paragraph
  tag('UR', arxivAbsUrl(p.id));
  if (opts.doi !== false) tag('DO', arxivDoi(p.id));
  for (const t of p.tags) tag('KW', t);
  multi('N1', p.note ?? '');
  lines.push('ER  - ');
  return lines.join(EOL);
}

export function toRis(papers: readonly SavedPaper[], opts: RisOptions = {}): string {
  return papers.map((p) => record(p, opts) + EOL + EOL).join('');
}
