// One term → one RegExp, compiled once (GUIDE §3). Plain words get Unicode-aware boundaries
// only beside word characters, because \b fails around C++, Q&A and non-ASCII letters:
// `diffus*` → /(?<!W)diffusW*/iu, `video generation` → /(?<!W)video\s+generation(?!W)/iu
// (W = words.ts WORD_CLASS). Regexes are checked for catastrophic time where rules enter
// storage (regex-safety/), not here: the page compiles only rules that passed that door.
import { WORD_CLASS as W, isWordChar } from './words';

export type TermKind = 'word' | 'prefix' | 'regex';

export interface CompiledTerm {
  /** The term as typed (trimmed), including a leading '-'. */
  source: string;
  negated: boolean;
  kind: TermKind;
  /**
   * Non-global tester. Plain words build it on first use: the matcher and marks check a word's
   * boundaries in code instead (words.ts wordEndAt, docs/PERFORMANCE.md#words-in-code); it
   * remains the reference for what matches.
   */
  readonly re: RegExp;
  /** The pattern `re` is built from (with `flags`), without building it. */
  pattern: string;
  flags: string;
  /**
   * Pattern for finding candidate positions: may match at more places than `re`, never fewer.
   * Plain words leave out the boundary checks: Unicode classes in lookarounds under /iu make
   * a long alternation scan about 20× slower in V8.
   */
  scan: string;
  /** Plain words: a pattern for the first character, to pick which terms to try at a candidate. */
  lead: string | null;
  /** Plain words: the word or phrase itself (NFC, no `*`), for combining many into one scan. */
  literal: string | null;
  /** Plain words: whether `re` requires a non-word character (or the text edge) before / after. */
  before: boolean;
  after: boolean;
  /** Cannot share an alternation with other patterns (back-references, named groups). */
  solo: boolean;
}

/** A term or rule the user must fix; `message` is shown as is. */
export class RuleInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuleInputError';
  }
}

export const MAX_TERM_LENGTH = 500;
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KNOWN_FLAGS = 'dgimsuvy';

export function compileTerm(term: string): CompiledTerm {
  const source = term.trim();
  const negated = source.startsWith('-');
  const body = (negated ? source.slice(1) : source).trim();
  if (!body) {
    throw new RuleInputError(negated ? `The exception "${source}" is empty: write a word after the "-"` : 'A term is empty');
  }
  if (source.length > MAX_TERM_LENGTH) {
    throw new RuleInputError(`The term "${source.slice(0, 40)}…" is too long (at most ${MAX_TERM_LENGTH} characters)`);
  }
  return body.startsWith('/') ? compileRegex(source, negated, body) : compileWord(source, negated, body);
}

function compileWord(source: string, negated: boolean, body: string): CompiledTerm {
  const prefix = body.endsWith('*');
  const word = (prefix ? body.slice(0, -1).trimEnd() : body).normalize('NFC');
  if (!word) throw new RuleInputError(`The wildcard "${source}" needs at least one letter before the *`);
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

function compileRegex(source: string, negated: boolean, body: string): CompiledTerm {
  const invalid = (why: string) => new RuleInputError(`Invalid regular expression "${source}": ${why}`);
  const m = /^\/([^]*)\/([a-z]*)$/i.exec(body);
  if (!m) throw invalid('it must look like /pattern/flags, with a closing slash');
  const [, pattern, rawFlags] = m;
  if (!pattern) throw invalid('the pattern is empty');
  for (const [i, f] of [...rawFlags].entries()) {
    if (!KNOWN_FLAGS.includes(f)) throw invalid(`unknown flag "${f}"`);
    if (rawFlags.indexOf(f) !== i) throw invalid(`the flag "${f}" is repeated`);
  }
  // g and y would make the tester stateful; d only adds match indices
  const flags = [...rawFlags].filter((f) => !'gyd'.includes(f)).sort().join('');
  let re: RegExp;
  try {
    re = new RegExp(pattern, flags);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw invalid(/: ([^:]+)$/.exec(msg)?.[1] ?? msg);
  }
  if (re.test('')) throw new RuleInputError(`"${source}" matches empty text, so it would match every paper`);
  const solo = /\\[1-9]|\\k<|\(\?<(?![=!])/.test(pattern);
  return { source, negated, kind: 'regex', re, pattern, flags, scan: pattern, lead: null, literal: null, before: false, after: false, solo };
}
