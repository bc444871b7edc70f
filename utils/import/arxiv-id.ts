// Finding an arXiv id wherever exporters put it: a bare eprint, an arxiv.org or Hugging Face URL
// (abs, pdf, html, with versions), the arXiv DOI 10.48550/arXiv.<id>, "arXiv:<id>" in a journal
// or note, "abs/<id>" in a DBLP or Semantic Scholar volume. Old-style ids (hep-th/9802150) too. Pure.

import { NEW_ID as NEW_STYLE, OLD_ID as OLD_STYLE } from '@/utils/paper/ids';

// The grammar is ids.ts's; the checks are the import's own: any case (case-insensitive EXACT), a
// plausible month, and an id in running text not followed by more digits.
const EXACT = new RegExp(`^(?:${NEW_STYLE}|${OLD_STYLE})(?:v\\d+)?$`, 'i');
// Not followed by a digit (2006.112390 is no id); versions are matched and dropped.
const ID = `(${NEW_STYLE}|${OLD_STYLE})(?:v\\d+)?(?![\\d.]?\\d)`;
// arxiv.org/abs/<id>, export.arxiv.org/pdf/<id>.pdf, huggingface.co/papers/<id>, the DOI, arXiv:<id>.
const MARKED = new RegExp(
  String.raw`(?:arxiv\.org\/(?:abs|pdf|html|format)\/|huggingface\.co\/papers\/|10\.48550\/arxiv\.|\barxiv\s*:\s*|\barxiv(?:\s+preprint)?\s+|^abs\/)` + ID,
  'gi',
);

/** A new-style id whose YYMM is a real month from April 2007 on; old-style ids as ids.ts says. */
function plausible(id: string): boolean {
  const m = /^(\d{2})(\d{2})\./.exec(id);
  if (!m) return true;
  const yy = Number(m[1]), mm = Number(m[2]);
  return mm >= 1 && mm <= 12 && (yy > 7 || (yy === 7 && mm >= 4));
}

/** The normalised id (no "arXiv:", no version, hep-th/… lower-case, math.GT/… subject upper-case) when
 * `raw` is a well-formed, plausible arXiv id, else null. */
export function accept(raw: string): string | null {
  const text = raw.trim().replace(/^arxiv:\s*/i, '');
  if (!EXACT.test(text)) return null;
  let id = text.replace(/v\d+$/, '');
  const slash = id.indexOf('/');
  if (slash > 0) {
    const [archive, subject] = id.slice(0, slash).split('.');
    id = archive.toLowerCase() + (subject ? '.' + subject.toUpperCase() : '') + id.slice(slash);
  }
  return plausible(id) ? id : null;
}

/** Braces, backslash escapes and URL escapes that BibTeX and RIS writers wrap ids in. */
const clean = (text: string) => text.replace(/\\_/g, '_').replace(/[{}\\]/g, '').replace(/%2F/gi, '/');

/** Every arXiv id marked as one in the text (URL, DOI, arXiv: prefix, abs/ volume), in order. */
export function markedArxivIds(text: string): string[] {
  const out: string[] = [];
  for (const m of clean(text).matchAll(MARKED)) {
    const id = accept(m[1]);
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

/** The id of a field that holds only an id (an eprint): "2405.12345v2", "arXiv:hep-th/9802150". */
export function bareArxivId(text: string): string | null {
  return accept(clean(text).trim()) ?? markedArxivIds(text)[0] ?? null;
}

export interface IdFields {
  /** eprint, with archivePrefix / eprinttype naming the archive when the writer says which. */
  eprint?: string;
  archive?: string;
  /** Fields that may hold a URL, DOI or "arXiv:<id>" (url, doi, journal, note, number, volume…). */
  texts: (string | undefined)[];
}

/** The entry's arXiv id, eprint first, then the first one marked in its other fields. */
export function findArxivId({ eprint, archive, texts }: IdFields): string | null {
  if (eprint && (!archive || /arxiv/i.test(archive))) {
    const id = bareArxivId(eprint);
    if (id) return id;
  }
  for (const t of texts) {
    const id = t ? markedArxivIds(t)[0] : undefined;
    if (id) return id;
  }
  return null;
}
