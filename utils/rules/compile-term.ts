// One term → one RegExp, compiled once (GUIDE §3). Plain words get Unicode-aware boundaries
// only beside word characters, because \b fails around C++, Q&A and non-ASCII letters:
// `diffus*` → /(?<!W)diffusW*/iu, `video generation` → /(?<!W)video\s+generation(?!W)/iu
// (W = words.ts WORD_CLASS). Regexes are checked for catastrophic time where rules enter
// storage (regex-safety/), not here. Pages parse no terms: the background sends them planned
// (matcher/published.ts, PageState.plan).
import type { TermSpec } from '@/utils/types';
import { WORD_CLASS as W, isWordChar } from './words';

export type { TermKind, TermSpec } from '@/utils/types';

/** A term as the rule form and the matcher read it: its data, the text as typed and its tester. */
export interface CompiledTerm extends TermSpec {
  /** The term as typed (trimmed), including a leading '-'. */
  source: string;
  /**
   * Non-global tester. Plain words build it on first use: the matcher and marks check a word's
   * boundaries in code instead (words.ts wordEndAt, docs/PERFORMANCE.md#words-in-code); it
   * remains the reference for what matches.
   */
  readonly re: RegExp;
}

/** A term or rule the user must fix; `message` is shown as is. */
export class RuleInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuleInputError';
  }
}

/**
 * Why a term is refused: the problem and the text the message names. Worded only by compileTerm
 * (where rules enter storage): the page skips a refused term and carries no messages.
 */
export interface TermProblem {
  problem: 'empty' | 'long' | 'star' | 'shape' | 'pattern' | 'flag' | 'repeated' | 'syntax' | 'matchesEmpty';
  source: string;
  detail?: string;
}

export const MAX_TERM_LENGTH = 500;
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KNOWN_FLAGS = 'dgimsuvy';

/** The compiled term, or why it is refused. */
export function parseTerm(term: string): CompiledTerm | TermProblem {
  const source = term.trim();
  const negated = source.startsWith('-');
  const body = (negated ? source.slice(1) : source).trim();
  if (!body) return { problem: 'empty', source };
  if (source.length > MAX_TERM_LENGTH) return { problem: 'long', source };
  return body.startsWith('/') ? parseRegex(source, negated, body) : parseWord(source, negated, body);
}

/** parseTerm for the rule form and imports: a refused term throws a RuleInputError naming the problem. */
export function compileTerm(term: string): CompiledTerm {
  const t = parseTerm(term);
  if ('problem' in t) throw new RuleInputError(termMessage(t));
  return t;
}

function termMessage({ problem, source, detail }: TermProblem): string {
  const invalid = `Invalid regular expression "${source}": `;
  switch (problem) {
    case 'empty': // only an exception has text left: its "-"
      return source ? `The exception "${source}" is empty: write a word after the "-"` : 'A term is empty';
    case 'long':
      return `The term "${source.slice(0, 40)}…" is too long (at most ${MAX_TERM_LENGTH} characters)`;
    case 'star':
      return `The wildcard "${source}" needs at least one letter before the *`;
    case 'shape':
      return `${invalid}it must look like /pattern/flags, with a closing slash`;
    case 'pattern':
      return `${invalid}the pattern is empty`;
    case 'flag':
      return `${invalid}unknown flag "${detail}"`;
    case 'repeated':
      return `${invalid}the flag "${detail}" is repeated`;
    case 'syntax': // the engine's reason, after its own "Invalid regular expression: /…/:"
      return invalid + (/: ([^:]+)$/.exec(detail!)?.[1] ?? detail);
    case 'matchesEmpty':
      return `"${source}" matches empty text, so it would match every paper`;
  }
}

function parseWord(source: string, negated: boolean, body: string): CompiledTerm | TermProblem {
  const prefix = body.endsWith('*');
  const word = (prefix ? body.slice(0, -1).trimEnd() : body).normalize('NFC');
  if (!word) return { problem: 'star', source };
  const chars = [...word];
  const core = escape(word).replace(/\s+/g, '\\s+');
  const before = isWordChar(chars[0]);
  const after = !prefix && isWordChar(chars.at(-1));
  const pattern = (before ? `(?<!${W})` : '') + core + (prefix ? `${W}*` : after ? `(?!${W})` : '');
  const flags = 'iu';
  let re: RegExp | undefined;
  return {
    source, negated, kind: prefix ? 'prefix' : 'word', get re() {
      return (re ??= new RegExp(pattern, flags));
    },
    pattern, flags, scan: core, lead: escape(chars[0]), literal: word, before, after, solo: false,
  };
}

function parseRegex(source: string, negated: boolean, body: string): CompiledTerm | TermProblem {
  const m = /^\/([^]*)\/([a-z]*)$/i.exec(body);
  if (!m) return { problem: 'shape', source };
  const [, pattern, rawFlags] = m;
  if (!pattern) return { problem: 'pattern', source };
  for (const [i, f] of [...rawFlags].entries()) {
    if (!KNOWN_FLAGS.includes(f)) return { problem: 'flag', source, detail: f };
    if (rawFlags.indexOf(f) !== i) return { problem: 'repeated', source, detail: f };
  }
  // g and y would make the tester stateful; d only adds match indices
  const flags = [...rawFlags].filter((f) => !'gyd'.includes(f)).sort().join('');
  let re: RegExp;
  try {
    re = new RegExp(pattern, flags);
  } catch (e) {
    return { problem: 'syntax', source, detail: e instanceof Error ? e.message : String(e) };
  }
  if (re.test('')) return { problem: 'matchesEmpty', source };
  const solo = /\\[1-9]|\\k<|\(\?<(?![=!])/.test(pattern);
  return { source, negated, kind: 'regex', re, pattern, flags, scan: pattern, lead: null, literal: null, before: false, after: false, solo };
}
