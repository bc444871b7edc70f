import { describe, expect, it } from 'vitest';
import { paperFromApiPaper, paperFromDailyItem } from '@/utils/page/api-items';
import { apiItems } from './load';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(['2024-05-27', '2025-06-18'] as const)('paperFromDailyItem, %s API dump', (date) => {
  const items = apiItems(date);
  const papers = items.map(paperFromDailyItem);

  it('reads every item, in order', () => {
    expect(papers.every(Boolean)).toBe(true);
    expect(papers.map((p) => p!.id)).toEqual(items.map((x) => x.paper.id));
  });

  it('collapses line breaks in titles and summaries', () => {
    for (const [i, p] of papers.entries()) {
      expect(p!.title).toBe(collapse(items[i].paper.title));
      expect(p!.title).not.toMatch(/\n|\s{2}/);
      expect(p!.summary).toBe(collapse(items[i].paper.summary));
      expect(p!.summary).not.toMatch(/\n/);
    }
  });

  it('takes upvotes from paper, comments from the top level, authors by name', () => {
    for (const [i, p] of papers.entries()) {
      const x = items[i];
      expect(p!.upvotes).toBe(x.paper.upvotes);
      expect(p!.comments).toBe(x.numComments);
      expect(p!.authors).toEqual(x.paper.authors.map((a: { name: string }) => a.name));
      expect(p!.authorCount).toBe(x.paper.authors.length);
      expect(p!.publishedAt).toBe(new Date(x.paper.publishedAt).toISOString());
      expect(p!.githubUrl).toBe(x.paper.githubRepo ?? null);
      expect(p!.aiSummary).toBe(x.paper.ai_summary ? collapse(x.paper.ai_summary) : null);
      expect(p!.arxivUrl).toBe(`https://arxiv.org/abs/${x.paper.id}`);
      expect(p!.hfUrl).toBe(`https://huggingface.co/papers/${x.paper.id}`);
      expect(p!.org).toBeNull();
      expect(p!.githubStars).toBeNull();
    }
  });
});

describe('2026 shape and odd input', () => {
  const item2026 = {
    paper: { id: '2610.05608v2', title: 'Kandinsky 6.0 Video', summary: 'We present…', upvotes: 117, githubRepo: 'https://github.com/kandinskylab/kandinsky-6', githubStars: 131,
      authors: [{ name: 'A' }, { name: 'Hidden', hidden: true }, { name: '  B  ' }, { _id: 'no-name' }], publishedAt: '2026-10-04T00:00:00.000Z' },
    organization: { _id: 'x', name: 'kandinskylab', fullname: 'Kandinsky Lab' }, upvotes: 0, numComments: 4, title: 'ignored when paper.title exists',
  };

  it('reads organization, githubStars, paper.upvotes (not item.upvotes)', () => {
    expect(paperFromDailyItem(item2026)).toMatchObject({
      id: '2610.05608', org: 'Kandinsky Lab', githubStars: 131, upvotes: 117, comments: 4, authors: ['A', 'B'], authorCount: 2, title: 'Kandinsky 6.0 Video',
    });
  });

  it('paperFromApiPaper reads the flattened paper object (no comment count) or a whole item', () => {
    const flat = { ...item2026.paper, organization: { name: 'kandinskylab', fullname: 'Kandinsky Lab' } };
    expect(paperFromApiPaper(flat)).toMatchObject({ id: '2610.05608', org: 'Kandinsky Lab', comments: null, upvotes: 117 });
    expect(paperFromApiPaper(item2026)).toMatchObject({ id: '2610.05608', comments: 4 });
    expect(paperFromApiPaper(apiItems('2025-06-18')[2].paper)).toMatchObject({ id: '2506.13642', githubUrl: 'https://github.com/ictnlp/Stream-Omni', comments: null });
  });

  it('falls back to the top-level title, and gives null without id or title', () => {
    expect(paperFromDailyItem({ paper: { id: '2405.12345' }, title: 'Top\n title' })?.title).toBe('Top title');
    for (const bad of [null, undefined, 1, 'x', [], {}, { paper: null }, { paper: {} }, { paper: { id: '2405.12345' } },
      { paper: { id: 'nope', title: 't' } }, { paper: { id: 2405.12345, title: 't' } }, { paper: { id: '2405.12345', title: '  ' } }]) {
      expect(paperFromDailyItem(bad)).toBeNull();
      expect(paperFromApiPaper(bad)).toBeNull();
    }
  });

  it('treats every other field as optional and ignores wrong types', () => {
    const p = paperFromDailyItem({ paper: { id: '2405.12345', title: 'T', summary: 5, authors: 'x', upvotes: '3', publishedAt: 'not a date', githubRepo: 'javascript:alert(1)', githubStars: NaN }, numComments: '2' });
    expect(p).toMatchObject({ summary: null, authors: null, authorCount: null, upvotes: null, publishedAt: null, githubUrl: null, githubStars: null, comments: null });
  });
});
