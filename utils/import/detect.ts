// Which reader a chosen file needs, from its name and its first characters (the whole file is
// read only once the format is known: a backup goes to the background unread). Pure.
export type FileFormat = 'backup' | 'bibtex' | 'ris' | 'csl-json' | 'papermemory';

export function detectFormat(fileName: string, head: string): FileFormat {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (/\.(bib|bibtex|biblatex)$/i.test(fileName)) return 'bibtex';
  if (/\.ris$/i.test(fileName) || /^TY {2}- /.test(text)) return 'ris';
  // BibTeX: an entry first, or comment lines (% …) before one.
  if (text.startsWith('@') || (text.startsWith('%') && /^\s*@[a-z]+\s*[{(]/im.test(text))) return 'bibtex';
  if (text.startsWith('[')) return 'csl-json';
  if (text.startsWith('{') && !/"format"\s*:/.test(text) && /"(pdfLink|__dataVersion|bibtex)"\s*:|^\{\s*"Arxiv-/.test(text)) return 'papermemory';
  return 'backup'; // the background's validator names what is wrong with anything else
}
