import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { arxivBibtexKey, toBibtex, uniqueKeys } from '../../../utils/export/bibtex';
import { ARXIV_KEY_STOPWORDS } from '../../../utils/export/stopwords';
import arxivKeys from './arxiv-keys.json';
import { accented, bare, edgePapers, fixturePapers, latexy, savedPaper, sixtyAuthors } from '../../fixtures/papers';

// Independent check: Better BibTeX's parser, with LaTeX → Unicode on and no case meddling.
const parseBib = (bib: string) =>
  parse(bib, { english: false, sentenceCase: false, caseProtection: false });

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('arXiv citation keys', () => {
  // arxiv-keys.json: keys computed by arXiv's own code (arxiv-browse cite.py _txt_id with
  // arxiv-base's parse_author_affil_utf) on the fixture papers' titles and author lines.
  it('match the keys arXiv generates for the 36 fixture papers', () => {
    const byId = new Map(fixturePapers.map((p) => [p.id, p]));
    for (const { id, key } of arxivKeys) expect(arxivBibtexKey(byId.get(id)!)).toBe(key);
  });

  it.each([
    [['Ludwig van der Berg'], 'The Art of Computing: A Survey', '2024', 'vanderberg2024artcomputingsurvey'],
    [['José Ángel Núñez'], 'Über die Analyse: ein Beispiel', '2023', 'núñez2023überdieanalyseein'],
    [['Martin Luther King Jr.'], 'On the Theory of Everything and More', '2022', 'king2022theory'],
    [['Søren Kierkegaard'], 'Either/Or — A Fragment of Life', '1999', 'kierkegaard1999eitherorfragmentlife'],
    [['OpenAI'], 'GPT-4 Technical Report', '2023', 'openai2023gpt4technicalreport'],
    [['Xin Di Wang'], 'Order Types of Reflection Orders in Coxeter Groups', '2024', 'diwang2024ordertypesreflectionorders'],
  ])('%s / %s → %s (values from arXiv’s code)', (authors, title, year, key) => {
    expect(arxivBibtexKey({ id: '2401.00001', title, authors, publishedAt: `${year}-06-01T00:00:00Z` })).toBe(key);
  });

  it('uses "unknown" without authors and the id year without a date', () => {
    expect(arxivBibtexKey(bare)).toBe('unknown1999oldstylepaper');
  });

  it('has arXiv’s 317 stop words', () => {
    expect(ARXIV_KEY_STOPWORDS.size).toBe(317);
    expect(ARXIV_KEY_STOPWORDS.has('')).toBe(false);
  });

  it('makes keys unique within a file with a, b, … suffixes', () => {
    expect(uniqueKeys(['x', 'x', 'y', 'x', 'xa'])).toEqual(['x', 'xb', 'y', 'xc', 'xa']);
    const many = uniqueKeys(Array.from({ length: 30 }, () => 'k'));
    expect(new Set(many).size).toBe(30);
    expect(many.slice(0, 3)).toEqual(['k', 'ka', 'kb']);
    expect(many[27]).toBe('kaa');
  });
});

describe('toBibtex', () => {
  it('writes arXiv’s @misc layout', () => {
    const p = { ...fixturePapers[0], primaryClass: 'cs.CL' };
    expect(toBibtex([p])).toBe(
      '@misc{liu2025longlladaunlockinglongcontext,\n' +
        '      title={LongLLaDA: Unlocking Long Context Capabilities in Diffusion LLMs}, \n' +
        '      author={Xiaoran Liu and Zhigeng Liu and Zengfeng Huang and Qipeng Guo and Ziwei He and Xipeng Qiu},\n' +
        '      year={2025},\n' +
        '      eprint={2506.14429},\n' +
        '      archivePrefix={arXiv},\n' +
        '      primaryClass={cs.CL},\n' +
        '      url={https://arxiv.org/abs/2506.14429}, \n' +
        '}\n',
    );
  });

  it('joins authors like arXiv does for every fixture paper', () => {
    const bib = toBibtex(fixturePapers);
    for (const { author } of arxivKeys) expect(bib).toContain(`author={${author}},`);
  });

  it('adds the arXiv DOI only when asked', () => {
    expect(toBibtex([accented])).not.toContain('doi=');
    expect(toBibtex([accented], { doi: true })).toContain('      doi={10.48550/arXiv.2405.00001},\n');
  });

  it('collapses title whitespace and escapes LaTeX specials, keeping UTF-8', () => {
    const bib = toBibtex([latexy, accented, fixturePapers[1]]);
    expect(bib).toContain(
      'title={Costs \\& Benefits: 100\\% of \\$x\\_1\\$ in \\#tags \\{braces\\} \\textasciitilde{}tilde ' +
        '\\textasciicircum{}caret \\textbackslash{}backslash}',
    );
    expect(bib).toContain('author={José Ángel Núñez and Zoë Müller and Søren Kierkegaard and Ahmet Üstün}');
    expect(bib).toContain('Learning Just Like an Olympiad Team}');
    expect(bib).toContain('author={Ada Lovelace and {Research and Development Team} and King, Jr., Martin Luther}');
  });

  it('parses without errors and with the same values in an independent BibTeX parser', () => {
    const papers = [...fixturePapers, ...edgePapers, { ...fixturePapers[0], id: '2506.99999' }];
    const lib = parseBib(toBibtex(papers, { doi: true }));
    expect(lib.errors).toEqual([]);
    expect(lib.entries).toHaveLength(papers.length);
    expect(new Set(lib.entries.map((e) => e.key)).size).toBe(papers.length);
    lib.entries.forEach((e, i) => {
      const p = papers[i];
      expect(e.type).toBe('misc');
      expect(e.fields.title).toBe(collapse(p.title));
      expect(e.fields.eprint).toBe(p.id);
      expect(e.fields.archiveprefix).toBe('arXiv');
      expect(e.fields.url).toBe(`https://arxiv.org/abs/${p.id}`);
      expect(e.fields.doi).toBe(`10.48550/arXiv.${p.id}`);
      const names = (e.fields.author ?? []).map((c) =>
        c.name ?? [c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(' '));
      expect(names).toEqual(p.authors);
    });
    expect(lib.entries.find((e) => e.fields.eprint === sixtyAuthors.id)!.fields.author).toHaveLength(60);
  });

  it('omits what is unknown (no authors, no date → year from the id)', () => {
    const bib = toBibtex([bare]);
    expect(bib).not.toContain('author=');
    expect(bib).toContain('year={1999}');
    expect(bib).not.toContain('primaryClass');
    const noYear = toBibtex([savedPaper({ id: '2401.00001', title: 'T' })]);
    expect(noYear).toContain('year={2024}');
  });

  it('returns an empty file for no papers', () => {
    expect(toBibtex([])).toBe('');
  });
});
