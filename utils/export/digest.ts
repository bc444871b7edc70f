// "Copy digest": a short Markdown list of the highlighted (or saved-today) papers of a listing,
// each with a link and a one-line summary, grouped by tag. Pure.
import { localDay } from '@/utils/history/days';
import { hfPaperUrl } from '@/utils/paper/urls';
import { escapeMarkdown } from './markdown';
import { collapseWhitespace } from '@/utils/whitespace';

export interface DigestPaper {
  id: string;
  title: string;
  summary?: string | null;
  aiSummary?: string | null;
  /** Tags in rule order; the paper is listed under its first. */
  tags?: readonly string[];
}

export interface DigestOptions {
  /** The listing's name for the heading, e.g. "Daily papers, 2025-06-18" (utils/page/listing-name.ts). */
  listing: string;
  /** The listing's address, linked in the intro when it is Hugging Face's. */
  url: string | null;
  /** 'highlighted': the listing's highlighted papers; 'saved-today': the reading list's papers saved today. */
  source: 'highlighted' | 'saved-today';
  now: Date;
}

export const SUMMARY_MAX = 200;

/** First sentence of the AI summary (else the abstract), at most 200 characters. */
export function oneLineSummary(p: DigestPaper): string {
  const text = collapseWhitespace(p.aiSummary || p.summary || '');
  // A sentence ends at . ! ? followed by a capital, digit or quote, not inside "e.g. the".
  const first = /^(.+?[.!?])(?=\s+[\p{Lu}\p{N}"“(]|$)/u.exec(text)?.[1] ?? text;
  if (first.length <= SUMMARY_MAX) return first;
  const cut = first.slice(0, SUMMARY_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export function digestLine(p: DigestPaper): string {
  const summary = oneLineSummary(p);
  const link = `- [${escapeMarkdown(collapseWhitespace(p.title))}](${hfPaperUrl(p.id)})`;
  return summary ? `${link} — ${escapeMarkdown(summary)}` : link;
}

export function toDigest(papers: readonly DigestPaper[], opts: DigestOptions): string {
  const heading =
    opts.source === 'highlighted'
      ? `# ${opts.listing}: highlighted`
      : `# Papers saved on ${localDay(opts.now)}`;
  const count = `${papers.length} ${papers.length === 1 ? 'paper' : 'papers'}`;
  const linkable = !!opts.url && /^https:\/\/huggingface\.co\/[^\s<>]*$/.test(opts.url);
  const intro = opts.source === 'highlighted' && linkable ? `${count} highlighted on <${opts.url}>` : count;
  const out = [heading, '', intro, ''];
  const groups = new Map<string, DigestPaper[]>();
  for (const p of papers) {
    const tag = p.tags?.[0] ?? '';
    groups.set(tag, [...(groups.get(tag) ?? []), p]);
  }
  if (groups.size === 1 && groups.has('')) out.push(...papers.map(digestLine), '');
  else {
    // Tags in the order they first appear (rule order); untagged papers last.
    const untagged = groups.get('');
    groups.delete('');
    if (untagged) groups.set('', untagged);
    for (const [tag, list] of groups) out.push(`## ${tag ? escapeMarkdown(tag) : 'Other'}`, '', ...list.map(digestLine), '');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
