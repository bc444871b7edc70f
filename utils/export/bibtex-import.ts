// BibTeX → saved papers, for readers moving from another reference manager. Only entries that
// are arXiv papers are taken (eprint, an arxiv.org URL, the arXiv DOI, or "arXiv:<id>" in
// journal/note/howpublished); the rest are counted as skipped. Pure.
import type { SavedPaper } from '../types';
import { readBibtex, type BibEntry } from './bibtex-reader';
import { arxivAbsUrl, hfPaperUrl, normalizeArxivId } from './ids';
import { importSizeProblem } from './import-size';
import { decodeLatex } from './latex';
import { collapseWhitespace } from '@/utils/whitespace';

export interface BibtexImport {
  papers: SavedPaper[];
  /** Entries that are not arXiv papers, or repeat a paper already taken from the file. */
  skipped: number;
  errors: string[];
}

const NOT_ENTRIES = new Set(['string', 'comment', 'preamble']);

function arxivIdOf(f: Record<string, string>): string | null {
  const prefix = (f.archiveprefix ?? f.eprinttype ?? 'arxiv').toLowerCase();
  if (f.eprint && prefix.includes('arxiv')) {
    const id = normalizeArxivId(decodeLatex(f.eprint));
    if (id) return id;
  }
  for (const v of [f.url, f.pdf, f.doi, f.journal, f.note, f.howpublished, f.booktitle]) {
    if (!v) continue;
    const url = /arxiv\.org\/(?:abs|pdf|html)\/([^\s?#{}]+?)(?:\.pdf)?(?=[\s?#{}]|$)/i.exec(v);
    const doi = /10\.48550\/arxiv\.([^\s{}]+)/i.exec(v);
    for (const m of [url, doi]) {
      const id = m && normalizeArxivId(m[1]);
      if (id) return id;
    }
    // "arXiv preprint arXiv:2405.12345", "arXiv:hep-th/9901001", "arXiv 2405.12345"
    for (const m of v.matchAll(/arxiv(?::|\s)\s*([^\s,;{}()]+)/gi)) {
      const id = normalizeArxivId(decodeLatex(m[1]).replace(/[.,;:]+$/, ''));
      if (id) return id;
    }
  }
  return null;
}

/** Splits at a separator that is outside braces. */
function splitTopLevel(text: string, sep: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0) {
      const m = sep.exec(text.slice(i, i + 10));
      if (m && m.index === 0) {
        parts.push(text.slice(start, i));
        i += m[0].length - 1;
        start = i + 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** "Family, Given" / "Family, Jr, Given" → "Given Family [Jr]"; braces and LaTeX undone. */
function authorName(raw: string): string {
  const parts = splitTopLevel(raw, /,/).map((p) => collapseWhitespace(decodeLatex(p)));
  const [family, a, b] = parts;
  const ordered = parts.length === 1 ? [family] : parts.length === 2 ? [a, family] : [b, family, a];
  return ordered.filter(Boolean).join(' ');
}

function authors(field: string | undefined): string[] {
  if (!field) return [];
  return splitTopLevel(field, /\s+and\s+/i)
    .map((n) => n.trim())
    .filter((n) => n && n.toLowerCase() !== 'others')
    .map(authorName)
    .filter(Boolean);
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** ISO date from biblatex `date` or from year (+ month); day/month 01 when not given. */
function publishedAt(f: Record<string, string>): string | null {
  const date = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec((f.date ?? '').trim());
  const year = date?.[1] ?? /\d{4}/.exec(f.year ?? '')?.[0];
  if (!year) return null;
  let month = Number(date?.[2] ?? 0);
  if (!month && f.month) {
    const m = f.month.trim().toLowerCase();
    month = /^\d+$/.test(m) ? Number(m) : MONTH_NAMES.indexOf(m.slice(0, 3)) + 1;
  }
  const day = Number(date?.[3] ?? 0);
  const pad = (n: number) => String(n >= 1 ? n : 1).padStart(2, '0');
  return `${year}-${pad(month <= 12 ? month : 1)}-${pad(day <= 31 ? day : 1)}T00:00:00.000Z`;
}

function toPaper(e: BibEntry, id: string, title: string, now: string): SavedPaper {
  const f = e.fields;
  const summary = collapseWhitespace(decodeLatex(f.abstract ?? ''));
  const names = authors(f.author);
  const paper: SavedPaper = {
    id,
    title,
    authors: names,
    summary,
    publishedAt: publishedAt(f),
    org: null,
    githubUrl: null,
    githubStars: null,
    upvotes: null,
    hfUrl: hfPaperUrl(id),
    arxivUrl: arxivAbsUrl(id),
    savedAt: now,
    tags: [],
    status: 'unread',
    note: '',
    // Without abstract or authors the background should fetch the paper's data.
    complete: Boolean(summary && names.length),
  };
  const primary = f.primaryclass && collapseWhitespace(decodeLatex(f.primaryclass));
  if (primary) paper.primaryClass = primary;
  return paper;
}

export function parseArxivBibtex(text: string, now: string): BibtexImport {
  // The backup's limit, checked before parsing: nothing is taken from an oversized file.
  const tooLarge = importSizeProblem(text);
  if (tooLarge) return { papers: [], skipped: 0, errors: [tooLarge] };
  const { entries, errors } = readBibtex(text);
  const papers: SavedPaper[] = [];
  const taken = new Set<string>();
  let skipped = 0;
  for (const e of entries) {
    if (NOT_ENTRIES.has(e.type)) continue;
    const id = arxivIdOf(e.fields);
    if (!id || taken.has(id)) {
      skipped++;
      continue;
    }
    const title = collapseWhitespace(decodeLatex(e.fields.title ?? ''));
    if (!title) {
      errors.push({ line: e.line, message: `Entry ${e.key ? e.key + ' ' : ''}at line ${e.line}: no title` });
      continue;
    }
    taken.add(id);
    papers.push(toPaper(e, id, title, now));
  }
  // Stable sort: syntax and content problems together, in file order.
  errors.sort((a, b) => a.line - b.line);
  return { papers, skipped, errors: errors.map((e) => e.message) };
}
