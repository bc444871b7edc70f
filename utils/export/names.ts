// Author name splitting, the way arXiv does it (arxiv-base arxiv/authors parse_author_affil):
// surname prefixes (van, de, …) belong to the key name, a trailing Jr/Sr/II… is a suffix. Pure.
import { collapseWhitespace } from '@/utils/whitespace';

export interface NameParts {
  /** arXiv's "keyname": surname with its prefixes, or the whole name for one-word names. */
  family: string;
  given: string;
  suffix: string;
}

const PREFIX = 'van|der|de|la|von|del|della|da|mac|ter|dem|di|vaziri';
const PATTERNS: [RegExp, (m: RegExpExecArray) => NameParts][] = [
  [new RegExp(`^(.*)\\s+(${PREFIX})\\s(${PREFIX})\\s(\\S+)$`, 'i'),
    (m) => ({ family: `${m[2]} ${m[3]} ${m[4]}`, given: m[1], suffix: '' })],
  [new RegExp(`^(.*)\\s+(${PREFIX})\\s(\\S+)$`, 'i'),
    (m) => ({ family: `${m[2]} ${m[3]}`, given: m[1], suffix: '' })],
  [/^(.*)\s+(\S+)\s(I|II|III|IV|V|Sr|Jr|Sr\.|Jr\.)$/i,
    (m) => ({ family: m[2], given: m[1], suffix: m[3] })],
  [/^(.*)\s+(\S+)$/, (m) => ({ family: m[2], given: m[1], suffix: '' })],
];

// A group author ("Qwen Team", "The ATLAS Collaboration") is one name, as arXiv treats it.
const GROUP = /^[a-z0-9\s]+\s+(?:collaboration|group|team)$/i;
// arXiv's own test is an unanchored search (so "Ann Grouper" gives "Ann Group"); used only
// for the citation key, where matching arXiv exactly is the point.
const ARXIV_GROUP = /([a-z0-9\s]+\s+(?:collaboration|group|team))/i;

/** arXiv's key name for the first author of a list (cite.py: auths[0][0]). */
export function arxivKeyName(raw: string): string {
  const group = ARXIV_GROUP.exec(raw);
  return group ? collapseWhitespace(group[1]) : splitName(raw).family;
}

export function splitName(raw: string): NameParts {
  if (/(?:collaboration|group|team)\s*$/i.test(raw) && GROUP.test(raw.trim())) return { family: collapseWhitespace(raw), given: '', suffix: '' };
  // "Family, Jr., Given" style suffix commas are folded back into the plain order first.
  const name = collapseWhitespace(raw).replace(/,\s*(Jr\.?|Sr\.?|I{1,3}|IV|V)$/i, ' $1');
  for (const [re, build] of PATTERNS) {
    const m = re.exec(name);
    if (m) return build(m);
  }
  return { family: name, given: '', suffix: '' };
}
