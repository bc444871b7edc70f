// LaTeX text escaping for the BibTeX export (import decodes LaTeX with the BibTeX parser:
// utils/import/bibtex-latex.ts). Pure.

const ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // Not special to LaTeX, but the default OT1 font encoding prints them as ¡ and ¿.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** Escapes the ten LaTeX special characters (and < >); non-ASCII text stays UTF-8. One pass, linear. */
export function escapeLatex(text: string): string {
  return text.replace(/[\\{}&%$#_~^<>]/g, (c) => ESCAPES[c]);
}
