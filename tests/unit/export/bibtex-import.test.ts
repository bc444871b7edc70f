import { describe, expect, it } from 'vitest';
import { toBibtex } from '../../../utils/export/bibtex';
import { parseArxivBibtex } from '../../../utils/export/bibtex-import';
import { readBibtex } from '../../../utils/export/bibtex-reader';
import { decodeLatex } from '../../../utils/export/latex';
import { accented, edgePapers, fixturePapers, latexy } from './fixture-papers';

const NOW = '2026-11-25T10:00:00.000Z';

describe('parseArxivBibtex', () => {
  it('reads entries from other tools: eprint, arxiv URL, journal = arXiv preprint, DOI', () => {
    const bib = String.raw`
% exported from somewhere
@string{arx = "arXiv preprint "}
@article{vaswani2017attention,
  title={Attention is all you need},
  author={Vaswani, Ashish and Shazeer, Noam and others},
  journal=arx # "arXiv:1706.03762",
  year={2017}
}
@misc{zotero1,
  title = {{GPT}-4 {Technical} {Report}},
  author = {{OpenAI}},
  url = {http://arxiv.org/abs/2303.08774v6},
  month = mar, year = 2023,
  abstract = {We report the development of GPT-4, a large-scale, multimodal model},
}
@article{dblp,
  author    = {M{\"{u}}ller, J{\"o}rg and Garc\'{\i}a, Mar\'ia and van der Berg, Jr., Ludwig},
  title     = {Caf\'e \& Cr\`eme: {\"U}ber 100\% --- of \textit{it}},
  journal   = {CoRR}, volume = {abs/2405.12345}, eprinttype = {arXiv}, eprint = {2405.12345},
  date      = {2024-05-20}, primaryClass = {cs.LG}
}
@misc{doi, title={Old}, doi={10.48550/arXiv.hep-th/9901001}, author="Witten, Edward"}
@book{knuth, title={The Art of Computer Programming}, author={Knuth, Donald}, year={1968}}
@misc{dup, title={Attention again}, eprint={1706.03762}, archivePrefix={arXiv}}
@comment{ @misc{ignored, eprint={2401.00001} } }
`;
    const r = parseArxivBibtex(bib, NOW);
    expect(r.errors).toEqual([]);
    expect(r.skipped).toBe(2); // the book and the duplicate
    expect(r.papers.map((p) => p.id)).toEqual(['1706.03762', '2303.08774', '2405.12345', 'hep-th/9901001']);
    const [att, gpt, dblp, old] = r.papers;
    expect(att).toMatchObject({
      title: 'Attention is all you need', authors: ['Ashish Vaswani', 'Noam Shazeer'],
      publishedAt: '2017-01-01T00:00:00.000Z', savedAt: NOW, status: 'unread', tags: [], note: '',
      hfUrl: 'https://huggingface.co/papers/1706.03762', arxivUrl: 'https://arxiv.org/abs/1706.03762',
      summary: '', complete: false,
    });
    expect(gpt).toMatchObject({
      title: 'GPT-4 Technical Report', authors: ['OpenAI'], publishedAt: '2023-03-01T00:00:00.000Z',
      summary: 'We report the development of GPT-4, a large-scale, multimodal model', complete: true,
    });
    expect(dblp).toMatchObject({
      title: 'Café & Crème: Über 100% — of it',
      authors: ['Jörg Müller', 'María García', 'Ludwig van der Berg Jr.'],
      publishedAt: '2024-05-20T00:00:00.000Z', primaryClass: 'cs.LG',
    });
    expect(old).toMatchObject({ title: 'Old', authors: ['Edward Witten'], publishedAt: null });
  });

  it('reads back PaperSift’s own BibTeX export', () => {
    const papers = [...fixturePapers, ...edgePapers];
    const r = parseArxivBibtex(toBibtex(papers, { doi: true }), NOW);
    expect(r.errors).toEqual([]);
    expect(r.skipped).toBe(0);
    expect(r.papers).toHaveLength(papers.length);
    r.papers.forEach((p, i) => {
      expect(p.id).toBe(papers[i].id);
      expect(p.title).toBe(papers[i].title.replace(/\s+/g, ' ').trim());
      expect(p.authors).toEqual(papers[i].authors);
    });
    expect(r.papers[fixturePapers.length + 1].title).toBe(latexy.title);
    expect(r.papers[fixturePapers.length].authors).toEqual(accented.authors);
  });

  it('reports broken entries and goes on with the next one', () => {
    const bib = '@misc{a, title={Unclosed, eprint={2401.00001}\n@misc{b, title={Fine}, eprint={2401.00002}}\n'
      + '@misc{c, eprint={2401.00003}}\n@misc{d, title = undefinedmacro, eprint={2401.00004}}\n';
    const r = parseArxivBibtex(bib, NOW);
    expect(r.papers.map((p) => p.id)).toEqual(['2401.00002']);
    expect(r.errors).toEqual([
      'Entry a at line 1: expected a closing }',
      'Entry c at line 3: no title',
      'Entry d at line 4: unknown @string undefinedmacro',
    ]);
  });

  it('refuses a file over the 20 MB import limit before parsing it, like a backup', () => {
    const entry = '@misc{k, title={A paper}, eprint={2401.00001}}\n';
    const huge = entry.repeat(Math.ceil((21 * 1024 * 1024) / entry.length));
    expect(parseArxivBibtex(huge, NOW)).toEqual({
      papers: [],
      skipped: 0,
      errors: ['The file is too large (21.0 MB; the limit is 20 MB)'],
    });
    // Just under the limit, the same entries are read.
    const under = entry.repeat(Math.floor((20 * 1024 * 1024) / entry.length));
    expect(parseArxivBibtex(under, NOW).papers.map((p) => p.id)).toEqual(['2401.00001']);
  });

  it('returns nothing for text without entries', () => {
    expect(parseArxivBibtex('just some text with an email@example.com', NOW)).toEqual({ papers: [], skipped: 0, errors: [] });
  });
});

describe('readBibtex', () => {
  it('handles parentheses, quotes with braces, numbers and # concatenation', () => {
    const { entries, errors } = readBibtex('@misc(k1, title = "A {"}quoted{"} " # {b} # 1999, year = 2001)');
    expect(errors).toEqual([]);
    expect(entries[0]).toEqual({ type: 'misc', key: 'k1', line: 1, fields: { title: 'A {"}quoted{"} b1999', year: '2001' } });
  });
});

describe('decodeLatex', () => {
  it.each([
    ["\\'e\\`a\\^o\\\"u\\~n\\c{c}\\v{s}\\u{a}\\H{o}\\k{a}\\={a}\\.{z}\\r{a}", 'éàôüñçšăőąāżå'],
    ['{\\ss} \\o{} \\AA{} \\ae{} \\l{} \\AA x', 'ß ø Å æ ł Åx'],
    ["\\'{\\i}", 'í'],
    ['\\textbackslash{}x \\textasciitilde{} \\textasciicircum{}', '\\x ~ ^'],
    ['\\emph{An} \\textbf {important} \\LaTeX{} result', 'An important LaTeX result'],
    ['$\\alpha$-{GAN}s', '$\\alpha$-GANs'],
    ['``quoted\'\'', '“quoted”'],
  ])('%s → %s', (tex, text) => {
    expect(decodeLatex(tex)).toBe(text);
  });
});
