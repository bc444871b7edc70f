import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { toCslJson, type CslItem } from '../../../utils/export/csl';
import { accented, bare, edgePapers, fixturePapers, latexy, sixtyAuthors } from '../../fixtures/papers';

describe('toCslJson', () => {
  it('writes a JSON array of Zotero-style preprint items', () => {
    const items = JSON.parse(toCslJson([fixturePapers[0]])) as CslItem[];
    expect(items).toHaveLength(1);
    expect(items[0]).toEqual({
      id: '2506.14429',
      type: 'article',
      title: 'LongLLaDA: Unlocking Long Context Capabilities in Diffusion LLMs',
      author: [
        { family: 'Liu', given: 'Xiaoran' }, { family: 'Liu', given: 'Zhigeng' },
        { family: 'Huang', given: 'Zengfeng' }, { family: 'Guo', given: 'Qipeng' },
        { family: 'He', given: 'Ziwei' }, { family: 'Qiu', given: 'Xipeng' },
      ],
      issued: { 'date-parts': [[2025, 6, 17]] },
      abstract: expect.stringMatching(/^Large Language Diffusion Models, or diffusion LLMs, have emerged as a significant focus/),
      number: 'arXiv:2506.14429',
      publisher: 'arXiv',
      DOI: '10.48550/arXiv.2506.14429',
      URL: 'https://arxiv.org/abs/2506.14429',
    });
  });

  it('handles accents, suffixes, group names, and missing fields', () => {
    const [a, l, , b] = JSON.parse(toCslJson(edgePapers)) as CslItem[];
    expect(a.author![0]).toEqual({ family: 'Núñez', given: 'José Ángel' });
    expect(l.title).toBe(latexy.title); // JSON needs no LaTeX escaping
    expect(l.author).toContainEqual({ family: 'King', given: 'Martin Luther', suffix: 'Jr.' });
    expect(l.author).toContainEqual({ literal: 'Research and Development Team' });
    expect(b).toEqual({
      id: 'hep-th/9901001', type: 'article', title: bare.title, number: 'arXiv:hep-th/9901001',
      publisher: 'arXiv', DOI: '10.48550/arXiv.hep-th/9901001', URL: 'https://arxiv.org/abs/hep-th/9901001',
    });
    expect(JSON.parse(toCslJson([bare], { doi: false }))[0].DOI).toBeUndefined();
  });

  it('is accepted by citation-js, whose APA bibliography shows titles and authors', () => {
    const papers = [...fixturePapers, ...edgePapers];
    // citation-js's typings mark every input option as required; only forceType is needed.
    const options = { forceType: '@csl/list+object' } as unknown as ConstructorParameters<typeof Cite>[1];
    const cite = new Cite(JSON.parse(toCslJson(papers)), options);
    expect(cite.data).toHaveLength(papers.length);
    const entries = cite.format('bibliography', { format: 'text', template: 'apa', asEntryArray: true }) as [string, string][];
    const text = new Map(entries.map(([id, t]) => [id, t]));
    expect(text.get('2506.14429')).toContain('Liu, X., Liu, Z., Huang, Z., Guo, Q., He, Z., & Qiu, X. (2025)');
    expect(text.get('2506.14429')).toContain('LongLLaDA: Unlocking Long Context Capabilities in Diffusion LLMs');
    expect(text.get(accented.id)).toContain('Núñez, J. Á., Müller, Z., Kierkegaard, S., & Üstün, A. (2024)');
    expect(text.get(accented.id)).toContain(accented.title);
    expect(text.get(sixtyAuthors.id)).toContain('Surname1, A., Surname2, A.');
    expect(text.get(sixtyAuthors.id)).toContain('Surname60, A.');
    expect(text.get(bare.id)).toContain('Old Style Paper With Nothing Else');
    for (const p of papers) expect(text.get(p.id)).toContain('arXiv');
  }, 30_000); // loading citation-js alone can take seconds on a busy machine
});
