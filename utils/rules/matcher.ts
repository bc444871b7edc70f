// All rules compile once into a matcher (recompile only when rules change). Per field, all
// terms sharing a flag set are combined into one alternation that finds candidate positions
// in a single scan; at each candidate, each term of the group that can start there is tried
// at exactly that position, so overlapping terms ("video generation" and "generation",
// "diffus*" and "diffusion") are each found exactly as a separate scan per term would find
// them (tests/unit/rules/matcher-reference.test.ts holds it to that).
import { DEFAULT_FIELDS, RULE_FIELDS, type PaperInfo, type PaperText, type Rule, type RuleField } from '@/utils/types';
import { compileTerm, escape, type CompiledTerm } from './compile-term';
import { checkConditions, conditionsHold } from './conditions';
import { MATCH_BUDGET_MS, REGEX_FIELD_CAP } from './defaults';
import { fieldText, isTextField } from './field-text';
import { resumeAfter, wordAt, wordBefore, wordRunEnd } from './word-chars';
import { asciiLead, asciiWord, asciiWordEnd, NOT_ASCII, sameAsciiLead } from './ascii-literal';

export { fieldText };

export interface MatchRange { field: RuleField; start: number; end: number }
export interface RuleHit { rule: Rule; ranges: MatchRange[] }
export interface SkippedTerm { ruleId: string; term: string; reason: string }
/** A term's matches in any text: what `re` matches, or with `at`, what `at` makes of each place `re` finds. */
export interface TermFinder {
  /** Global. Plain words: the bare literal (candidates); other terms: the term's own regex. */
  re: RegExp;
  /** Plain words: end of the term's match starting exactly at p, or -1 (boundaries checked in code). */
  at?: (text: string, p: number) => number;
  /** The term's pattern and flags: equal keys find the same. */
  key: string;
}

export interface Matcher {
  /** Enabled rules in order. */
  readonly rules: readonly Rule[];
  /** Rules the paper matches, in rule order, with merged ranges of positive terms. */
  match(paper: PaperInfo): RuleHit[];
  /**
   * match() for a paper known by its text, whose other fields `full` reads (from the page's DOM):
   * called only when a rule looks at authors, organisation or conditions.
   */
  matchText(text: PaperText, full: () => PaperInfo): RuleHit[];
  /** How to find a rule's positive terms in visible text, to mark them (fresh objects per call). */
  markers(ruleId: string): TermFinder[];
  /** Terms left out because they are invalid or could take catastrophic time. */
  readonly skipped: readonly SkippedTerm[];
  /** Papers whose regex terms were cut short by the time budget. */
  readonly timedOut: ReadonlySet<string>;
}

export interface MatcherOptions {
  budgetMs?: number;
  regexCap?: number;
  /**
   * Milliseconds for the regex time budget. Date.now by default: read up to three times per paper,
   * it costs a fraction of performance.now() in Chromium, and whole milliseconds suit a 25 ms budget.
   */
  now?: () => number;
  /** Wall-clock epoch milliseconds for "published within N days" (default Date.now). */
  clock?: () => number;
}

/** One distinct pattern; rules using the same term share its work. */
interface Unique {
  term: CompiledTerm;
  /** End of the term's match starting exactly at p, or -1. */
  matchAt: (text: string, p: number) => number;
  onlyNegated: boolean;
}
/** Patterns scanned together in one field. */
interface Group {
  scan: RegExp;
  members: number[];
  capped: boolean;
  unicode: boolean;
  /**
   * Plain-word groups: per member its first character's pattern, that character's code when ASCII
   * (compared in code), and its tester, built when a character needs it; per character the
   * members worth trying.
   */
  leads: { source: string; code: number | null; re?: RegExp }[] | null;
  /** Flags of the members' own patterns, for testing a lead character (the scan's may differ). */
  leadFlags: string;
  byLead: Map<number, number[]>;
  /** 0 … members.length - 1: every member, for groups without leads. */
  all: number[];
  /** Scratch for scanGroup, reset on each call: one allocation per group, not per paper. */
  next: Float64Array;
}
/** A field that some term looks at: its groups, and per unique the matches found in the current paper. */
interface Slot {
  field: RuleField;
  /** Its terms in groups, ASCII words at word starts scanned the quick way (buildGroups). */
  quick: Group[];
  /** The same terms without the quick way, built for the first text that needs them (or `quick`, when it has none). */
  careful: Group[] | null;
  members: number[];
  /** found[unique] = [start, end, start, end, …] in the current paper, or undefined. */
  found: (number[] | undefined)[];
  /** Uniques set in `found`, to clear before the next paper. */
  touched: number[];
}
interface RuleUse {
  rule: Rule;
  fields: RuleField[];
  /** Per field in `fields`: its index in the matcher's scanned fields, or -1 (no terms there). */
  slots: number[];
  pos: number[];
  neg: number[];
  /** Conditions on HF data; 'never' when stored ones are invalid (a broken condition must not widen the rule). */
  conditions: Rule['conditions'] | 'never';
  /** No positive term given: the conditions alone decide. */
  conditionsOnly: boolean;
}

export function compileRules(input: readonly Rule[], options: MatcherOptions = {}): Matcher {
  const { budgetMs = MATCH_BUDGET_MS, regexCap = REGEX_FIELD_CAP, now = Date.now, clock = Date.now } = options;
  const rules = input.filter((r) => r.enabled).map((r, i) => [r, i] as const)
    .sort((a, b) => a[0].order - b[0].order || a[1] - b[1]).map(([r]) => r);
  const skipped: SkippedTerm[] = [];
  const uniques: Unique[] = [];
  const byKey = new Map<string, number>();
  const uses: RuleUse[] = rules.map((rule) => {
    // a rule from an old backup may lack fields: use the default rather than fail
    const fields = RULE_FIELDS.filter((f) => (rule.fields?.length ? rule.fields : DEFAULT_FIELDS).includes(f));
    const terms = Array.isArray(rule.terms) ? rule.terms : [];
    const conditions = compileConditions(rule, skipped);
    const use: RuleUse = {
      rule, fields, slots: [], pos: [], neg: [], conditions,
      conditionsOnly: !!conditions && !terms.some((t) => !String(t).trim().startsWith('-')),
    };
    for (const text of terms) {
      let term: CompiledTerm;
      try {
        term = compileTerm(String(text));
      } catch (e) {
        skipped.push({ ruleId: rule.id, term: String(text), reason: e instanceof Error ? e.message : String(e) });
        continue;
      }
      const key = `${term.flags}/${term.pattern}`;
      let u = byKey.get(key);
      if (u === undefined) {
        byKey.set(key, (u = uniques.length));
        uniques.push({ term, matchAt: matcherAt(term), onlyNegated: true });
      }
      if (!term.negated) uniques[u].onlyNegated = false;
      (term.negated ? use.neg : use.pos).push(u);
    }
    return use;
  });
  // The fields some term looks at, each with its groups and its found matches, reset per paper.
  const scanned: Slot[] = [];
  for (const field of RULE_FIELDS) {
    const members = new Set<number>();
    for (const u of uses) if (u.fields.includes(field)) for (const i of [...u.pos, ...u.neg]) members.add(i);
    if (!members.size) continue;
    const list = [...members];
    const quick = buildGroups(list, uniques, true);
    scanned.push({ field, quick, careful: list.some((i) => isQuickWord(uniques[i].term)) ? null : quick, members: list, found: [], touched: [] });
  }
  for (const u of uses) u.slots = u.fields.map((f) => scanned.findIndex((s) => s.field === f));
  const capped = scanned.some((s) => s.quick.some((g) => g.capped)); // else no clock is read
  // Only rules with a positive term found in the paper (or with no positive term) can match it:
  // most papers meet a few of many rules, so those are looked up from the terms found.
  const rulesOf: number[][] = uniques.map(() => []);
  uses.forEach((u, r) => { for (const i of u.pos) if (!rulesOf[i].includes(r)) rulesOf[i].push(r); });
  const alwaysCheck = uses.flatMap((u, r) => (u.conditionsOnly ? [r] : []));
  const picked = new Uint8Array(uses.length);
  const timedOut = new Set<string>();

  function matchText(paperText: PaperText, full: () => PaperInfo): RuleHit[] {
    const started = capped ? now() : 0;
    let paper: PaperInfo | undefined;
    const details = () => (paper ??= full());
    for (const slot of scanned) {
      for (const u of slot.touched) slot.found[u] = undefined;
      slot.touched.length = 0;
      const text = fieldText(isTextField(slot.field) ? paperText : details(), slot.field);
      if (!text) continue;
      // Characters that only /iu folds onto ASCII letters (long s, Kelvin sign): the careful scan.
      const groups = slot.careful !== slot.quick && FOLDS_TO_ASCII.test(text) ? (slot.careful ??= buildGroups(slot.members, uniques, false)) : slot.quick;
      for (const g of groups) {
        if (g.capped && now() - started > budgetMs) {
          timedOut.add(paperText.id);
          continue;
        }
        scanGroup(g, g.capped ? text.slice(0, regexCap) : text, uniques, slot);
      }
    }
    const candidates = [...alwaysCheck];
    for (const slot of scanned) for (const u of slot.touched) for (const r of rulesOf[u]) if (!picked[r]) {
      picked[r] = 1;
      candidates.push(r);
    }
    for (const r of candidates) picked[r] = 0;
    candidates.sort((a, b) => a - b); // rule order
    const out: RuleHit[] = [];
    let nowMs: number | undefined;
    for (const r of candidates) {
      const { rule, fields, slots, pos, neg, conditions, conditionsOnly } = uses[r];
      if (conditions === 'never') continue;
      // Terms before conditions: most rules miss most papers, and conditions read the whole card.
      if (!conditionsOnly && !anyFound(scanned, slots, pos)) continue;
      if (neg.length && anyFound(scanned, slots, neg)) continue;
      if (conditions && !conditionsHold(conditions, details(), (nowMs ??= clock()))) continue;
      const ranges: MatchRange[] = [];
      if (!conditionsOnly) for (let f = 0; f < fields.length; f++) if (slots[f] >= 0) addRanges(ranges, fields[f], scanned[slots[f]].found, pos);
      out.push({ rule, ranges });
    }
    return out;
  }

  function markers(ruleId: string): TermFinder[] {
    const use = uses.find((u) => u.rule.id === ruleId);
    return (use?.pos ?? []).map((i) => {
      const { term, matchAt } = uniques[i];
      const key = `${term.flags}/${term.pattern}`;
      // Words: no Unicode classes to build and compile, as in the scan (see matcherAt).
      if (term.kind !== 'regex') return { re: new RegExp(term.scan, `${term.flags}g`), at: matchAt, key };
      return { re: new RegExp(term.pattern, `${term.flags}g`), key };
    });
  }

  const match = (paper: PaperInfo) => matchText(paper, () => paper);
  return { rules, match, matchText, markers, skipped, timedOut };
}

function compileConditions(rule: Rule, skipped: SkippedTerm[]): RuleUse['conditions'] {
  try {
    return checkConditions(rule.conditions);
  } catch (e) {
    skipped.push({ ruleId: rule.id, term: 'conditions', reason: e instanceof Error ? e.message : String(e) });
    return 'never';
  }
}

/** Plain ASCII words that start with a word character: what the quick scan finds (buildGroups). */
const isQuickWord = (t: CompiledTerm) => t.kind !== 'regex' && t.before && t.literal !== null && ASCII_ONLY.test(t.literal);
const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** The only characters /iu folds onto ASCII letters (ſ → s, K → k): a text with one gets the careful scan. */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/**
 * Terms scanned together: one group per kind and flags, terms that must stand alone on their own.
 * `quick`: plain ASCII words that start with a word character get a group of their own, scanned
 * without the u flag and only at word starts (`\b`): about 2.5× faster in V8 than the /iu trie.
 * It finds the same places in any text without ſ or K: an ASCII \b is there wherever a Unicode
 * word boundary is, and without those two characters /i and /iu compare ASCII letters alike.
 */
function buildGroups(members: number[], uniques: Unique[], quick: boolean): Group[] {
  const byFlags = new Map<string, number[]>();
  const solo: number[][] = [];
  for (const i of members) {
    const t = uniques[i].term;
    if (t.solo) solo.push([i]);
    else {
      const key = quick && isQuickWord(t) ? 'quick' : `${t.kind === 'regex' ? 'r' : 'w'}:${t.flags}`;
      byFlags.set(key, [...(byFlags.get(key) ?? []), i]);
    }
  }
  const out: Group[] = [];
  for (const [key, list] of [...byFlags, ...solo.map((l) => ['', l] as const)]) {
    const t = uniques[list[0]].term;
    const fast = key === 'quick';
    const make = (ids: number[]): Group => ({
      scan: fast
        ? new RegExp(`\\b(?:${scanSource(ids.map((i) => uniques[i].term))})`, 'ig')
        : new RegExp(scanSource(ids.map((i) => uniques[i].term)), t.flags + 'g'),
      members: ids,
      capped: t.kind === 'regex',
      unicode: !fast && /[uv]/.test(t.flags),
      leads: t.lead === null ? null : ids.map((i) => ({ source: uniques[i].term.lead!, code: asciiLead(uniques[i].term.literal!) })),
      leadFlags: t.flags,
      byLead: new Map(),
      all: ids.map((_, k) => k),
      next: new Float64Array(ids.length),
    });
    try {
      out.push(make(list));
    } catch {
      for (const i of list) out.push(make([i])); // a combination the engine refuses: scan each alone
    }
  }
  // word groups first: their cost is linear, so they run even when the budget is spent
  return out.sort((a, b) => Number(a.capped) - Number(b.capped));
}

/** Whether a term in `terms` was found in one of the slots (-1: a field with no terms). */
function anyFound(scanned: Slot[], slots: number[], terms: number[]): boolean {
  for (let f = 0; f < slots.length; f++) {
    if (slots[f] < 0) continue;
    const found = scanned[slots[f]].found;
    for (let t = 0; t < terms.length; t++) if (found[terms[t]]) return true;
  }
  return false;
}

/** The rule's ranges in one field: its positive terms' matches, sorted, overlapping ones joined. */
function addRanges(out: MatchRange[], field: RuleField, found: Slot['found'], pos: number[]): void {
  let only: number[] | undefined, several = false;
  for (const u of pos) {
    const flat = found[u];
    if (!flat) continue;
    if (only) several = true;
    else only = flat;
  }
  if (!only) return;
  // One term's matches are already in order and never overlap (the usual case): no sorting,
  // only touching ones joined, as mergeSpans would.
  if (!several) {
    let last: MatchRange | undefined;
    for (let k = 0; k < only.length; k += 2) {
      if (last && only[k] <= last.end) last.end = Math.max(last.end, only[k + 1]);
      else out.push((last = { field, start: only[k], end: only[k + 1] }));
    }
    return;
  }
  const spans: [number, number][] = [];
  for (const u of pos) {
    const flat = found[u];
    if (flat) for (let k = 0; k < flat.length; k += 2) spans.push([flat[k], flat[k + 1]]);
  }
  for (const [start, end] of mergeSpans(spans)) out.push({ field, start, end });
}

/**
 * Where any of the terms can start. Plain words scan as one trie (about twice as fast in V8 as a
 * flat alternation of 40 words): only the positions matter, and both find the same ones.
 */
function scanSource(terms: CompiledTerm[]): string {
  const literals = terms.map((t) => t.literal);
  return literals.every((l) => l !== null) ? trieSource(literals as string[]) : terms.map((t) => `(?:${t.scan})`).join('|');
}

/**
 * One pattern matching exactly where any of the words starts: their shared beginnings written
 * once, e.g. diffusion, dataset → d(?:iffusion|ataset). Whitespace in a phrase is `\s+`, as in
 * compileWord. Characters are kept as typed: the group's flags decide case.
 */
export function trieSource(words: string[]): string {
  interface Node { next: Map<string, Node>; end: boolean }
  const root: Node = { next: new Map(), end: false };
  for (const w of words) {
    let n = root;
    for (const unit of w.split(/(\s+)/).flatMap((part, k) => (k % 2 ? [' '] : [...part]))) {
      let c = n.next.get(unit);
      if (!c) n.next.set(unit, (c = { next: new Map(), end: false }));
      n = c;
    }
    n.end = true;
  }
  const emit = (n: Node): string => {
    const alts = [...n.next].map(([unit, c]) => (unit === ' ' ? '\\s+' : escape(unit)) + emit(c));
    if (!alts.length) return '';
    const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
    return n.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

function scanGroup(g: Group, text: string, uniques: Unique[], slot: Slot) {
  const { scan, all, next } = g;
  next.fill(0); // where each term's own left-to-right scan would resume
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const p = m.index;
    for (const k of g.leads ? membersFor(g, text.codePointAt(p)!) : all) {
      if (next[k] > p) continue;
      const u = uniques[g.members[k]];
      const end = u.matchAt(text, p);
      if (end <= p) continue; // no match; empty matches never count
      const i = g.members[k];
      let list = slot.found[i];
      if (!list) {
        slot.found[i] = list = [];
        slot.touched.push(i);
      }
      list.push(p, end);
      next[k] = u.onlyNegated ? Infinity : end;
    }
    scan.lastIndex = resumeAfter(text, p, g.unicode);
  }
}

/**
 * A sticky tester equivalent to `term.re` at one position. Plain words test their bare literal,
 * then the boundaries with the shared word-character testers: the same result as the
 * lookarounds in `re` (the literal's match length is fixed), without compiling Unicode
 * classes into every term's regex.
 */
function matcherAt(term: CompiledTerm): Unique['matchAt'] {
  if (term.kind === 'regex') {
    const re = new RegExp(term.pattern, `${term.flags}y`);
    return (text, p) => {
      re.lastIndex = p;
      const m = re.exec(text);
      return m ? p + m[0].length : -1;
    };
  }
  // ASCII words compare in code; the core regex is built only for text it cannot decide.
  const ascii = term.literal === null ? null : asciiWord(term.literal);
  let core: RegExp | undefined;
  const coreEnd = (text: string, p: number) => {
    core ??= new RegExp(term.scan, `${term.flags}y`);
    core.lastIndex = p;
    return core.test(text) ? core.lastIndex : -1;
  };
  const { before, after } = term, prefix = term.kind === 'prefix';
  return (text, p) => {
    let end = ascii ? asciiWordEnd(ascii, text, p) : NOT_ASCII;
    if (end === NOT_ASCII) end = coreEnd(text, p);
    if (end < 0) return -1;
    if (before && wordBefore(text, p)) return -1;
    if (prefix) return wordRunEnd(text, end);
    return after && wordAt(text, end) ? -1 : end;
  };
}

/** Members whose first character can match `cp`; remembered per group (a page has few distinct characters). */
function membersFor(g: Group, cp: number): number[] {
  let ks = g.byLead.get(cp);
  if (!ks) {
    const ch = String.fromCodePoint(cp);
    ks = g.leads!.flatMap((lead, k) => {
      const hit = lead.code !== null && cp < 128 ? sameAsciiLead(lead.code, cp) : (lead.re ??= new RegExp(`^(?:${lead.source})`, g.leadFlags)).test(ch);
      return hit ? [k] : [];
    });
    g.byLead.set(cp, ks);
  }
  return ks;
}


/** Sorted, with overlapping or touching spans joined. */
export function mergeSpans(spans: [number, number][]): [number, number][] {
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of spans) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
