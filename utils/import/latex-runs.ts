// Cuts a BibTeX value into runs of plain words and runs of LaTeX words, at spaces outside braces
// and math, so the parser's LaTeX stage (≈ 8 ms for a 1,000-character abstract) sees only the
// LaTeX runs: an abstract with two $…$ spans costs two short runs, not the whole text. Pure.

/** Characters that make a word LaTeX rather than plain text (braces alone are handled here). */
export const LATEX = /[\\$~%&#^_`<>]|--|''/;
const ESCAPES_ONLY = /\\[&%#_$]/g;

export type Run = { text: string; latex: boolean };

function words(value: string): string[] {
  const out: string[] = [];
  let depth = 0, math = false, start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '$') math = !math;
    else if (depth <= 0 && !math && /\s/.test(c)) {
      if (i > start) out.push(value.slice(start, i));
      start = i + 1;
    }
  }
  if (value.length > start) out.push(value.slice(start));
  return out;
}

/**
 * Plain runs come back as their text (grouping braces dropped); runs whose only LaTeX is escaped
 * specials (\& \% \# \_ \$) are undone here; the rest are marked `latex` for the parser.
 */
export function latexRuns(value: string): Run[] {
  const runs: Run[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (!pending.length) return;
    const text = pending.join(' ');
    pending = [];
    if (LATEX.test(text.replace(ESCAPES_ONLY, ''))) runs.push({ text, latex: true });
    else runs.push({ text: text.replace(ESCAPES_ONLY, (e) => e[1]).replace(/[{}]/g, ''), latex: false });
  };
  for (const w of words(value)) {
    if (LATEX.test(w) || /[{}]/.test(w)) pending.push(w);
    else (flush(), runs.push({ text: w, latex: false }));
  }
  flush();
  return runs;
}
