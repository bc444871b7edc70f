import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownLine, toMarkdown } from '../../../utils/export/markdown';
import { accented, bare, fixturePapers, savedPaper } from '../../fixtures/papers';

describe('toMarkdown', () => {
  it('writes one linking line per paper: title, arXiv id, tags, note', () => {
    const p = { ...fixturePapers[0], tags: ['diffusion', 'long-context'], note: 'Check\nthe appendix' };
    expect(markdownLine(p)).toBe(
      '- [LongLLaDA: Unlocking Long Context Capabilities in Diffusion LLMs](https://huggingface.co/papers/2506.14429)' +
        ' (arXiv:2506.14429) — diffusion, long-context — Check the appendix',
    );
    expect(markdownLine(bare)).toBe(
      '- [Old Style Paper With Nothing Else](https://huggingface.co/papers/hep-th/9901001) (arXiv:hep-th/9901001)',
    );
  });

  it('escapes markdown-significant characters in titles', () => {
    expect(escapeMarkdown('[a] *b* _c_ `d` <e> |f| ~g~ \\h &i')).toBe(
      '\\[a\\] \\*b\\* \\_c\\_ \\`d\\` \\<e\\> \\|f\\| \\~g\\~ \\\\h \\&i',
    );
    const p = savedPaper({ id: '2401.00001', title: 'Links [like](this) and *stars*' });
    expect(markdownLine(p)).toContain('[Links \\[like\\](this) and \\*stars\\*](https://huggingface.co/papers/2401.00001)');
  });

  it('lists papers flat when they share at most one tag', () => {
    const md = toMarkdown([accented, bare]);
    expect(md).toBe(`# PaperSift reading list\n\n${markdownLine(accented)}\n${markdownLine(bare)}\n`);
  });

  it('groups by tag under ## headings when papers carry several tags', () => {
    const a = savedPaper({ id: '2401.00001', title: 'A', tags: ['llm', 'agents'] });
    const b = savedPaper({ id: '2401.00002', title: 'B', tags: ['LLM'] });
    const c = savedPaper({ id: '2401.00003', title: 'C' });
    const md = toMarkdown([a, b, c]);
    expect(md).toBe(
      [
        '# PaperSift reading list', '',
        '## agents', '', markdownLine(a), '',
        '## llm', '', markdownLine(a), markdownLine(b), '',
        '## Untagged', '', markdownLine(c), '',
      ].join('\n'),
    );
  });

  it('groups the fixture papers with every paper present', () => {
    const md = toMarkdown(fixturePapers);
    expect(md).toMatch(/^## agents$/m);
    expect(md).toMatch(/^## diffusion$/m);
    for (const p of fixturePapers) expect(md).toContain(`(https://huggingface.co/papers/${p.id})`);
  });
});
