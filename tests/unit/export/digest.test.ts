import { describe, expect, it } from 'vitest';
import { digestLine, oneLineSummary, toDigest, type DigestPaper } from '@/utils/export/digest';

const NOW = new Date(2026, 10, 25, 10, 0);
const paper = (id: string, title: string, over: Partial<DigestPaper> = {}): DigestPaper => ({ id, title, ...over });

describe('oneLineSummary', () => {
  it('first sentence of the AI summary, else of the abstract', () => {
    expect(oneLineSummary({ id: 'x', title: 't', aiSummary: 'A model does X. It also does Y.', summary: 'Abstract. More.' })).toBe('A model does X.');
    expect(oneLineSummary({ id: 'x', title: 't', aiSummary: null, summary: 'We study   GANs,\n e.g. the big ones. Then more.' }))
      .toBe('We study GANs, e.g. the big ones.');
    expect(oneLineSummary({ id: 'x', title: 't', summary: 'No full stop here' })).toBe('No full stop here');
    expect(oneLineSummary({ id: 'x', title: 't' })).toBe('');
  });
  it('at most 200 characters, cut at a word with an ellipsis', () => {
    const long = `${'word '.repeat(80)}end.`;
    const s = oneLineSummary({ id: 'x', title: 't', summary: long });
    expect(s.length).toBeLessThanOrEqual(200);
    expect(s.endsWith('word…')).toBe(true);
  });
});

describe('toDigest', () => {
  it('heading from the listing, a line per paper with link and summary, grouped by first tag in order, untagged last', () => {
    const md = toDigest(
      [
        paper('2506.14429', 'LongLLaDA: Long *Context*', { tags: ['llm', 'diffusion'], aiSummary: 'Extends context. More.' }),
        paper('2506.10038', 'Ambient Diffusion Omni', { tags: ['diffusion'], summary: 'Uses bad images.' }),
        paper('2506.13642', 'Stream-Omni', { tags: [] }),
        paper('2506.14234', 'Xolver', { tags: ['llm'] }),
      ],
      { listing: 'Daily papers, 2025-06-18', url: 'https://huggingface.co/papers/date/2025-06-18', source: 'highlighted', now: NOW },
    );
    expect(md).toBe(
      [
        '# Daily papers, 2025-06-18: highlighted',
        '',
        '4 papers highlighted on <https://huggingface.co/papers/date/2025-06-18>',
        '',
        '## llm',
        '',
        '- [LongLLaDA: Long \\*Context\\*](https://huggingface.co/papers/2506.14429) — Extends context.',
        '- [Xolver](https://huggingface.co/papers/2506.14234)',
        '',
        '## diffusion',
        '',
        '- [Ambient Diffusion Omni](https://huggingface.co/papers/2506.10038) — Uses bad images.',
        '',
        '## Other',
        '',
        '- [Stream-Omni](https://huggingface.co/papers/2506.13642)',
        '',
      ].join('\n'),
    );
  });
  it('untagged papers only: a flat list; saved-today heading', () => {
    const md = toDigest([paper('2506.13642', 'Stream-Omni', { summary: 'One. Two.' })], { listing: 'Trending papers, 2026-11-25', url: 'https://huggingface.co/papers/trending', source: 'saved-today', now: NOW });
    expect(md).toBe('# Papers saved on 2026-11-25\n\n1 paper\n\n- [Stream-Omni](https://huggingface.co/papers/2506.13642) — One.\n');
  });
  it('escapes Markdown in titles and summaries; never links a URL that is not Hugging Face’s', () => {
    expect(digestLine(paper('2405.12345', 'A [b](javascript:x) <img>', { summary: '<script>' })))
      .toBe('- [A \\[b\\](javascript:x) \\<img\\>](https://huggingface.co/papers/2405.12345) — \\<script\\>');
    const md = toDigest([paper('2405.12345', 'T')], { listing: 'Hugging Face papers, 2026-11-25', url: 'https://example.com/papers>', source: 'highlighted', now: NOW });
    expect(md).not.toContain('example.com');
  });
});
