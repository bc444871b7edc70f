// Markdown export: one list line per paper linking to its Hugging Face page; grouped under
// "## tag" headings when the papers carry more than one distinct tag. Pure.
import type { SavedPaper } from '../types';
import { hfPaperUrl } from '@/utils/paper/urls';
import { collapseWhitespace } from '@/utils/whitespace';

/** Backslash-escapes characters that would end the link text or start emphasis/HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, '\\$&');
}

export function markdownLine(p: SavedPaper): string {
  let line = `- [${escapeMarkdown(collapseWhitespace(p.title))}](${hfPaperUrl(p.id)}) (arXiv:${p.id})`;
  if (p.tags.length) line += ` — ${p.tags.map(escapeMarkdown).join(', ')}`;
  // The note is shown as text, like everywhere else: escaped so it can't become HTML or a link.
  const note = escapeMarkdown(collapseWhitespace(p.note ?? ''));
  if (note) line += ` — ${note}`;
  return line;
}

export function toMarkdown(papers: readonly SavedPaper[]): string {
  const out = ['# PaperSift reading list', ''];
  // Group by tag, case-insensitively, in the tag's first spelling; a paper with two tags is
  // listed under both.
  const groups = new Map<string, { name: string; papers: SavedPaper[] }>();
  const untagged: SavedPaper[] = [];
  for (const p of papers) {
    if (!p.tags.length) untagged.push(p);
    for (const t of p.tags) {
      const k = t.toLowerCase();
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { name: t, papers: [] }));
      if (g.papers[g.papers.length - 1] !== p) g.papers.push(p);
    }
  }
  if (groups.size < 2) {
    for (const p of papers) out.push(markdownLine(p));
  } else {
    const sorted = [...groups.values()].sort((a, b) => a.name.localeCompare(b.name));
    if (untagged.length) sorted.push({ name: 'Untagged', papers: untagged });
    for (const g of sorted) {
      out.push(`## ${escapeMarkdown(g.name)}`, '', ...g.papers.map(markdownLine), '');
    }
    out.pop();
  }
  return out.join('\n') + '\n';
}
