// Pasted text (a list, a Markdown file, an e-mail) → the papers it names: arXiv ids and URLs,
// Hugging Face paper URLs, arXiv DOIs, and Hugging Face collection URLs (read by collection.ts).
// A line holding a link that is none of these is reported, not dropped silently. Pure.
import { accept, markedArxivIds } from './arxiv-id';
import { skip, type Skipped } from './types';

export interface CollectionRef {
  owner: string;
  slug: string;
  line: number;
}

export interface Pasted {
  /** Distinct paper ids, in the order they appear. */
  ids: string[];
  collections: CollectionRef[];
  skipped: Skipped[];
}

const COLLECTION = /huggingface\.co\/collections\/([\w.-]+)\/([\w.-]+)/gi;
// A bare new-style id standing alone (not a part of a version number, a path or a longer number).
const BARE_NEW = /(?<![\w./-])(\d{4}\.\d{4,5})(?:v\d+)?(?![\w]|\.\d)/g;
// Bare old-style ids only for arXiv's own archive names ("and/1234567" is not a paper).
const ARCHIVES = 'hep-th|hep-ph|hep-lat|hep-ex|gr-qc|astro-ph|cond-mat|math-ph|math|nucl-th|nucl-ex|quant-ph|physics|nlin|cs|q-bio|q-alg|alg-geom|dg-ga|funct-an|solv-int|chao-dyn|patt-sol|adap-org|comp-gas|cmp-lg|mtrl-th|supr-con|chem-ph|atom-ph|acc-phys|ao-sci|bayes-an|plasm-ph';
const BARE_OLD = new RegExp(String.raw`(?<![\w./-])((?:${ARCHIVES})(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?(?!\d)`, 'gi');
const LINK = /https?:\/\/|www\.|\bdoi\.org\b|\b10\.\d{4,9}\//i;

export function readPasted(text: string): Pasted {
  const ids: string[] = [];
  const collections: CollectionRef[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  text.split(/\r\n?|\n/).forEach((line, i) => {
    let found = 0;
    for (const m of line.matchAll(COLLECTION)) {
      found++;
      if (!collections.some((c) => c.owner === m[1] && c.slug === m[2])) collections.push({ owner: m[1], slug: m[2], line: i + 1 });
    }
    // Collection URLs are not papers: take them out before looking for ids.
    const rest = line.replace(COLLECTION, ' ');
    const bare = [...rest.matchAll(BARE_NEW), ...rest.matchAll(BARE_OLD)].map((m) => accept(m[1]));
    for (const id of [...markedArxivIds(rest), ...bare]) {
      if (!id) continue;
      found++;
      if (!seen.has(id)) (seen.add(id), ids.push(id));
    }
    if (!found && LINK.test(line)) skipped.push(skip(`line ${i + 1}`, 'not a paper link'));
  });
  return { ids, collections, skipped };
}

