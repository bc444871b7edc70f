// BibTeX / BibLaTeX → saved papers, with @retorquere/bibtex-parser (Better BibTeX's parser): its
// verbatim stage splits the file (@string macros, # joins, comments), crossref'd fields are
// inherited, the arXiv id is looked for where exporters put it, and the LaTeX stage decodes what
// is kept. A syntax error anywhere refuses the whole file. Loaded by the Library only when a
// BibTeX file is chosen (dynamic import). Pure.
import { parse as parseVerbatim, type Entry } from '@retorquere/bibtex-parser/verbatim';
import { bareArxivId, findArxivId } from './arxiv-id';
import { decodeLatex } from './bibtex-latex';
import { draftPaper, isoDate, isoFromDateText } from './draft';
import { intake } from './entries';
import { ImportRefused, type ImportDraft } from './types';

/** Where the verbatim stage names the problem: "… at line 8, column 1 in …" */
function syntaxMessage(error: string): string {
  const line = /at line (\d+)/.exec(error)?.[1];
  const what = error.replace(/\s+at line \d+.*$/s, '').replace(/\s+/g, ' ');
  return `Not a complete BibTeX file${line ? ` (line ${line}: ${what})` : ` (${what})`}; nothing was imported`;
}

/** A child entry takes the fields it lacks from the entry its crossref names (BibTeX's rule). */
function withCrossrefs(entries: Entry[]): Entry[] {
  const byKey = new Map(entries.map((e) => [e.key.toLowerCase(), e]));
  return entries.map((e) => {
    const parent = e.fields.crossref && byKey.get(e.fields.crossref.trim().toLowerCase());
    return parent && parent !== e ? { ...e, fields: { ...parent.fields, ...e.fields } } : e;
  });
}

// DBLP and Semantic Scholar put "abs/<id>" (or an old-style id) in volume, alone.
const idOf = (f: Record<string, string>) =>
  (f.volume ? bareArxivId(f.volume) : null) ?? findArxivId({
    eprint: f.eprint ?? f.arxivid ?? f.arxiv,
    archive: f.archiveprefix ?? f.eprinttype,
    texts: [f.url, f.howpublished, f.doi, f.journal, f.journaltitle, f.volume, f.note, f.number, f.pdf, f.booktitle, f.eprint, f.annote, f.addendum],
  });

export function readBibtex(text: string, now: string): ImportDraft {
  const lib = parseVerbatim(text);
  if (lib.errors.length) throw new ImportRefused(syntaxMessage(lib.errors[0].error));
  const entries = withCrossrefs(lib.entries);
  const taking = intake();
  const kept: { e: Entry; id: string }[] = [];
  for (const e of entries) {
    const id = idOf(e.fields);
    if (taking.accepts(e.key || `@${e.type}`, id, e.fields.title?.trim() ?? '')) kept.push({ e, id });
  }
  // One pass of the LaTeX stage over every kept title, abstract and author list.
  const texts = kept.flatMap(({ e }) => [e.fields.title, e.fields.abstract ?? '']);
  const decoded = decodeLatex(texts, kept.map(({ e }) => e.fields.author ?? ''));
  const papers = kept.map(({ e, id }, i) => {
    const f = e.fields;
    return draftPaper(
      {
        id,
        title: decoded.texts[2 * i],
        summary: decoded.texts[2 * i + 1],
        authors: decoded.names[i],
        publishedAt: isoFromDateText(f.date) ?? isoDate(f.year, f.month),
        primaryClass: f.primaryclass ?? f.eprintclass,
      },
      now,
    );
  });
  return { papers, skipped: taking.skipped };
}
