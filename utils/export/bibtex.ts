// BibTeX export in arXiv's own shape (arxiv-browse browse/formatting/cite.py, arxiv_bibtex):
// same @misc fields, order and indentation, and the same citation key. Pure.
import type { SavedPaper } from '../types';
import { arxivAbsUrl, arxivDoi } from '@/utils/paper/urls';
import { paperYear } from './dates';
import { escapeLatex } from './latex';
import { arxivKeyName, splitName } from './names';
import { collapseWhitespace } from '@/utils/whitespace';
import { ARXIV_KEY_STOPWORDS } from './stopwords';

export interface BibtexOptions {
  /** Add doi={10.48550/arXiv.<id>} (arXiv's DataCite DOI). Off by default, as on arXiv. */
  doi?: boolean;
}

const NOT_ALNUM = /[^\p{L}\p{N}]/gu;

/**
 * arXiv's key (cite.py _txt_id): first author's key name (surname with prefixes) + year +
 * the first four title words that are not stop words, reduced to letters/digits, lower-cased.
 */
export function arxivBibtexKey(paper: Pick<SavedPaper, 'id' | 'title' | 'authors' | 'publishedAt'>): string {
  const first = paper.authors[0];
  const surname = first ? arxivKeyName(first) : 'unknown';
  const year = paperYear(paper.publishedAt, paper.id) ?? 'unknown';
  const words = collapseWhitespace(paper.title)
    .split(' ')
    .filter((w) => !ARXIV_KEY_STOPWORDS.has(w.toLowerCase()))
    .slice(0, 4)
    .join('');
  const key = `${surname}${year}${words}`.replace(NOT_ALNUM, '').toLowerCase().replace(NOT_ALNUM, '');
  return key || 'unknown';
}

/** a, b, …, z, aa, ab, … (bijective base 26). */
function letterSuffix(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return s;
}

/**
 * Keys unique within one file: the first paper keeps arXiv's key, later ones with the same key
 * get a, b, … appended. Linear: a per-key counter, and a set only to skip the rare suffixed key
 * that some other paper already owns.
 */
export function uniqueKeys(baseKeys: readonly string[]): string[] {
  const used = new Set(baseKeys);
  const seen = new Map<string, number>();
  return baseKeys.map((base) => {
    const count = seen.get(base);
    if (count === undefined) {
      seen.set(base, 0);
      return base;
    }
    let n = count + 1;
    while (used.has(base + letterSuffix(n))) n++;
    const key = base + letterSuffix(n);
    seen.set(base, n);
    used.add(key);
    return key;
  });
}

/** BibTeX name: as written ("Given Family"), but "Family, Jr, Given" when there is a suffix. */
function bibtexName(name: string): string {
  const parts = splitName(name);
  let text = parts.suffix && parts.given
    ? `${parts.family}, ${parts.suffix}, ${parts.given}`
    : collapseWhitespace(name);
  text = escapeLatex(text);
  // An "and" or a stray comma inside one name would split or reorder it: protect it whole.
  if (/\sand\s/i.test(text) || (!parts.suffix && text.includes(','))) text = `{${text}}`;
  return text;
}

function entry(paper: SavedPaper, key: string, opts: BibtexOptions): string {
  const year = paperYear(paper.publishedAt, paper.id);
  const primary = typeof paper.primaryClass === 'string' && paper.primaryClass.trim();
  // Field lines copied from cite.py, trailing spaces after title and url included.
  const lines = [
    `@misc{${key},`,
    `      title={${escapeLatex(collapseWhitespace(paper.title))}}, `,
  ];
  if (paper.authors.length) lines.push(`      author={${paper.authors.map(bibtexName).join(' and ')}},`);
  if (year !== null) lines.push(`      year={${year}},`);
  lines.push(`      eprint={${paper.id}},`, '      archivePrefix={arXiv},');
  if (primary) lines.push(`      primaryClass={${escapeLatex(primary)}},`);
  if (opts.doi) lines.push(`      doi={${arxivDoi(paper.id)}},`);
  lines.push(`      url={${arxivAbsUrl(paper.id)}}, `, '}');
  return lines.join('\n');
}

export function toBibtex(papers: readonly SavedPaper[], opts: BibtexOptions = {}): string {
  if (!papers.length) return '';
  const keys = uniqueKeys(papers.map(arxivBibtexKey));
  return papers.map((p, i) => entry(p, keys[i], opts)).join('\n\n') + '\n';
}
