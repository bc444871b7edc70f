// BibTeX import through @retorquere/bibtex-parser: the behaviour the hand-written reader had
// (kept as tests), what it lacked (LaTeX math, \em, volume = {abs/…}, a whole-file refusal for a
// broken file, a reason for every skipped entry), and crossref / @string handling.
import { describe, expect, it } from 'vitest';
import { toBibtex } from '@/utils/export/bibtex';
import { readBibtex } from '@/utils/import/bibtex';
import { ImportRefused } from '@/utils/import/types';
import { accented, edgePapers, fixturePapers, latexy } from '../../fixtures/papers';

const NOW = '2026-11-25T10:00:00.000Z';
const titleOf = (tex: string) => readBibtex(`@misc{k, title = {${tex}}, eprint = {2401.00001}}`, NOW).papers[0].title;

describe('readBibtex', () => {
  it('reads entries from other tools: eprint, arxiv URL, journal = arXiv preprint, DOI, volume = abs/', () => {
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
  journal   = {CoRR}, volume = {abs/2405.12345},
  date      = {2024-05-20}, primaryClass = {cs.LG}
}
@misc{doi, title={Old}, doi={10.48550/arXiv.hep-th/9901001}, author="Witten, Edward"}
@book{knuth1984texbook, title={The {\TeX}book}, author={Knuth, Donald}, year={1984}}
@misc{dup, title={Attention again}, eprint={1706.03762}, archivePrefix={arXiv}}
@comment{ @misc{ignored, eprint={2401.00001} } }
`;
    const r = readBibtex(bib, NOW);
    expect(r.skipped).toEqual([
      { label: 'knuth1984texbook', reason: 'no arXiv id' },
      { label: 'dup', reason: '1706.03762 is already in this file' },
    ]);
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
    const r = readBibtex(toBibtex(papers, { doi: true }), NOW);
    expect(r.skipped).toEqual([]);
    expect(r.papers).toHaveLength(papers.length);
    r.papers.forEach((p, i) => {
      expect(p.id).toBe(papers[i].id);
      expect(p.title).toBe(papers[i].title.replace(/\s+/g, ' ').trim());
      expect(p.authors).toEqual(papers[i].authors);
    });
    expect(r.papers[fixturePapers.length + 1].title).toBe(latexy.title);
    expect(r.papers[fixturePapers.length].authors).toEqual(accented.authors);
  });

  it('refuses a file with a broken entry, naming the line: nothing is taken from it', () => {
    const truncated = '@misc{b, title={Fine}, eprint={2401.00002}}\n@misc{a, title={Unclosed, eprint={2401.00001}\n';
    expect(() => readBibtex(truncated, NOW)).toThrow(ImportRefused);
    expect(() => readBibtex(truncated, NOW)).toThrow(/^Not a complete BibTeX file \(line \d+: Unterminated brace-value.*nothing was imported$/);
    expect(() => readBibtex('@misc{d, title = undefinedmacro, eprint={2401.00004}}', NOW)).toThrow(/undefinedmacro/);
  });

  it('skips an entry without a title, with the reason', () => {
    expect(readBibtex('@misc{c, eprint={2401.00003}}', NOW)).toEqual({ papers: [], skipped: [{ label: 'c', reason: 'no title' }] });
  });

  it('returns nothing for text without entries', () => {
    expect(readBibtex('just some text without entries', NOW)).toEqual({ papers: [], skipped: [] });
  });

  it('handles parentheses, quotes with braces, numbers and # concatenation', () => {
    const r = readBibtex('@misc(k1, title = "A {"}quoted{"} " # {b} # 1999, year = 2001, eprint = {2401.00001})', NOW);
    expect(r.papers[0]).toMatchObject({ title: 'A "quoted" b1999', publishedAt: '2001-01-01T00:00:00.000Z' });
  });

  it('takes what a crossref’d entry lacks from its parent', () => {
    const bib = String.raw`@inproceedings{child, title = {Child}, crossref = {proc}}
@proceedings{proc, booktitle = {Proc}, year = 2020, eprint = {hep-th/9802150}, archivePrefix = {arXiv}}`;
    const r = readBibtex(bib, NOW);
    expect(r.papers.map((p) => [p.id, p.title, p.publishedAt])).toEqual([['hep-th/9802150', 'Child', '2020-01-01T00:00:00.000Z']]);
    expect(r.skipped).toEqual([{ label: 'proc', reason: 'hep-th/9802150 is already in this file' }]);
  });
});

describe('LaTeX in titles becomes Unicode', () => {
  it.each([
    ["\\'e\\`a\\^o\\\"u\\~n\\c{c}\\v{s}\\u{a}\\H{o}\\k{a}\\={a}\\.{z}\\r{a}", 'éàôüñçšăőąāżå'],
    ['{\\ss} \\o{} \\AA{} \\ae{} \\l{}', 'ß ø Å æ ł'],
    ["\\'{\\i}", 'í'],
    ['\\emph{An} \\textbf {important} result', 'An important result'],
    ['{\\em emphasis} and \\textit{italics}', 'emphasis and italics'],
    ['$\\alpha$-{GAN}s and $\\beta$', 'α-GANs and β'],
    ['``quoted\'\'', '“quoted”'],
    ['3 \\textless{} 4 and 5 < 6', '3 < 4 and 5 < 6'],
    ['{{Braces}} {only}', 'Braces only'],
  ])('%s → %s', (tex, text) => {
    expect(titleOf(tex)).toBe(text);
  });
});

it('an abstract keeps its plain words as written and decodes only its LaTeX parts', () => {
  const abstract = "We reach 95\\% of {\\em the} $\\alpha$-baseline on \\'etude tasks --- with 10 {GPU}s and ``no'' tricks.";
  const [p] = readBibtex(`@misc{k, title = {T}, eprint = {2401.00001}, author = {Doe, Jane}, abstract = {${abstract}}}`, NOW).papers;
  expect(p.summary).toBe('We reach 95% of the α-baseline on étude tasks — with 10 GPUs and “no” tricks.');
});
