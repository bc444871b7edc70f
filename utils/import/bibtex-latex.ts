// LaTeX → Unicode for the few fields an import keeps (title, names, abstract), by the BibTeX
// parser's LaTeX stage (accents, \em / \textit, $\alpha$ → α, dashes, quotes). That stage costs about
// a millisecond per field, so text without LaTeX skips it: plain text is already what it says, and
// text whose only LaTeX is grouping braces ({GPT}-4) is the same text without them. Pure.
import { parse, type Creator } from '@retorquere/bibtex-parser';
import { LATEX, latexRuns, type Run } from './latex-runs';

/** Markup the parser writes for \textit, \textsc, \url, case protection…: tags, not text. */
const MARKUP = /<\/?(?:i|b|sup|sub|p|li|code|br|ncx?|span|a)\b[^>]*>/g;
const LT = '\uE000', GT = '\uE001', SEP = '\uE002';

type Job = { kind: 'text' | 'names'; tex: string; at: number };

const creatorName = (c: Creator) => (c.name ?? [c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(' ')).trim();
const isOthers = (c: Creator) => !c.firstName && !c.name && c.lastName === 'others';

/** The parser's output as plain text: markup tags dropped, < > restored, \i under accents undone. */
function plain(s: string): string {
  return s.replace(MARKUP, '').replaceAll(LT, '<').replaceAll(GT, '>').replace(/ı(?=[\u0300-\u036f])/g, 'i').normalize('NFC');
}

/** Split at " and " outside braces (BibTeX's name-list rule). */
function splitNames(list: string): string[] {
  const out: string[] = [];
  let depth = 0, start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && /\s/.test(c)) {
      const m = /^\s+and\s+/i.exec(list.slice(i, i + 12));
      if (m) (out.push(list.slice(start, i)), (i += m[0].length - 1), (start = i + 1));
    }
  }
  out.push(list.slice(start));
  return out.map((n) => n.trim()).filter((n) => n && n.toLowerCase() !== 'others');
}

/** "Family, Given" / "von Family, Jr, Given" / "Given Family" → "Given [von] Family [Jr]". */
function plainName(name: string): string {
  const parts = name.split(',').map((p) => p.trim());
  if (parts.length === 2) return `${parts[1]} ${parts[0]}`.trim();
  if (parts.length >= 3) return `${parts[2]} ${parts[0]} ${parts[1]}`.trim();
  return name;
}

/**
 * Decodes many values in one pass of the parser. `texts` become plain text, only their LaTeX runs
 * going through the parser (joined into one field per text); `lists` are BibTeX name lists, returned
 * as "Given Family" names, each distinct name decoded once (authors recur across a library).
 * Values come from the verbatim stage, so their braces are balanced.
 */
export function decodeLatex(texts: string[], lists: string[]): { texts: string[]; names: string[][] } {
  const runsOf: Run[][] = texts.map((t) => (LATEX.test(t) ? latexRuns(t) : [{ text: t.replace(/[{}]/g, ''), latex: false }]));
  const split = lists.map(splitNames);
  const decodedName = new Map<string, string>();
  const jobs: Job[] = [];
  runsOf.forEach((runs, at) => {
    const latex = runs.filter((r) => r.latex).map((r) => r.text);
    if (latex.length) jobs.push({ kind: 'text', tex: latex.join(` ${SEP} `), at });
  });
  for (const names of split)
    for (const n of names)
      if (!decodedName.has(n)) {
        if (LATEX.test(n)) jobs.push({ kind: 'names', tex: n, at: -1 });
        decodedName.set(n, plainName(n.replace(/[{}\\]/g, '')));
      }
  if (jobs.length) {
    const escaped = (tex: string) => tex.replaceAll('<', `{${LT}}`).replaceAll('>', `{${GT}}`);
    const bib = jobs.map((j, i) => `@misc{j${i},\n${j.kind === 'text' ? 'title' : 'author'} = {${escaped(j.tex)}}}\n`).join('');
    // english: false — titles keep the writer's casing (no sentence case); unknown commands stay as written.
    const lib = parse(bib, { english: false, unsupported: (_node, tex) => tex });
    const byKey = new Map(lib.entries.map((e) => [e.key, e.fields]));
    jobs.forEach((j, i) => {
      const f = byKey.get(`j${i}`);
      if (j.kind === 'text') {
        const parts = typeof f?.title === 'string' ? plain(f.title).split(SEP) : [];
        let k = 0;
        for (const run of runsOf[j.at]) if (run.latex) run.text = parts[k++]?.trim() ?? run.text.replace(/[{}\\]/g, '');
      } else if (Array.isArray(f?.author) && f.author.length) {
        decodedName.set(j.tex, f.author.filter((c) => !isOthers(c)).map((c) => plain(creatorName(c))).join(' '));
      }
    });
  }
  return {
    texts: runsOf.map((runs) => runs.map((r) => r.text).join(' ')),
    names: split.map((names) => names.map((n) => decodedName.get(n)!).filter(Boolean)),
  };
}
