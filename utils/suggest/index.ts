// Suggested rules from behaviour: terms distinctive of the papers the reader saved (→ highlight)
// or of the ones hidden (→ hide), found by log-odds with an informative Dirichlet prior over
// everything seen. Computed locally from stored papers; nothing leaves the browser. Pure.
import { compileRules } from '@/utils/rules/matcher';
import { defaultTag } from '@/utils/paper/tags';
import { blankPaper } from '@/utils/paper/info';
import type { Rule } from '@/utils/types';
import { corpusOf, logOddsZ } from './log-odds';
import { docTerms } from './tokenize';

export interface Suggestion {
  /** The rule term, e.g. "video generation". */
  term: string;
  action: 'highlight' | 'hide';
  tag: string;
  /** z-score of the log-odds ratio (how distinctive). */
  score: number;
  /** Saved papers containing the term, of how many. */
  saved: { with: number; of: number };
  /** The papers compared against: hidden ones, or (with too few hidden) the other papers seen. */
  other: { with: number; of: number; kind: 'hidden' | 'seen' };
}

export interface SuggestInput {
  /** Title + abstract of each saved paper. */
  saved: readonly string[];
  /** Of papers hidden by hand or by a rule (not saved). */
  hidden: readonly string[];
  /** Of the other papers seen on pages (neither saved nor hidden). */
  seen: readonly string[];
  rules: readonly Rule[];
}

export const MIN_SAVED = 3;
export const MIN_HIDDEN = 3;
const MAX_HIGHLIGHT = 5;
const MAX_HIDE = 3;
/** |z| at least this: with the few dozen papers a reader has, 1.96 (5 %) would leave almost nothing. */
const MIN_Z = 1;

/** The same input, each text already split into its terms (docTerms). */
export interface SuggestDocs {
  saved: readonly Map<string, string>[];
  hidden: readonly Map<string, string>[];
  seen: readonly Map<string, string>[];
  rules: readonly Rule[];
}

export function suggestRules(input: SuggestInput): Suggestion[] {
  if (input.saved.length < MIN_SAVED) return [];
  return suggestFromDocs({
    saved: input.saved.map(docTerms),
    hidden: input.hidden.map(docTerms),
    seen: input.seen.map(docTerms),
    rules: input.rules,
  });
}

export function suggestFromDocs(input: SuggestDocs): Suggestion[] {
  const { saved: savedDocs, hidden: hiddenDocs, seen: seenDocs } = input;
  if (savedDocs.length < MIN_SAVED) return [];
  const kind = hiddenDocs.length >= MIN_HIDDEN ? 'hidden' : 'seen';
  const otherDocs = kind === 'hidden' ? hiddenDocs : seenDocs;
  if (otherDocs.length < MIN_HIDDEN) return [];

  const a = corpusOf(savedDocs);
  const b = corpusOf(otherDocs);
  const prior = corpusOf([...savedDocs, ...hiddenDocs, ...seenDocs]);
  // A light prior (a tenth of the data): enough to damp one-paper flukes in a few dozen papers.
  const z = logOddsZ(a, b, prior, 0.1);
  const spelling = spellings([...savedDocs, ...otherDocs]);
  const covered = coverage(input.rules);

  const pick = (action: Suggestion['action'], sign: 1 | -1, max: number): Suggestion[] => {
    const [mine, theirs] = sign > 0 ? [a, b] : [b, a];
    const minDocs = Math.max(2, Math.ceil(mine.docs * 0.1));
    const ranked = [...z]
      .filter(([t, s]) => sign * s >= MIN_Z && (mine.df.get(t) ?? 0) >= minDocs)
      // A hide suggestion never hides a paper the reader saved.
      .filter(([t]) => sign > 0 || !a.df.has(t))
      .filter(([t]) => (mine.df.get(t)! / mine.docs) > ((theirs.df.get(t) ?? 0) / Math.max(1, theirs.docs)))
      .sort((x, y) => sign * (y[1] - x[1]) || x[0].localeCompare(y[0]));
    const out: Suggestion[] = [];
    const usedWords = new Set<string>();
    for (const [t, s] of ranked) {
      if (out.length >= max) break;
      const words = t.split(' ');
      // "video generation" and "video" say the same thing: keep the stronger one.
      if (words.some((w) => usedWords.has(w))) continue;
      const term = spelling.get(t) ?? t;
      if (covered(term)) continue;
      words.forEach((w) => usedWords.add(w));
      out.push({
        term,
        action,
        tag: defaultTag(term),
        score: Math.round(Math.abs(s) * 100) / 100,
        saved: { with: a.df.get(t) ?? 0, of: a.docs },
        other: { with: b.df.get(t) ?? 0, of: b.docs, kind },
      });
    }
    return out;
  };
  return [...pick('highlight', 1, MAX_HIGHLIGHT), ...(kind === 'hidden' ? pick('hide', -1, MAX_HIDE) : [])];
}

/** The most frequent spelling of each term ("LLM" rather than "llm"). */
function spellings(docs: readonly Map<string, string>[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const d of docs)
    for (const [k, s] of d) {
      let m = counts.get(k);
      if (!m) counts.set(k, (m = new Map()));
      m.set(s, (m.get(s) ?? 0) + 1);
    }
  const out = new Map<string, string>();
  for (const [k, m] of counts) {
    const best = [...m].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0][0];
    // "Reasoning" is capitalised only because titles are: prefer the plain word when it occurs.
    out.set(k, m.has(k) && best === titleCase(k) ? k : best);
  }
  return out;
}

/** Whether an existing rule's terms already match the phrase (e.g. rule "diffus*" covers "diffusion"). */
function coverage(rules: readonly Rule[]): (term: string) => boolean {
  const matcher = compileRules(
    rules.map((r) => ({ ...r, enabled: true, fields: ['title' as const], conditions: undefined })),
  );
  return (term) =>
    matcher.match(blankPaper('suggestion', term)).length > 0;
}

const titleCase = (lower: string) => lower.replace(/(^|\s)(\p{L})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
