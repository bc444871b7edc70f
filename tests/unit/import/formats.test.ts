// Each tool's export (tests/fixtures/import, written from the documented shapes) → the papers a
// reader expects, and every other entry reported with its reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBibtex } from '@/utils/import/bibtex';
import { readRis } from '@/utils/import/ris';
import { readCslJson } from '@/utils/import/csl-json';
import { readPaperMemory } from '@/utils/import/papermemory';
import { ImportRefused, type ImportDraft } from '@/utils/import/types';
import { toRis } from '@/utils/export/ris';
import { toCslJson } from '@/utils/export/csl';
import { edgePapers, fixturePapers } from '../../fixtures/papers';

const NOW = '2026-11-25T10:00:00.000Z';
const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');
const ids = (d: ImportDraft) => d.papers.map((p) => p.id);
const paper = (d: ImportDraft, id: string) => d.papers.find((p) => p.id === id)!;

describe('BibTeX exports', () => {
  it('Zotero (Better BibTeX, BibLaTeX): eprint + eprinttype, {{…}} protection, UTF-8 names', () => {
    const d = readBibtex(fixture('zotero-bbt.bib'), NOW);
    expect(ids(d)).toEqual(['2006.11239', '2112.10752', 'hep-th/9802150']);
    expect(d.skipped).toEqual([
      { label: 'knuth1984texbook', reason: 'no arXiv id' },
      { label: 'lecunDeepLearning2015', reason: 'no arXiv id' },
    ]);
    expect(paper(d, '2006.11239')).toMatchObject({
      title: 'Denoising Diffusion Probabilistic Models', authors: ['Jonathan Ho', 'Ajay Jain', 'Pieter Abbeel'],
      publishedAt: '2020-12-16T00:00:00.000Z', complete: true,
    });
    expect(paper(d, '2112.10752')).toMatchObject({ title: 'High-Resolution Image Synthesis with Latent Diffusion Models', complete: false });
    expect(paper(d, '2112.10752').authors.at(-1)).toBe('Björn Ommer');
  });

  it('Mendeley: arxivId / eprint, header lines before the entries, LaTeX accents in names', () => {
    const d = readBibtex(fixture('mendeley.bib'), NOW);
    expect(ids(d)).toEqual(['2305.18290', '2302.13971']);
    expect(d.skipped).toEqual([{ label: 'Goodfellow2016', reason: 'no arXiv id' }]);
    expect(paper(d, '2302.13971').authors).toContain('Timothée Lacroix');
    expect(paper(d, '2302.13971').authors).toContain('Baptiste Rozière');
    expect(paper(d, '2305.18290')).toMatchObject({ title: 'Direct Preference Optimization: Your Language Model is Secretly a Reward Model', publishedAt: '2023-05-01T00:00:00.000Z' });
  });

  it('Google Scholar: journal = {arXiv preprint arXiv:<id>}, an old-style id, {\\L}', () => {
    const d = readBibtex(fixture('google-scholar.bib'), NOW);
    expect(ids(d)).toEqual(['1706.03762', '1810.04805', 'hep-th/9711200']);
    expect(paper(d, '1706.03762').authors).toContain('Łukasz Kaiser');
    expect(d.skipped).toEqual([{ label: 'goodfellow2016deep', reason: 'no arXiv id' }]);
  });

  it('DBLP: volume = {abs/<id>}, with or without eprint; multi-line fields', () => {
    const d = readBibtex(fixture('dblp.bib'), NOW);
    expect(ids(d)).toEqual(['2010.11929', '1312.6114']);
    expect(paper(d, '2010.11929').title).toBe('An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale');
    expect(paper(d, '1312.6114').authors).toEqual(['Diederik P. Kingma', 'Max Welling']);
    expect(d.skipped).toEqual([{ label: 'DBLP:journals/nature/LeCunBH15', reason: 'no arXiv id' }]);
  });

  it('Semantic Scholar: the id only in volume (abs/<id>, and an old-style math/<id>)', () => {
    const d = readBibtex(fixture('semantic-scholar.bib'), NOW);
    expect(ids(d)).toEqual(['2006.11239', 'math/0211159']);
    expect(d.skipped).toEqual([{ label: 'Lecun1998GradientbasedLA', reason: 'no arXiv id' }]);
  });

  it('a hand-kept Overleaf file: macros, \\em, $\\alpha$, \\url with a pdf version, note arXiv:<id>v3, crossref', () => {
    const d = readBibtex(fixture('overleaf.bib'), NOW);
    expect(ids(d)).toEqual(['2006.11239', '2305.18290', 'hep-th/9802150']);
    expect(paper(d, '2006.11239')).toMatchObject({ title: 'Denoising Diffusion Probabilistic Models: sampling with α-schedules', publishedAt: '2020-12-01T00:00:00.000Z' });
    expect(paper(d, '2305.18290').title).toBe('Direct Preference Optimization: Your Language Model is Secretly a Reward Model');
    expect(paper(d, 'hep-th/9802150')).toMatchObject({ title: 'Anti-de Sitter space and holography', publishedAt: '1998-06-01T00:00:00.000Z' });
    expect(d.skipped).toEqual([
      { label: 'adsproc', reason: 'no arXiv id' },
      { label: 'schoelkopf', reason: 'no arXiv id' },
    ]);
  });

  it('a truncated file is refused as a whole', () => {
    expect(() => readBibtex(fixture('truncated.bib'), NOW)).toThrow(ImportRefused);
  });
});

describe('RIS exports', () => {
  it('Zotero: AN arXiv:<id>, DO, UR with a version, T2 arXiv:<old id>, KW tags, HTML note', () => {
    const d = readRis(fixture('zotero.ris'), NOW);
    expect(ids(d)).toEqual(['2006.11239', '2112.10752', 'hep-th/9802150']);
    expect(paper(d, '2006.11239')).toMatchObject({
      title: 'Denoising Diffusion Probabilistic Models', authors: ['Jonathan Ho', 'Ajay Jain', 'Pieter Abbeel'],
      publishedAt: '2020-12-16T00:00:00.000Z', tags: ['computer-science-machine-learning', 'statistics-machine-learning'],
      note: 'Comment: 25 pages', complete: true,
    });
    expect(paper(d, '2112.10752').authors.at(-1)).toBe('Björn Ommer');
    expect(d.skipped).toEqual([{ label: '“The TeXbook”', reason: 'no arXiv id' }]);
  });

  it('Mendeley: JO arXiv preprint arXiv:<id>, UR to a versioned pdf', () => {
    const d = readRis(fixture('mendeley.ris'), NOW);
    expect(ids(d)).toEqual(['2305.18290', '2302.13971']);
    expect(d.skipped).toEqual([{ label: '“Deep learning”', reason: 'no arXiv id' }]);
  });

  it('reads back PaperSift’s own RIS export, tags and notes included', () => {
    const papers = [...fixturePapers, ...edgePapers].map((p, i) => ({ ...p, tags: i % 2 ? ['diffusion'] : [], note: i === 1 ? 'line one\nline two' : '' }));
    const d = readRis(toRis(papers), NOW);
    expect(ids(d)).toEqual(papers.map((p) => p.id));
    expect(d.papers.map((p) => p.tags)).toEqual(papers.map((p) => p.tags));
    expect(d.papers[1].note).toBe('line one line two');
    expect(d.papers[0].authors).toEqual(papers[0].authors);
  });

  it('refuses a file whose last record has no ER, and text that is no RIS', () => {
    expect(() => readRis(fixture('truncated.ris'), NOW)).toThrow(/no ER line; nothing was imported/);
    expect(() => readRis('just text', NOW)).toThrow(ImportRefused);
  });
});

describe('CSL-JSON exports', () => {
  it('Zotero: number arXiv:<id>, URL with a version, container-title arXiv:<old id>, keywords as tags', () => {
    const d = readCslJson(fixture('zotero-csl.json'), NOW);
    expect(ids(d)).toEqual(['2006.11239', '2112.10752', 'hep-th/9711200']);
    expect(paper(d, '2006.11239')).toMatchObject({ publishedAt: '2020-12-16T00:00:00.000Z', authors: ['Jonathan Ho', 'Ajay Jain', 'Pieter Abbeel'], complete: true });
    expect(paper(d, 'hep-th/9711200').publishedAt).toBe('1997-11-27T00:00:00.000Z');
    expect(d.skipped).toEqual([{ label: 'http://zotero.org/users/local/kQ3aB7xz/items/ZZTEX001', reason: 'no arXiv id' }]);
  });

  it('Mendeley: container-title arXiv with the abs URL', () => {
    const d = readCslJson(fixture('mendeley-csl.json'), NOW);
    expect(ids(d)).toEqual(['2305.18290']);
    expect(d.skipped).toEqual([{ label: 'ITEM-2', reason: 'no arXiv id' }]);
  });

  it('reads back PaperSift’s own CSL-JSON export', () => {
    const papers = [...fixturePapers, ...edgePapers];
    const d = readCslJson(toCslJson(papers), NOW);
    expect(ids(d)).toEqual(papers.map((p) => p.id));
    expect(d.papers.map((p) => p.authors)).toEqual(papers.map((p) => p.authors));
  });

  it('refuses JSON that is no list of items', () => {
    expect(() => readCslJson('{"a": 1}', NOW)).toThrow(/Not a CSL-JSON file/);
    expect(() => readCslJson('[{', NOW)).toThrow(/not valid JSON/);
  });
});

describe('PaperMemory export', () => {
  it('keeps tags (as tags), notes and the date each paper was added; old-style ids from Arxiv-hep-th_…', () => {
    const d = readPaperMemory(fixture('papermemory.json'), NOW);
    expect(ids(d)).toEqual(['2006.11239', 'hep-th/9802150']);
    expect(paper(d, '2006.11239')).toMatchObject({
      title: 'Denoising Diffusion Probabilistic Models', authors: ['Jonathan Ho', 'Ajay Jain', 'Pieter Abbeel'],
      tags: ['diffusion', 'generative-models'], note: 'Accepted @ NeurIPS 2020 -- [dblp.org]\nRead section 3 again: the simplified loss.',
      savedAt: '2023-02-11T09:30:12.345Z', publishedAt: '2020-01-01T00:00:00.000Z',
    });
    expect(paper(d, 'hep-th/9802150').tags).toEqual(['holography']);
    expect(d.skipped).toEqual([{ label: '“Attention is All you Need”', reason: 'no arXiv id' }]);
  });
});
