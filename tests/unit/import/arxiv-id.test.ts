// Where exporters put the arXiv id, one location per case.
import { describe, expect, it } from 'vitest';
import { bareArxivId, findArxivId, markedArxivIds } from '@/utils/import/arxiv-id';

describe('findArxivId', () => {
  it.each([
    ['eprint', { eprint: '2006.11239', texts: [] }, '2006.11239'],
    ['eprint with a version and archivePrefix arXiv', { eprint: '2006.11239v2', archive: 'arXiv', texts: [] }, '2006.11239'],
    ['eprint with eprinttype arxiv, old style', { eprint: 'hep-th/9802150', archive: 'arxiv', texts: [] }, 'hep-th/9802150'],
    ['abs URL', { texts: ['https://arxiv.org/abs/2006.11239'] }, '2006.11239'],
    ['pdf URL with a version', { texts: ['https://arxiv.org/pdf/2006.11239v2.pdf'] }, '2006.11239'],
    ['old-style pdf URL', { texts: ['http://arxiv.org/pdf/hep-th/9802150v1'] }, 'hep-th/9802150'],
    ['export.arxiv.org', { texts: ['http://export.arxiv.org/abs/1706.03762'] }, '1706.03762'],
    ['Hugging Face paper URL', { texts: ['https://huggingface.co/papers/2506.14429'] }, '2506.14429'],
    ['arXiv DOI', { texts: ['10.48550/arXiv.2006.11239'] }, '2006.11239'],
    ['arXiv DOI as a URL, old style', { texts: ['https://doi.org/10.48550/arXiv.hep-th/9802150'] }, 'hep-th/9802150'],
    ['Google Scholar journal', { texts: ['arXiv preprint arXiv:1706.03762'] }, '1706.03762'],
    ['Google Scholar journal, old style', { texts: ['arXiv preprint hep-th/9711200'] }, 'hep-th/9711200'],
    ['DBLP / Semantic Scholar volume', { texts: ['abs/2006.11239'] }, '2006.11239'],
    ['Zotero note / number', { texts: ['arXiv:2006.11239 [cs]'] }, '2006.11239'],
    ['PaperMemory journal with a space', { texts: ['arXiv preprint arXiv: 2006.11239'] }, '2006.11239'],
    ['LaTeX-escaped URL', { texts: ['\\url{https://arxiv.org/abs/2006.11239}'] }, '2006.11239'],
  ])('%s', (_where, fields, id) => {
    expect(findArxivId(fields)).toBe(id);
  });

  it('ignores an eprint of another archive, non-arXiv DOIs and impossible ids', () => {
    expect(findArxivId({ eprint: '12345678', archive: 'PubMed', texts: [] })).toBeNull();
    expect(findArxivId({ texts: ['10.1038/nature14539', 'https://doi.org/10.1145/3065386'] })).toBeNull();
    expect(findArxivId({ texts: ['arXiv:9913.12345'] })).toBeNull(); // month 13
    expect(findArxivId({ texts: ['arxiv.org/abs/2006.112399'] })).toBeNull(); // six digits
  });

  it('takes the eprint before the other fields', () => {
    expect(findArxivId({ eprint: '2006.11239', texts: ['https://arxiv.org/abs/1706.03762'] })).toBe('2006.11239');
  });
});

it('bareArxivId reads a field that holds only an id', () => {
  expect(bareArxivId('math/0211159')).toBe('math/0211159');
  expect(bareArxivId('521')).toBeNull();
  expect(markedArxivIds('see arXiv:1706.03762 and https://arxiv.org/abs/2006.11239v3, arXiv:1706.03762v2')).toEqual(['1706.03762', '2006.11239']);
});
